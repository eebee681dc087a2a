#include "storage/messagestore.h"

#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

#include <QSqlQuery>

using namespace SqlValues;

namespace {

const QString selectDrafts =
    QStringLiteral("SELECT interview_id, kind, template_id, subject, body, updated_at FROM message_drafts");
const QString selectSent =
    QStringLiteral("SELECT id, interview_id, kind, subject, body, channel, sent_on, recorded_at FROM sent_messages");

MessageDraft readDraft(const QSqlQuery &q)
{
    MessageDraft d;
    d.interviewId = q.value(0).toLongLong();
    d.kind = MessageKindNames::fromKey(q.value(1).toString()).value_or(MessageKind::Outreach);
    d.templateId = q.value(2).toLongLong();
    d.subject = q.value(3).toString();
    d.body = q.value(4).toString();
    d.updatedAt = toDateTime(q.value(5));
    return d;
}

SentMessageRecord readSentRow(const QSqlQuery &q)
{
    SentMessageRecord m;
    m.id = q.value(0).toLongLong();
    m.interviewId = q.value(1).toLongLong();
    m.kind = MessageKindNames::fromKey(q.value(2).toString()).value_or(MessageKind::Outreach);
    m.subject = q.value(3).toString();
    m.body = q.value(4).toString();
    m.channel = ChannelNames::fromKey(q.value(5).toString());
    m.sentOn = toDate(q.value(6));
    m.recordedAt = toDateTime(q.value(7));
    return m;
}

} // namespace

MessageStore::MessageStore(Database *database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{ }

std::optional<MessageDraft> MessageStore::draft(qint64 interviewId, MessageKind kind) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(selectDrafts + QStringLiteral(" WHERE interview_id = ? AND kind = ?"));
    q.addBindValue(interviewId);
    q.addBindValue(MessageKindNames::key(kind));
    if (q.exec() && q.next())
        return readDraft(q);
    return std::nullopt;
}

bool MessageStore::saveDraft(MessageDraft &draft, QString *error)
{
    if (draft.subject.isEmpty() && draft.body.isEmpty())
        return removeDraft(draft.interviewId, draft.kind, error);
    if (!draft.updatedAt.isValid())
        draft.updatedAt = QDateTime::currentDateTimeUtc();
    const bool ok = Storage::inTransaction(m_database, error, [&](QSqlQuery &q) { return writeDraft(q, draft); });
    if (ok)
        Q_EMIT draftChanged(draft.interviewId);
    return ok;
}

bool MessageStore::removeDraft(qint64 interviewId, MessageKind kind, QString *error)
{
    const bool ok = Storage::inTransaction(m_database, error, [&](QSqlQuery &q) {
        q.prepare(QStringLiteral("DELETE FROM message_drafts WHERE interview_id = ? AND kind = ?"));
        q.addBindValue(interviewId);
        q.addBindValue(MessageKindNames::key(kind));
        return q.exec();
    });
    if (ok)
        Q_EMIT draftChanged(interviewId);
    return ok;
}

QList<SentMessageRecord> MessageStore::sent(qint64 interviewId) const
{
    QSqlQuery q(m_database->connection());
    return readSent(q, interviewId);
}

QList<SentMessageRecord> MessageStore::allSent() const
{
    QList<SentMessageRecord> result;
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    if (q.exec(selectSent + QStringLiteral(" ORDER BY interview_id, sent_on, id"))) {
        while (q.next())
            result << readSentRow(q);
    }
    return result;
}

bool MessageStore::insertSent(SentMessageRecord &message, QString *error)
{
    if (!message.recordedAt.isValid())
        message.recordedAt = QDateTime::currentDateTimeUtc();
    SentMessageRecord written = message;
    const bool ok = Storage::inTransaction(m_database, error, [&](QSqlQuery &q) { return writeSent(q, written); });
    if (!ok)
        return false;
    message = written;
    Q_EMIT sentMessagesChanged(message.interviewId);
    return true;
}

bool MessageStore::removeSent(qint64 id, QString *error)
{
    qint64 interviewId = 0;
    const bool ok = Storage::inTransaction(m_database, error, [&](QSqlQuery &q) {
        q.prepare(QStringLiteral("DELETE FROM sent_messages WHERE id = ? RETURNING interview_id"));
        q.addBindValue(id);
        if (!q.exec())
            return false;
        if (q.next())
            interviewId = q.value(0).toLongLong();
        return true;
    });
    if (ok && interviewId != 0)
        Q_EMIT sentMessagesChanged(interviewId);
    return ok;
}

QList<MessageDraft> MessageStore::readDrafts(QSqlQuery &q, qint64 interviewId)
{
    QList<MessageDraft> result;
    q.prepare(selectDrafts + QStringLiteral(" WHERE interview_id = ? ORDER BY kind"));
    q.addBindValue(interviewId);
    if (q.exec()) {
        while (q.next())
            result << readDraft(q);
    }
    return result;
}

QList<SentMessageRecord> MessageStore::readSent(QSqlQuery &q, qint64 interviewId)
{
    QList<SentMessageRecord> result;
    q.setForwardOnly(true);
    q.prepare(selectSent + QStringLiteral(" WHERE interview_id = ? ORDER BY sent_on, id"));
    q.addBindValue(interviewId);
    if (q.exec()) {
        while (q.next())
            result << readSentRow(q);
    }
    return result;
}

bool MessageStore::writeDraft(QSqlQuery &q, const MessageDraft &draft)
{
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO message_drafts (interview_id, kind, template_id, subject, body, "
                             "updated_at) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(draft.interviewId);
    q.addBindValue(MessageKindNames::key(draft.kind));
    q.addBindValue(id(draft.templateId));
    q.addBindValue(text(draft.subject));
    q.addBindValue(text(draft.body));
    q.addBindValue(dateTime(draft.updatedAt.isValid() ? draft.updatedAt : QDateTime::currentDateTimeUtc()));
    return q.exec();
}

bool MessageStore::writeSent(QSqlQuery &q, SentMessageRecord &message)
{
    q.prepare(QStringLiteral("INSERT INTO sent_messages (id, interview_id, kind, subject, body, channel, sent_on, "
                             "recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(id(message.id));
    q.addBindValue(message.interviewId);
    q.addBindValue(MessageKindNames::key(message.kind));
    q.addBindValue(text(message.subject));
    q.addBindValue(text(message.body));
    q.addBindValue(text(ChannelNames::key(message.channel)));
    q.addBindValue(date(message.sentOn.isValid() ? message.sentOn : QDate::currentDate()));
    q.addBindValue(dateTime(message.recordedAt.isValid() ? message.recordedAt : QDateTime::currentDateTimeUtc()));
    if (!q.exec())
        return false;
    message.id = q.lastInsertId().toLongLong();
    return true;
}
