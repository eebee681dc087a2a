#include "storage/contactstore.h"

#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {

#define CONTACT_COLUMNS                                                                                                \
    "SELECT id, first_name, last_name, email, phone, linkedin_url, company, position, connected_on, "                  \
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

// Employers, job titles and where contacts came from are shared by many of them: a list of
// thousands keeps one copy of each.
class SharedStrings
{
public:
    QString operator()(const QString &text)
    {
        if (text.isEmpty())
            return text;
        const auto found = m_strings.constFind(text);
        if (found != m_strings.cend())
            return *found;
        if (m_strings.size() < 4096)
            m_strings.insert(text);
        return text;
    }

private:
    QSet<QString> m_strings;
};

Contact readContact(const QSqlQuery &q, SharedStrings *shared)
{
    Contact c;
    c.id = q.value(0).toLongLong();
    c.firstName = q.value(1).toString();
    c.lastName = q.value(2).toString();
    c.email = q.value(3).toString();
    c.phone = q.value(4).toString();
    c.linkedInUrl = q.value(5).toString();
    c.company = (*shared)(q.value(6).toString());
    c.position = (*shared)(q.value(7).toString());
    c.connectedOn = SqlValues::toDate(q.value(8));
    c.relationship = RelationshipNames::fromKey(q.value(9).toString());
    c.referredById = q.value(10).toLongLong();
    c.tags = splitTags(q.value(11).toString());
    c.notes = q.value(12).toString();
    c.source = (*shared)(q.value(13).toString());
    c.createdAt = SqlValues::toDateTime(q.value(14));
    c.updatedAt = SqlValues::toDateTime(q.value(15));
    return c;
}

// Binds the columns an insert or an update writes, in this order:
#define CONTACT_FIELD_COLUMNS                                                                                          \
    "first_name, last_name, email, phone, linkedin_url, company, position, connected_on, relationship, "               \
    "referred_by, tags, notes, source"
// QString() binds as NULL, and the text columns are NOT NULL: empty text is ''.
void bindText(QSqlQuery &q, const QString &text)
{
    q.addBindValue(text.isNull() ? QStringLiteral("") : text);
}

void bindFields(QSqlQuery &q, const Contact &c)
{
    bindText(q, c.firstName);
    bindText(q, c.lastName);
    bindText(q, c.email);
    bindText(q, c.phone);
    bindText(q, c.linkedInUrl);
    bindText(q, c.company);
    bindText(q, c.position);
    q.addBindValue(SqlValues::date(c.connectedOn));
    bindText(q, RelationshipNames::key(c.relationship));
    q.addBindValue(c.referredById > 0 ? QVariant(c.referredById) : QVariant(QMetaType::fromType<qint64>()));
    bindText(q, joinTags(c.tags));
    bindText(q, c.notes);
    bindText(q, c.source);
}

} // namespace

QList<qint64> ContactBatch::idsOf(const QList<Contact> &contacts)
{
    QList<qint64> ids;
    ids.reserve(contacts.size());
    for (const Contact &c : contacts)
        ids << c.id;
    return ids;
}

QList<qint64> ContactBatch::Links::interviewIds() const
{
    QList<qint64> ids;
    for (const Referral &r : referrals)
        ids << r.interviewId;
    for (const auto &[interviewId, contactId] : introducedBy)
        ids << interviewId;
    for (const Partner &p : practisedWith)
        ids << p.interviewId;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

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
    undo.relink = cut;
    for (const PastJob &job : pastJobs)
        undo.forgottenPastJobs << job.id;
    return undo;
}

ContactStore::ContactStore(Database *database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{ }

QList<Contact> ContactStore::all() const
{
    QList<Contact> result;
    result.reserve(count());
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(CONTACT_COLUMNS " ORDER BY id")))
        return result;
    SharedStrings shared;
    while (q.next())
        result << readContact(q, &shared);
    return result;
}

QFuture<QList<Contact>> ContactStore::allInBackground() const
{
    // The task outlives this store if the window closes meanwhile; the database waits for it.
    return m_database->runInBackground([database = m_database] { return ContactStore(database).all(); });
}

QList<NetworkPerson> ContactStore::network() const
{
    QList<NetworkPerson> result;
    result.reserve(count());
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, first_name, last_name, company, position, relationship FROM contacts "
                               "ORDER BY id")))
        return result;
    SharedStrings shared;
    Contact named; // for its display name
    while (q.next()) {
        named.firstName = q.value(1).toString();
        named.lastName = q.value(2).toString();
        result << NetworkPerson{q.value(0).toLongLong(), named.displayName(), shared(q.value(3).toString()),
                                shared(q.value(4).toString()), RelationshipNames::fromKey(q.value(5).toString())};
    }
    return result;
}

QFuture<QList<NetworkPerson>> ContactStore::networkInBackground() const
{
    return m_database->runInBackground([database = m_database] { return ContactStore(database).network(); });
}

QList<ContactMatchKey> ContactStore::allForMatching() const
{
    QList<ContactMatchKey> result;
    result.reserve(count());
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, first_name, last_name, email, linkedin_url, company, position, "
                               "connected_on FROM contacts ORDER BY id")))
        return result;
    SharedStrings shared;
    while (q.next()) {
        result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       q.value(4).toString(), shared(q.value(5).toString()), shared(q.value(6).toString()),
                       SqlValues::toDate(q.value(7))});
    }
    return result;
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
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(CONTACT_COLUMNS " WHERE id = ?"));
    SharedStrings shared;
    for (qint64 id : ids) {
        q.addBindValue(id);
        if (q.exec() && q.next())
            result << readContact(q, &shared);
        q.finish();
    }
    return result;
}

QList<Contact> ContactStore::referredBy(qint64 id) const
{
    QList<Contact> result;
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(CONTACT_COLUMNS " WHERE referred_by = ? ORDER BY first_name, last_name, id"));
    q.addBindValue(id);
    SharedStrings shared;
    if (q.exec()) {
        while (q.next())
            result << readContact(q, &shared);
    }
    return result;
}

namespace {

constexpr auto PastJobColumns = "SELECT id, contact_id, company, position, until FROM contact_jobs";

PastJob readPastJob(const QSqlQuery &q)
{
    return PastJob{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                   SqlValues::toDate(q.value(4))};
}

} // namespace

QList<PastJob> ContactStore::pastJobs(qint64 contactId) const
{
    QList<PastJob> result;
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    q.prepare(QLatin1String(PastJobColumns) + QLatin1String(" WHERE contact_id = ? ORDER BY until DESC, id DESC"));
    q.addBindValue(contactId);
    if (q.exec()) {
        while (q.next())
            result << readPastJob(q);
    }
    return result;
}

QHash<qint64, QList<PastJob>> ContactStore::allPastJobs() const
{
    QHash<qint64, QList<PastJob>> result;
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    if (q.exec(QLatin1String(PastJobColumns) + QLatin1String(" ORDER BY contact_id, until DESC, id DESC"))) {
        while (q.next()) {
            const PastJob job = readPastJob(q);
            result[job.contactId] << job;
        }
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

bool ContactStore::apply(ContactBatch &batch, QString *error)
{
    if (batch.isEmpty())
        return true;
    return write(batch, {}, nullptr, error);
}

bool ContactStore::applyPlanned(const Planner &plan, ContactBatch *applied, QList<Contact> *before, QString *error,
                                const BackgroundProgress &progress)
{
    return write(*applied, plan, before, error, progress);
}

bool ContactStore::write(ContactBatch &batch, const Planner &plan, QList<Contact> *before, QString *error,
                         const BackgroundProgress &progress)
{
    if (!m_database->waitUntilWritable(error))
        return false;
    QSqlDatabase db = m_database->connection();
    QSqlQuery q(db);
    // BEGIN IMMEDIATE takes the write lock at once, waiting for another writer (busy_timeout).
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return failWith(error, tr("Nothing was saved: %1").arg(m_database->describeWriteError(q.lastError())));
    // Every failure takes back what the transaction wrote so far.
    auto rollBack = [&](const QString &message) {
        q.finish();
        db.rollback();
        return failWith(error, message);
    };
    auto failed = [&](const QSqlQuery &query) {
        return rollBack(
            tr("Saving failed, nothing was changed: %1").arg(m_database->describeWriteError(query.lastError())));
    };

    if (plan) {
        batch = plan(allForMatching());
        if (before)
            *before = contacts(ContactBatch::idsOf(batch.updates));
    }

    batch.cut = {};
    if (!batch.removals.isEmpty()) {
        // What the delete cuts (referrals cascade, introducers and "referred by" are set to NULL),
        // read first so that an undo can mend it.
        const QVariant removed = SqlValues::idArray(batch.removals);
        q.prepare(QStringLiteral("SELECT interview_id, contact_id, added_on FROM interview_referrals "
                                 "WHERE contact_id IN (SELECT value FROM json_each(?)) ORDER BY rowid"));
        q.addBindValue(removed);
        if (!q.exec())
            return failed(q);
        while (q.next())
            batch.cut.referrals << ContactBatch::Links::Referral{q.value(0).toLongLong(), q.value(1).toLongLong(),
                                                                 SqlValues::toDate(q.value(2))};
        q.prepare(QStringLiteral(
            "SELECT id, introduced_by FROM interviews WHERE introduced_by IN (SELECT value FROM json_each(?))"));
        q.addBindValue(removed);
        if (!q.exec())
            return failed(q);
        while (q.next())
            batch.cut.introducedBy << std::pair(q.value(0).toLongLong(), q.value(1).toLongLong());
        q.prepare(QStringLiteral("SELECT id, referred_by FROM contacts WHERE referred_by IN (SELECT value FROM "
                                 "json_each(?)) AND id NOT IN (SELECT value FROM json_each(?))"));
        q.addBindValue(removed);
        q.addBindValue(removed);
        if (!q.exec())
            return failed(q);
        while (q.next())
            batch.cut.referredBy << std::pair(q.value(0).toLongLong(), q.value(1).toLongLong());
        q.prepare(QStringLiteral("SELECT id, interview_id, partner_id FROM practice_runs WHERE partner_id IN "
                                 "(SELECT value FROM json_each(?))"));
        q.addBindValue(removed);
        if (!q.exec())
            return failed(q);
        while (q.next())
            batch.cut.practisedWith << ContactBatch::Links::Partner{q.value(0).toLongLong(), q.value(1).toLongLong(),
                                                                    q.value(2).toLongLong()};
        q.prepare(QLatin1String(PastJobColumns)
                  + QLatin1String(" WHERE contact_id IN (SELECT value FROM json_each(?)) ORDER BY id"));
        q.addBindValue(removed);
        if (!q.exec())
            return failed(q);
        while (q.next())
            batch.cut.pastJobs << readPastJob(q);

        q.prepare(QStringLiteral("DELETE FROM contacts WHERE id IN (SELECT value FROM json_each(?))"));
        q.addBindValue(SqlValues::idArray(batch.removals));
        if (!q.exec()) {
            // Interviews still refer to a contact being deleted: interviews.contact_id is ON DELETE
            // RESTRICT, which SQLite reports as SQLITE_CONSTRAINT_TRIGGER (1811) or FOREIGNKEY (787).
            const QString code = q.lastError().nativeErrorCode();
            if (code == QLatin1String("1811") || code == QLatin1String("787"))
                return rollBack(
                    tr("Nothing was deleted: a contact you chose has interviews. Delete those interviews first."));
            return failed(q);
        }
    }

    const int total = int(batch.inserts.size() + batch.updates.size());
    int written = 0;
    const auto wroteOne = [&] {
        if (progress && (++written % 500 == 0 || written == total))
            progress(written, total);
    };
    if (progress)
        progress(0, total);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QVariant nowText = SqlValues::dateTime(now);
    QList<qint64> insertedIds;
    insertedIds.reserve(batch.inserts.size());
    // An undo re-creates contacts with their ids, in any order.
    QSet<qint64> recreated;
    for (const Contact &c : std::as_const(batch.inserts)) {
        if (c.id > 0)
            recreated.insert(c.id);
    }
    QList<std::pair<qint64, qint64>> laterReferrers; // contact id, referrer re-created in this batch
    const auto exists = [&db](qint64 id) {
        QSqlQuery probe(db);
        probe.prepare(QStringLiteral("SELECT 1 FROM contacts WHERE id = ?"));
        probe.addBindValue(id);
        return probe.exec() && probe.next();
    };
    if (!batch.inserts.isEmpty()) {
        // One prepared statement for every row; SQLite gives new contacts their ids, an undo
        // re-creates deleted ones with theirs.
        q.prepare(QStringLiteral("INSERT INTO contacts (" CONTACT_FIELD_COLUMNS ", created_at, updated_at, id) "
                                 "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
        for (const Contact &c : std::as_const(batch.inserts)) {
            Contact row = c;
            if (c.id > 0 && c.referredById > 0) {
                if (recreated.contains(c.referredById)) {
                    laterReferrers << std::pair(c.id, c.referredById); // perhaps not back yet
                    row.referredById = 0;
                } else if (!exists(c.referredById)) {
                    row.referredById = 0; // deleted since: back without a referrer, as the delete left it
                }
            }
            bindFields(q, row);
            q.addBindValue(c.createdAt.isValid() ? SqlValues::dateTime(c.createdAt) : nowText);
            q.addBindValue(c.updatedAt.isValid() ? SqlValues::dateTime(c.updatedAt) : nowText);
            q.addBindValue(c.id > 0 ? QVariant(c.id) : QVariant(QMetaType::fromType<qint64>()));
            if (!q.exec())
                return failed(q);
            insertedIds << q.lastInsertId().toLongLong();
            wroteOne();
        }
    }

    // Writes (value, id) pairs with one prepared statement: a reference set where it was cut.
    const auto setEach = [&](const QString &sql, const QList<std::pair<qint64, qint64>> &idAndValue) {
        if (idAndValue.isEmpty())
            return true;
        q.prepare(sql);
        for (const auto &[id, value] : idAndValue) {
            q.addBindValue(value);
            q.addBindValue(id);
            if (!q.exec())
                return false;
        }
        return true;
    };
    // Re-created contacts that referred one another get those references once all are back.
    if (!setEach(QStringLiteral("UPDATE contacts SET referred_by = ? WHERE id = ?"), laterReferrers))
        return failed(q);

    // Mending what a delete cut, where nothing took its place since (an interview deleted in the
    // meantime stays deleted; an introducer chosen since stays chosen).
    if (!batch.relink.referrals.isEmpty()) {
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO interview_referrals (interview_id, contact_id, added_on) "
                                 "SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM interviews WHERE id = ?)"));
        for (const ContactBatch::Links::Referral &r : std::as_const(batch.relink.referrals)) {
            q.addBindValue(r.interviewId);
            q.addBindValue(r.contactId);
            q.addBindValue(SqlValues::date(r.addedOn));
            q.addBindValue(r.interviewId);
            if (!q.exec())
                return failed(q);
        }
    }
    if (!setEach(QStringLiteral("UPDATE interviews SET introduced_by = ? WHERE id = ? AND introduced_by IS NULL"),
                 batch.relink.introducedBy)
        || !setEach(QStringLiteral("UPDATE contacts SET referred_by = ? WHERE id = ? AND referred_by IS NULL"),
                    batch.relink.referredBy))
        return failed(q);
    QList<std::pair<qint64, qint64>> partners;
    for (const ContactBatch::Links::Partner &p : std::as_const(batch.relink.practisedWith))
        partners << std::pair(p.runId, p.contactId);
    if (!setEach(QStringLiteral("UPDATE practice_runs SET partner_id = ? WHERE id = ? AND partner_id IS NULL"),
                 partners))
        return failed(q);
    const QDate today = now.toLocalTime().date();
    // Earlier jobs: those a deletion took (back with their contacts) and those this batch records.
    const auto writePastJob = [&](const PastJob &job, bool withId = true) {
        q.addBindValue(job.id > 0 && withId ? QVariant(job.id) : QVariant(QMetaType::fromType<qint64>()));
        q.addBindValue(job.contactId);
        bindText(q, job.company);
        bindText(q, job.position);
        q.addBindValue(SqlValues::date(job.until.isValid() ? job.until : today));
        q.addBindValue(job.contactId);
        return q.exec();
    };
    const QString insertPastJob =
        QStringLiteral("INSERT OR IGNORE INTO contact_jobs (id, contact_id, company, position, until) "
                       "SELECT ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM contacts WHERE id = ?)");
    if (!batch.relink.pastJobs.isEmpty()) {
        q.prepare(insertPastJob);
        for (const PastJob &job : std::as_const(batch.relink.pastJobs)) {
            if (!writePastJob(job))
                return failed(q);
        }
    }
    QList<qint64> pastJobIds;
    if (!batch.pastJobs.isEmpty()) {
        q.prepare(insertPastJob);
        for (const PastJob &job : std::as_const(batch.pastJobs)) {
            if (!writePastJob(job))
                return failed(q);
            // Its id taken since it was taken back (by another window on the file): a new one.
            if (q.numRowsAffected() != 1 && job.id > 0 && !writePastJob(job, false))
                return failed(q);
            pastJobIds << (q.numRowsAffected() == 1 ? q.lastInsertId().toLongLong() : 0);
        }
    }
    if (!batch.forgottenPastJobs.isEmpty()) {
        q.prepare(QStringLiteral("DELETE FROM contact_jobs WHERE id IN (SELECT value FROM json_each(?))"));
        q.addBindValue(SqlValues::idArray(batch.forgottenPastJobs));
        if (!q.exec())
            return failed(q);
    }

    if (!batch.updates.isEmpty()) {
        const bool fromImport = batch.updatedFields == ContactBatch::UpdatedFields::FromImport;
        q.prepare(fromImport
                      ? QStringLiteral("UPDATE contacts SET email = ?, linkedin_url = ?, company = ?, "
                                       "position = ?, connected_on = ?, updated_at = ? WHERE id = ?")
                      : QStringLiteral("UPDATE contacts SET first_name = ?, last_name = ?, email = ?, phone = ?, "
                                       "linkedin_url = ?, company = ?, position = ?, connected_on = ?, "
                                       "relationship = ?, referred_by = ?, tags = ?, notes = ?, source = ?, "
                                       "updated_at = ? WHERE id = ?"));
        for (const Contact &c : std::as_const(batch.updates)) {
            if (fromImport) {
                bindText(q, c.email);
                bindText(q, c.linkedInUrl);
                bindText(q, c.company);
                bindText(q, c.position);
                q.addBindValue(SqlValues::date(c.connectedOn));
            } else {
                bindFields(q, c);
            }
            q.addBindValue(nowText);
            q.addBindValue(c.id);
            if (!q.exec())
                return failed(q);
            if (q.numRowsAffected() != 1)
                return rollBack(tr("Saving failed, nothing was changed: “%1” no longer exists.").arg(c.displayName()));
            wroteOne();
        }
    }

    q.finish();
    if (!db.commit())
        return rollBack(
            tr("Saving failed, nothing was changed: %1").arg(m_database->describeWriteError(db.lastError())));
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
    for (qsizetype i = 0; i < batch.pastJobs.size(); ++i) {
        PastJob &job = batch.pastJobs[i];
        job.id = pastJobIds.at(i);
        if (!job.until.isValid())
            job.until = today;
    }

    announce(batch);
    return true;
}

void ContactStore::announce(const ContactBatch &written)
{
    if (!written.removals.isEmpty())
        Q_EMIT contactsRemoved(written.removals);
    if (!written.inserts.isEmpty())
        Q_EMIT contactsInserted(ContactBatch::idsOf(written.inserts));
    QList<qint64> updated = ContactBatch::idsOf(written.updates);
    for (const auto &[contactId, referredById] : written.cut.referredBy + written.relink.referredBy)
        updated << contactId;
    if (!updated.isEmpty())
        Q_EMIT contactsUpdated(updated);
    if (const QList<qint64> interviews = (written.cut.interviewIds() + written.relink.interviewIds());
        !interviews.isEmpty())
        Q_EMIT interviewLinksChanged(interviews);
}
