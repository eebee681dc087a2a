#include "storage/seeding.h"

#include "messages/templatefile.h"
#include "questions/questionbankfile.h"
#include "storage/questionstore.h"
#include "storage/templatestore.h"
#include "storage/transaction.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace {

// The kinds in shipped_defaults: stable keys, as stored.
const QString questionKind = QStringLiteral("question");
const QString templateKind = QStringLiteral("template");

struct Unseeded {
    QList<Question> questions;
    QList<MessageTemplate> templates;
    bool isEmpty() const { return questions.isEmpty() && templates.isEmpty(); }
};

// The shipped items whose key shipped_defaults does not hold; nullopt when it cannot be read.
std::optional<Unseeded> unseeded(QSqlQuery &q)
{
    QSet<QString> questionKeys;
    QSet<QString> templateKeys;
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT kind, default_key FROM shipped_defaults")))
        return std::nullopt;
    while (q.next()) {
        const QString kind = q.value(0).toString();
        if (kind == questionKind)
            questionKeys.insert(q.value(1).toString());
        else if (kind == templateKind)
            templateKeys.insert(q.value(1).toString());
    }
    q.finish();

    Unseeded result;
    for (const Question &question : QuestionBankFile::defaults()) {
        Q_ASSERT_X(!question.defaultKey.isEmpty(), "Seeding", "a shipped question without a key");
        if (!questionKeys.contains(question.defaultKey))
            result.questions << question;
    }
    for (const MessageTemplate &t : TemplateFile::defaults()) {
        Q_ASSERT_X(!t.defaultKey.isEmpty(), "Seeding", "a shipped template without a key");
        if (!templateKeys.contains(t.defaultKey))
            result.templates << t;
    }
    return result;
}

// The default keys in use in table; nullopt when they cannot be read.
std::optional<QSet<QString>> keysIn(QSqlQuery &q, const QString &table)
{
    QSet<QString> keys;
    if (!q.exec(QStringLiteral("SELECT default_key FROM %1 WHERE default_key IS NOT NULL").arg(table)))
        return std::nullopt;
    while (q.next())
        keys.insert(q.value(0).toString());
    q.finish();
    return keys;
}

bool record(QSqlQuery &q, const QString &kind, const QStringList &keys)
{
    q.prepare(QStringLiteral("INSERT INTO shipped_defaults (kind, default_key) VALUES (?, ?)"));
    for (const QString &key : keys) {
        q.addBindValue(kind);
        q.addBindValue(key);
        if (!q.exec())
            return false;
    }
    return true;
}

} // namespace

namespace Seeding {

bool hasUnseededData(QSqlDatabase &db)
{
    QSqlQuery q(db);
    const std::optional<Unseeded> todo = unseeded(q);
    return !todo || !todo->isEmpty();
}

bool seedShippedData(QSqlDatabase &db, QString *error)
{
    return Storage::inTransaction(db, error, [](QSqlQuery &q) {
        // Read again inside the transaction: another process may have seeded since.
        const std::optional<Unseeded> todo = unseeded(q);
        if (!todo)
            return false;
        if (todo->isEmpty())
            return true;
        // An item already there under its key (the keys are unique) is only recorded.
        const std::optional<QSet<QString>> questionsThere = keysIn(q, QStringLiteral("questions"));
        const std::optional<QSet<QString>> templatesThere = keysIn(q, QStringLiteral("message_templates"));
        if (!questionsThere || !templatesThere)
            return false;
        QList<Question> newQuestions;
        QStringList questionKeys;
        for (const Question &question : todo->questions) {
            questionKeys << question.defaultKey;
            if (!questionsThere->contains(question.defaultKey))
                newQuestions << question;
        }
        QList<MessageTemplate> newTemplates;
        QStringList templateKeys;
        for (const MessageTemplate &t : todo->templates) {
            templateKeys << t.defaultKey;
            if (!templatesThere->contains(t.defaultKey))
                newTemplates << t;
        }
        return QuestionStore::seed(q, newQuestions) && TemplateStore::seed(q, newTemplates)
            && record(q, questionKind, questionKeys) && record(q, templateKind, templateKeys);
    });
}

} // namespace Seeding
