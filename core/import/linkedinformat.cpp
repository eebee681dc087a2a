#include "import/linkedinformat.h"

#include <QUrl>
#include <QVarLengthArray>

#include <array>
#include <optional>

using namespace Qt::StringLiterals;

namespace linkedin {

namespace {

// A tiny cursor for the date formats; QDate::fromString would depend on the locale for names.
class DateScanner
{
public:
    explicit DateScanner(QStringView text)
        : m_text(text)
    { }

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
            "january"_L1, "february"_L1, "march"_L1,     "april"_L1,   "may"_L1,      "june"_L1,
            "july"_L1,    "august"_L1,   "september"_L1, "october"_L1, "november"_L1, "december"_L1,
        };
        if (word.size() < 3)
            return 0;
        for (int i = 0; i < 12; ++i) {
            const QLatin1StringView full = names[static_cast<size_t>(i)];
            if (word.compare(full, Qt::CaseInsensitive) == 0 || word.compare(full.first(3), Qt::CaseInsensitive) == 0)
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

} // namespace

QDate parseConnectedOn(QStringView text)
{
    const QStringView s = text.trimmed();
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

namespace {

int hexValue(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'a' && c <= u'f')
        return c - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c - u'A' + 10;
    return -1;
}

// Percent-decoded and ASCII-lower-cased UTF-8, in one pass and without allocating for any
// URL of ordinary length. Non-ASCII letters are lower-cased after decoding.
QString decodedLowerCase(QStringView url, bool *nonAscii)
{
    QVarLengthArray<char, 256> bytes;
    *nonAscii = false;
    for (qsizetype i = 0; i < url.size(); ++i) {
        const char16_t c = url.at(i).unicode();
        if (c == u'%' && i + 2 < url.size() && hexValue(url.at(i + 1).unicode()) >= 0
            && hexValue(url.at(i + 2).unicode()) >= 0) {
            const char byte = char(hexValue(url.at(i + 1).unicode()) * 16 + hexValue(url.at(i + 2).unicode()));
            *nonAscii = *nonAscii || (byte & 0x80) != 0;
            bytes.append(byte >= 'A' && byte <= 'Z' ? char(byte + 32) : byte);
            i += 2;
        } else if (c < 0x80) {
            bytes.append(c >= u'A' && c <= u'Z' ? char(c + 32) : char(c));
        } else {
            // Typed rather than encoded ("josé"): the rest is UTF-8 encoded as it stands.
            *nonAscii = true;
            const qsizetype length = QChar::isHighSurrogate(c) && i + 1 < url.size() ? 2 : 1;
            const QByteArray encoded = url.sliced(i, length).toUtf8();
            bytes.append(encoded.constData(), encoded.size());
            i += length - 1;
        }
    }
    return QString::fromUtf8(bytes.constData(), bytes.size());
}

} // namespace

QString normaliseProfileUrl(const QString &url)
{
    if (isNormalProfileUrl(url))
        return url; // shares the text: a re-import compares tens of thousands of them
    QStringView view = QStringView(url).trimmed();
    // Cut query and fragment before decoding, so an encoded '?' in a slug stays part of it.
    for (qsizetype i = 0; i < view.size(); ++i) {
        if (view.at(i) == u'?' || view.at(i) == u'#') {
            view.truncate(i);
            break;
        }
    }
    bool nonAscii = false;
    QString s = decodedLowerCase(view, &nonAscii).trimmed();
    // LinkedIn slugs are case-insensitive, so the whole URL can be folded.
    if (nonAscii)
        s = std::move(s).toLower();
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

QString profileUrlFromWebsite(QStringView address)
{
    const QStringView trimmed = address.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(u' '))
        return {};
    const QString text = trimmed.contains("://"_L1) ? trimmed.toString() : u"https://"_s + trimmed;
    const QUrl url(text, QUrl::TolerantMode);
    if (!url.isValid() || (url.scheme() != "https"_L1 && url.scheme() != "http"_L1))
        return {};
    const QString host = url.host().toLower();
    if (host != "linkedin.com"_L1 && !host.endsWith(".linkedin.com"_L1))
        return {};
    // A member's profile is /in/slug (maybe with a locale after it); /company/… and others are not.
    const QStringList path = url.path(QUrl::FullyEncoded).split(u'/', Qt::SkipEmptyParts);
    if (path.size() < 2 || path.at(0).compare("in"_L1, Qt::CaseInsensitive) != 0)
        return {};
    return u"https://www.linkedin.com/in/"_s + path.at(1);
}

} // namespace linkedin
