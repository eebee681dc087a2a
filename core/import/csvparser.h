#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

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

enum class Encoding { Utf8, Windows1252 };

struct Dialect {
    QChar delimiter = QLatin1Char(',');
    Encoding encoding = Encoding::Utf8;
    bool hadByteOrderMark = false;
};

struct ParseResult {
    bool ok = false;
    QList<Record> records;
    Dialect dialect;
    // Set when ok is false: a sentence for the user, and the line it refers to (0 if none).
    QString error;
    int errorLine = 0;
};

// Decodes bytes as UTF-8, falling back to Windows-1252 when they are not valid UTF-8.
QString decode(const QByteArray &bytes, Encoding *detected = nullptr, bool *hadBom = nullptr);

// Picks ',', ';' or '\t' by counting delimiters outside quotes over the first lines.
QChar detectDelimiter(QStringView text);

// Why bytes cannot be a CSV file at all (empty, binary), for the user; empty when they can.
QString textFileProblem(const QByteArray &bytes);

// Parses a whole file. Empty lines produce no record. An unterminated quoted field is an
// error naming the line where the field started.
ParseResult parse(const QByteArray &bytes);

// Parses already-decoded text with a known delimiter.
ParseResult parseText(QStringView text, QChar delimiter);

} // namespace csv
