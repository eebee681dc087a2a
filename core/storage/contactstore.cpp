#include "storage/contactstore.h"

#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

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

void bindFields(QSqlQuery &q, const Contact &c)
{
    q.bindValue(QStringLiteral(":first_name"), text(c.firstName));
    q.bindValue(QStringLiteral(":last_name"), text(c.lastName));
    q.bindValue(QStringLiteral(":email"), text(c.email));
    q.bindValue(QStringLiteral(":phone"), text(c.phone));
    q.bindValue(QStringLiteral(":linkedin_url"), text(c.linkedInUrl));
    q.bindValue(QStringLiteral(":company"), text(c.company));
    q.bindValue(QStringLiteral(":position"), text(c.position));
    q.bindValue(QStringLiteral(":connected_on"),
                c.connectedOn.isValid() ? QVariant(c.connectedOn.toString(Qt::ISODate)) : QVariant());
    q.bindValue(QStringLiteral(":relationship"), text(RelationshipNames::key(c.relationship)));
    q.bindValue(QStringLiteral(":referred_by"), c.referredById > 0 ? QVariant(c.referredById) : QVariant());
    q.bindValue(QStringLiteral(":tags"), text(joinTags(c.tags)));
    q.bindValue(QStringLiteral(":notes"), text(c.notes));
    q.bindValue(QStringLiteral(":source"), text(c.source));
    q.bindValue(QStringLiteral(":updated_at"), toIso(c.updatedAt));
}

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
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto failed = [&](const QSqlQuery &q) {
        m_lastError = tr("Saving failed, nothing was changed: %1").arg(q.lastError().text());
        db.rollback();
        return false;
    };

    QList<Contact> inserted = batch.inserts;
    {
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral(
            "INSERT INTO contacts (id, first_name, last_name, email, phone, linkedin_url, company, "
            "position, connected_on, relationship, referred_by, tags, notes, source, created_at, updated_at) "
            "VALUES (:id, :first_name, :last_name, :email, :phone, :linkedin_url, :company, :position, "
            ":connected_on, :relationship, :referred_by, :tags, :notes, :source, :created_at, :updated_at)"));
        for (Contact &c : inserted) {
            if (!c.createdAt.isValid())
                c.createdAt = now;
            if (!c.updatedAt.isValid())
                c.updatedAt = now;
            insert.bindValue(QStringLiteral(":id"), c.id > 0 ? QVariant(c.id) : QVariant());
            bindFields(insert, c);
            insert.bindValue(QStringLiteral(":created_at"), toIso(c.createdAt));
            if (!insert.exec())
                return failed(insert);
            c.id = insert.lastInsertId().toLongLong();
        }
    }
    QList<Contact> updated = batch.updates;
    if (!updated.isEmpty()) {
        QSqlQuery update(db);
        update.prepare(QStringLiteral(
            "UPDATE contacts SET first_name = :first_name, last_name = :last_name, email = :email, "
            "phone = :phone, linkedin_url = :linkedin_url, company = :company, position = :position, "
            "connected_on = :connected_on, relationship = :relationship, referred_by = :referred_by, "
            "tags = :tags, notes = :notes, source = :source, updated_at = :updated_at WHERE id = :id"));
        for (Contact &c : updated) {
            c.updatedAt = now;
            bindFields(update, c);
            update.bindValue(QStringLiteral(":id"), c.id);
            if (!update.exec())
                return failed(update);
        }
    }
    if (!batch.removals.isEmpty()) {
        QSqlQuery remove(db);
        remove.prepare(QStringLiteral("DELETE FROM contacts WHERE id = ?"));
        for (qint64 id : std::as_const(batch.removals)) {
            remove.addBindValue(id);
            if (!remove.exec())
                return failed(remove);
        }
    }
    if (!db.commit()) {
        m_lastError = tr("Saving failed, nothing was changed: %1").arg(db.lastError().text());
        db.rollback();
        return false;
    }
    batch.inserts = inserted;
    batch.updates = updated;

    auto idsOf = [](const QList<Contact> &list) {
        QList<qint64> ids;
        ids.reserve(list.size());
        for (const Contact &c : list)
            ids << c.id;
        return ids;
    };
    if (!batch.removals.isEmpty())
        Q_EMIT contactsRemoved(batch.removals);
    if (!inserted.isEmpty())
        Q_EMIT contactsInserted(idsOf(inserted));
    if (!updated.isEmpty())
        Q_EMIT contactsUpdated(idsOf(updated));
    return true;
}
