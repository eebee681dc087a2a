#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// How every CSV file Coffee Chat writes is written (contacts, the activity report): RFC 4180
// with CRLF line ends, UTF-8 with a byte order mark (without it, Excel reads UTF-8 as the local
// ANSI code page), and every cell guarded against formula injection (csv::withFormulaGuard()).
namespace CsvWriter {

// The cell as written, once guarded: quoted where RFC 4180 needs it (and where a tab is, so no
// reader takes it for the delimiter).
QString quoted(const QString &cell);
// One record: each cell guarded and quoted, joined by commas, ending in CRLF.
QString line(const QStringList &cells);
// The file's bytes: the byte order mark, then the lines in UTF-8.
QByteArray file(const QString &lines);

} // namespace CsvWriter
