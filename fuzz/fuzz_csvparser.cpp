// libFuzzer target for the CSV reader: any bytes in, records or a precise error out.
//
// Checked on every input, besides "no crash, no sanitizer report":
// - an error comes with a sentence, no records, and the line it names is in the sentence;
// - records start on strictly increasing physical lines and never have zero fields;
// - parsing the same bytes twice gives the same result;
// - the records written back as CSV (every field quoted) and parsed again are the same records.
#include "import/csvparser.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void require(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_csvparser: invariant broken: %s\n", what);
        std::abort();
    }
}

bool sameRecords(const QList<csv::Record> &a, const QList<csv::Record> &b, bool compareLines)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).fields != b.at(i).fields || (compareLines && a.at(i).line != b.at(i).line))
            return false;
    }
    return true;
}

QString quotedCsv(const QList<csv::Record> &records)
{
    QString out;
    for (const csv::Record &record : records) {
        for (qsizetype i = 0; i < record.fields.size(); ++i) {
            if (i > 0)
                out += u',';
            QString field = record.fields.at(i);
            field.replace(QStringLiteral("\""), QStringLiteral("\"\""));
            out += u'"' + field + u'"';
        }
        out += u'\n';
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // No copy: the parser must not read past size (ASan would report it).
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QString textError;
    if (!csv::isTextFile(bytes, &textError))
        require(!textError.isEmpty(), "a refused file has a reason");

    const csv::ParseResult result = csv::parse(bytes);
    if (!result.ok) {
        require(!result.error.isEmpty(), "an error has a message");
        require(result.table.isEmpty(), "an error has no records");
        require(result.errorLine >= 0, "error line is not negative");
        if (result.errorLine > 0)
            require(result.error.contains(QString::number(result.errorLine)), "the message names the line");
        return 0;
    }
    require(result.error.isEmpty(), "success has no error");
    const QList<csv::Record> records = result.records();
    int previousLine = 0;
    for (const csv::Record &record : records) {
        require(record.line > previousLine, "records start on increasing lines");
        require(!record.fields.isEmpty(), "a record has fields");
        previousLine = record.line;
    }

    const csv::ParseResult again = csv::parse(bytes);
    require(again.ok && sameRecords(records, again.records(), true), "parsing is deterministic");

    const csv::ParseResult reparsed = csv::parseText(quotedCsv(records), QLatin1Char(','));
    require(reparsed.ok, "quoted records parse");
    require(sameRecords(records, reparsed.records(), false), "quoted records read back the same");
    return 0;
}
