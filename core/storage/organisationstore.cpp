#include "storage/organisationstore.h"

#include "domain/companyname.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

#include <QHash>
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

// Writes one organisation's row, every field: a new row (with the organisation's id when it
// has one, e.g. one brought back by an undo), or over the row with its id.
bool writeRow(QSqlQuery &q, const Organisation &o, bool insert)
{
    if (insert) {
        q.prepare(QStringLiteral("INSERT INTO organisations (name, website, notes, created_at, updated_at, target, "
                                 "motivation, posting, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    } else {
        q.prepare(QStringLiteral("UPDATE organisations SET name = ?, website = ?, notes = ?, created_at = ?, "
                                 "updated_at = ?, target = ?, motivation = ?, posting = ? WHERE id = ?"));
    }
    q.addBindValue(o.name);
    q.addBindValue(text(o.website));
    q.addBindValue(text(o.notes));
    q.addBindValue(dateTime(o.createdAt));
    q.addBindValue(dateTime(o.updatedAt));
    q.addBindValue(o.target ? 1 : 0);
    q.addBindValue(std::clamp(o.motivation, 0, Organisation::MaximumMotivation));
    q.addBindValue(text(PostingNames::key(o.posting)));
    q.addBindValue(id(o.id));
    return q.exec();
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

QList<QList<Organisation>> OrganisationStore::nearDuplicates() const
{
    QHash<QString, QList<Organisation>> byKey;
    QStringList order;
    for (const Organisation &o : all()) {
        const QString key = CompanyName::key(o.name);
        if (key.isEmpty())
            continue;
        if (!byKey.contains(key))
            order << key;
        byKey[key] << o;
    }
    QList<QList<Organisation>> groups;
    for (const QString &key : std::as_const(order)) {
        if (byKey.value(key).size() > 1)
            groups << byKey.value(key);
    }
    return groups;
}

namespace {

// The two as one: the kept one's fields, with what only the other has added.
Organisation combined(const Organisation &kept, const Organisation &gone)
{
    Organisation result = kept;
    if (result.website.trimmed().isEmpty())
        result.website = gone.website;
    const QString notes = gone.notes.trimmed();
    if (!notes.isEmpty() && !result.notes.contains(notes))
        result.notes = result.notes.trimmed().isEmpty() ? gone.notes : result.notes.trimmed() + u"\n\n" + notes;
    result.target = kept.target || gone.target;
    result.motivation = std::max(kept.motivation, gone.motivation);
    result.posting = std::max(kept.posting, gone.posting);
    return result;
}

} // namespace

bool OrganisationStore::merge(qint64 keptId, qint64 goneId, Merge *merge, QString *error)
{
    const std::optional<Organisation> kept = organisation(keptId);
    const std::optional<Organisation> gone = organisation(goneId);
    if (!kept || !gone || keptId == goneId)
        return failWith(error, tr("Merging failed, nothing was changed: the organisation no longer exists."));
    Merge done;
    done.keptBefore = *kept;
    done.kept = combined(*kept, *gone);
    done.gone = *gone;
    {
        QSqlQuery q(m_database->connection());
        q.prepare(QStringLiteral("SELECT id FROM interviews WHERE organisation_id = ? ORDER BY id"));
        q.addBindValue(goneId);
        if (!q.exec())
            return failWith(error, tr("Merging failed, nothing was changed: %1").arg(q.lastError().text()));
        while (q.next())
            done.movedInterviews << q.value(0).toLongLong();
    }
    if (!redoMerge(done, error))
        return false;
    *merge = done;
    return true;
}

bool OrganisationStore::redoMerge(const Merge &merge, QString *error)
{
    if (!m_database->waitUntilWritable(error))
        return false;
    const bool ok = Storage::inTransaction(m_database, error, [&](QSqlQuery &q) {
        q.prepare(QStringLiteral("UPDATE interviews SET organisation_id = ? WHERE id IN (SELECT value FROM "
                                 "json_each(?)) AND organisation_id = ?"));
        q.addBindValue(merge.kept.id);
        q.addBindValue(SqlValues::idArray(merge.movedInterviews));
        q.addBindValue(merge.gone.id);
        if (!q.exec())
            return false;
        q.prepare(QStringLiteral("DELETE FROM organisations WHERE id = ?"));
        q.addBindValue(merge.gone.id);
        if (!q.exec())
            return false;
        Organisation kept = merge.kept;
        kept.updatedAt = QDateTime::currentDateTimeUtc();
        return writeRow(q, kept, false) && q.numRowsAffected() == 1;
    });
    if (!ok)
        return false;
    Q_EMIT organisationRemoved(merge.gone.id);
    Q_EMIT organisationUpdated(merge.kept.id);
    return true;
}

bool OrganisationStore::unmerge(const Merge &merge, QString *error)
{
    if (!m_database->waitUntilWritable(error))
        return false;
    const bool ok = Storage::inTransaction(m_database, error, [&](QSqlQuery &q) {
        const Organisation &g = merge.gone;
        if (!writeRow(q, g, true))
            return false;
        // Its interviews go back, where nothing else has moved them since.
        q.prepare(QStringLiteral("UPDATE interviews SET organisation_id = ? WHERE id IN (SELECT value FROM "
                                 "json_each(?)) AND organisation_id = ?"));
        q.addBindValue(g.id);
        q.addBindValue(SqlValues::idArray(merge.movedInterviews));
        q.addBindValue(merge.kept.id);
        if (!q.exec())
            return false;
        return writeRow(q, merge.keptBefore, false);
    });
    if (!ok)
        return false;
    Q_EMIT organisationInserted(merge.gone.id);
    Q_EMIT organisationUpdated(merge.kept.id);
    return true;
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
    if (!writeRow(q, stored, insert))
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
