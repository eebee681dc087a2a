#pragma once

#include "import/csvparser.h"
#include "import/linkedinformat.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

// Contacts from any CSV file: LinkedIn's Connections.csv, Google Contacts and Outlook exports,
// or a spreadsheet of the user's own. The header is found by content and each column is
// mapped to a contact field by its name; the user can correct the mapping in the preview.
namespace contactcsv {

enum class Field {
    Ignore,
    FirstName,
    LastName,
    FullName,
    Email,
    Phone,
    LinkedInUrl,
    Company,
    Position,
    ConnectedOn,
    Notes,
    Tags,
    // A web address: a LinkedIn profile (linkedin.com/in/…) becomes the LinkedIn URL, any
    // other goes to the notes. Several columns may hold websites.
    Website
};

enum class Format { LinkedIn, GoogleContacts, Outlook, VCard, Other };

class Names
{
    Q_DECLARE_TR_FUNCTIONS(ContactCsv)
public:
    static QList<Field> fields();
    static QString field(Field field);
    static QString format(Format format);
};

// The field a column heading usually means; Ignore when it is not recognised.
Field guessField(const QString &heading);

struct Layout {
    Format format = Format::Other;
    int headerRecord = -1; // index of the heading record; -1 when there is none
    QStringList headings;
    QList<Field> mapping; // one per heading
    // A field past the headings that, when not empty, says why the record cannot be imported
    // (a damaged vCard); -1 when there is none.
    int problemColumn = -1;
    bool hasName() const;
};

// Picks the heading record among the first records: the one whose cells are recognised best.
Layout detectLayout(const csv::Table &table);

// The data rows below the heading, read with the given mapping (only mapped cells are read).
// None when the layout has no heading or no name column.
QList<linkedin::Row> readRows(const csv::Table &table, const Layout &layout);

// More people than any address book holds (LinkedIn keeps 30,000 connections, Google Contacts
// 25,000 contacts, iCloud 50,000), with room to spare: a file with more rows or cards is
// refused before they are read, so that an odd file cannot take the memory of the machine.
constexpr qsizetype MaximumRecords = 200000;
QString tooManyRecordsMessage(qsizetype records);

struct ReadResult {
    bool ok = false;
    QString error;
    int errorLine = 0; // the line the error names, 0 if none
    csv::Dialect dialect;
    Layout layout;
    csv::Table table;
    QList<linkedin::Row> rows;
};

// Parses bytes and reads rows with the detected layout. Not ok
// (with a clear error) when the bytes are not a CSV text file. Without a recognised name column
// there are no rows; the layout then waits for the user to choose the columns.
ReadResult read(const QByteArray &bytes);

// Whether contacts can be read with this layout; when not, false and *error says why, for the user.
bool hasNames(const Layout &layout, QString *error);

} // namespace contactcsv
