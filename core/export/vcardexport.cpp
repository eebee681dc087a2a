#include "export/vcardexport.h"

#include "export/exportfile.h"

#include <KContacts/Addressee>
#include <KContacts/Email>
#include <KContacts/PhoneNumber>
#include <KContacts/ResourceLocatorUrl>
#include <KContacts/VCardConverter>

#include <QUrl>

namespace {

KContacts::Addressee addressee(const Contact &contact)
{
    KContacts::Addressee card;
    card.setUid(VCardExport::uid(contact.id));
    card.setGivenName(contact.firstName.trimmed());
    card.setFamilyName(contact.lastName.trimmed());
    QString formatted = contact.displayName();
    if (formatted.isEmpty())
        formatted = contact.email.trimmed(); // FN is required in vCard 3.0
    card.setFormattedName(formatted);
    if (!contact.email.trimmed().isEmpty())
        card.addEmail(KContacts::Email(contact.email.trimmed()));
    if (!contact.phone.trimmed().isEmpty())
        card.insertPhoneNumber(KContacts::PhoneNumber(contact.phone.trimmed(), KContacts::PhoneNumber::Cell));
    if (!contact.company.trimmed().isEmpty())
        card.setOrganization(contact.company.trimmed());
    if (!contact.position.trimmed().isEmpty())
        card.setTitle(contact.position.trimmed());
    const QUrl url(contact.linkedInUrl.trimmed(), QUrl::StrictMode);
    if (url.isValid() && !url.isEmpty()) {
        KContacts::ResourceLocatorUrl locator;
        locator.setUrl(url);
        card.setUrl(locator);
    }
    if (!contact.notes.isEmpty())
        card.setNote(contact.notes);
    if (!contact.tags.isEmpty())
        card.setCategories(contact.tags);
    if (contact.updatedAt.isValid())
        card.setRevision(contact.updatedAt.toUTC());
    return card;
}

} // namespace

QString VCardExport::uid(qint64 contactId)
{
    return QStringLiteral("contact-%1@coffeechat").arg(contactId);
}

QByteArray VCardExport::toVCards(const QList<Contact> &contacts)
{
    KContacts::Addressee::List cards;
    cards.reserve(contacts.size());
    for (const Contact &contact : contacts)
        cards << addressee(contact);
    KContacts::VCardConverter converter;
    return converter.createVCards(cards, KContacts::VCardConverter::v3_0);
}

bool VCardExport::write(const QList<Contact> &contacts, const QString &path, QString *error)
{
    return ExportFile::write(path, toVCards(contacts), error);
}
