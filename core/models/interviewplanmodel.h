#pragma once

#include "domain/question.h"

#include <QAbstractListModel>
#include <QList>

class InterviewStore;
class QuestionStore;

// Pure edits of a plan, each returning the new plan; the model and the tests share them.
namespace PlanEdits {
// Inserts at row (clamped); questions already in the plan (same bank question) are skipped.
QList<PlannedQuestion> inserted(QList<PlannedQuestion> plan, int row, const QList<PlannedQuestion> &questions);
// Moves the rows (in any order) so they stand together, in their order, before row `to` of the
// original plan.
QList<PlannedQuestion> moved(const QList<PlannedQuestion> &plan, QList<int> rows, int to);
QList<PlannedQuestion> removed(const QList<PlannedQuestion> &plan, QList<int> rows);
} // namespace PlanEdits

// One interview's planned questions, in order. The model never writes: drops, moves and
// edits are turned into the whole new plan and offered through planChangeRequested(), which
// the UI makes an undoable change; the model then follows the store.
class InterviewPlanModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { QuestionIdRole = Qt::UserRole + 1, IsCustomRole };

    // Moves inside the plan carry the rows being moved.
    static inline const QString RowsMimeType = QStringLiteral("application/x-coffeechat-plan-rows");

    InterviewPlanModel(InterviewStore *interviews, QuestionStore *questions, qint64 interviewId,
                       QObject *parent = nullptr);

    qint64 interviewId() const { return m_interviewId; }
    QList<PlannedQuestion> plan() const { return m_plan; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override { return Qt::CopyAction | Qt::MoveAction; }
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }

    // The bank questions as plan entries, in the order given.
    QList<PlannedQuestion> fromBank(const QList<qint64> &questionIds) const;

Q_SIGNALS:
    void planChangeRequested(const QList<PlannedQuestion> &plan, const QString &description);

private:
    void reload();

    InterviewStore *m_interviews;
    QuestionStore *m_questions;
    qint64 m_interviewId;
    QList<PlannedQuestion> m_plan;
};
