#include "commands/questioncommands.h"

#include "commands/writecommand.h"
#include "storage/interviewstore.h"
#include "storage/questionstore.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <memory>

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("QuestionCommands", text, nullptr, n);
}

QString shortened(const QString &text)
{
    constexpr int length = 40;
    const QString simple = text.simplified();
    return simple.size() <= length ? simple : simple.left(length - 1) + QStringLiteral("…");
}

} // namespace

namespace QuestionCommands {

bool addQuestion(QUndoStack *stack, QuestionStore *store, Question &question, QString *error)
{
    if (!store->insert(question, error))
        return false;
    pushInsertion(stack, store, {question.id}, tr("New question “%1”").arg(shortened(question.text)));
    return true;
}

bool editQuestion(QUndoStack *stack, QuestionStore *store, const Question &edited, QString *error)
{
    const std::optional<Question> before = store->question(edited.id);
    if (!before)
        return failWith(error, tr("This question no longer exists."));
    return writeEdit(
        stack, store, *before, edited,
        [](const Question &after) { return tr("Edit question “%1”").arg(shortened(after.text)); }, error);
}

bool setFavourite(QUndoStack *stack, QuestionStore *store, const QList<qint64> &ids, bool favourite, QString *error)
{
    QList<qint64> changing; // only these go back on undo
    for (const Question &q : store->questions(ids)) {
        if (q.favourite != favourite)
            changing << q.id;
    }
    if (changing.isEmpty())
        return true;
    if (!store->setFavourite(changing, favourite, error))
        return false;
    stack->push(new WriteCommand(
        favourite ? tr("Mark %n question(s) as favourite", int(changing.size()))
                  : tr("Unmark %n favourite question(s)", int(changing.size())),
        [=] { return store->setFavourite(changing, favourite); },
        [=] { return store->setFavourite(changing, !favourite); }));
    return true;
}

bool removeQuestions(QUndoStack *stack, QuestionStore *store, const QList<qint64> &ids, QString *error)
{
    const auto removed = store->remove(ids, error);
    if (!removed)
        return false;
    auto records = std::make_shared<QList<QuestionRecord>>(*removed);
    stack->push(new WriteCommand(
        tr("Delete %n question(s)", int(records->size())), [store, ids] { return store->remove(ids).has_value(); },
        [store, records] { return store->restore(*records); }));
    return true;
}

int importQuestions(QUndoStack *stack, QuestionStore *store, QList<Question> questions, const QString &fileName,
                    QString *error)
{
    const auto added = store->insertNew(questions, error);
    if (!added)
        return -1;
    if (added->isEmpty())
        return 0;
    pushInsertion(stack, store, *added, tr("Import questions from “%1”").arg(fileName));
    return int(added->size());
}

int restoreDefaults(QUndoStack *stack, QuestionStore *store, QString *error)
{
    const auto added = store->restoreDefaults(error);
    if (!added)
        return -1;
    if (added->isEmpty())
        return 0;
    pushInsertion(stack, store, *added, tr("Restore shipped questions"));
    return int(added->size());
}

bool setPlan(QUndoStack *stack, InterviewStore *store, qint64 interviewId, const QList<PlannedQuestion> &plan,
             const QString &description, QString *error)
{
    const QList<PlannedQuestion> before = store->plan(interviewId);
    if (before == plan)
        return true;
    if (!store->setPlan(interviewId, plan, error))
        return false;
    stack->push(new WriteCommand(
        description, [=] { return store->setPlan(interviewId, plan); },
        [=] { return store->setPlan(interviewId, before); }));
    return true;
}

} // namespace QuestionCommands
