#include "storage/contactstore.h"

#include "domain/stringpool.h"

#include "storage/database.h"
#include "storage/sqlitestatement.h"
#include "storage/sqlvalues.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <limits>
#include <optional>

namespace {

#define CONTACT_COLUMNS                                                                                            \
    "SELECT id, first_name, last_name, email, phone, linkedin_url, company, position, connected_on, "           \
    "relationship, referred_by, tags, notes, source, created_at, updated_at FROM contacts"

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

// Strings that many contacts share, when reading many: where they came from (nearly all say
// "LinkedIn"), their employers and job titles.
struct SharedStrings {
    QString previousSource;
    StringPool firstNames;
    StringPool companies;
    StringPool positions;
};

Contact readContact(const SqliteStatement &row, SharedStrings *shared = nullptr)
{
    Contact c;
    c.id = row.integer(0);
    c.firstName = shared ? shared->firstNames.get(row.utf8(1), [&row] { return row.text(1); }) : row.text(1);
    c.lastName = row.text(2);
    c.email = row.text(3);
    c.phone = row.text(4);
    c.linkedInUrl = row.text(5);
    c.company = shared ? shared->companies.get(row.utf8(6), [&row] { return row.text(6); }) : row.text(6);
    c.position = shared ? shared->positions.get(row.utf8(7), [&row] { return row.text(7); }) : row.text(7);
    c.connectedOn = row.date(8);
    c.relationship = RelationshipNames::fromKey(row.utf8(9));
    c.referredById = row.integer(10);
    c.tags = splitTags(row.text(11));
    c.notes = row.text(12);
    if (shared && QAnyStringView::equal(row.utf8(13), shared->previousSource)) {
        c.source = shared->previousSource;
    } else {
        c.source = row.text(13);
        if (shared)
            shared->previousSource = c.source;
    }
    c.createdAt = row.dateTime(14);
    c.updatedAt = row.dateTime(15);
    return c;
}

QString toIso(const QDateTime &dt)
{
    return dt.toUTC().toString(Qt::ISODateWithMs);
}

// Values most contacts of a batch share ("linkedin", "LinkedIn"), each encoded once. What it
// hands out stays valid as long as it does: a statement of many rows binds all of them before
// it runs, and SQLite reads the bound text only then.
class SharedUtf8
{
public:
    QByteArrayView of(const QString &text)
    {
        const bool same = text.size() == m_last.size()
            && (text.constData() == m_last.constData() || QStringView(text) == QStringView(m_last));
        if (!same) {
            m_last = text;
            auto found = m_encoded.find(text);
            if (found == m_encoded.end())
                found = m_encoded.insert(text, text.toUtf8());
            m_lastUtf8 = *found; // shares the buffer the hash keeps
        }
        return m_lastUtf8;
    }

private:
    QString m_last;
    QByteArray m_lastUtf8;
    QHash<QString, QByteArray> m_encoded; // never shrinks while a batch is written
};

// What a batch's rows have in common, encoded once for all of them.
struct BatchValues {
    QDateTime now = QDateTime::currentDateTimeUtc();
    QByteArray nowUtf8 = toIso(now).toUtf8();
    SharedUtf8 relationship;
    SharedUtf8 source;
};

// Binds parameters 1-13 after the first `offset`, shared by INSERT and UPDATE.
void bindFields(SqliteStatement &statement, const Contact &c, BatchValues &values, int offset = 0)
{
    statement.bind(offset + 1, c.firstName);
    statement.bind(offset + 2, c.lastName);
    statement.bind(offset + 3, c.email);
    statement.bind(offset + 4, c.phone);
    statement.bind(offset + 5, c.linkedInUrl);
    statement.bind(offset + 6, c.company);
    statement.bind(offset + 7, c.position);
    statement.bind(offset + 8, c.connectedOn);
    statement.bindUtf8(offset + 9, values.relationship.of(RelationshipNames::key(c.relationship)));
    if (c.referredById > 0)
        statement.bind(offset + 10, c.referredById);
    else
        statement.bindNull(offset + 10);
    statement.bind(offset + 11, c.tags.isEmpty() ? QString() : joinTags(c.tags));
    statement.bind(offset + 12, c.notes);
    statement.bindUtf8(offset + 13, values.source.of(c.source));
}

constexpr int InsertColumns = 16;

// INSERT of `rows` contacts, InsertColumns parameters each.
QByteArray insertSql(int rows)
{
    QByteArray sql = "INSERT INTO contacts (first_name, last_name, email, phone, linkedin_url, company, position, "
                     "connected_on, relationship, referred_by, tags, notes, source, updated_at, created_at, id) VALUES ";
    for (int row = 0; row < rows; ++row)
        sql += row == 0 ? "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)" : ",(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    return sql;
}

// Binds one contact's parameters of an insert. An undo re-creates a contact with its id and
// times; anything new gets an id from SQLite and the batch's time.
void bindInsert(SqliteStatement &statement, const Contact &c, BatchValues &values, int offset)
{
    bindFields(statement, c, values, offset);
    if (c.updatedAt.isValid())
        statement.bind(offset + 14, toIso(c.updatedAt));
    else
        statement.bindUtf8(offset + 14, values.nowUtf8);
    if (c.createdAt.isValid())
        statement.bind(offset + 15, toIso(c.createdAt));
    else
        statement.bindUtf8(offset + 15, values.nowUtf8);
    if (c.id > 0)
        statement.bind(offset + 16, c.id);
    else
        statement.bindNull(offset + 16);
}

// Inserts the contacts in order and appends their ids; false with SQLite's message on failure.
bool insertContacts(QSqlDatabase &db, const QList<Contact> &contacts, BatchValues &values, QList<qint64> *ids,
                    QString *error)
{
    // New contacts go in 64 to a statement: starting a statement costs SQLite about as much as
    // storing a row, and an import stores tens of thousands. A new contact's id is one more than
    // the highest id at the time (SQLite's rule for INTEGER PRIMARY KEY without AUTOINCREMENT),
    // so those 64 get consecutive ids, which is checked against the last one. The first contact
    // always goes in alone: that takes the write lock before the highest id is read.
    constexpr int RowsPerStatement = 64;
    SqliteStatement one(db, insertSql(1).constData());
    std::optional<SqliteStatement> many;
    if (contacts.size() > RowsPerStatement) {
        many.emplace(db, insertSql(RowsPerStatement).constData());
        if (!many->isValid())
            many.reset(); // an SQLite that allows fewer parameters: one at a time, then
    }
    std::optional<qint64> highestId;
    auto failed = [&](const SqliteStatement &statement) {
        *error = statement.errorText();
        return false;
    };
    if (ids->capacity() < ids->size() + contacts.size()) // grows as appending would, when written in parts
        ids->reserve(qMax(ids->size() + contacts.size(), 2 * ids->capacity()));
    qsizetype i = 0;
    while (i < contacts.size()) {
        const bool fullRunOfNewContacts = many && highestId
            && *highestId <= std::numeric_limits<qint64>::max() - RowsPerStatement
            && contacts.size() - i >= RowsPerStatement
            && std::all_of(contacts.cbegin() + i, contacts.cbegin() + i + RowsPerStatement,
                           [](const Contact &c) { return c.id <= 0; });
        if (fullRunOfNewContacts) {
            for (int row = 0; row < RowsPerStatement; ++row)
                bindInsert(*many, contacts.at(i + row), values, row * InsertColumns);
            many->step();
            if (!many->ok())
                return failed(*many);
            if (many->lastInsertId() != *highestId + RowsPerStatement) {
                *error = ContactStore::tr("new contacts did not get the ids the database gives new rows");
                return false;
            }
            for (int row = 0; row < RowsPerStatement; ++row)
                ids->append(*highestId + 1 + row);
            *highestId += RowsPerStatement;
            many->reset();
            i += RowsPerStatement;
            continue;
        }
        bindInsert(one, contacts.at(i), values, 0);
        one.step();
        if (!one.ok())
            return failed(one);
        ids->append(one.lastInsertId());
        one.reset();
        if (!highestId) {
            SqliteStatement highest(db, "SELECT max(id) FROM contacts");
            if (!highest.step())
                return failed(highest);
            highestId = highest.integer(0);
        } else {
            highestId = qMax(*highestId, ids->constLast());
        }
        ++i;
    }
    return true;
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
    result.reserve(count());
    SqliteStatement select(m_database->connection(), CONTACT_COLUMNS " ORDER BY id");
    SharedStrings shared;
    while (select.step())
        result << readContact(select, &shared);
    return result;
}

QList<Contact> ContactStore::allForMatching() const
{
    QList<Contact> result;
    result.reserve(count());
    SqliteStatement select(m_database->connection(),
                           "SELECT id, first_name, last_name, email, linkedin_url, company, position, connected_on "
                           "FROM contacts ORDER BY id");
    StringPool firstNames;
    StringPool companies;
    StringPool positions;
    QByteArray previousDateText;
    QDate previousDate;
    while (select.step()) {
        Contact c;
        c.id = select.integer(0);
        c.firstName = firstNames.get(select.utf8(1), [&select] { return select.text(1); });
        c.lastName = select.text(2);
        c.email = select.text(3);
        c.linkedInUrl = select.text(4);
        c.company = companies.get(select.utf8(5), [&select] { return select.text(5); });
        c.position = positions.get(select.utf8(6), [&select] { return select.text(6); });
        // Imported contacts come in runs of one connection date.
        const QUtf8StringView date = select.utf8(7);
        if (date != QUtf8StringView(previousDateText)) {
            previousDateText = QByteArray(date.data(), date.size());
            previousDate = select.date(7);
        }
        c.connectedOn = previousDate;
        result << c;
    }
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

void ContactStore::releaseThreadConnection() const
{
    m_database->releaseThreadConnection();
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
    const QList<Contact> found = contacts({id});
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

QList<Contact> ContactStore::contacts(const QList<qint64> &ids) const
{
    QList<Contact> result;
    result.reserve(ids.size());
    SqliteStatement select(m_database->connection(), CONTACT_COLUMNS " WHERE id = ?");
    for (qint64 id : ids) {
        select.bind(1, id);
        if (select.step())
            result << readContact(select);
        select.reset();
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

bool ContactStore::apply(ContactBatch &batch)
{
    return apply(batch, {});
}

bool ContactStore::apply(ContactBatch &batch, const std::function<bool(QList<Contact> &)> &moreInserts)
{
    m_lastError.clear();
    if (batch.isEmpty() && !moreInserts)
        return true;
    QSqlDatabase db = m_database->connection();
    if (!db.transaction()) {
        m_lastError = tr("The database is busy or read-only: %1").arg(db.lastError().text());
        return false;
    }
    QSqlQuery q(db);
    auto deleteFailed = [&] {
        // Interviews still refer to a contact being deleted: interviews.contact_id is ON DELETE
        // RESTRICT, which SQLite reports as SQLITE_CONSTRAINT_TRIGGER (1811) or FOREIGNKEY (787).
        const QString code = q.lastError().nativeErrorCode();
        const bool hasInterviews = code == QLatin1String("1811") || code == QLatin1String("787");
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

    if (!execWithIds(QStringLiteral("DELETE FROM contacts WHERE id") + inIds, batch.removals))
        return deleteFailed();

    // Contacts go in through SQLite directly: an import writes tens of thousands of them.
    auto statementFailed = [&](const SqliteStatement &statement) {
        m_lastError = tr("Saving failed, nothing was changed: %1").arg(statement.errorText());
        q.finish();
        db.rollback();
        return false;
    };
    BatchValues values;
    const QDateTime &now = values.now;
    QList<qint64> insertedIds;
    insertedIds.reserve(batch.inserts.size());
    auto insert = [&](const QList<Contact> &contacts) {
        QString insertError;
        if (!contacts.isEmpty() && !insertContacts(db, contacts, values, &insertedIds, &insertError)) {
            m_lastError = tr("Saving failed, nothing was changed: %1").arg(insertError);
            q.finish();
            db.rollback();
            return false;
        }
        return true;
    };
    if (!insert(batch.inserts))
        return false;
    // Parts are written as they come and not kept in the batch. They are freed only at the end:
    // the thread that made them is still busy making more.
    QList<QList<Contact>> parts;
    if (moreInserts) {
        QList<Contact> part;
        while (moreInserts(part)) {
            if (!insert(part))
                return false;
            parts << std::move(part);
            part = {};
        }
    }
    QList<qint64> updatedIds;
    updatedIds.reserve(batch.updates.size());
    for (const Contact &c : std::as_const(batch.updates))
        updatedIds << c.id;
    if (!batch.updates.isEmpty()) {
        const bool fromImport = batch.updatedFields == ContactBatch::UpdatedFields::FromImport;
        SqliteStatement update(db, fromImport
                                   ? "UPDATE contacts SET email = ?, linkedin_url = ?, company = ?, position = ?, "
                                     "connected_on = ?, updated_at = ? WHERE id = ?"
                                   : "UPDATE contacts SET first_name = ?, last_name = ?, email = ?, phone = ?, "
                                     "linkedin_url = ?, company = ?, position = ?, connected_on = ?, relationship = ?, "
                                     "referred_by = ?, tags = ?, notes = ?, source = ?, updated_at = ? WHERE id = ?");
        for (const Contact &c : std::as_const(batch.updates)) {
            if (fromImport) {
                update.bind(1, c.email);
                update.bind(2, c.linkedInUrl);
                update.bind(3, c.company);
                update.bind(4, c.position);
                update.bind(5, c.connectedOn);
                update.bindUtf8(6, values.nowUtf8);
                update.bind(7, c.id);
            } else {
                bindFields(update, c, values);
                update.bindUtf8(14, values.nowUtf8);
                update.bind(15, c.id);
            }
            update.step();
            if (!update.ok())
                return statementFailed(update);
            if (update.changes() != 1) {
                db.rollback();
                m_lastError = tr("Saving failed, nothing was changed: “%1” no longer exists.").arg(c.displayName());
                return false;
            }
            update.reset();
        }
    }

    q.finish();
    if (!db.commit()) {
        m_lastError = tr("Saving failed, nothing was changed: %1").arg(db.lastError().text());
        db.rollback();
        return false;
    }
    // Only now that everything is saved does the batch learn its ids and times.
    for (qsizetype i = 0; i < batch.inserts.size(); ++i) {
        Contact &c = batch.inserts[i];
        c.id = insertedIds.at(i);
        if (!c.createdAt.isValid())
            c.createdAt = now;
        if (!c.updatedAt.isValid())
            c.updatedAt = now;
    }
    for (Contact &c : batch.updates)
        c.updatedAt = now;

    if (!batch.removals.isEmpty())
        Q_EMIT contactsRemoved(batch.removals);
    if (!insertedIds.isEmpty())
        Q_EMIT contactsInserted(insertedIds);
    if (!updatedIds.isEmpty())
        Q_EMIT contactsUpdated(updatedIds);
    return true;
}
