#include "import/contactcsv.h"

#include "domain/failwith.h"
#include "domain/stringpool.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QVarLengthArray>

#include <array>

using namespace Qt::StringLiterals;

namespace contactcsv {

namespace {

constexpr qsizetype headerSearchRecords = 10;

struct Alias {
    QLatin1StringView heading;
    Field field;
};

// Headings seen in LinkedIn, Google Contacts (old and new) and Outlook exports, and the
// obvious names people give spreadsheet columns. Not "Title": Outlook uses it for "Dr.".
constexpr std::array<Alias, 53> aliases = {{
    {"first name"_L1, Field::FirstName},
    {"given name"_L1, Field::FirstName},
    {"firstname"_L1, Field::FirstName},
    {"forename"_L1, Field::FirstName},
    {"last name"_L1, Field::LastName},
    {"family name"_L1, Field::LastName},
    {"lastname"_L1, Field::LastName},
    {"surname"_L1, Field::LastName},
    {"name"_L1, Field::FullName},
    {"full name"_L1, Field::FullName},
    {"display name"_L1, Field::FullName},
    {"contact"_L1, Field::FullName},
    {"email address"_L1, Field::Email},
    {"e-mail address"_L1, Field::Email},
    {"email"_L1, Field::Email},
    {"e-mail"_L1, Field::Email},
    {"e-mail 1 - value"_L1, Field::Email},
    {"email 1 - value"_L1, Field::Email},
    {"primary email"_L1, Field::Email},
    {"phone"_L1, Field::Phone},
    {"mobile phone"_L1, Field::Phone},
    {"business phone"_L1, Field::Phone},
    {"home phone"_L1, Field::Phone},
    {"phone 1 - value"_L1, Field::Phone},
    {"telephone"_L1, Field::Phone},
    {"mobile"_L1, Field::Phone},
    {"url"_L1, Field::LinkedInUrl},
    {"linkedin"_L1, Field::LinkedInUrl},
    {"linkedin url"_L1, Field::LinkedInUrl},
    {"profile url"_L1, Field::LinkedInUrl},
    {"company"_L1, Field::Company},
    {"organization"_L1, Field::Company},
    {"organisation"_L1, Field::Company},
    {"organization name"_L1, Field::Company},
    {"organization 1 - name"_L1, Field::Company},
    {"employer"_L1, Field::Company},
    {"position"_L1, Field::Position},
    {"job title"_L1, Field::Position},
    {"organization title"_L1, Field::Position},
    {"organization 1 - title"_L1, Field::Position},
    {"role"_L1, Field::Position},
    {"connected on"_L1, Field::ConnectedOn},
    {"notes"_L1, Field::Notes},
    {"note"_L1, Field::Notes},
    {"labels"_L1, Field::Tags},
    {"categories"_L1, Field::Tags},
    {"tags"_L1, Field::Tags},
    {"website"_L1, Field::Website},
    {"web site"_L1, Field::Website},
    {"web page"_L1, Field::Website},
    {"personal web page"_L1, Field::Website},
    {"home page"_L1, Field::Website},
    {"homepage"_L1, Field::Website},
}};

// Google Contacts numbers its repeated columns: "Website 1 - Value", "Website 2 - Value"…
bool isNumberedWebsite(QStringView heading)
{
    static const QRegularExpression numbered(u"^website \\d+ - value$"_s, QRegularExpression::CaseInsensitiveOption);
    return numbered.matchView(heading).hasMatch();
}

bool hasHeading(const QStringList &headings, QLatin1StringView heading)
{
    return std::any_of(headings.cbegin(), headings.cend(), [heading](const QString &h) {
        return QStringView(h).trimmed().compare(heading, Qt::CaseInsensitive) == 0;
    });
}

Format formatOf(const QStringList &headings)
{
    if (hasHeading(headings, "connected on"_L1))
        return Format::LinkedIn;
    if (hasHeading(headings, "given name"_L1) || hasHeading(headings, "e-mail 1 - value"_L1)
        || hasHeading(headings, "labels"_L1))
        return Format::GoogleContacts;
    if (hasHeading(headings, "business phone"_L1) || hasHeading(headings, "job title"_L1))
        return Format::Outlook;
    return Format::Other;
}

QList<Field> mappingFor(const QStringList &headings)
{
    QList<Field> mapping;
    mapping.reserve(headings.size());
    for (const QString &heading : headings) {
        Field field = guessField(heading);
        // Exports repeat kinds of column (Home Phone, Mobile Phone…): the first one wins. Every
        // website column is read, since any of them may hold the LinkedIn profile.
        if (field != Field::Ignore && field != Field::Website && mapping.contains(field))
            field = Field::Ignore;
        mapping << field;
    }
    return mapping;
}

// Google writes "* myContacts ::: Friends"; Outlook "Friends;Work".
QStringList splitTags(const QString &text)
{
    QStringList tags;
    static const QRegularExpression separators(u"\\s*(?::::|;|,)\\s*"_s);
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !tag.startsWith(u'*'))
            tags << tag;
    }
    return tags;
}

} // namespace

QList<Field> Names::fields()
{
    return {Field::Ignore, Field::FirstName,   Field::LastName, Field::FullName, Field::Email,
            Field::Phone,  Field::LinkedInUrl, Field::Company,  Field::Position, Field::ConnectedOn,
            Field::Notes,  Field::Tags,        Field::Website};
}

QString Names::field(Field field)
{
    switch (field) {
    case Field::Ignore:
        return tr("(not imported)");
    case Field::FirstName:
        return tr("First name");
    case Field::LastName:
        return tr("Last name");
    case Field::FullName:
        return tr("Full name");
    case Field::Email:
        return tr("E-mail");
    case Field::Phone:
        return tr("Phone");
    case Field::LinkedInUrl:
        return tr("LinkedIn URL");
    case Field::Company:
        return tr("Company");
    case Field::Position:
        return tr("Position");
    case Field::ConnectedOn:
        return tr("Connected on");
    case Field::Notes:
        return tr("Notes");
    case Field::Tags:
        return tr("Tags");
    case Field::Website:
        return tr("Website");
    }
    return {};
}

QString Names::format(Format format)
{
    switch (format) {
    case Format::LinkedIn:
        return tr("LinkedIn connections");
    case Format::GoogleContacts:
        return tr("Google Contacts");
    case Format::Outlook:
        return tr("Outlook contacts");
    case Format::VCard:
        return tr("vCard");
    case Format::Other:
        return tr("CSV file");
    }
    return {};
}

Field guessField(const QString &heading)
{
    QStringView name = QStringView(heading).trimmed();
    while (name.startsWith(u'\uFEFF'))
        name = name.sliced(1).trimmed();
    for (const Alias &alias : aliases) {
        if (name.compare(alias.heading, Qt::CaseInsensitive) == 0)
            return alias.field;
    }
    if (isNumberedWebsite(name))
        return Field::Website;
    return Field::Ignore;
}

bool Layout::hasName() const
{
    return mapping.contains(Field::FirstName) || mapping.contains(Field::LastName) || mapping.contains(Field::FullName);
}

Layout detectLayout(const csv::Table &table)
{
    Layout best;
    int bestScore = 0;
    const qsizetype limit = qMin(table.size(), headerSearchRecords);
    for (qsizetype r = 0; r < limit; ++r) {
        Layout candidate;
        candidate.headerRecord = int(r);
        candidate.headings = table.fields(r);
        candidate.mapping = mappingFor(candidate.headings);
        if (!candidate.hasName())
            continue;
        const int score = int(candidate.mapping.size() - candidate.mapping.count(Field::Ignore));
        if (score > bestScore) {
            best = candidate;
            bestScore = score;
        }
    }
    if (best.headerRecord < 0 && !table.isEmpty()) {
        // No name column recognised: offer the first record as headings for the user to map.
        best.headerRecord = 0;
        best.headings = table.fields(0);
        best.mapping = mappingFor(best.headings);
    }
    best.format = formatOf(best.headings);
    return best;
}

namespace {

bool isAsciiSpace(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

// A cell as text, trimmed. The ASCII blanks are cut before decoding; Unicode ones (a
// no-break space, say) only show at an end that is not ASCII.
QString cellText(QUtf8StringView raw)
{
    const char *begin = raw.data();
    const char *end = begin + raw.size();
    while (begin < end && isAsciiSpace(*begin))
        ++begin;
    while (end > begin && isAsciiSpace(end[-1]))
        --end;
    if (begin == end)
        return {};
    QString text = csv::text(QByteArrayView(begin, end - begin));
    if (static_cast<unsigned char>(*begin) >= 0x80 || static_cast<unsigned char>(end[-1]) >= 0x80)
        text = std::move(text).trimmed();
    return text;
}

// A cell's value for a contact: trimmed, and without the apostrophe an export puts before a cell
// a spreadsheet would take for a formula (Coffee Chat's own export and others do).
QString cellValue(QUtf8StringView raw)
{
    return csv::withoutFormulaGuard(cellText(raw));
}

// Dates are short and ASCII: read them from the cell without making a string of it.
QDate dateFromCell(QUtf8StringView cell)
{
    constexpr qsizetype kLongestDate = 64;
    if (cell.size() <= kLongestDate) {
        char16_t wide[kLongestDate];
        bool ascii = true;
        for (qsizetype i = 0; i < cell.size() && ascii; ++i) {
            ascii = static_cast<unsigned char>(cell.data()[i]) < 0x80;
            wide[i] = char16_t(cell.data()[i]);
        }
        if (ascii)
            return linkedin::parseConnectedOn(QStringView(wide, cell.size()));
    }
    return linkedin::parseConnectedOn(cellText(cell));
}

} // namespace

namespace {

// What all rows of a file share: the columns read, and the strings and dates made so far.
// Several columns may add to the notes (a vCard's note and its other addresses, say).
void appendNote(QString &notes, const QString &text)
{
    if (notes.isEmpty())
        notes = text;
    else
        notes += u"\n\n"_s + text;
}

// A website cell may hold several addresses (Google writes "a ::: b"; vCard readers, one per
// line): a LinkedIn profile fills the LinkedIn URL when it is empty, the others go to the notes.
void readWebsites(Contact &c, const QString &cell)
{
    static const QRegularExpression separators(u"\\s*:::\\s*|\\s+"_s);
    for (const QString &address : cell.split(separators, Qt::SkipEmptyParts)) {
        const QString profile = linkedin::profileUrlFromWebsite(address);
        if (!profile.isEmpty() && c.linkedInUrl.isEmpty())
            c.linkedInUrl = profile;
        else if (profile.isEmpty()
                 || linkedin::normaliseProfileUrl(profile) != linkedin::normaliseProfileUrl(c.linkedInUrl))
            appendNote(c.notes, QCoreApplication::translate("ContactCsv", "Website: %1").arg(address));
    }
}

struct Shared {
    explicit Shared(const Layout &layout)
        : fromLinkedIn(layout.format == Format::LinkedIn)
        , unguard(layout.format != Format::VCard)
        , source(fromLinkedIn ? u"LinkedIn"_s : Names::format(layout.format))
    {
        for (qsizetype i = 0; i < layout.mapping.size(); ++i) {
            if (layout.mapping.at(i) != Field::Ignore)
                columns.append({i, layout.mapping.at(i)});
        }
    }
    bool fromLinkedIn;
    bool unguard; // a CSV cell may carry a spreadsheet formula guard; a vCard value never does
    QString source;
    QVarLengthArray<std::pair<qsizetype, Field>, 16> columns; // only the mapped columns are read at all
    // An export has a few thousand distinct dates at most (one per day since joining): each is
    // read once.
    QHash<QByteArrayView, QDate> dates;
    StringPool firstNames;
    StringPool companies;
    StringPool positions;
};

} // namespace

QList<linkedin::Row> readRows(const csv::Table &table, const Layout &layout)
{
    QList<linkedin::Row> rows;
    if (layout.headerRecord < 0 || !layout.hasName())
        return rows;
    rows.reserve(qMax(table.size() - layout.headerRecord - 1, qsizetype(0)));
    Shared shared(layout);
    QString fullName;
    QStringList websites;
    for (qsizetype r = layout.headerRecord + 1; r < table.size(); ++r) {
        linkedin::Row &row = rows.emplaceBack();
        row.line = table.line(r);
        Contact &c = row.contact;
        c.source = shared.source;
        c.relationship = shared.fromLinkedIn ? Relationship::LinkedIn : Relationship::Unknown;
        if (layout.problemColumn >= 0) {
            row.skipReason = table.field(r, layout.problemColumn);
            if (!row.skipReason.isEmpty())
                continue;
        }
        for (const auto &[column, field] : shared.columns) {
            const QUtf8StringView cell = table.rawField(r, column);
            if (cell.isEmpty())
                continue;
            if (field == Field::ConnectedOn) {
                const auto known = shared.dates.constFind(cell);
                c.connectedOn =
                    known != shared.dates.cend() ? *known : shared.dates.insert(cell, dateFromCell(cell)).value();
                continue;
            }
            // Many people share a first name, an employer or a job title.
            StringPool *pool = field == Field::FirstName ? &shared.firstNames
                : field == Field::Company                ? &shared.companies
                : field == Field::Position               ? &shared.positions
                                                         : nullptr;
            const auto valueOf = [cell, &shared] { return shared.unguard ? cellValue(cell) : cellText(cell); };
            QString value = pool ? pool->get(cell, valueOf) : valueOf();
            if (value.isEmpty())
                continue;
            switch (field) {
            case Field::Ignore:
                break;
            case Field::ConnectedOn:
                break;
            case Field::FirstName:
                c.firstName = std::move(value);
                break;
            case Field::LastName:
                c.lastName = std::move(value);
                break;
            case Field::FullName:
                fullName = std::move(value);
                break;
            case Field::Email:
                // LinkedIn puts member URNs where it withholds the address; that is not an e-mail.
                if (!value.startsWith("urn:li:"_L1, Qt::CaseInsensitive))
                    c.email = std::move(value);
                break;
            case Field::Phone:
                c.phone = std::move(value);
                break;
            case Field::LinkedInUrl:
                c.linkedInUrl = std::move(value);
                break;
            case Field::Company:
                c.company = std::move(value);
                break;
            case Field::Position:
                c.position = std::move(value);
                break;
            case Field::Notes:
                appendNote(c.notes, value);
                break;
            case Field::Tags:
                c.tags = splitTags(value);
                break;
            case Field::Website:
                websites << std::move(value);
                break;
            }
        }
        // Only where no first or last name column gave one (a vCard with FN but no N).
        if (!fullName.isEmpty() && c.firstName.isEmpty() && c.lastName.isEmpty()) {
            // "Ada Lovelace": the last word is the family name, as most exports mean it.
            const qsizetype space = fullName.lastIndexOf(u' ');
            c.firstName = space < 0 ? fullName : fullName.left(space).trimmed();
            c.lastName = space < 0 ? QString() : fullName.mid(space + 1);
        }
        fullName.clear();
        // After the other columns, so that a LinkedIn URL column wins over a website.
        for (const QString &cell : std::as_const(websites))
            readWebsites(c, cell);
        websites.clear();
        row.empty = c.firstName.isEmpty() && c.lastName.isEmpty() && c.linkedInUrl.isEmpty() && c.email.isEmpty()
            && c.company.isEmpty();
    }
    return rows;
}

ReadResult read(const QByteArray &bytes)
{
    ReadResult result;
    if (!csv::isTextFile(bytes, &result.error))
        return result;
    csv::ParseResult parsed = csv::parse(bytes);
    result.dialect = parsed.dialect;
    if (!parsed.ok) {
        result.error = parsed.error;
        result.errorLine = parsed.errorLine;
        return result;
    }
    if (parsed.table.isEmpty()) {
        result.error = QCoreApplication::translate("csv", "The file is empty.");
        return result;
    }
    if (parsed.table.size() > MaximumRecords + 1) { // and a heading
        result.error = tooManyRecordsMessage(parsed.table.size() - 1);
        return result;
    }
    result.table = std::move(parsed.table);
    result.layout = detectLayout(result.table);
    result.rows = readRows(result.table, result.layout);
    result.ok = true;
    return result;
}

QString tooManyRecordsMessage(qsizetype records)
{
    return QCoreApplication::translate("csv",
                                       "It lists %1 people, more than any address book holds (at most %2 can be "
                                       "imported from one file).")
        .arg(QLocale().toString(records), QLocale().toString(MaximumRecords));
}

bool hasNames(const Layout &layout, QString *error)
{
    if (layout.hasName())
        return true;
    return failWith(error,
                    QCoreApplication::translate(
                        "csv",
                        "No column with people's names was recognised (the columns are: %1). Name a column "
                        "“First Name”, “Last Name” or “Name”, or choose the columns when importing in the app.")
                        .arg(layout.headings.mid(0, 12).join(u", "_s)));
}

} // namespace contactcsv
