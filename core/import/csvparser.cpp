#include "import/csvparser.h"

#include "domain/failwith.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <cstring>

namespace csv {

namespace {

// Windows-1252 differs from Latin-1 only in 0x80–0x9F. The five unassigned bytes map to the
// C1 control of the same value, as browsers do, so decoding never loses a byte.
constexpr std::array<char16_t, 32> kWindows1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 80–87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, // 88–8F
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 90–97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178, // 98–9F
};

// Strict UTF-8 check (no overlongs, no surrogates, nothing above U+10FFFF). QString::fromUtf8
// silently substitutes U+FFFD, which would hide a Windows-1252 file behind replacement marks.
bool isValidUtf8(const unsigned char *data, qsizetype size)
{
    qsizetype i = 0;
    while (i < size) {
        // Most of a contacts file is ASCII: take eight such bytes at a time.
        if (size - i >= 8) {
            quint64 word;
            std::memcpy(&word, data + i, sizeof word);
            if ((word & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = data[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned char min2 = 0x80; // allowed range of the second byte, to reject overlongs and surrogates
        unsigned char max2 = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            if (c == 0xE0)
                min2 = 0xA0;
            else if (c == 0xED)
                max2 = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            if (c == 0xF0)
                min2 = 0x90;
            else if (c == 0xF4)
                max2 = 0x8F;
        } else {
            return false;
        }
        if (size - i <= extra)
            return false;
        if (data[i + 1] < min2 || data[i + 1] > max2)
            return false;
        for (int k = 2; k <= extra; ++k) {
            if ((data[i + k] & 0xC0) != 0x80)
                return false;
        }
        i += extra + 1;
    }
    return true;
}

bool startsWithUtf16Bom(const QByteArray &bytes)
{
    return bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF");
}

} // namespace

namespace {

// Counts delimiters outside quotes over the first lines; the same for UTF-16 and UTF-8 text,
// since everything it looks at is ASCII.
template<typename Char>
QChar detectDelimiterIn(const Char *p, qsizetype n)
{
    constexpr int kLinesToScan = 20;
    qsizetype commas = 0;
    qsizetype semicolons = 0;
    qsizetype tabs = 0;
    int lines = 0;
    bool inQuotes = false;
    for (qsizetype i = 0; i < n && lines < kLinesToScan; ++i) {
        switch (p[i]) {
        case '"':
            inQuotes = !inQuotes; // a doubled quote toggles twice, which is what we want
            break;
        case ',':
            commas += inQuotes ? 0 : 1;
            break;
        case ';':
            semicolons += inQuotes ? 0 : 1;
            break;
        case '\t':
            tabs += inQuotes ? 0 : 1;
            break;
        case '\n':
            lines += inQuotes ? 0 : 1;
            break;
        case '\r':
            if (!inQuotes && !(i + 1 < n && p[i + 1] == '\n'))
                ++lines;
            break;
        default:
            break;
        }
    }
    // Ties favour the comma: it is what LinkedIn writes.
    if (semicolons > commas && semicolons >= tabs)
        return QLatin1Char(';');
    if (tabs > commas && tabs > semicolons)
        return QLatin1Char('\t');
    return QLatin1Char(',');
}

// Windows-1252 as UTF-8, so that the parser and everything after it read one encoding.
QByteArray windows1252ToUtf8(const unsigned char *data, qsizetype size)
{
    QByteArray out(size * 3, Qt::Uninitialized);
    char *dst = out.data();
    for (qsizetype i = 0; i < size; ++i) {
        const unsigned char c = data[i];
        if (c < 0x80) {
            *dst++ = char(c);
            continue;
        }
        const char16_t u = c <= 0x9F ? kWindows1252High[c - 0x80] : char16_t(c);
        if (u < 0x800) {
            *dst++ = char(0xC0 | (u >> 6));
            *dst++ = char(0x80 | (u & 0x3F));
        } else {
            *dst++ = char(0xE0 | (u >> 12));
            *dst++ = char(0x80 | ((u >> 6) & 0x3F));
            *dst++ = char(0x80 | (u & 0x3F));
        }
    }
    out.truncate(dst - out.constData());
    out.squeeze(); // the parsed table keeps this text, so not three times its size
    return out;
}

bool isAsciiBlank(QByteArrayView text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t'; });
}

// Bytes as UTF-8 text: where they lie when they are valid UTF-8 (after a BOM, if any), else
// read as Windows-1252 and transcoded.
struct Utf8Text {
    QByteArray text;
    qsizetype start = 0; // past the BOM
    Encoding encoding = Encoding::Utf8;
    bool hadByteOrderMark = false;
};

Utf8Text asUtf8(const QByteArray &bytes)
{
    Utf8Text result;
    result.hadByteOrderMark = bytes.startsWith("\xEF\xBB\xBF");
    const qsizetype start = result.hadByteOrderMark ? 3 : 0;
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData()) + start;
    const qsizetype size = bytes.size() - start;
    if (isValidUtf8(data, size)) {
        result.text = bytes;
        result.start = start;
    } else {
        result.text = windows1252ToUtf8(data, size);
        result.encoding = Encoding::Windows1252;
    }
    return result;
}

} // namespace

QString text(QByteArrayView utf8)
{
    QStringDecoder toUtf16(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
    return toUtf16(utf8);
}

QString decode(const QByteArray &bytes, Encoding *detected, bool *hadBom)
{
    const Utf8Text utf8 = asUtf8(bytes);
    if (detected)
        *detected = utf8.encoding;
    if (hadBom)
        *hadBom = utf8.hadByteOrderMark;
    return text(QByteArrayView(utf8.text).sliced(utf8.start));
}

namespace {

bool isFormulaTrigger(QChar c)
{
    switch (c.unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
    case u'\n':
        return true;
    default:
        return false;
    }
}

// Where the cell's text starts after its leading apostrophes.
qsizetype afterApostrophes(QStringView cell)
{
    qsizetype i = 0;
    while (i < cell.size() && cell.at(i) == u'\'')
        ++i;
    return i;
}

} // namespace

bool needsFormulaGuard(QStringView cell)
{
    const qsizetype start = afterApostrophes(cell);
    return start < cell.size() && isFormulaTrigger(cell.at(start));
}

QString withFormulaGuard(const QString &cell)
{
    if (!needsFormulaGuard(cell))
        return cell;
    return QLatin1Char('\'') + cell;
}

QString withoutFormulaGuard(QString cell)
{
    if (cell.startsWith(u'\'') && needsFormulaGuard(cell))
        cell.remove(0, 1);
    return cell;
}

QChar detectDelimiter(QStringView text)
{
    return detectDelimiterIn(text.utf16(), text.size());
}

// Splits UTF-8 text into records and fields, recording where each lies instead of copying it.
class Parser
{
public:
    Parser(const QByteArray &text, qsizetype start, char delimiter)
        : m_p(text.constData())
        , m_n(text.size())
        , m_i(start)
        , m_delimiter(delimiter)
    {
        m_result.dialect.delimiter = QLatin1Char(delimiter);
        table().m_text = text;
    }

    ParseResult run();

private:
    Table &table() { return m_result.table; }
    bool isFieldEnd(char c) const { return c == m_delimiter || c == '\n' || c == '\r'; }
    // A quoted field from its opening quote at k; false when it is never closed.
    bool readQuoted(qsizetype k, qsizetype *end);
    void addSpan(qsizetype offset, qsizetype size) { table().m_fields.append({qint32(offset), qint32(size)}); }

    const char *m_p;
    qsizetype m_n;
    qsizetype m_i;
    char m_delimiter;
    int m_line = 1;
    ParseResult m_result;
};

bool Parser::readQuoted(qsizetype k, qsizetype *end)
{
    QByteArray &unescaped = table().m_unescaped;
    const int fieldLine = m_line;
    qsizetype j = k + 1;
    qsizetype segment = j; // start of text not yet copied into unescaped
    qsizetype copiedFrom = -1; // where this field starts in unescaped, once it had to be copied
    auto copy = [&](qsizetype from, qsizetype to) {
        if (copiedFrom < 0)
            copiedFrom = unescaped.size();
        unescaped.append(m_p + from, to - from);
    };
    for (;;) {
        if (j >= m_n) {
            m_result.errorLine = fieldLine;
            m_result.error =
                QCoreApplication::translate("csv", "Line %1: a quoted field starting here is never closed.")
                    .arg(fieldLine);
            return false;
        }
        const char c = m_p[j];
        if (c == '"') {
            if (j + 1 < m_n && m_p[j + 1] == '"') {
                copy(segment, j + 1); // keep one quote
                j += 2;
                segment = j;
                continue;
            }
            break;
        }
        if (c == '\r') {
            // Embedded line breaks become '\n' whatever the file used.
            copy(segment, j);
            unescaped.append('\n');
            ++m_line;
            j += (j + 1 < m_n && m_p[j + 1] == '\n') ? 2 : 1;
            segment = j;
            continue;
        }
        if (c == '\n')
            ++m_line;
        ++j;
    }
    const qsizetype closingQuote = j;
    ++j;
    // Text after the closing quote (`"a"b`) is kept rather than rejected.
    qsizetype tail = j;
    while (tail < m_n && !isFieldEnd(m_p[tail]))
        ++tail;
    if (copiedFrom < 0 && tail == j) {
        addSpan(k + 1, closingQuote - k - 1); // the common case: the file's own bytes
    } else {
        copy(segment, closingQuote);
        copy(j, tail);
        const qsizetype size = unescaped.size() - copiedFrom;
        table().m_fields.append({qint32(-copiedFrom - 1), qint32(size)});
    }
    *end = tail;
    return true;
}

ParseResult Parser::run()
{
    Table &out = table();
    // A rough guess of the sizes saves repeated reallocation on big exports.
    out.m_records.reserve((m_n - m_i) / 64 + 1);
    out.m_fields.reserve((m_n - m_i) / 12 + 1);

    bool atRecordStart = true;
    qsizetype recordFirstField = 0;
    int recordLine = 1;
    for (;;) {
        if (atRecordStart) {
            if (m_i >= m_n)
                break;
            recordLine = m_line;
            recordFirstField = out.m_fields.size();
        }

        // Leading blanks before an opening quote are tolerated (`a, "b, c"`), so look past them.
        qsizetype k = m_i;
        while (k < m_n && (m_p[k] == ' ' || (m_p[k] == '\t' && m_delimiter != '\t')))
            ++k;

        bool quoted = false;
        qsizetype j = m_i;
        if (k < m_n && m_p[k] == '"') {
            quoted = true;
            if (!readQuoted(k, &j)) {
                m_result.ok = false;
                m_result.table = Table();
                return std::move(m_result);
            }
        } else {
            // Unquoted: a quote in the middle is just a character.
            while (j < m_n && !isFieldEnd(m_p[j]))
                ++j;
            addSpan(m_i, j - m_i);
        }

        if (j < m_n && m_p[j] == m_delimiter) {
            m_i = j + 1;
            atRecordStart = false;
            continue;
        }

        // End of record: a line break or the end of the text. A line of blanks is no record.
        const bool blank = out.m_fields.size() == recordFirstField + 1 && !quoted && [&] {
            const QByteArrayView value(m_p + m_i, j - m_i);
            return isAsciiBlank(value) || text(value).trimmed().isEmpty();
        }();
        if (j < m_n) {
            j += (m_p[j] == '\r' && j + 1 < m_n && m_p[j + 1] == '\n') ? 2 : 1;
            ++m_line;
        }
        if (blank)
            out.m_fields.removeLast();
        else
            out.m_records.append({qint32(recordFirstField), qint32(recordLine)});
        m_i = j;
        atRecordStart = true;
    }
    m_result.ok = true;
    return std::move(m_result);
}

qsizetype Table::fieldCount(qsizetype record) const
{
    const qsizetype next = record + 1 < m_records.size() ? m_records.at(record + 1).firstField : m_fields.size();
    return next - m_records.at(record).firstField;
}

QUtf8StringView Table::rawField(qsizetype record, qsizetype field) const
{
    if (field < 0 || field >= fieldCount(record))
        return {};
    const Span span = m_fields.at(m_records.at(record).firstField + field);
    const char *data =
        span.offset >= 0 ? m_text.constData() + span.offset : m_unescaped.constData() + (-qsizetype(span.offset) - 1);
    return QUtf8StringView(data, span.size);
}

QString Table::field(qsizetype record, qsizetype field) const
{
    const QUtf8StringView raw = rawField(record, field);
    return text(QByteArrayView(raw.data(), raw.size()));
}

QStringList Table::fields(qsizetype record) const
{
    QStringList result;
    const qsizetype count = fieldCount(record);
    result.reserve(count);
    for (qsizetype f = 0; f < count; ++f)
        result.append(field(record, f));
    return result;
}

void Table::appendRecord(const QStringList &fields, int line)
{
    m_records.append(RecordStart{qint32(m_fields.size()), qint32(line)});
    for (const QString &field : fields) {
        const QByteArray utf8 = field.toUtf8();
        m_fields.append(Span{qint32(m_text.size()), qint32(utf8.size())});
        m_text.append(utf8);
    }
}

Record Table::record(qsizetype record) const
{
    return Record{line(record), fields(record)};
}

QList<Record> Table::records() const
{
    QList<Record> result;
    result.reserve(size());
    for (qsizetype r = 0; r < size(); ++r)
        result.append(record(r));
    return result;
}

namespace {

// Field offsets are 32-bit; no contacts file comes near this (see ContactImport::MaximumFileSize).
constexpr qsizetype kMaximumTextSize = 1024 * 1024 * 1024;

ParseResult tooLarge()
{
    ParseResult result;
    result.error = QCoreApplication::translate("csv", "The file is too large to be a contacts file.");
    return result;
}

} // namespace

ParseResult parseText(QStringView text, QChar delimiter)
{
    Q_ASSERT(delimiter.unicode() < 0x80); // the parser compares bytes of UTF-8
    const QByteArray utf8 = text.toUtf8();
    if (utf8.size() >= kMaximumTextSize)
        return tooLarge();
    return Parser(utf8, 0, char(delimiter.unicode())).run();
}

ParseResult parse(const QByteArray &bytes)
{
    if (startsWithUtf16Bom(bytes)) {
        // Excel's "Unicode Text" save. Rare enough to ask for a re-save rather than guess.
        ParseResult result;
        result.error = QCoreApplication::translate(
            "csv", "This file is saved as UTF-16 (“Unicode Text”). Save it as “CSV UTF-8” and try again.");
        return result;
    }
    if (bytes.size() >= kMaximumTextSize / 3)
        return tooLarge();

    // Valid UTF-8 is parsed where it lies; anything else is read as Windows-1252.
    const Utf8Text utf8 = asUtf8(bytes);
    const QByteArrayView text = QByteArrayView(utf8.text).sliced(utf8.start);
    const char delimiter = char(detectDelimiterIn(text.data(), text.size()).unicode());
    ParseResult result = Parser(utf8.text, utf8.start, delimiter).run();
    result.dialect.encoding = utf8.encoding;
    result.dialect.hadByteOrderMark = utf8.hadByteOrderMark;
    return result;
}

bool isTextFile(const QByteArray &bytes, QString *error)
{
    if (bytes.isEmpty())
        return failWith(error, QCoreApplication::translate("csv", "The file is empty."));
    // UTF-16 has NULs by nature; parse() explains that case itself.
    constexpr qsizetype sniffBytes = 4096;
    if (!startsWithUtf16Bom(bytes) && bytes.first(qMin(bytes.size(), sniffBytes)).contains('\0'))
        return failWith(error,
                        QCoreApplication::translate("csv", "This file is not a text file (it contains binary data)."));
    return true;
}

} // namespace csv
