#include "export/csvwriter.h"

#include "import/csvparser.h"

namespace CsvWriter {

QString quoted(const QString &cell)
{
    const bool needsQuotes = cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"'))
        || cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r')) || cell.contains(QLatin1Char('\t'));
    if (!needsQuotes)
        return cell;
    QString text = cell;
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString line(const QStringList &cells)
{
    QStringList written;
    written.reserve(cells.size());
    for (const QString &cell : cells)
        written << quoted(csv::withFormulaGuard(cell));
    return written.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QByteArray file(const QString &lines)
{
    return QByteArray("\xEF\xBB\xBF") + lines.toUtf8();
}

} // namespace CsvWriter
