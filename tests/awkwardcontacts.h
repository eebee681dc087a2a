#pragma once

#include "domain/contact.h"

#include <QDate>
#include <QList>

// People whose fields a spreadsheet would take for formulas, which the CSV export therefore
// writes with a leading apostrophe: the case of the "Data safety" issue. Matched on re-import by
// LinkedIn URL, by e-mail, and (=Noemail) by name and company alone.
namespace AwkwardContacts {

inline QList<Contact> formulaLookalikes()
{
    Contact ada;
    ada.firstName = QStringLiteral("Ada");
    ada.lastName = QStringLiteral("Lovelace");
    ada.email = QStringLiteral("ada@example.org");
    ada.phone = QStringLiteral("+44 20 7946 0958");
    ada.company = QStringLiteral("+44 20 7946 0000");
    ada.position = QStringLiteral("Analyst");
    ada.linkedInUrl = QStringLiteral("https://www.linkedin.com/in/ada-lovelace");
    ada.connectedOn = QDate(2024, 3, 1);

    Contact grace;
    grace.firstName = QStringLiteral("Grace");
    grace.lastName = QStringLiteral("Hopper");
    grace.company = QStringLiteral("=1+2");
    grace.position = QStringLiteral("@Analyst");
    grace.linkedInUrl = QStringLiteral("https://www.linkedin.com/in/grace-hopper");
    grace.notes = QStringLiteral("Met at \"Navy\" day; follow up, maybe\nSecond line");

    Contact zoe;
    zoe.firstName = QStringLiteral("Zoë");
    zoe.lastName = QStringLiteral("Müller");
    zoe.email = QStringLiteral("zoe@example.org");
    zoe.company = QStringLiteral("Société Générale");
    zoe.position = QStringLiteral("-");
    zoe.tags = {QStringLiteral("Berlin"), QStringLiteral("design")};

    Contact noEmail;
    noEmail.firstName = QStringLiteral("=Noemail");
    noEmail.lastName = QStringLiteral("Person");
    noEmail.company = QStringLiteral("=1+2");
    noEmail.position = QStringLiteral("@Analyst");

    Contact ilse;
    ilse.firstName = QStringLiteral("'Ilse");
    ilse.lastName = QStringLiteral("O'Brien");
    ilse.company = QStringLiteral("Müller & Söhne, GmbH");
    ilse.position = QStringLiteral("'=Head of R&D");
    ilse.linkedInUrl = QStringLiteral("https://www.linkedin.com/in/ilse-obrien");
    ilse.connectedOn = QDate(2021, 9, 16);

    return {ada, grace, zoe, noEmail, ilse};
}

} // namespace AwkwardContacts
