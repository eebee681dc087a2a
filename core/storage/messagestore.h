#pragma once

#include "messages/messagerecords.h"

#include <QList>
#include <QObject>

#include <optional>

class Database;
class QSqlQuery;

// What is written to the people of each interview: one draft per kind of message, saved as it
// is typed, and every message marked as sent, with its text. Both belong to their interview:
// deleting it deletes them, and InterviewStore's record() and restore() carry them for undo.
class MessageStore : public QObject
{
    Q_OBJECT
public:
    explicit MessageStore(Database *database, QObject *parent = nullptr);

    std::optional<MessageDraft> draft(qint64 interviewId, MessageKind kind) const;
    // Writes the draft over the one of its interview and kind (fills updatedAt). A draft with
    // neither subject nor body is removed instead: an empty draft is no draft.
    bool saveDraft(MessageDraft &draft, QString *error = nullptr);
    bool removeDraft(qint64 interviewId, MessageKind kind, QString *error = nullptr);

    QList<SentMessageRecord> sent(qint64 interviewId) const; // oldest first
    QList<SentMessageRecord> allSent() const; // of every interview, by interview, oldest first
    // Stores a sent message (fills id and recordedAt unless set, as when undo brings it back).
    bool insertSent(SentMessageRecord &message, QString *error = nullptr);
    bool removeSent(qint64 id, QString *error = nullptr);

    // For InterviewStore::record() and restore(), inside their reads and transaction.
    static QList<MessageDraft> readDrafts(QSqlQuery &q, qint64 interviewId);
    static QList<SentMessageRecord> readSent(QSqlQuery &q, qint64 interviewId);
    static bool writeDraft(QSqlQuery &q, const MessageDraft &draft);
    static bool writeSent(QSqlQuery &q, SentMessageRecord &message);

Q_SIGNALS:
    void draftChanged(qint64 interviewId);
    void sentMessagesChanged(qint64 interviewId);

private:
    Database *m_database;
};
