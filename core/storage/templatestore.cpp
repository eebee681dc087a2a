#include "storage/templatestore.h"

#include "messages/templatefile.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

#include <QCollator>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

using namespace SqlValues;

namespace {

const QString selectTemplates =
    QStringLiteral("SELECT id, kind, name, subject, body, default_key, created_at, updated_at FROM message_templates");

MessageTemplate readTemplate(const QSqlQuery &q)
{
    MessageTemplate t;
    t.id = q.value(0).toLongLong();
    // A kind this version does not know stays usable as outreach rather than vanishing.
    t.kind = MessageKindNames::fromKey(q.value(1).toString()).value_or(MessageKind::Outreach);
    t.name = q.value(2).toString();
    t.subject = q.value(3).toString();
    t.body = q.value(4).toString();
    t.defaultKey = q.value(5).toString();
    t.createdAt = toDateTime(q.value(6));
    t.updatedAt = toDateTime(q.value(7));
    return t;
}

bool writeNew(QSqlQuery &q, MessageTemplate &t)
{
    q.prepare(QStringLiteral("INSERT INTO message_templates (id, kind, name, subject, body, default_key, created_at, "
                             "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(id(t.id)); // set when undo brings a template back
    q.addBindValue(MessageKindNames::key(t.kind));
    q.addBindValue(text(t.name.trimmed()));
    q.addBindValue(text(t.subject.trimmed()));
    q.addBindValue(text(t.body));
    q.addBindValue(t.defaultKey.isEmpty() ? QVariant() : QVariant(t.defaultKey));
    q.addBindValue(dateTime(t.createdAt));
    q.addBindValue(dateTime(t.updatedAt));
    if (!q.exec())
        return false;
    t.id = q.lastInsertId().toLongLong();
    return true;
}

void sortByKindAndName(QList<MessageTemplate> &templates)
{
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    const QList<MessageKind> order = MessageKindNames::all();
    std::stable_sort(templates.begin(), templates.end(), [&](const MessageTemplate &a, const MessageTemplate &b) {
        if (a.kind != b.kind)
            return order.indexOf(a.kind) < order.indexOf(b.kind);
        return collator.compare(a.name, b.name) < 0;
    });
}

} // namespace

TemplateStore::TemplateStore(Database *database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{ }

QList<MessageTemplate> TemplateStore::all() const
{
    QList<MessageTemplate> result;
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    if (q.exec(selectTemplates)) {
        while (q.next())
            result << readTemplate(q);
    }
    sortByKindAndName(result);
    return result;
}

QList<MessageTemplate> TemplateStore::byKind(MessageKind kind) const
{
    QList<MessageTemplate> result = all();
    result.removeIf([kind](const MessageTemplate &t) { return t.kind != kind; });
    return result;
}

std::optional<MessageTemplate> TemplateStore::messageTemplate(qint64 templateId) const
{
    const QList<MessageTemplate> found = templates({templateId});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QList<MessageTemplate> TemplateStore::templates(const QList<qint64> &ids) const
{
    QHash<qint64, MessageTemplate> found;
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    q.prepare(selectTemplates + QStringLiteral(" WHERE id IN (SELECT value FROM json_each(?))"));
    q.addBindValue(idArray(ids));
    if (q.exec()) {
        while (q.next()) {
            const MessageTemplate t = readTemplate(q);
            found.insert(t.id, t);
        }
    }
    QList<MessageTemplate> result;
    for (qint64 templateId : ids) {
        if (found.contains(templateId))
            result << found.value(templateId);
    }
    return result;
}

bool TemplateStore::insert(MessageTemplate &messageTemplate, QString *error)
{
    MessageTemplate stored = messageTemplate;
    stored.id = 0;
    stored.createdAt = stored.updatedAt = QDateTime::currentDateTimeUtc();
    QList<MessageTemplate> one{stored};
    if (!insertAll(one, false, error))
        return false;
    messageTemplate = one.first();
    return true;
}

bool TemplateStore::update(MessageTemplate &messageTemplate, QString *error)
{
    if (messageTemplate.name.trimmed().isEmpty())
        return failWith(error, tr("A template needs a name."));
    MessageTemplate stored = messageTemplate;
    stored.updatedAt = QDateTime::currentDateTimeUtc();
    const bool ok = Storage::inTransaction(m_database, error, [&](QSqlQuery &q) {
        q.prepare(
            QStringLiteral("UPDATE message_templates SET kind = ?, name = ?, subject = ?, body = ?, updated_at = ? "
                           "WHERE id = ?"));
        q.addBindValue(MessageKindNames::key(stored.kind));
        q.addBindValue(text(stored.name.trimmed()));
        q.addBindValue(text(stored.subject.trimmed()));
        q.addBindValue(text(stored.body));
        q.addBindValue(dateTime(stored.updatedAt));
        q.addBindValue(stored.id);
        if (!q.exec())
            return false;
        if (q.numRowsAffected() != 1)
            return failWith(error, tr("This template no longer exists."));
        return true;
    });
    if (!ok)
        return false;
    stored.name = stored.name.trimmed();
    stored.subject = stored.subject.trimmed();
    messageTemplate = stored;
    Q_EMIT templateUpdated(stored.id);
    return true;
}

std::optional<QList<MessageTemplate>> TemplateStore::remove(const QList<qint64> &ids, QString *error)
{
    const QList<MessageTemplate> removed = templates(ids);
    QList<qint64> removedIds;
    for (const MessageTemplate &t : removed)
        removedIds << t.id;
    const bool ok = Storage::inTransaction(m_database, error, [&](QSqlQuery &q) {
        q.prepare(QStringLiteral("DELETE FROM message_templates WHERE id IN (SELECT value FROM json_each(?))"));
        q.addBindValue(idArray(removedIds));
        return q.exec();
    });
    if (!ok)
        return std::nullopt;
    if (!removedIds.isEmpty())
        Q_EMIT templatesRemoved(removedIds);
    return removed;
}

bool TemplateStore::restore(const QList<MessageTemplate> &templates, QString *error)
{
    QList<MessageTemplate> copies = templates;
    return insertAll(copies, true, error);
}

QList<MessageTemplate> TemplateStore::missingDefaults() const
{
    QSet<QString> present;
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT default_key FROM message_templates WHERE default_key IS NOT NULL"))) {
        while (q.next())
            present.insert(q.value(0).toString());
    }
    QList<MessageTemplate> missing = TemplateFile::defaults();
    missing.removeIf([&](const MessageTemplate &t) { return present.contains(t.defaultKey); });
    return missing;
}

std::optional<QList<qint64>> TemplateStore::restoreDefaults(QString *error)
{
    QList<MessageTemplate> missing = missingDefaults();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (MessageTemplate &t : missing)
        t.createdAt = t.updatedAt = now;
    if (!insertAll(missing, false, error))
        return std::nullopt;
    QList<qint64> ids;
    for (const MessageTemplate &t : std::as_const(missing))
        ids << t.id;
    return ids;
}

// Inserts all templates or none. keepIds: undo, which brings templates back as they were.
bool TemplateStore::insertAll(QList<MessageTemplate> &templates, bool keepIds, QString *error)
{
    for (const MessageTemplate &t : std::as_const(templates)) {
        if (t.name.trimmed().isEmpty())
            return failWith(error, tr("A template needs a name."));
    }
    QList<MessageTemplate> stored = templates;
    QList<qint64> added;
    const bool ok = Storage::inTransaction(m_database, error, [&](QSqlQuery &q) {
        for (MessageTemplate &t : stored) {
            if (!keepIds)
                t.id = 0;
            if (!writeNew(q, t))
                return false;
            t.name = t.name.trimmed();
            t.subject = t.subject.trimmed();
            added << t.id;
        }
        return true;
    });
    if (!ok)
        return false;
    templates = stored;
    if (!added.isEmpty())
        Q_EMIT templatesInserted(added);
    return true;
}

bool TemplateStore::seed(QSqlQuery &q, const QList<MessageTemplate> &templates)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (MessageTemplate t : templates) {
        t.id = 0;
        t.createdAt = t.updatedAt = now;
        if (!writeNew(q, t))
            return false;
    }
    return true;
}
