#include "import/linkedinformat.h"

#include <QUrl>

#include <array>
#include <optional>

using namespace Qt::StringLiterals;

namespace linkedin {

namespace {

constexpr int kColumnCount = static_cast<int>(Column::ConnectedOn) + 1;
constexpr qsizetype kHeaderSearchRecords = 10;

std::optional<Column> columnForHeader(QStringView cell)
{
    // U+FEFF can survive when a file was saved with a BOM twice.
    QStringView name = cell.trimmed();
    while (name.startsWith(u'\uFEFF'))
        name = name.sliced(1).trimmed();

    struct Alias {
        QLatin1StringView text;
        Column column;
    };
    static constexpr std::array<Alias, 9> aliases = {{
        {"First Name"_L1, Column::FirstName},
        {"Last Name"_L1, Column::LastName},
        {"URL"_L1, Column::Url},
        {"Email Address"_L1, Column::Email},
        {"E-mail Address"_L1, Column::Email},
        {"Email"_L1, Column::Email},
        {"Company"_L1, Column::Company},
        {"Position"_L1, Column::Position},
        {"Connected On"_L1, Column::ConnectedOn},
    }};
    for (const Alias &alias : aliases) {
        if (name.compare(alias.text, Qt::CaseInsensitive) == 0)
            return alias.column;
    }
    return std::nullopt;
}

// A tiny cursor for the date formats; QDate::fromString would depend on the locale for names.
class DateScanner
{
public:
    explicit DateScanner(QStringView text) : m_text(text) {}

    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_text.at(m_pos); }

    bool accept(char16_t c)
    {
        if (atEnd() || m_text.at(m_pos).unicode() != c)
            return false;
        ++m_pos;
        return true;
    }

    int skipSpaces()
    {
        int count = 0;
        while (accept(u' '))
            ++count;
        return count;
    }

    // ASCII digits only, at most maxDigits of them; -1 when there are none or too many.
    int number(int maxDigits, int *digitCount)
    {
        int value = 0;
        int digits = 0;
        while (!atEnd()) {
            const char16_t c = m_text.at(m_pos).unicode();
            if (c < u'0' || c > u'9')
                break;
            if (++digits > maxDigits)
                return -1;
            value = value * 10 + (c - u'0');
            ++m_pos;
        }
        *digitCount = digits;
        return digits > 0 ? value : -1;
    }

    // English month name, abbreviated or full, any case; 0 when not a month.
    int month()
    {
        const qsizetype start = m_pos;
        while (!atEnd()) {
            const char16_t c = m_text.at(m_pos).unicode();
            if (!((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')))
                break;
            ++m_pos;
        }
        const QStringView word = m_text.sliced(start, m_pos - start);
        accept(u'.'); // "Sept."
        static constexpr std::array<QLatin1StringView, 12> names = {
            "january"_L1, "february"_L1, "march"_L1, "april"_L1, "may"_L1, "june"_L1,
            "july"_L1, "august"_L1, "september"_L1, "october"_L1, "november"_L1, "december"_L1,
        };
        if (word.size() < 3)
            return 0;
        for (int i = 0; i < 12; ++i) {
            const QLatin1StringView full = names[static_cast<size_t>(i)];
            if (word.compare(full, Qt::CaseInsensitive) == 0
                || word.compare(full.first(3), Qt::CaseInsensitive) == 0)
                return i + 1;
        }
        if (word.compare("sept"_L1, Qt::CaseInsensitive) == 0)
            return 9;
        return 0;
    }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
};

// Exports only ever use two- or four-digit years; two digits mean this century.
int fullYear(int value, int digits)
{
    if (digits == 4)
        return value;
    if (digits == 2)
        return 2000 + value;
    return -1;
}

QDate makeDate(int year, int month, int day)
{
    if (year < 0 || month <= 0 || day <= 0)
        return {};
    const QDate date(year, month, day);
    return date.isValid() ? date : QDate();
}

// "27 Jun 2026", "2 March 2025", "27-Jun-26", "1-Feb-24"
QDate parseDayMonthYear(QStringView text)
{
    DateScanner s(text);
    int dayDigits = 0;
    const int day = s.number(2, &dayDigits);
    if (day < 0)
        return {};
    const bool dashed = s.accept(u'-');
    if (!dashed && s.skipSpaces() == 0)
        return {};
    const int month = s.month();
    if (month == 0)
        return {};
    if (dashed ? !s.accept(u'-') : s.skipSpaces() == 0)
        return {};
    int yearDigits = 0;
    const int year = s.number(4, &yearDigits);
    if (year < 0 || !s.atEnd())
        return {};
    return makeDate(fullYear(year, yearDigits), month, day);
}

// "Jun 27, 2026", "June 27 2026"
QDate parseMonthDayYear(QStringView text)
{
    DateScanner s(text);
    const int month = s.month();
    if (month == 0 || s.skipSpaces() == 0)
        return {};
    int dayDigits = 0;
    const int day = s.number(2, &dayDigits);
    if (day < 0)
        return {};
    const bool comma = s.accept(u',');
    if (s.skipSpaces() == 0 && !comma)
        return {};
    int yearDigits = 0;
    const int year = s.number(4, &yearDigits);
    if (year < 0 || !s.atEnd())
        return {};
    return makeDate(fullYear(year, yearDigits), month, day);
}

// "16.09.2021" (D.M.Y), "1/8/18, 6:14 PM" and "9/16/2021" (M/D/Y, time ignored),
// "2021-09-16" and "2021/09/16" (Y-M-D, time ignored).
QDate parseNumeric(QStringView text)
{
    DateScanner s(text);
    int firstDigits = 0;
    const int first = s.number(4, &firstDigits);
    if (first < 0)
        return {};
    const QChar separator = s.peek();
    const char16_t sep = separator.unicode();
    if (sep != u'.' && sep != u'/' && sep != u'-')
        return {};
    s.accept(sep);
    int secondDigits = 0;
    const int second = s.number(2, &secondDigits);
    if (second < 0 || !s.accept(sep))
        return {};
    int thirdDigits = 0;
    const int third = s.number(4, &thirdDigits);
    if (third < 0)
        return {};

    // Only a time may follow, separated by a comma, a space or ISO's 'T'.
    const bool rest = !s.atEnd();
    const QChar next = s.peek();
    const bool timeFollows = next == QLatin1Char(',') || next == QLatin1Char(' ') || next == QLatin1Char('T');

    if (firstDigits == 4) {
        if (sep == u'.' || thirdDigits > 2 || (rest && !timeFollows))
            return {};
        return makeDate(first, second, third);
    }
    if (firstDigits > 2)
        return {};
    if (sep == u'.') {
        if (rest)
            return {};
        return makeDate(fullYear(third, thirdDigits), second, first);
    }
    if (sep == u'/') {
        if (rest && next != QLatin1Char(',') && next != QLatin1Char(' '))
            return {};
        return makeDate(fullYear(third, thirdDigits), first, second);
    }
    return {}; // "16-09-2021": day or month first is a guess, so don't
}

Row rowFromRecord(const csv::Record &record, const QList<int> &columnOf)
{
    const auto cell = [&](Column column) -> QString {
        const int index = columnOf.value(static_cast<int>(column), -1);
        if (index < 0 || index >= record.fields.size())
            return {}; // short records: missing cells are empty
        return record.fields.at(index);
    };

    Row row;
    row.line = record.line;
    Contact &c = row.contact;
    c.firstName = cell(Column::FirstName).trimmed();
    c.lastName = cell(Column::LastName).trimmed();
    c.linkedInUrl = cell(Column::Url).trimmed();
    c.email = cell(Column::Email).trimmed();
    // LinkedIn puts member URNs where it withholds the address; that is not an email.
    if (c.email.startsWith("urn:li:"_L1, Qt::CaseInsensitive))
        c.email.clear();
    c.company = cell(Column::Company).trimmed();
    c.position = cell(Column::Position).trimmed();
    row.dateText = cell(Column::ConnectedOn); // connectedOn is filled in by read()
    c.source = u"LinkedIn"_s;
    c.relationship = Relationship::LinkedIn;
    row.empty = c.firstName.isEmpty() && c.lastName.isEmpty() && c.linkedInUrl.isEmpty()
        && c.email.isEmpty() && c.company.isEmpty();
    return row;
}

} // namespace

HeaderInfo findHeader(const QList<csv::Record> &records)
{
    HeaderInfo info;
    info.columnOf = QList<int>(kColumnCount, -1);
    const qsizetype limit = qMin(records.size(), kHeaderSearchRecords);
    for (qsizetype r = 0; r < limit; ++r) {
        QList<int> columns(kColumnCount, -1);
        const QStringList &fields = records.at(r).fields;
        for (qsizetype i = 0; i < fields.size(); ++i) {
            const std::optional<Column> column = columnForHeader(fields.at(i));
            if (column && columns.at(static_cast<int>(*column)) < 0)
                columns[static_cast<int>(*column)] = static_cast<int>(i);
        }
        if (columns.at(static_cast<int>(Column::FirstName)) >= 0
            && columns.at(static_cast<int>(Column::LastName)) >= 0) {
            info.recordIndex = static_cast<int>(r);
            info.columnOf = columns;
            return info;
        }
    }
    return info;
}

QDate parseConnectedOn(const QString &text)
{
    const QStringView s = QStringView(text).trimmed();
    if (s.isEmpty())
        return {};
    const QChar first = s.front();
    if (first.isDigit()) {
        if (const QDate date = parseDayMonthYear(s); date.isValid())
            return date;
        return parseNumeric(s);
    }
    return parseMonthDayYear(s);
}

ReadResult read(const QByteArray &bytes)
{
    ReadResult result;
    result.error = csv::textFileProblem(bytes);
    if (!result.error.isEmpty())
        return result;

    const csv::ParseResult parsed = csv::parse(bytes);
    result.dialect = parsed.dialect;
    if (!parsed.ok) {
        result.error = parsed.error;
        result.errorLine = parsed.errorLine;
        return result;
    }
    if (parsed.records.isEmpty()) {
        result.error = QCoreApplication::translate("linkedin", "The file is empty.");
        return result;
    }

    const HeaderInfo header = findHeader(parsed.records);
    if (!header.found()) {
        result.error = QCoreApplication::translate(
            "linkedin",
            "This file does not look like a LinkedIn connections export: no header with “First Name” and “Last Name” was found in the first lines.");
        return result;
    }

    result.rows.reserve(parsed.records.size() - header.recordIndex - 1);
    // Exports are sorted by date, so neighbouring rows mostly share one; parse each run once.
    QString previousDateText;
    QDate previousDate;
    for (qsizetype r = header.recordIndex + 1; r < parsed.records.size(); ++r) {
        Row row = rowFromRecord(parsed.records.at(r), header.columnOf);
        if (r == header.recordIndex + 1 || row.dateText != previousDateText) {
            previousDateText = row.dateText;
            previousDate = parseConnectedOn(row.dateText);
        }
        row.contact.connectedOn = previousDate;
        result.rows.append(std::move(row));
    }
    result.ok = true;
    return result;
}

namespace {

// True when the URL is already in the form normaliseProfileUrl() gives: "https://", then
// lower-case ASCII with nothing to decode, cut or trim. Most exported URLs are.
bool isNormalProfileUrl(QStringView url)
{
    if (!url.startsWith(u"https://") || url.endsWith(u'/'))
        return false;
    for (const QChar ch : url) {
        const char16_t c = ch.unicode();
        if (c <= u' ' || c >= 0x7f || (c >= u'A' && c <= u'Z') || c == u'%' || c == u'?' || c == u'#')
            return false;
    }
    return true;
}

} // namespace

QString normaliseProfileUrl(const QString &url)
{
    if (isNormalProfileUrl(url))
        return url; // shares the text: a re-import compares tens of thousands of them
    QString s = url.trimmed();
    // Cut query and fragment before decoding, so an encoded '?' in a slug stays part of it.
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s.at(i) == QLatin1Char('?') || s.at(i) == QLatin1Char('#')) {
            s.truncate(i);
            break;
        }
    }
    if (s.contains(u'%'))
        s = QUrl::fromPercentEncoding(s.toUtf8()).trimmed();
    // LinkedIn slugs are case-insensitive, so the whole URL can be folded.
    s = s.toLower();
    while (s.endsWith(QLatin1Char('/')))
        s.chop(1);
    if (s.isEmpty())
        return {};
    // The same profile is reached over http, https or typed without a scheme.
    if (s.startsWith("http://"_L1))
        s.replace(0, 7, u"https://"_s);
    else if (!s.contains("://"_L1))
        s.prepend(u"https://"_s);
    return s;
}

} // namespace linkedin
