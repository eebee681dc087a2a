#pragma once

#include "domain/contact.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

// What LinkedIn's Connections.csv holds that needs knowing about: the dates of every export
// since 2017 and of spreadsheet re-saves, and profile URLs in their many spellings. Finding
// the header and mapping the columns is contactcsv's job, for LinkedIn's files and others.
namespace linkedin {

// Parses "Connected On" values in every format seen in real exports:
// "27 Jun 2026", "02 Mar 2025", "27-Jun-26", "1-Feb-24", "16.09.2021", "1/8/18, 6:14 PM",
// "2021-09-16". English month names whatever the locale. Invalid QDate when unrecognised.
QDate parseConnectedOn(QStringView text);

// A data row read from the file, before matching against the database.
struct Row {
    int line = 0;
    Contact contact; // names/company/position trimmed; email empty when it held a urn:li:member id
    bool empty = false; // no name, no URL, no email, no company: an all-empty row (LinkedIn emits 1-3%)
    QString skipReason; // when not empty, the row cannot be imported, and this says why
};

// Normalises a LinkedIn profile URL for matching: trimmed, lower-case scheme and host,
// percent-encoding decoded, no query/fragment, no trailing slash. Empty for empty input.
QString normaliseProfileUrl(const QString &url);

// The LinkedIn profile a web address names ("linkedin.com/in/slug", "http://uk.linkedin.com/in/
// slug/", with or without scheme), written as LinkedIn's exports write it
// ("https://www.linkedin.com/in/slug"); empty for any other address, company pages included.
QString profileUrlFromWebsite(QStringView address);

} // namespace linkedin
