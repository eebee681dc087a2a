#pragma once

#include "domain/contact.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Contacts as a CSV file for spreadsheets and other address books.
//
// The file is RFC 4180 with CRLF line ends, UTF-8 with a byte order mark: without the BOM,
// Excel reads UTF-8 as the local ANSI code page and garbles every accented name; LibreOffice,
// Numbers, Google Sheets and Coffee Chat's own importer all accept it. The headings are English
// and match what the importer recognises, so an export can be imported again.
//
// Formula injection (OWASP "CSV Injection"): a spreadsheet runs a cell starting with = + - @
// (or TAB or CR, which some apps strip first) as a formula. Every such cell (and one starting
// with LF, or with apostrophes before any of these: see csv::needsFormulaGuard()) gets a leading
// apostrophe, which spreadsheets show as text and hide. This applies to every column, so a phone
// number written "+44 20 …" is exported as "'+44 20 …": predictable beats clever here. The
// importer takes the apostrophe off again (csv::withoutFormulaGuard(), where the rule is), so
// importing an export, or a spreadsheet's re-save of it, gives back the same values.
class ContactCsvExport
{
    Q_DECLARE_TR_FUNCTIONS(ContactCsvExport)
public:
    // The column headings, in order.
    static QStringList headings();
    // One contact's cells, before neutralising and quoting; referredBy is the referrer's name.
    static QStringList cells(const Contact &contact, const QString &referredBy);
    // The cell as written into the file, once guarded (csv::withFormulaGuard()): quoted where
    // RFC 4180 needs it.
    static QString quoted(const QString &cell);

    // The whole file (with BOM). Referrers are looked up by id among these contacts.
    static QByteArray toCsv(const QList<Contact> &contacts);
    static bool write(const QList<Contact> &contacts, const QString &path, QString *error);
};
