#include "export/vcardexport.h"

#include "export/exportfile.h"

#include <KContacts/Addressee>
#include <KContacts/Email>
#include <KContacts/PhoneNumber>
#include <KContacts/ResourceLocatorUrl>
#include <KContacts/VCardConverter>

#include <QUrl>

namespace {

// vCard has one line break, written "\n"; KContacts would write a CR as "\r", which other
// readers do not know.
QString lineEndsAsLf(QString text)
{
    return text.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
}

// Everything but the name and the organisation, which structuredLines() writes.
KContacts::Addressee addressee(const Contact &contact)
{
    KContacts::Addressee card;
    card.setUid(VCardExport::uid(contact.id));
    QString formatted = contact.displayName();
    if (formatted.isEmpty())
        formatted = contact.email.trimmed(); // FN is required in vCard 3.0
    card.setFormattedName(lineEndsAsLf(formatted));
    if (!contact.email.trimmed().isEmpty())
        card.addEmail(KContacts::Email(lineEndsAsLf(contact.email.trimmed())));
    if (!contact.phone.trimmed().isEmpty())
        card.insertPhoneNumber(
            KContacts::PhoneNumber(lineEndsAsLf(contact.phone.trimmed()), KContacts::PhoneNumber::Cell));
    if (!contact.position.trimmed().isEmpty())
        card.setTitle(lineEndsAsLf(contact.position.trimmed()));
    const QUrl url(contact.linkedInUrl.trimmed(), QUrl::StrictMode);
    if (url.isValid() && !url.isEmpty()) {
        KContacts::ResourceLocatorUrl locator;
        locator.setUrl(url);
        card.setUrl(locator);
    }
    if (!contact.notes.isEmpty())
        card.setNote(lineEndsAsLf(contact.notes));
    if (!contact.tags.isEmpty())
        card.setCategories(contact.tags);
    if (contact.updatedAt.isValid())
        card.setRevision(contact.updatedAt.toUTC());
    return card;
}

// A component of a structured value, escaped as RFC 2426 (3.0) and RFC 6350 (4.0) say. The
// bytes escaped are ASCII, so they never occur inside a UTF-8 sequence.
QByteArray escapedComponent(const QString &text)
{
    const QByteArray utf8 = lineEndsAsLf(text.trimmed()).toUtf8();
    QByteArray escaped;
    escaped.reserve(utf8.size());
    for (const char c : utf8) {
        switch (c) {
        case '\\':
            escaped += "\\\\";
            break;
        case ';':
            escaped += "\\;";
            break;
        case ',':
            escaped += "\\,";
            break;
        case '\n':
            escaped += "\\n";
            break;
        default:
            escaped += c;
            break;
        }
    }
    return escaped;
}

// A content line with its CRLF, folded after 75 octets as both RFCs ask, never inside a UTF-8
// sequence (RFC 6350: multi-octet characters must stay together).
QByteArray foldedLine(const QByteArray &line)
{
    constexpr qsizetype width = 75;
    QByteArray folded;
    qsizetype start = 0;
    qsizetype room = width;
    while (line.size() - start > room) {
        qsizetype end = start + room;
        while (end > start + 1 && (static_cast<unsigned char>(line.at(end)) & 0xC0) == 0x80)
            --end; // back to the first byte of the character
        folded += line.mid(start, end - start) + "\r\n ";
        start = end;
        room = width - 1; // the leading space counts
    }
    return folded + line.mid(start) + "\r\n";
}

// N and ORG. KContacts escapes a ';' inside a component as "\;" and then escapes that backslash
// again, writing "Co\\; Ltd", which every other reader takes as "Co\" and a second component
// " Ltd". So KContacts is given neither, and they are written here.
QByteArray structuredLines(const Contact &contact)
{
    QByteArray lines =
        foldedLine("N:" + escapedComponent(contact.lastName) + ';' + escapedComponent(contact.firstName) + ";;;");
    if (!contact.company.trimmed().isEmpty())
        lines += foldedLine("ORG:" + escapedComponent(contact.company));
    return lines;
}

} // namespace

QString VCardExport::uid(qint64 contactId)
{
    return QStringLiteral("contact-%1@coffeechat").arg(contactId);
}

// KContacts writes each card but for N and ORG (see structuredLines()). Its lines are then
// unfolded and folded again, because KContacts folds inside four-byte UTF-8 sequences (emoji,
// mathematical letters), which a reader that decodes the text before unfolding it cannot read.
// Its empty line after each card goes too: the RFCs' grammar has no room for it.
QByteArray VCardExport::toVCards(const QList<Contact> &contacts)
{
    KContacts::VCardConverter converter;
    QByteArray text;
    for (const Contact &contact : contacts) {
        QByteArray card = converter.createVCard(addressee(contact), KContacts::VCardConverter::v3_0);
        card.replace("\r\n ", ""); // KContacts folds with one space; values hold no line break
        for (QByteArray line : card.split('\n')) {
            if (line.endsWith('\r'))
                line.chop(1);
            if (line.isEmpty() || line == "N:;;;;") // the N of a card given no name
                continue;
            if (line == "END:VCARD")
                text += structuredLines(contact);
            text += foldedLine(line);
        }
    }
    return text;
}

bool VCardExport::write(const QList<Contact> &contacts, const QString &path, QString *error)
{
    return ExportFile::write(path, toVCards(contacts), error);
}
