#pragma once

#include "domain/contact.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

class ContactStore;

// Contacts as a vCard file for address books (Google Contacts, Apple Contacts, Thunderbird,
// Outlook, KAddressBook).
//
// Design note: this is the only code that knows KContacts. It lives in its own library,
// coffeechat_contacts, because KF6::Contacts links Qt6::Gui and coffeechat_core must link only
// Qt6::Core and Qt6::Sql.
//
// Version 3.0, not 4.0: Google Contacts, Apple Contacts and Outlook import 3.0 reliably while
// their 4.0 support is partial (Outlook has none), and KContacts writes 3.0 as its default.
// Each card has the name (N and FN), e-mail, phone, organisation, title, the LinkedIn profile
// as URL, notes as NOTE and tags as CATEGORIES, and UID "contact-ID@coffeechat" so importing a
// newer export can update cards instead of duplicating them. N and ORG are written here rather
// than by KContacts, which escapes a ';' in them twice (see structuredLines()).
class VCardExport
{
    Q_DECLARE_TR_FUNCTIONS(VCardExport)
public:
    static QByteArray toVCards(const QList<Contact> &contacts);
    static bool write(const QList<Contact> &contacts, const QString &path, QString *error);
    static QString uid(qint64 contactId);
};
