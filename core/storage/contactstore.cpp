#include "storage/contactstore.h"

#include "domain/stringpool.h"

#include "storage/database.h"
#include "storage/sqlitestatement.h"
#include "storage/sqlvalues.h"

#include <sqlite3.h>

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
// hands out stays valid as long as it does: bound parameters and NewContactsTable hand it to
// SQLite without a copy.
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

// A contact's values for the columns an insert or update writes, in the order of
// CONTACT_FIELD_COLUMNS, handed to a sink with text(), utf8(), date(), integer() and null(). Text
// handed to text() may be a temporary: the sink encodes it at once.
#define CONTACT_FIELD_COLUMNS                                                                                       \
    "first_name, last_name, email, phone, linkedin_url, company, position, connected_on, relationship, "          \
    "referred_by, tags, notes, source"
constexpr int FieldColumns = 13;

template<typename Sink>
void writeFields(const Contact &c, BatchValues &values, Sink &sink)
{
    sink.text(c.firstName);
    sink.text(c.lastName);
    sink.text(c.email);
    sink.text(c.phone);
    sink.text(c.linkedInUrl);
    sink.text(c.company);
    sink.text(c.position);
    sink.date(c.connectedOn);
    sink.utf8(values.relationship.of(RelationshipNames::key(c.relationship)));
    if (c.referredById > 0)
        sink.integer(c.referredById);
    else
        sink.null();
    sink.text(c.tags.isEmpty() ? QString() : joinTags(c.tags));
    sink.text(c.notes);
    sink.utf8(values.source.of(c.source));
}

// Then, for an insert, updated_at and created_at. An undo re-creates a contact with its own
// times; anything new gets the batch's.
template<typename Sink>
void writeTimes(const Contact &c, BatchValues &values, Sink &sink)
{
    for (const QDateTime *time : {&c.updatedAt, &c.createdAt}) {
        if (time->isValid())
            sink.text(toIso(*time));
        else
            sink.utf8(values.nowUtf8);
    }
}

// Binds what writeFields() and writeTimes() hand it to parameters, from `next` on.
struct Binder {
    SqliteStatement &statement;
    int next = 1;
    void text(QStringView text) { statement.bind(next++, text); }
    void utf8(QByteArrayView utf8) { statement.bindUtf8(next++, utf8); }
    void date(const QDate &date) { statement.bind(next++, date); }
    void integer(qint64 value) { statement.bind(next++, value); }
    void null() { statement.bindNull(next++); }
};

// Binds parameters 1-13, shared by INSERT and UPDATE.
void bindFields(SqliteStatement &statement, const Contact &c, BatchValues &values)
{
    Binder binder{statement};
    writeFields(c, values, binder);
}

// New contacts as a table SQLite reads from, "coffeechat_new_contacts(?)", the argument a
// pointer to NewContacts: thousands go into the contacts table in one INSERT ... SELECT, each
// value read from memory as the row is stored. A statement prepared, bound and run for every
// few rows took a third longer for 30,000 contacts: starting a statement costs SQLite about
// as much as storing a row, and each bound value costs a call.
struct NewContacts {
    const QList<Contact> &contacts;
    qsizetype first;
    qsizetype end;
    BatchValues &values;
};

class NewContactsTable
{
public:
    static constexpr const char *PointerType = "coffeechat-new-contacts";

    // Prepares the statement that inserts the rows, making the table known to the connection
    // the first time. Empty if SQLite cannot have it: the caller then inserts one at a time.
    static void prepareInsert(const QSqlDatabase &db, std::optional<SqliteStatement> &statement)
    {
        constexpr const char *sql = "INSERT INTO contacts (" CONTACT_FIELD_COLUMNS ", updated_at, created_at) "
                                    "SELECT * FROM coffeechat_new_contacts(?)";
        statement.emplace(db, sql);
        if (!statement->isValid()) {
            sqlite3 *handle = SqliteStatement::handleOf(db);
            if (handle && sqlite3_create_module_v2(handle, "coffeechat_new_contacts", &module, nullptr, nullptr) == SQLITE_OK)
                statement.emplace(db, sql);
        }
        if (!statement->isValid())
            statement.reset();
    }

private:
    static constexpr int Columns = FieldColumns + 2; // and updated_at, created_at
    static constexpr int SourceColumn = Columns;     // hidden: the NewContacts pointer

    // One row's values, made when the cursor reaches it.
    struct Value {
        enum class Kind { Null, Integer, Text, Utf8 } kind = Kind::Null;
        qint64 integer = 0;
        Utf8Row::Span span{0, 0};
        QByteArrayView utf8;
    };
    struct Cursor : sqlite3_vtab_cursor {
        NewContacts *source = nullptr;
        qsizetype row = 0;
        Utf8Row text;
        QVarLengthArray<Value, Columns> values;

        // Makes the values of the row the cursor is on.
        void load()
        {
            values.clear();
            text.clear();
            if (row >= source->end)
                return;
            struct Loader {
                Cursor &cursor;
                void add(const Value &value) { cursor.values.append(value); }
                void text(QStringView t) { add({Value::Kind::Text, 0, cursor.text.append(t), {}}); }
                void utf8(QByteArrayView u) { add({Value::Kind::Utf8, 0, {0, 0}, u}); }
                void date(const QDate &d)
                {
                    const std::optional<Utf8Row::Span> span = cursor.text.appendDate(d);
                    add(span ? Value{Value::Kind::Text, 0, *span, {}} : Value{});
                }
                void integer(qint64 v) { add({Value::Kind::Integer, v, {0, 0}, {}}); }
                void null() { add(Value{}); }
            } loader{*this};
            const Contact &c = source->contacts.at(row);
            writeFields(c, source->values, loader);
            writeTimes(c, source->values, loader);
        }
    };

    static int connect(sqlite3 *db, void *, int, const char *const *, sqlite3_vtab **table, char **)
    {
        const int result = sqlite3_declare_vtab(db, "CREATE TABLE x(" CONTACT_FIELD_COLUMNS ", updated_at, created_at, "
                                                    "source_rows HIDDEN)");
        if (result != SQLITE_OK)
            return result;
        *table = new sqlite3_vtab{};
        return SQLITE_OK;
    }
    static int disconnect(sqlite3_vtab *table)
    {
        delete table;
        return SQLITE_OK;
    }
    // Only with its argument: the rows come from nowhere else.
    static int bestIndex(sqlite3_vtab *, sqlite3_index_info *info)
    {
        for (int i = 0; i < info->nConstraint; ++i) {
            const auto &constraint = info->aConstraint[i];
            if (constraint.iColumn == SourceColumn && constraint.op == SQLITE_INDEX_CONSTRAINT_EQ) {
                if (!constraint.usable)
                    return SQLITE_CONSTRAINT;
                info->aConstraintUsage[i].argvIndex = 1;
                info->aConstraintUsage[i].omit = 1;
                info->estimatedCost = 1;
                return SQLITE_OK;
            }
        }
        return SQLITE_CONSTRAINT;
    }
    static int open(sqlite3_vtab *, sqlite3_vtab_cursor **cursor)
    {
        *cursor = new Cursor;
        return SQLITE_OK;
    }
    static int close(sqlite3_vtab_cursor *cursor)
    {
        delete static_cast<Cursor *>(cursor);
        return SQLITE_OK;
    }
    static int filter(sqlite3_vtab_cursor *base, int, const char *, int argc, sqlite3_value **argv)
    {
        auto *cursor = static_cast<Cursor *>(base);
        cursor->source = argc == 1 ? static_cast<NewContacts *>(sqlite3_value_pointer(argv[0], PointerType)) : nullptr;
        if (!cursor->source)
            return SQLITE_ERROR;
        cursor->row = cursor->source->first;
        cursor->load();
        return SQLITE_OK;
    }
    static int next(sqlite3_vtab_cursor *base)
    {
        auto *cursor = static_cast<Cursor *>(base);
        ++cursor->row;
        cursor->load();
        return SQLITE_OK;
    }
    static int eof(sqlite3_vtab_cursor *base)
    {
        const auto *cursor = static_cast<Cursor *>(base);
        return !cursor->source || cursor->row >= cursor->source->end;
    }
    static int column(sqlite3_vtab_cursor *base, sqlite3_context *context, int column)
    {
        const auto *cursor = static_cast<Cursor *>(base);
        if (column >= cursor->values.size())
            return SQLITE_OK; // the hidden argument: NULL
        const Value &value = cursor->values.at(column);
        switch (value.kind) {
        case Value::Kind::Null:
            sqlite3_result_null(context);
            break;
        case Value::Kind::Integer:
            sqlite3_result_int64(context, value.integer);
            break;
        case Value::Kind::Text:
            // Copied: the row's buffer is reused for the next one.
            sqlite3_result_text(context, cursor->text.data(value.span), int(value.span.size), SQLITE_TRANSIENT);
            break;
        case Value::Kind::Utf8:
            // Shared by the whole batch, which outlives the statement.
            sqlite3_result_text(context, value.utf8.isEmpty() ? "" : value.utf8.data(), int(value.utf8.size()),
                                SQLITE_STATIC);
            break;
        }
        return SQLITE_OK;
    }
    static int rowid(sqlite3_vtab_cursor *base, sqlite3_int64 *rowid)
    {
        *rowid = static_cast<const Cursor *>(base)->row;
        return SQLITE_OK;
    }

    static sqlite3_module makeModule()
    {
        sqlite3_module m{}; // no xCreate, so no CREATE VIRTUAL TABLE: the table is there by its name
        m.xConnect = &connect;
        m.xBestIndex = &bestIndex;
        m.xDisconnect = &disconnect;
        m.xOpen = &open;
        m.xClose = &close;
        m.xFilter = &filter;
        m.xNext = &next;
        m.xEof = &eof;
        m.xColumn = &column;
        m.xRowid = &rowid;
        return m;
    }
    static inline const sqlite3_module module = makeModule();
};

// Inserts the contacts in order and appends their ids; false with SQLite's message on failure.
bool insertContacts(QSqlDatabase &db, const QList<Contact> &contacts, BatchValues &values, QList<qint64> *ids,
                    QString *error)
{
    // A run of new contacts goes in through one INSERT ... SELECT from NewContactsTable. A new
    // contact's id is one more than the highest id at the time (SQLite's rule for INTEGER
    // PRIMARY KEY without AUTOINCREMENT), so a run gets consecutive ids, which is checked
    // against the last one. Contacts that bring their own id (an undo re-creating them) go in
    // one at a time, and so does the first contact the transaction writes: that takes the write
    // lock before the highest id is read. So does a run that would pass the largest id, for
    // which SQLite picks free ids at random.
    SqliteStatement one(db, "INSERT INTO contacts (" CONTACT_FIELD_COLUMNS ", updated_at, created_at, id) "
                            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    std::optional<SqliteStatement> many;
    if (contacts.size() > 1)
        NewContactsTable::prepareInsert(db, many);
    auto failed = [&](const SqliteStatement &statement) {
        *error = statement.errorText();
        return false;
    };
    if (ids->capacity() < ids->size() + contacts.size()) // grows as appending would, when written in parts
        ids->reserve(qMax(ids->size() + contacts.size(), 2 * ids->capacity()));
    auto isNew = [](const Contact &c) { return c.id <= 0; };
    bool locked = !ids->isEmpty(); // this transaction has written contacts already
    qsizetype i = 0;
    while (i < contacts.size()) {
        const auto runEnd = std::find_if_not(contacts.cbegin() + i, contacts.cend(), isNew) - contacts.cbegin();
        const qsizetype count = runEnd - i;
        std::optional<qint64> before;
        if (many && locked && count > 1) {
            SqliteStatement highest(db, "SELECT max(id) FROM contacts");
            if (!highest.step())
                return failed(highest);
            if (highest.integer(0) <= std::numeric_limits<qint64>::max() - count)
                before = highest.integer(0);
        }
        if (before) {
            NewContacts rows{contacts, i, runEnd, values};
            many->bindPointer(1, &rows, NewContactsTable::PointerType);
            many->step();
            if (!many->ok())
                return failed(*many);
            if (many->changes() != count || many->lastInsertId() != *before + count) {
                *error = ContactStore::tr("new contacts did not get the ids the database gives new rows");
                return false;
            }
            for (qint64 id = *before + 1; id <= *before + count; ++id)
                ids->append(id);
            many->reset();
            i = runEnd;
            continue;
        }
        const Contact &c = contacts.at(i);
        Binder binder{one};
        writeFields(c, values, binder);
        writeTimes(c, values, binder);
        if (c.id > 0)
            binder.integer(c.id);
        else
            binder.null();
        one.step();
        if (!one.ok())
            return failed(one);
        ids->append(one.lastInsertId());
        one.reset();
        locked = true;
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

bool ContactStore::apply(ContactBatch &batch, const std::function<NextInserts(QList<Contact> &)> &moreInserts)
{
    m_lastError.clear();
    if (batch.isEmpty() && !moreInserts)
        return true;
    m_lastError = m_database->waitUntilWritable();
    if (!m_lastError.isEmpty())
        return false;
    QSqlDatabase db = m_database->connection();
    if (!db.transaction()) {
        m_lastError = tr("The database is busy or read-only: %1").arg(db.lastError().text());
        return false;
    }
    QSqlQuery q(db);
    // Every failure takes back what the transaction wrote so far.
    auto rollBack = [&](const QString &message) {
        m_lastError = message;
        q.finish();
        db.rollback();
        return false;
    };
    auto deleteFailed = [&] {
        // Interviews still refer to a contact being deleted: interviews.contact_id is ON DELETE
        // RESTRICT, which SQLite reports as SQLITE_CONSTRAINT_TRIGGER (1811) or FOREIGNKEY (787).
        const QString code = q.lastError().nativeErrorCode();
        const bool hasInterviews = code == QLatin1String("1811") || code == QLatin1String("787");
        return rollBack(hasInterviews
                            ? tr("Nothing was deleted: a contact you chose has interviews. Delete those interviews first.")
                            : tr("Saving failed, nothing was changed: %1").arg(q.lastError().text()));
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
        return rollBack(tr("Saving failed, nothing was changed: %1").arg(statement.errorText()));
    };
    BatchValues values;
    const QDateTime &now = values.now;
    QList<qint64> insertedIds;
    insertedIds.reserve(batch.inserts.size());
    auto insert = [&](const QList<Contact> &contacts) {
        QString insertError;
        if (!contacts.isEmpty() && !insertContacts(db, contacts, values, &insertedIds, &insertError))
            return rollBack(tr("Saving failed, nothing was changed: %1").arg(insertError));
        return true;
    };
    if (!insert(batch.inserts))
        return false;
    // Parts are written as they come and not kept: the next call of moreInserts() finds the
    // part just written in `part`, and the caller frees it or hands it on.
    if (moreInserts) {
        QList<Contact> part;
        for (NextInserts next = moreInserts(part); next != NextInserts::Done; next = moreInserts(part)) {
            if (next == NextInserts::Cancel)
                return rollBack(tr("The import was given up; nothing was changed."));
            if (!insert(part))
                return false;
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
                update.bindUtf8(FieldColumns + 1, values.nowUtf8);
                update.bind(FieldColumns + 2, c.id);
            }
            update.step();
            if (!update.ok())
                return statementFailed(update);
            if (update.changes() != 1)
                return rollBack(tr("Saving failed, nothing was changed: “%1” no longer exists.").arg(c.displayName()));
            update.reset();
        }
    }

    q.finish();
    if (!db.commit())
        return rollBack(tr("Saving failed, nothing was changed: %1").arg(db.lastError().text()));
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
