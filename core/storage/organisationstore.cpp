#include "storage/organisationstore.h"

#include "domain/companyname.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace SqlValues;

namespace {

const QString selectOrganisations =
    QStringLiteral("SELECT id, name, website, notes, created_at, updated_at, target, motivation, posting "
                   "FROM organisations");

Organisation readOrganisation(const QSqlQuery &q)
{
    Organisation o;
    o.id = q.value(0).toLongLong();
    o.name = q.value(1).toString();
    o.website = q.value(2).toString();
    o.notes = q.value(3).toString();
    o.createdAt = toDateTime(q.value(4));
    o.updatedAt = toDateTime(q.value(5));
    o.target = q.value(6).toInt() != 0;
    o.motivation = std::clamp(q.value(7).toInt(), 0, Organisation::MaximumMotivation);
    o.posting = PostingNames::fromKey(q.value(8).toString());
    return o;
}

} // namespace

OrganisationStore::OrganisationStore(Database *database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{ }

QList<Organisation> OrganisationStore::all() const
{
    QList<Organisation> result;
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    if (q.exec(selectOrganisations + QStringLiteral(" ORDER BY name"))) {
        while (q.next())
            result << readOrganisation(q);
    }
    return result;
}

std::optional<Organisation> OrganisationStore::organisation(qint64 organisationId) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(selectOrganisations + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(organisationId);
    if (q.exec() && q.next())
        return readOrganisation(q);
    return std::nullopt;
}

std::optional<Organisation> OrganisationStore::findByName(const QString &name) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(selectOrganisations + QStringLiteral(" WHERE name = ? COLLATE NOCASE"));
    q.addBindValue(name.trimmed());
    if (q.exec() && q.next())
        return readOrganisation(q);
    return std::nullopt;
}

std::optional<Organisation> OrganisationStore::findByCompany(const QString &company) const
{
    if (std::optional<Organisation> exact = findByName(company))
        return exact;
    const QString key = CompanyName::key(company);
    if (key.isEmpty())
        return std::nullopt;
    for (const Organisation &o : all()) {
        if (CompanyName::key(o.name) == key)
            return o;
    }
    return std::nullopt;
}

QList<qint64> OrganisationStore::contactIds(const QString &organisationName) const
{
    QList<qint64> result;
    const QString name = organisationName.trimmed();
    if (name.isEmpty())
        return result;
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("SELECT id FROM contacts WHERE trim(company) = ? COLLATE NOCASE "
                             "ORDER BY last_name, first_name"));
    q.addBindValue(name);
    if (q.exec()) {
        while (q.next())
            result << q.value(0).toLongLong();
    }
    return result;
}

bool OrganisationStore::write(Organisation &organisation, bool insert, QString *error)
{
    Organisation stored = organisation;
    stored.name = stored.name.trimmed();
    stored.website = stored.website.trimmed();
    if (stored.name.isEmpty())
        return failWith(error, tr("An organisation needs a name."));
    const std::optional<Organisation> sameName = findByName(stored.name);
    if (sameName && sameName->id != stored.id)
        return failWith(error, tr("There is already an organisation called “%1”.").arg(sameName->name));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!stored.createdAt.isValid())
        stored.createdAt = now;
    stored.updatedAt = now;

    if (!m_database->waitUntilWritable(error))
        return false;
    QSqlQuery q(m_database->connection());
    if (insert) {
        q.prepare(QStringLiteral("INSERT INTO organisations (name, website, notes, created_at, updated_at, target, "
                                 "motivation, posting, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    } else {
        q.prepare(QStringLiteral("UPDATE organisations SET name = ?, website = ?, notes = ?, created_at = ?, "
                                 "updated_at = ?, target = ?, motivation = ?, posting = ? WHERE id = ?"));
    }
    q.addBindValue(stored.name);
    q.addBindValue(text(stored.website));
    q.addBindValue(text(stored.notes));
    q.addBindValue(dateTime(stored.createdAt));
    q.addBindValue(dateTime(stored.updatedAt));
    q.addBindValue(stored.target ? 1 : 0);
    q.addBindValue(std::clamp(stored.motivation, 0, Organisation::MaximumMotivation));
    q.addBindValue(text(PostingNames::key(stored.posting)));
    q.addBindValue(id(stored.id));
    if (!q.exec())
        return failWith(error, tr("Saving failed, nothing was changed: %1").arg(q.lastError().text()));
    if (insert) {
        stored.id = q.lastInsertId().toLongLong();
    } else if (q.numRowsAffected() != 1) {
        return failWith(error, tr("Saving failed, nothing was changed: the organisation no longer exists."));
    }
    organisation = stored;
    return true;
}

bool OrganisationStore::insert(Organisation &organisation, QString *error)
{
    if (!write(organisation, true, error))
        return false;
    Q_EMIT organisationInserted(organisation.id);
    return true;
}

bool OrganisationStore::update(Organisation &organisation, QString *error)
{
    if (!write(organisation, false, error))
        return false;
    Q_EMIT organisationUpdated(organisation.id);
    return true;
}

bool OrganisationStore::remove(qint64 organisationId, QString *error)
{
    if (!m_database->waitUntilWritable(error))
        return false;
    QSqlQuery q(m_database->connection());
    // Interviews keep existing; they just lose the link (ON DELETE SET NULL).
    q.prepare(QStringLiteral("DELETE FROM organisations WHERE id = ?"));
    q.addBindValue(organisationId);
    if (!q.exec())
        return failWith(error, tr("Deleting failed, nothing was changed: %1").arg(q.lastError().text()));
    Q_EMIT organisationRemoved(organisationId);
    return true;
}
