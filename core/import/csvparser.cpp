#include "import/csvparser.h"

#include <QCoreApplication>

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

QString decodeWindows1252(const unsigned char *data, qsizetype size)
{
    QString out(size, Qt::Uninitialized);
    char16_t *dst = reinterpret_cast<char16_t *>(out.data());
    for (qsizetype i = 0; i < size; ++i) {
        const unsigned char c = data[i];
        dst[i] = (c >= 0x80 && c <= 0x9F) ? kWindows1252High[c - 0x80] : char16_t(c);
    }
    return out;
}

bool startsWithUtf16Bom(const QByteArray &bytes)
{
    return bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF");
}

} // namespace

QString decode(const QByteArray &bytes, Encoding *detected, bool *hadBom)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    qsizetype size = bytes.size();
    const bool bom = bytes.startsWith("\xEF\xBB\xBF");
    if (bom) {
        data += 3;
        size -= 3;
    }
    if (hadBom)
        *hadBom = bom;

    if (isValidUtf8(data, size)) {
        if (detected)
            *detected = Encoding::Utf8;
        return QString::fromUtf8(reinterpret_cast<const char *>(data), size);
    }
    if (detected)
        *detected = Encoding::Windows1252;
    return decodeWindows1252(data, size);
}

QChar detectDelimiter(QStringView text)
{
    constexpr int kLinesToScan = 20;
    const char16_t *p = text.utf16();
    const qsizetype n = text.size();

    qsizetype commas = 0;
    qsizetype semicolons = 0;
    qsizetype tabs = 0;
    int lines = 0;
    bool inQuotes = false;
    for (qsizetype i = 0; i < n && lines < kLinesToScan; ++i) {
        switch (p[i]) {
        case u'"':
            inQuotes = !inQuotes; // a doubled quote toggles twice, which is what we want
            break;
        case u',':
            commas += inQuotes ? 0 : 1;
            break;
        case u';':
            semicolons += inQuotes ? 0 : 1;
            break;
        case u'\t':
            tabs += inQuotes ? 0 : 1;
            break;
        case u'\n':
            lines += inQuotes ? 0 : 1;
            break;
        case u'\r':
            if (!inQuotes && !(i + 1 < n && p[i + 1] == u'\n'))
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

ParseResult parseText(QStringView text, QChar delimiter)
{
    ParseResult result;
    result.dialect.delimiter = delimiter;

    const char16_t *p = text.utf16();
    const qsizetype n = text.size();
    const char16_t delim = delimiter.unicode();

    // A rough guess of the row count saves repeated reallocation on big exports.
    result.records.reserve(n / 64 + 1);

    qsizetype fieldsPerRecord = 8;
    QStringList fields;
    fields.reserve(fieldsPerRecord);

    int line = 1;
    int recordLine = 1;
    bool atRecordStart = true;
    qsizetype i = 0;

    for (;;) {
        if (atRecordStart) {
            if (i >= n)
                break;
            recordLine = line;
        }

        // Leading blanks before an opening quote are tolerated (`a, "b, c"`), so look past them.
        qsizetype k = i;
        while (k < n && (p[k] == u' ' || (p[k] == u'\t' && delim != u'\t')))
            ++k;

        QString value;
        bool quoted = false;
        qsizetype j = i;
        if (k < n && p[k] == u'"') {
            quoted = true;
            const int fieldLine = line;
            j = k + 1;
            qsizetype segment = j; // start of text not yet copied into value
            for (;;) {
                if (j >= n) {
                    result.ok = false;
                    result.records.clear();
                    result.errorLine = fieldLine;
                    result.error = QCoreApplication::translate("csv", "Line %1: a quoted field starting here is never closed.")
                                       .arg(fieldLine);
                    return result;
                }
                const char16_t c = p[j];
                if (c == u'"') {
                    if (j + 1 < n && p[j + 1] == u'"') {
                        value.append(QStringView(p + segment, j + 1 - segment)); // keep one quote
                        j += 2;
                        segment = j;
                        continue;
                    }
                    value.append(QStringView(p + segment, j - segment));
                    ++j;
                    break;
                }
                if (c == u'\r') {
                    // Embedded line breaks become '\n' whatever the file used.
                    value.append(QStringView(p + segment, j - segment));
                    value.append(u'\n');
                    ++line;
                    j += (j + 1 < n && p[j + 1] == u'\n') ? 2 : 1;
                    segment = j;
                    continue;
                }
                if (c == u'\n')
                    ++line;
                ++j;
            }
            // Text after the closing quote (`"a"b`) is kept rather than rejected.
            qsizetype tail = j;
            while (tail < n && p[tail] != delim && p[tail] != u'\n' && p[tail] != u'\r')
                ++tail;
            if (tail > j)
                value.append(QStringView(p + j, tail - j));
            j = tail;
        } else {
            // Unquoted: a quote in the middle is just a character.
            while (j < n && p[j] != delim && p[j] != u'\n' && p[j] != u'\r')
                ++j;
            value = QStringView(p + i, j - i).toString();
        }

        if (j < n && p[j] == delim) {
            fields.append(std::move(value));
            i = j + 1;
            atRecordStart = false;
            continue;
        }

        // End of record: a line break or the end of the text.
        const bool blank = fields.isEmpty() && !quoted && QStringView(value).trimmed().isEmpty();
        fields.append(std::move(value));
        if (j < n) {
            j += (p[j] == u'\r' && j + 1 < n && p[j + 1] == u'\n') ? 2 : 1;
            ++line;
        }
        if (blank) {
            fields.clear();
        } else {
            fieldsPerRecord = fields.size();
            result.records.append(Record{recordLine, std::move(fields)});
            fields = QStringList();
            fields.reserve(fieldsPerRecord);
        }
        i = j;
        atRecordStart = true;
    }

    result.ok = true;
    return result;
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

    Encoding encoding = Encoding::Utf8;
    bool bom = false;
    const QString text = decode(bytes, &encoding, &bom);
    ParseResult result = parseText(text, detectDelimiter(text));
    result.dialect.encoding = encoding;
    result.dialect.hadByteOrderMark = bom;
    return result;
}

QString textFileProblem(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return QCoreApplication::translate("csv", "The file is empty.");
    // UTF-16 has NULs by nature; parse() explains that case itself.
    const bool utf16 = bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF");
    constexpr qsizetype sniffBytes = 4096;
    if (!utf16 && bytes.first(qMin(bytes.size(), sniffBytes)).contains('\0'))
        return QCoreApplication::translate("csv", "This file is not a text file (it contains binary data).");
    return {};
}

} // namespace csv
