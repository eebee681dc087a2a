#include "storage/questionstore.h"

#include "questions/questionbankfile.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

#include <QCollator>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace SqlValues;

namespace {

// Usage is counted from the plans, so it can never drift from them.
const QString selectQuestions =
    QStringLiteral("SELECT id, text, category, tiara, notes, favourite, default_key, created_at, updated_at, "
                   "(SELECT count(*) FROM interview_questions WHERE question_id = questions.id) FROM questions");

const QString insertQuestion = QStringLiteral(
    "INSERT INTO questions (id, text, category, tiara, notes, favourite, default_key, created_at, updated_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");

Question readQuestion(const QSqlQuery &q)
{
    Question question;
    question.id = q.value(0).toLongLong();
    question.text = q.value(1).toString();
    question.category = q.value(2).toString();
    question.tiara = TiaraNames::fromKey(q.value(3).toString());
    question.notes = q.value(4).toString();
    question.favourite = q.value(5).toBool();
    question.defaultKey = q.value(6).toString();
    question.createdAt = toDateTime(q.value(7));
    question.updatedAt = toDateTime(q.value(8));
    question.usageCount = q.value(9).toInt();
    return question;
}

bool writeNew(QSqlQuery &q, Question &question)
{
    q.prepare(insertQuestion);
    q.addBindValue(id(question.id)); // set when undo brings a question back
    q.addBindValue(text(question.text.trimmed()));
    q.addBindValue(text(question.category.trimmed()));
    q.addBindValue(TiaraNames::key(question.tiara));
    q.addBindValue(text(question.notes));
    q.addBindValue(question.favourite);
    q.addBindValue(question.defaultKey.isEmpty() ? QVariant() : QVariant(question.defaultKey));
    q.addBindValue(dateTime(question.createdAt));
    q.addBindValue(dateTime(question.updatedAt));
    if (!q.exec())
        return false;
    question.id = q.lastInsertId().toLongLong();
    return true;
}

QString sameTextKey(const QString &text)
{
    return text.trimmed().toCaseFolded();
}

} // namespace

QuestionStore::QuestionStore(Database *database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{ }

QList<Question> QuestionStore::all() const
{
    QList<Question> result;
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    if (q.exec(selectQuestions + QStringLiteral(" ORDER BY category COLLATE NOCASE, text COLLATE NOCASE"))) {
        while (q.next())
            result << readQuestion(q);
    }
    return result;
}

std::optional<Question> QuestionStore::question(qint64 questionId) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(selectQuestions + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(questionId);
    if (q.exec() && q.next())
        return readQuestion(q);
    return std::nullopt;
}

QList<Question> QuestionStore::questions(const QList<qint64> &ids) const
{
    QHash<qint64, Question> found;
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    q.prepare(selectQuestions + QStringLiteral(" WHERE id IN (SELECT value FROM json_each(?))"));
    q.addBindValue(idArray(ids));
    if (q.exec()) {
        while (q.next()) {
            const Question question = readQuestion(q);
            found.insert(question.id, question);
        }
    }
    QList<Question> result;
    for (qint64 questionId : ids) {
        if (found.contains(questionId))
            result << found.value(questionId);
    }
    return result;
}

QStringList QuestionStore::categories() const
{
    QStringList result;
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT DISTINCT category FROM questions WHERE category != ''"))) {
        while (q.next())
            result << q.value(0).toString();
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(result.begin(), result.end(), collator);
    return result;
}

bool QuestionStore::insert(Question &question, QString *error)
{
    Question stored = question;
    stored.id = 0;
    stored.createdAt = stored.updatedAt = QDateTime::currentDateTimeUtc();
    if (!Storage::inTransaction(m_database, error, [&](QSqlQuery &q) { return writeNew(q, stored); }))
        return false;
    question = stored;
    Q_EMIT questionsInserted({question.id});
    return true;
}

bool QuestionStore::update(Question &question, QString *error)
{
    Question stored = question;
    stored.updatedAt = QDateTime::currentDateTimeUtc();
    const bool ok = Storage::inTransaction(m_database, error, [&](QSqlQuery &q) {
        q.prepare(QStringLiteral("UPDATE questions SET text = ?, category = ?, tiara = ?, notes = ?, favourite = ?, "
                                 "updated_at = ? WHERE id = ?"));
        q.addBindValue(text(stored.text.trimmed()));
        q.addBindValue(text(stored.category.trimmed()));
        q.addBindValue(TiaraNames::key(stored.tiara));
        q.addBindValue(text(stored.notes));
        q.addBindValue(stored.favourite);
        q.addBindValue(dateTime(stored.updatedAt));
        q.addBindValue(stored.id);
        if (!q.exec())
            return false;
        if (q.numRowsAffected() != 1)
            return failWith(error, tr("This question no longer exists."));
        return true;
    });
    if (!ok)
        return false;
    question = stored;
    Q_EMIT questionUpdated(question.id);
    return true;
}

bool QuestionStore::setFavourite(const QList<qint64> &ids, bool favourite, QString *error)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool ok = Storage::inTransaction(m_database, error, [&](QSqlQuery &q) {
        q.prepare(QStringLiteral("UPDATE questions SET favourite = ?, updated_at = ? "
                                 "WHERE id IN (SELECT value FROM json_each(?))"));
        q.addBindValue(favourite);
        q.addBindValue(dateTime(now));
        q.addBindValue(idArray(ids));
        return q.exec();
    });
    if (!ok)
        return false;
    for (qint64 id : ids)
        Q_EMIT questionUpdated(id);
    return true;
}

std::optional<QList<qint64>> QuestionStore::insertNew(QList<Question> &questions, QString *error)
{
    return insertUnique(questions, false, error);
}

std::optional<QList<qint64>> QuestionStore::restoreDefaults(QString *error)
{
    QList<Question> missing = missingDefaults();
    return insertUnique(missing, true, error);
}

std::optional<QList<qint64>> QuestionStore::insertUnique(QList<Question> &questions, bool keepDefaultKeys,
                                                         QString *error)
{
    QSet<QString> known;
    for (const Question &question : all())
        known.insert(sameTextKey(question.text));

    QList<qint64> added;
    QList<Question> stored;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool ok = Storage::inTransaction(m_database, error, [&](QSqlQuery &q) {
        for (Question question : std::as_const(questions)) {
            const QString key = sameTextKey(question.text);
            if (key.isEmpty() || known.contains(key))
                continue;
            known.insert(key);
            question.id = 0;
            if (!keepDefaultKeys)
                question.defaultKey.clear(); // a shared file cannot pose as a shipped question
            question.usageCount = 0;
            question.createdAt = question.updatedAt = now;
            if (!writeNew(q, question))
                return false;
            added << question.id;
            stored << question;
        }
        return true;
    });
    if (!ok)
        return std::nullopt;
    questions = stored;
    if (!added.isEmpty())
        Q_EMIT questionsInserted(added);
    return added;
}

QList<QuestionRecord> QuestionStore::records(const QList<qint64> &ids) const
{
    QList<QuestionRecord> result;
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("SELECT interview_id, position FROM interview_questions WHERE question_id = ? "
                             "ORDER BY interview_id, position"));
    QSqlQuery practice(m_database->connection());
    practice.prepare(QStringLiteral("SELECT run_id, position FROM practice_questions WHERE question_id = ? "
                                    "ORDER BY run_id, position"));
    for (const Question &question : questions(ids)) {
        QuestionRecord record;
        record.question = question;
        q.addBindValue(question.id);
        if (q.exec()) {
            while (q.next())
                record.planLinks.append({q.value(0).toLongLong(), q.value(1).toInt()});
        }
        practice.addBindValue(question.id);
        if (practice.exec()) {
            while (practice.next())
                record.practiceLinks.append({practice.value(0).toLongLong(), practice.value(1).toInt()});
        }
        result << record;
    }
    return result;
}

std::optional<QList<QuestionRecord>> QuestionStore::remove(const QList<qint64> &ids, QString *error)
{
    const QList<QuestionRecord> removed = records(ids);
    QList<qint64> removedIds;
    for (const QuestionRecord &record : removed)
        removedIds << record.question.id;
    // Plans keep their copy of the text; only the link to the bank goes (ON DELETE SET NULL).
    const bool ok = Storage::inTransaction(m_database, error, [&](QSqlQuery &q) {
        q.prepare(QStringLiteral("DELETE FROM questions WHERE id IN (SELECT value FROM json_each(?))"));
        q.addBindValue(idArray(removedIds));
        return q.exec();
    });
    if (!ok)
        return std::nullopt;
    if (!removedIds.isEmpty())
        Q_EMIT questionsRemoved(removedIds);
    return removed;
}

bool QuestionStore::restore(const QList<QuestionRecord> &records, QString *error)
{
    QList<qint64> restored;
    const bool ok = Storage::inTransaction(m_database, error, [&](QSqlQuery &q) {
        for (const QuestionRecord &record : records) {
            Question question = record.question;
            if (!writeNew(q, question))
                return false;
            restored << question.id;
            q.prepare(QStringLiteral("UPDATE interview_questions SET question_id = ? "
                                     "WHERE interview_id = ? AND position = ? AND question_id IS NULL"));
            for (const QuestionRecord::PlanLink &link : record.planLinks) {
                q.addBindValue(question.id);
                q.addBindValue(link.interviewId);
                q.addBindValue(link.position);
                if (!q.exec())
                    return false;
            }
            q.prepare(QStringLiteral("UPDATE practice_questions SET question_id = ? "
                                     "WHERE run_id = ? AND position = ? AND question_id IS NULL"));
            for (const QuestionRecord::PracticeLink &link : record.practiceLinks) {
                q.addBindValue(question.id);
                q.addBindValue(link.runId);
                q.addBindValue(link.position);
                if (!q.exec())
                    return false;
            }
        }
        return true;
    });
    if (ok && !restored.isEmpty())
        Q_EMIT questionsInserted(restored);
    return ok;
}

QList<Question> QuestionStore::missingDefaults() const
{
    QSet<QString> present;
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT default_key FROM questions WHERE default_key IS NOT NULL"))) {
        while (q.next())
            present.insert(q.value(0).toString());
    }
    QList<Question> missing;
    for (const Question &question : QuestionBankFile::defaults()) {
        if (!present.contains(question.defaultKey))
            missing << question;
    }
    return missing;
}

bool QuestionStore::seed(QSqlQuery &q, const QList<Question> &questions)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (Question question : questions) {
        question.id = 0;
        question.createdAt = question.updatedAt = now;
        if (!writeNew(q, question))
            return false;
    }
    return true;
}
