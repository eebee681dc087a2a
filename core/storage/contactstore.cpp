#include "storage/contactstore.h"

#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>

namespace {

const QString selectColumns = QStringLiteral(
    "SELECT id, first_name, last_name, email, phone, linkedin_url, company, position, "
    "connected_on, relationship, referred_by, tags, notes, source, created_at, updated_at "
    "FROM contacts");

const QChar tagSeparator = QLatin1Char(',');

QString joinTags(const QStringList &tags)
{
    QStringList cleaned;
    for (const QString &tag : tags) {
        const QString t = tag.trimmed();
        if (!t.isEmpty() && !cleaned.contains(t))
            cleaned << t;
    }
    return cleaned.join(tagSeparator);
}

QStringList splitTags(const QString &text)
{
    return text.split(tagSeparator, Qt::SkipEmptyParts);
}

QString toIso(const QDateTime &dt)
{
    return dt.toUTC().toString(Qt::ISODateWithMs);
}

Contact readContact(const QSqlQuery &q)
{
    Contact c;
    c.id = q.value(0).toLongLong();
    c.firstName = q.value(1).toString();
    c.lastName = q.value(2).toString();
    c.email = q.value(3).toString();
    c.phone = q.value(4).toString();
    c.linkedInUrl = q.value(5).toString();
    c.company = q.value(6).toString();
    c.position = q.value(7).toString();
    c.connectedOn = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    c.relationship = RelationshipNames::fromKey(q.value(9).toString());
    c.referredById = q.value(10).toLongLong();
    c.tags = splitTags(q.value(11).toString());
    c.notes = q.value(12).toString();
    c.source = q.value(13).toString();
    c.createdAt = QDateTime::fromString(q.value(14).toString(), Qt::ISODateWithMs);
    c.updatedAt = QDateTime::fromString(q.value(15).toString(), Qt::ISODateWithMs);
    return c;
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL, empty meaning "not set".
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// Binds the fields shared by INSERT and UPDATE, in the column order of writableColumns.
// Positional binding: name lookups cost a third of a bulk import.
void bindFields(QSqlQuery &q, const Contact &c, const QString &updatedAt)
{
    q.addBindValue(text(c.firstName));
    q.addBindValue(text(c.lastName));
    q.addBindValue(text(c.email));
    q.addBindValue(text(c.phone));
    q.addBindValue(text(c.linkedInUrl));
    q.addBindValue(text(c.company));
    q.addBindValue(text(c.position));
    q.addBindValue(c.connectedOn.isValid() ? QVariant(c.connectedOn.toString(Qt::ISODate)) : QVariant());
    q.addBindValue(text(RelationshipNames::key(c.relationship)));
    q.addBindValue(c.referredById > 0 ? QVariant(c.referredById) : QVariant());
    q.addBindValue(text(joinTags(c.tags)));
    q.addBindValue(text(c.notes));
    q.addBindValue(text(c.source));
    q.addBindValue(updatedAt);
}

const QString indexedColumns = QStringLiteral("first_name, last_name, company, position, email, tags");

// Turns what the user typed into an FTS5 query where every word is a quoted prefix term,
// so punctuation or FTS syntax in the input can never form an operator.
QString ftsQuery(const QString &text)
{
    QStringList terms;
    QString word;
    auto flush = [&] {
        if (!word.isEmpty())
            terms << QLatin1Char('"') + word + QStringLiteral("\"*");
        word.clear();
    };
    for (const QChar ch : text) {
        if (ch.isLetterOrNumber() || ch.category() == QChar::Mark_NonSpacing)
            word += ch;
        else
            flush();
    }
    flush();
    return terms.join(QLatin1Char(' '));
}

} // namespace

ContactBatch ContactBatch::inverse(const QList<Contact> &before) const
{
    QHash<qint64, Contact> previous;
    for (const Contact &c : before)
        previous.insert(c.id, c);
    ContactBatch undo;
    for (const Contact &c : inserts)
        undo.removals << c.id;
    for (const Contact &c : updates)
        undo.updates << previous.value(c.id);
    for (qint64 id : removals)
        undo.inserts << previous.value(id);
    return undo;
}

ContactStore::ContactStore(Database *database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
}

QList<Contact> ContactStore::all() const
{
    QList<Contact> result;
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    if (!q.exec(selectColumns + QStringLiteral(" ORDER BY id")))
        return result;
    while (q.next())
        result << readContact(q);
    return result;
}

void ContactStore::readAllInBackground(QObject *context, std::function<void(QList<Contact>)> done) const
{
    auto result = std::make_shared<QList<Contact>>();
    QThread *worker = QThread::create([this, result] {
        *result = all();
        m_database->releaseThreadConnection();
    });
    m_workers.removeAll(nullptr);
    m_workers.append(worker);
    // Delivered through the context object, so nothing arrives once it is gone.
    connect(worker, &QThread::finished, context, [done = std::move(done), result] { done(*result); });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

ContactStore::~ContactStore()
{
    // A worker still reading must not outlive the database it reads.
    for (const QPointer<QThread> &worker : std::as_const(m_workers)) {
        if (worker)
            worker->wait();
    }
}

std::optional<Contact> ContactStore::contact(qint64 id) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(selectColumns + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return readContact(q);
    return std::nullopt;
}

QList<Contact> ContactStore::contacts(const QList<qint64> &ids) const
{
    QList<Contact> result;
    result.reserve(ids.size());
    QSqlQuery q(m_database->connection());
    q.prepare(selectColumns + QStringLiteral(" WHERE id = ?"));
    for (qint64 id : ids) {
        q.addBindValue(id);
        if (q.exec() && q.next())
            result << readContact(q);
        q.finish();
    }
    return result;
}

int ContactStore::count() const
{
    QSqlQuery q(m_database->connection());
    if (q.exec(QStringLiteral("SELECT count(*) FROM contacts")) && q.next())
        return q.value(0).toInt();
    return 0;
}

QList<qint64> ContactStore::search(const QString &query) const
{
    QList<qint64> ids;
    const QString match = ftsQuery(query);
    if (match.isEmpty())
        return ids;
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ?"));
    q.addBindValue(match);
    if (!q.exec())
        return ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

bool ContactStore::apply(ContactBatch &batch)
{
    m_lastError.clear();
    if (batch.isEmpty())
        return true;
    QSqlDatabase db = m_database->connection();
    if (!db.transaction()) {
        m_lastError = tr("The database is busy or read-only: %1").arg(db.lastError().text());
        return false;
    }
    QSqlQuery q(db);
    bool deleting = false;
    auto failed = [&] {
        // Interviews still refer to a contact being deleted. interviews.contact_id is ON DELETE
        // RESTRICT, which SQLite reports as SQLITE_CONSTRAINT_TRIGGER (1811); FOREIGNKEY (787)
        // also comes from an insert or update naming a missing "referred by", so only the
        // DELETE statement counts.
        const QString code = q.lastError().nativeErrorCode();
        const bool hasInterviews = deleting && (code == QLatin1String("1811") || code == QLatin1String("787"));
        m_lastError = hasInterviews
            ? tr("Nothing was deleted: a contact you chose has interviews. Delete those interviews first.")
            : tr("Saving failed, nothing was changed: %1").arg(q.lastError().text());
        q.finish();
        db.rollback();
        return false;
    };
    auto execWithIds = [&](const QString &sql, const QList<qint64> &ids) {
        if (ids.isEmpty())
            return true;
        q.prepare(sql);
        q.addBindValue(SqlValues::idArray(ids));
        return q.exec();
    };
    const QString inIds = QStringLiteral(" IN (SELECT value FROM json_each(?))");

    QList<Contact> inserted = batch.inserts;
    QList<Contact> updated = batch.updates;
    QList<qint64> updatedIds;
    updatedIds.reserve(updated.size());
    for (const Contact &c : std::as_const(updated))
        updatedIds << c.id;

    // The index forgets the old text of changed and removed rows before the rows change.
    if (!execWithIds(QStringLiteral("INSERT INTO contacts_fts(contacts_fts, rowid, %1) SELECT 'delete', id, %1 FROM contacts WHERE id")
                             .arg(indexedColumns) + inIds,
                     updatedIds + batch.removals)) {
        return failed();
    }
    deleting = true;
    if (!execWithIds(QStringLiteral("DELETE FROM contacts WHERE id") + inIds, batch.removals))
        return failed();
    deleting = false;

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString nowText = toIso(now);
    if (!inserted.isEmpty()) {
        q.prepare(QStringLiteral(
            "INSERT INTO contacts (first_name, last_name, email, phone, linkedin_url, company, position, "
            "connected_on, relationship, referred_by, tags, notes, source, updated_at, created_at, id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (Contact &c : inserted) {
            if (!c.createdAt.isValid())
                c.createdAt = now;
            if (!c.updatedAt.isValid())
                c.updatedAt = now;
            bindFields(q, c, c.updatedAt == now ? nowText : toIso(c.updatedAt));
            q.addBindValue(c.createdAt == now ? nowText : toIso(c.createdAt));
            q.addBindValue(c.id > 0 ? QVariant(c.id) : QVariant());
            if (!q.exec())
                return failed();
            c.id = q.lastInsertId().toLongLong();
        }
    }
    if (!updated.isEmpty()) {
        q.prepare(QStringLiteral(
            "UPDATE contacts SET first_name = ?, last_name = ?, email = ?, phone = ?, linkedin_url = ?, "
            "company = ?, position = ?, connected_on = ?, relationship = ?, referred_by = ?, tags = ?, "
            "notes = ?, source = ?, updated_at = ? WHERE id = ?"));
        for (Contact &c : updated) {
            c.updatedAt = now;
            bindFields(q, c, nowText);
            q.addBindValue(c.id);
            if (!q.exec())
                return failed();
            if (q.numRowsAffected() != 1) {
                q.finish();
                db.rollback();
                m_lastError = tr("Saving failed, nothing was changed: “%1” no longer exists.").arg(c.displayName());
                return false;
            }
        }
    }

    QList<qint64> insertedIds;
    insertedIds.reserve(inserted.size());
    for (const Contact &c : std::as_const(inserted))
        insertedIds << c.id;
    // New and changed rows enter the index in one statement: far faster than row by row.
    if (!execWithIds(QStringLiteral("INSERT INTO contacts_fts(rowid, %1) SELECT id, %1 FROM contacts WHERE id")
                             .arg(indexedColumns) + inIds,
                     insertedIds + updatedIds)) {
        return failed();
    }
    q.finish();
    if (!db.commit()) {
        m_lastError = tr("Saving failed, nothing was changed: %1").arg(db.lastError().text());
        db.rollback();
        return false;
    }
    batch.inserts = inserted;
    batch.updates = updated;

    if (!batch.removals.isEmpty())
        Q_EMIT contactsRemoved(batch.removals);
    if (!insertedIds.isEmpty())
        Q_EMIT contactsInserted(insertedIds);
    if (!updatedIds.isEmpty())
        Q_EMIT contactsUpdated(updatedIds);
    return true;
}
