#include "export/contactcsvexport.h"

#include "export/exportfile.h"
#include "import/csvparser.h"

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
    const bool needsQuotes = cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"'))
        || cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'))
        || cell.contains(QLatin1Char('\t')); // so no reader takes a tab for the delimiter
    if (!needsQuotes)
        return cell;
    QString text = cell;
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QByteArray ContactCsvExport::toCsv(const QList<Contact> &contacts)
{
    QHash<qint64, QString> names;
    names.reserve(contacts.size());
    for (const Contact &contact : contacts)
        names.insert(contact.id, contact.displayName());

    auto line = [](const QStringList &cells) {
        QStringList written;
        written.reserve(cells.size());
        for (const QString &cell : cells)
            written << quoted(csv::withFormulaGuard(cell));
        return written.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    QString text = line(headings());
    for (const Contact &contact : contacts)
        text += line(cells(contact, contact.referredById > 0 ? names.value(contact.referredById) : QString()));
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

bool ContactCsvExport::write(const QList<Contact> &contacts, const QString &path, QString *error)
{
    return ExportFile::write(path, toCsv(contacts), error);
}
