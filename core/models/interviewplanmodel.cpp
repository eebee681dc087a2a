#include "models/interviewplanmodel.h"

#include "models/questionbankmodel.h"
#include "storage/interviewstore.h"
#include "storage/questionstore.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

namespace PlanEdits {

QList<PlannedQuestion> inserted(QList<PlannedQuestion> plan, int row, const QList<PlannedQuestion> &questions)
{
    row = std::clamp(row, 0, int(plan.size()));
    for (const PlannedQuestion &question : questions) {
        const bool alreadyPlanned = !question.isCustom()
            && std::any_of(plan.cbegin(), plan.cend(),
                           [&question](const PlannedQuestion &p) { return p.questionId == question.questionId; });
        if (alreadyPlanned || question.text.trimmed().isEmpty())
            continue;
        plan.insert(row++, question);
    }
    return plan;
}

QList<PlannedQuestion> moved(const QList<PlannedQuestion> &plan, QList<int> rows, int to)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    rows.erase(std::remove_if(rows.begin(), rows.end(), [&plan](int r) { return r < 0 || r >= plan.size(); }),
               rows.end());
    to = std::clamp(to, 0, int(plan.size()));
    QList<PlannedQuestion> taken;
    QList<PlannedQuestion> rest;
    int insertAt = 0;
    for (int r = 0; r < plan.size(); ++r) {
        if (r == to)
            insertAt = int(rest.size());
        if (rows.contains(r))
            taken << plan.at(r);
        else
            rest << plan.at(r);
    }
    if (to == plan.size())
        insertAt = int(rest.size());
    for (qsizetype i = 0; i < taken.size(); ++i)
        rest.insert(insertAt + i, taken.at(i));
    return rest;
}

QList<PlannedQuestion> removed(const QList<PlannedQuestion> &plan, QList<int> rows)
{
    QList<PlannedQuestion> result;
    for (int r = 0; r < plan.size(); ++r) {
        if (!rows.contains(r))
            result << plan.at(r);
    }
    return result;
}

} // namespace PlanEdits

InterviewPlanModel::InterviewPlanModel(InterviewStore *interviews, QuestionStore *questions, qint64 interviewId,
                                       QObject *parent)
    : QAbstractListModel(parent)
    , m_interviews(interviews)
    , m_questions(questions)
    , m_interviewId(interviewId)
{
    connect(m_interviews, &InterviewStore::planChanged, this, [this](qint64 id) {
        if (id == m_interviewId)
            reload();
    });
    // Undoing a deletion brings the interview, and its plan, back.
    connect(m_interviews, &InterviewStore::interviewInserted, this, [this](qint64 id) {
        if (id == m_interviewId)
            reload();
    });
    // Deleting a bank question unlinks it from the plan in the store (undo links it again):
    // follow, or the next change to the plan would refer to a question that is gone.
    const auto followBank = [this] {
        const QList<PlannedQuestion> stored = m_interviews->plan(m_interviewId);
        if (stored == m_plan)
            return;
        beginResetModel();
        m_plan = stored;
        endResetModel();
    };
    connect(m_questions, &QuestionStore::questionsRemoved, this, followBank);
    connect(m_questions, &QuestionStore::questionsInserted, this, followBank);
    m_plan = m_interviews->plan(m_interviewId);
}

void InterviewPlanModel::reload()
{
    beginResetModel();
    m_plan = m_interviews->plan(m_interviewId);
    endResetModel();
}

int InterviewPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.size());
}

QVariant InterviewPlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlannedQuestion &q = m_plan.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1. %2").arg(index.row() + 1).arg(q.text);
    case Qt::EditRole:
        return q.text;
    case Qt::ToolTipRole:
        return q.isCustom() ? tr("Written for this interview") : tr("From the question bank");
    case QuestionIdRole:
        return q.questionId;
    case IsCustomRole:
        return q.isCustom();
    }
    return {};
}

bool InterviewPlanModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString text = value.toString().trimmed();
    if (text.isEmpty() || text == m_plan.at(index.row()).text)
        return false;
    QList<PlannedQuestion> plan = m_plan;
    plan[index.row()].text = text;
    Q_EMIT planChangeRequested(plan, tr("Edit planned question"));
    return true;
}

Qt::ItemFlags InterviewPlanModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractListModel::flags(index);
    if (index.isValid())
        return f | Qt::ItemIsDragEnabled | Qt::ItemIsEditable;
    return f | Qt::ItemIsDropEnabled; // between rows only, never onto one
}

QStringList InterviewPlanModel::mimeTypes() const
{
    return {RowsMimeType, QuestionBankModel::MimeType};
}

QMimeData *InterviewPlanModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> rows;
    QStringList texts;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && !rows.contains(index.row()))
            rows << index.row();
    }
    if (rows.isEmpty())
        return nullptr;
    std::sort(rows.begin(), rows.end());
    for (int row : std::as_const(rows))
        texts << m_plan.at(row).text;
    QByteArray encoded;
    QDataStream stream(&encoded, QIODevice::WriteOnly);
    stream << m_interviewId << rows;
    auto *mime = new QMimeData;
    mime->setData(RowsMimeType, encoded);
    mime->setText(texts.join(QLatin1Char('\n')));
    return mime;
}

bool InterviewPlanModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                         const QModelIndex &parent) const
{
    Q_UNUSED(action)
    Q_UNUSED(row)
    Q_UNUSED(column)
    if (!data || parent.isValid())
        return false;
    return data->hasFormat(QuestionBankModel::MimeType) || data->hasFormat(RowsMimeType);
}

bool InterviewPlanModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                      const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const int at = row < 0 ? int(m_plan.size()) : row;
    if (data->hasFormat(RowsMimeType)) {
        QDataStream stream(data->data(RowsMimeType));
        qint64 fromInterview = 0;
        QList<int> rows;
        stream >> fromInterview >> rows;
        // Rows of another interview's plan mean nothing here.
        if (stream.status() != QDataStream::Ok || fromInterview != m_interviewId || rows.isEmpty())
            return false;
        const QList<PlannedQuestion> plan = PlanEdits::moved(m_plan, rows, at);
        if (plan == m_plan)
            return false;
        Q_EMIT planChangeRequested(plan, tr("Reorder questions"));
        // The rows are rearranged by the store's signal, not by the view removing the source.
        return false;
    }
    const QList<PlannedQuestion> plan = PlanEdits::inserted(m_plan, at, fromBank(QuestionBankModel::idsFromMime(data)));
    if (plan == m_plan)
        return false;
    Q_EMIT planChangeRequested(plan, tr("Add %n question(s) to the plan", nullptr, int(plan.size() - m_plan.size())));
    return true;
}

QList<PlannedQuestion> InterviewPlanModel::fromBank(const QList<qint64> &questionIds) const
{
    QList<PlannedQuestion> result;
    for (const Question &question : m_questions->questions(questionIds))
        result.append({question.id, question.text});
    return result;
}
