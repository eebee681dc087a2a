#include "import/vcardimport.h"

#include <KContacts/Addressee>
#include <KContacts/PhoneNumber>
#include <KContacts/ResourceLocatorUrl>
#include <KContacts/VCardConverter>

#include <QStringDecoder>

#include <cctype>

using namespace Qt::StringLiterals;

namespace {

// The table's columns: one per property a contact is made of. Named after the vCard
// properties, which is what the user sees in the preview's column mapping.
enum Column { Given, Family, Formatted, Email, Phone, Organization, Title, Url, Note, Others, Categories, Count };

QStringList headings()
{
    return {u"N (given name)"_s,
            u"N (family name)"_s,
            u"FN"_s,
            u"EMAIL"_s,
            u"TEL"_s,
            u"ORG"_s,
            u"TITLE"_s,
            u"URL"_s,
            u"NOTE"_s,
            VCardImport::tr("Other e-mails and phones"),
            u"CATEGORIES"_s};
}

QList<contactcsv::Field> mapping()
{
    using contactcsv::Field;
    return {Field::FirstName, Field::LastName, Field::FullName, Field::Email, Field::Phone, Field::Company,
            Field::Position,  Field::Website,  Field::Notes,    Field::Notes, Field::Tags};
}

bool startsWithUtf16Bom(QByteArrayView bytes)
{
    return bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF");
}

// vCard 4.0 is UTF-8; Outlook may write UTF-16 with a byte order mark.
QByteArray asUtf8(const QByteArray &bytes)
{
    if (!startsWithUtf16Bom(bytes))
        return bytes;
    QStringDecoder decoder(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
                           QStringDecoder::Flag::Stateless);
    return QString(decoder(bytes)).toUtf8();
}

bool isLine(QByteArrayView line, QByteArrayView expected)
{
    return line.trimmed().compare(expected, Qt::CaseInsensitive) == 0;
}

// Apple Contacts ties a property to its label with a group ("item1.URL", "item1.X-ABLabel");
// KContacts keeps grouped properties apart and does not read them as URLs, e-mails or phones.
// The group only links labels, so it is dropped.
QByteArray withoutGroups(const QByteArray &card)
{
    QByteArray result;
    result.reserve(card.size());
    qsizetype offset = 0;
    while (offset < card.size()) {
        qsizetype end = card.indexOf('\n', offset);
        end = end < 0 ? card.size() : end + 1;
        qsizetype start = offset;
        const char first = card.at(offset);
        if (first != ' ' && first != '\t') { // not a folded continuation
            qsizetype i = offset;
            while (i < end && (std::isalnum(static_cast<unsigned char>(card.at(i))) || card.at(i) == '-'))
                ++i;
            if (i > offset && i + 1 < end && card.at(i) == '.'
                && std::isalpha(static_cast<unsigned char>(card.at(i + 1))))
                start = i + 1;
        }
        result.append(QByteArrayView(card).sliced(start, end - start));
        offset = end;
    }
    return result;
}

// A card's physical lines as KContacts reads them: split at LF, one trailing CR dropped.
QList<QByteArray> physicalLines(const QByteArray &card)
{
    QList<QByteArray> lines = card.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    return lines;
}

bool isFolded(const QByteArray &line)
{
    return line.startsWith(' ') || line.startsWith('\t');
}

bool startsCardOrEndsIt(const QByteArray &line)
{
    return qstrnicmp(line.constData(), "begin:vcard", 11) == 0 || qstrnicmp(line.constData(), "end:vcard", 9) == 0;
}

bool isQuotedPrintable(const QByteArray &line)
{
    // KContacts takes the encoding from a parameter, lowercased byte by byte: a line whose
    // lowercased bytes do not hold the name cannot be decoded as quoted-printable.
    return line.toLower().contains("quoted-printable");
}

// vCard 2.1 ends a quoted-printable value with "=" when it goes on on the next line (a soft
// line break). KContacts joins such lines itself, but a soft break on a card's last property
// makes it read past END:VCARD and then, at the end of the text, start again from the
// beginning without end: the import hung and filled the memory. So a card that uses the
// encoding is rewritten one property per line, as KContacts would unfold it, with the soft
// breaks joined here (never across BEGIN:VCARD or END:VCARD; a soft break with nothing after
// it is dropped). No quoted-printable line then reaches KContacts ending in "=", which is
// all that makes it read on.
QByteArray withSoftBreaksJoined(const QByteArray &card)
{
    if (!card.contains('=')) // no soft break (the encoding's name may itself be folded)
        return card;
    const QList<QByteArray> lines = physicalLines(card);
    QByteArray result;
    result.reserve(card.size());
    QByteArray property;
    const auto flush = [&result, &property] {
        // A property never starts with white space (that would fold it onto the one before).
        qsizetype start = 0;
        while (start < property.size() && (property.at(start) == ' ' || property.at(start) == '\t'))
            ++start;
        if (start < property.size()) {
            result += QByteArrayView(property).sliced(start);
            // KContacts drops one CR before each LF: with its own CR added, a property that
            // ends in "=\r" reaches it as written, not as a soft break.
            result += "\r\n";
        }
        property.clear();
    };
    qsizetype i = 0;
    while (i < lines.size()) {
        const QByteArray &line = lines.at(i);
        if (isFolded(line)) {
            property += line.mid(1);
            ++i;
            continue;
        }
        if (line.trimmed().isEmpty()) { // KContacts skips blank lines, also inside a property
            ++i;
            continue;
        }
        // This line ends the property before it; a soft break there takes the lines after.
        if (isQuotedPrintable(property)) {
            while (property.endsWith('=')) {
                property.chop(1);
                if (i < lines.size() && !startsCardOrEndsIt(lines.at(i)))
                    property += lines.at(i++);
            }
            if (i < lines.size() && isFolded(lines.at(i)))
                continue; // what follows the joined lines still belongs to this property
        }
        flush();
        if (i < lines.size()) {
            property = lines.at(i++);
            if (startsCardOrEndsIt(property))
                flush(); // BEGIN and END stand alone, as KContacts reads them
        }
    }
    if (isQuotedPrintable(property)) {
        while (property.endsWith('='))
            property.chop(1);
    }
    flush();
    return result;
}

struct Card {
    int line = 0; // of BEGIN:VCARD
    QByteArray text; // BEGIN to END, both included; empty when END is missing
};

// The cards, with the line each begins on. A card lasts from BEGIN:VCARD to END:VCARD; a
// BEGIN before the END means the card before was cut short (vCard 3.0 and 4.0 do not nest).
QList<Card> splitCards(const QByteArray &text)
{
    QList<Card> cards;
    qsizetype begin = -1; // offset of the open card's BEGIN line
    qsizetype offset = 0;
    int lineNumber = 0;
    while (offset < text.size()) {
        qsizetype end = text.indexOf('\n', offset);
        end = end < 0 ? text.size() : end + 1;
        const QByteArrayView line = QByteArrayView(text).sliced(offset, end - offset);
        ++lineNumber;
        if (isLine(line, "BEGIN:VCARD")) {
            // A card still open never ended: its text stays empty.
            cards.append(Card{lineNumber, {}});
            begin = offset;
        } else if (isLine(line, "END:VCARD") && begin >= 0) {
            cards.last().text = withSoftBreaksJoined(withoutGroups(text.sliced(begin, end - begin)));
            begin = -1;
        }
        offset = end;
    }
    return cards;
}

QString joined(const QStringList &lines)
{
    return lines.join(u'\n');
}

// vCard 4.0 writes phones as URIs (TEL;VALUE=uri:tel:+34-600-000-111): the number is what follows.
QString phoneNumber(const KContacts::PhoneNumber &phone)
{
    const QString number = phone.number().trimmed();
    return number.startsWith("tel:"_L1, Qt::CaseInsensitive) ? number.sliced(4) : number;
}

QStringList recordOf(const KContacts::Addressee &card)
{
    QStringList fields(Count);
    fields[Given] = card.givenName();
    fields[Family] = card.familyName();
    fields[Formatted] = card.formattedName();
    QStringList others;
    const QString email = card.preferredEmail();
    fields[Email] = email;
    for (const QString &address : card.emails()) {
        if (address != email)
            others << VCardImport::tr("E-mail: %1").arg(address);
    }
    const KContacts::PhoneNumber::List phones = card.phoneNumbers();
    qsizetype preferred = 0;
    for (qsizetype i = 0; i < phones.size(); ++i) {
        if (phones.at(i).isPreferred()) {
            preferred = i;
            break;
        }
    }
    for (qsizetype i = 0; i < phones.size(); ++i) {
        if (i == preferred)
            fields[Phone] = phoneNumber(phones.at(i));
        else
            others << VCardImport::tr("Phone (%1): %2").arg(phones.at(i).typeLabel(), phoneNumber(phones.at(i)));
    }
    fields[Organization] = card.organization();
    fields[Title] = card.title();
    QStringList urls;
    if (!card.url().url().isEmpty())
        urls << card.url().url().toString();
    for (const KContacts::ResourceLocatorUrl &url : card.extraUrlList()) {
        if (!url.url().isEmpty())
            urls << url.url().toString();
    }
    urls.removeDuplicates();
    fields[Url] = joined(urls);
    fields[Note] = card.note();
    fields[Others] = joined(others);
    fields[Categories] = card.categories().join(u", "_s);
    return fields;
}

} // namespace

bool VCardImport::looksLikeVCard(QByteArrayView bytes)
{
    QByteArray start = bytes.first(qMin(bytes.size(), qsizetype(256))).toByteArray();
    if (startsWithUtf16Bom(start))
        start = asUtf8(start.first(start.size() & ~qsizetype(1)));
    QByteArrayView view(start);
    if (view.startsWith("\xEF\xBB\xBF"))
        view = view.sliced(3);
    view = view.trimmed();
    return view.size() >= 11 && view.first(11).compare("BEGIN:VCARD", Qt::CaseInsensitive) == 0;
}

contactcsv::ReadResult VCardImport::read(const QByteArray &bytes)
{
    contactcsv::ReadResult result;
    const QByteArray text = asUtf8(bytes);
    const QList<Card> cards = splitCards(text);
    if (cards.isEmpty()) {
        result.error = tr("No contact card was found in it (a vCard file holds cards from BEGIN:VCARD to END:VCARD).");
        return result;
    }
    if (cards.size() > contactcsv::MaximumRecords) {
        result.error = contactcsv::tooManyRecordsMessage(cards.size());
        return result;
    }
    contactcsv::Layout &layout = result.layout;
    layout.format = contactcsv::Format::VCard;
    layout.headerRecord = 0;
    layout.headings = headings();
    layout.mapping = mapping();
    layout.problemColumn = int(layout.headings.size());
    result.table.appendRecord(layout.headings, 0);
    const KContacts::VCardConverter converter;
    for (const Card &card : cards) {
        QStringList fields;
        QString problem;
        if (card.text.isEmpty()) {
            problem = tr("the card has no END:VCARD (the file may have been cut short)");
        } else {
            const KContacts::Addressee addressee = converter.parseVCard(card.text);
            if (addressee.isEmpty())
                problem = tr("the card holds nothing that can be read");
            else
                fields = recordOf(addressee);
        }
        fields.resize(Count);
        fields << problem;
        result.table.appendRecord(fields, card.line);
    }
    result.rows = contactcsv::readRows(result.table, layout);
    result.ok = true;
    return result;
}
