#pragma once

#include "domain/contact.h"
#include "import/csvparser.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

// Turns parsed CSV records into contacts. Knows where LinkedIn's Connections.csv keeps its
// header (after an optional "Notes:" preamble, possibly comma-padded by Excel) and maps the
// columns by name, so every export since 2017 and spreadsheet re-saves all work.
namespace linkedin {

// Column roles a header cell can map to.
enum class Column { FirstName, LastName, Url, Email, Company, Position, ConnectedOn };

struct HeaderInfo {
    int recordIndex = -1;          // index into ParseResult::records of the header record
    QList<int> columnOf;           // indexed by int(Column); -1 when the file has no such column
    bool found() const { return recordIndex >= 0; }
};

// Finds the header among the first records by content: a record that names at least
// "First Name" and "Last Name" (case-insensitive, trimmed). Returns !found() otherwise.
HeaderInfo findHeader(const QList<csv::Record> &records);

// Parses "Connected On" values in every format seen in real exports:
// "27 Jun 2026", "02 Mar 2025", "27-Jun-26", "1-Feb-24", "16.09.2021", "1/8/18, 6:14 PM",
// "2021-09-16". English month names whatever the locale. Invalid QDate when unrecognised.
QDate parseConnectedOn(const QString &text);

// A data row read from the file, before matching against the database.
struct Row {
    int line = 0;
    Contact contact;     // names/company/position trimmed; email empty when it held a urn:li:member id
    bool empty = false;  // no name, no URL, no email, no company: an all-empty row (LinkedIn emits 1-3%)
    QString dateText;    // the raw Connected On cell, for messages when it did not parse
};

struct ReadResult {
    bool ok = false;
    QString error;       // for the user, naming what was wrong and where
    int errorLine = 0;
    csv::Dialect dialect;
    QList<Row> rows;
};

// Whole pipeline for a LinkedIn export: csv::parse, findHeader, map each following record.
// Sets contact.source to "LinkedIn", relationship to LinkedIn, keeps the URL as given
// (only trimmed; compare URLs through normaliseProfileUrl), and leaves connectedOn invalid
// if the date did not parse.
// Not ok (with a clear error) when the bytes are not CSV or no LinkedIn header is found.
ReadResult read(const QByteArray &bytes);

// Normalises a LinkedIn profile URL for matching: trimmed, lower-case scheme and host,
// percent-encoding decoded, no query/fragment, no trailing slash. Empty for empty input.
QString normaliseProfileUrl(const QString &url);

} // namespace linkedin
