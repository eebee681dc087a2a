#pragma once

#include "domain/question.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QStringList>

#include <optional>

class Database;
class QSqlQuery;

// A bank question together with the plans that link to it, as needed to bring it back on undo.
struct QuestionRecord {
    struct PlanLink {
        qint64 interviewId = 0;
        int position = 0;
        bool operator==(const PlanLink &other) const = default;
    };
    struct PracticeLink {
        qint64 runId = 0;
        int position = 0;
        bool operator==(const PracticeLink &other) const = default;
    };
    Question question;
    QList<PlanLink> planLinks;
    QList<PracticeLink> practiceLinks{}; // the practice runs that practised it
};

// The question bank. Questions written for one interview live in its plan (InterviewStore),
// not here. Every write is one transaction and announced through the signals below.
class QuestionStore : public QObject
{
    Q_OBJECT
public:
    explicit QuestionStore(Database *database, QObject *parent = nullptr);

    QList<Question> all() const; // by category, then text
    std::optional<Question> question(qint64 id) const;
    QList<Question> questions(const QList<qint64> &ids) const; // in the order of ids
    QStringList categories() const; // in use, sorted

    // Fills id and the timestamps.
    bool insert(Question &question, QString *error = nullptr);
    bool update(Question &question, QString *error = nullptr);
    bool setFavourite(const QList<qint64> &ids, bool favourite, QString *error = nullptr);
    // Adds questions that are not in the bank yet (same text, ignoring case and spaces at the
    // ends); all or nothing. Fills the ids of those added and returns them.
    std::optional<QList<qint64>> insertNew(QList<Question> &questions, QString *error = nullptr);
    // The removed questions as records, so undo can restore them with their plan links.
    std::optional<QList<QuestionRecord>> remove(const QList<qint64> &ids, QString *error = nullptr);
    bool restore(const QList<QuestionRecord> &records, QString *error = nullptr);
    // Shipped questions missing from the bank (deleted by the user), to offer them back.
    QList<Question> missingDefaults() const;
    // Adds the missing shipped questions back; returns the new ids.
    std::optional<QList<qint64>> restoreDefaults(QString *error = nullptr);

    // Writes shipped questions with q, inside the caller's transaction; for Seeding, which
    // decides which ones are due (storage/seeding.h).
    static bool seed(QSqlQuery &q, const QList<Question> &questions);

Q_SIGNALS:
    void questionsInserted(const QList<qint64> &ids);
    void questionUpdated(qint64 id);
    void questionsRemoved(const QList<qint64> &ids);

private:
    QList<QuestionRecord> records(const QList<qint64> &ids) const;
    std::optional<QList<qint64>> insertUnique(QList<Question> &questions, bool keepDefaultKeys, QString *error);

    Database *m_database;
};
