#include "export/contactcsvexport.h"

#include "export/csvwriter.h"
#include "export/exportfile.h"

#include <QHash>

QStringList ContactCsvExport::headings()
{
    return {QStringLiteral("First Name"),   QStringLiteral("Last Name"),    QStringLiteral("Email"),
            QStringLiteral("Phone"),        QStringLiteral("Company"),      QStringLiteral("Position"),
            QStringLiteral("LinkedIn URL"), QStringLiteral("Connected On"), QStringLiteral("Relationship"),
            QStringLiteral("Referred By"),  QStringLiteral("Tags"),         QStringLiteral("Notes"),
            QStringLiteral("Source")};
}

QStringList ContactCsvExport::cells(const Contact &contact, const QString &referredBy)
{
    return {contact.firstName,
            contact.lastName,
            contact.email,
            contact.phone,
            contact.company,
            contact.position,
            contact.linkedInUrl,
            contact.connectedOn.isValid() ? contact.connectedOn.toString(Qt::ISODate) : QString(),
            contact.relationship == Relationship::Unknown ? QString()
                                                          : RelationshipNames::displayName(contact.relationship),
            referredBy,
            contact.tags.join(QStringLiteral("; ")),
            contact.notes,
            contact.source};
}

QString ContactCsvExport::quoted(const QString &cell)
{
    return CsvWriter::quoted(cell);
}

QByteArray ContactCsvExport::toCsv(const QList<Contact> &contacts)
{
    QHash<qint64, QString> names;
    names.reserve(contacts.size());
    for (const Contact &contact : contacts)
        names.insert(contact.id, contact.displayName());

    QString text = CsvWriter::line(headings());
    for (const Contact &contact : contacts)
        text +=
            CsvWriter::line(cells(contact, contact.referredById > 0 ? names.value(contact.referredById) : QString()));
    return CsvWriter::file(text);
}

bool ContactCsvExport::write(const QList<Contact> &contacts, const QString &path, QString *error)
{
    return ExportFile::write(path, toCsv(contacts), error);
}
