#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUtf8StringView>

// An RFC 4180 CSV reader that is tolerant of what spreadsheets do to files: it takes raw
// bytes, detects the encoding (UTF-8 with or without BOM, else Windows-1252), the line
// ending (LF, CRLF, CR) and the delimiter (',', ';' or tab), and returns records with the
// physical line each one starts on. It never touches widgets or the database, so it can be
// unit-tested and fuzzed on its own.
namespace csv {

struct Record {
    int line = 0; // 1-based physical line where the record starts
    QStringList fields;
};

// A parsed file: its text as UTF-8 and where each record and field lies in it. A field becomes
// a QString only when it is asked for, so reading a 30,000-row export takes a handful of
// allocations instead of one per field (210,000), and the import reads only the columns it maps.
class Table
{
public:
    qsizetype size() const { return m_records.size(); }
    bool isEmpty() const { return m_records.isEmpty(); }

    int line(qsizetype record) const { return m_records.at(record).line; }
    qsizetype fieldCount(qsizetype record) const;
    // The field's text as UTF-8; empty when the record has no such field.
    QUtf8StringView rawField(qsizetype record, qsizetype field) const;
    QString field(qsizetype record, qsizetype field) const;
    QStringList fields(qsizetype record) const;
    Record record(qsizetype record) const;
    QList<Record> records() const;

    // Adds a record made elsewhere (a vCard read into the same shape), starting on line.
    void appendRecord(const QStringList &fields, int line);

private:
    friend class Parser;
    struct Span {
        qint32 offset; // into m_text, or when negative at -offset - 1 into m_unescaped
        qint32 size;
    };
    struct RecordStart {
        qint32 firstField; // index into m_fields
        qint32 line;
    };
    QByteArray m_text; // the file as UTF-8 (the bytes as read when they already were)
    QByteArray m_unescaped; // quoted fields whose text differs from the file's ("" → ", CRLF → LF)
    QList<Span> m_fields;
    QList<RecordStart> m_records;
};

enum class Encoding { Utf8, Windows1252 };

struct Dialect {
    QChar delimiter = QLatin1Char(',');
    Encoding encoding = Encoding::Utf8;
    bool hadByteOrderMark = false;
};

struct ParseResult {
    bool ok = false;
    Table table;
    Dialect dialect;
    // Set when ok is false: a sentence for the user, and the line it refers to (0 if none).
    QString error;
    int errorLine = 0;

    QList<Record> records() const { return table.records(); }
};

// Decodes bytes as UTF-8, falling back to Windows-1252 when they are not valid UTF-8.
QString decode(const QByteArray &bytes, Encoding *detected = nullptr, bool *hadBom = nullptr);

// Picks ',', ';' or '\t' by counting delimiters outside quotes over the first lines.
QChar detectDelimiter(QStringView text);

// UTF-8 to QString keeping a leading U+FEFF: QString::fromUtf8() drops it as a byte order mark,
// but only the file's first three bytes can be one; anywhere else (a field, a second one after
// the first) it is the text's own character and must read back as it was written.
QString text(QByteArrayView utf8);

// Whether bytes can be a CSV file at all; when not (empty, binary), false and *error says why.
bool isTextFile(const QByteArray &bytes, QString *error);

// Formula injection (OWASP "CSV Injection"): a spreadsheet runs a cell starting with = + - @ (or
// TAB or CR, which some apps strip first) as a formula. An export guards such a cell with a
// leading apostrophe, which spreadsheets show as text; reading the file takes it off again, so
// that exporting and importing one's own data changes nothing.
//
// The two are made to be exact inverses. A cell is guarded when it starts with a trigger after
// any number of apostrophes, so "'=x", which would read as a guarded "=x", is written "''=x".
// Reading takes one apostrophe off a cell that starts with one or more apostrophes and then a
// trigger, and leaves every other cell alone ("'Ilse", "O'Brien", "'", "'quoted"). LF is a
// trigger too: a CR inside a quoted cell is read as LF, by spreadsheets and by parse(), so a
// guarded CR comes back as "'\n…".
bool needsFormulaGuard(QStringView cell);
QString withFormulaGuard(const QString &cell);
QString withoutFormulaGuard(QString cell);

// Parses a whole file. Empty lines produce no record. An unterminated quoted field is an
// error naming the line where the field started. The table shares the bytes when they are
// UTF-8 already (bytes made with QByteArray::fromRawData must outlive it).
ParseResult parse(const QByteArray &bytes);

// Parses already-decoded text with a known delimiter: ',', ';' or '\t'.
ParseResult parseText(QStringView text, QChar delimiter);

} // namespace csv
