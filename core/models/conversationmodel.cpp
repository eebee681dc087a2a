#include "models/conversationmodel.h"

#include <algorithm>

ConversationModel::ConversationModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void ConversationModel::setQuestions(const QList<PlannedQuestion> &questions, const QHash<qint64, Tiara> &tiara)
{
    beginResetModel();
    m_questions = questions;
    m_tiara = tiara;
    endResetModel();
}

Tiara ConversationModel::tiara(int row) const
{
    if (row < 0 || row >= m_questions.size())
        return Tiara::None;
    return m_tiara.value(m_questions.at(row).questionId, Tiara::None);
}

void ConversationModel::setState(int row, QuestionState state)
{
    if (row < 0 || row >= m_questions.size() || m_questions.at(row).state == state)
        return;
    m_questions[row].state = state;
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed, {Qt::DisplayRole, Qt::ToolTipRole, StateRole});
}

void ConversationModel::setNotes(int row, const QString &notes)
{
    if (row < 0 || row >= m_questions.size() || m_questions.at(row).notes == notes)
        return;
    m_questions[row].notes = notes;
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed, {Qt::EditRole, Qt::ToolTipRole, NotesRole});
}

int ConversationModel::count(QuestionState state) const
{
    return int(std::count_if(m_questions.cbegin(), m_questions.cend(),
                             [state](const PlannedQuestion &q) { return q.state == state; }));
}

int ConversationModel::nextOpen(int row) const
{
    const int n = int(m_questions.size());
    for (int step = 1; step <= n; ++step) {
        const int candidate = ((row < 0 ? -1 : row) + step) % n;
        if (m_questions.at(candidate).state == QuestionState::Open)
            return candidate;
    }
    return -1;
}

int ConversationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_questions.size());
}

QVariant ConversationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlannedQuestion &q = m_questions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1. %2").arg(index.row() + 1).arg(q.text);
    case Qt::EditRole:
    case NotesRole:
        return q.notes;
    case Qt::ToolTipRole: {
        QString tip = QuestionStateNames::displayName(q.state);
        const Tiara tag = tiara(index.row());
        if (tag != Tiara::None)
            tip = tr("%1 · %2").arg(TiaraNames::displayName(tag), tip);
        if (!q.notes.trimmed().isEmpty())
            tip += QLatin1Char('\n') + q.notes.trimmed();
        return tip;
    }
    case StateRole:
        return int(q.state);
    case TiaraRole:
        return int(tiara(index.row()));
    case QuestionTextRole:
        return q.text;
    default:
        return {};
    }
}

bool ConversationModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (role == Qt::EditRole || role == NotesRole) {
        setNotes(index.row(), value.toString());
        return true;
    }
    if (role == StateRole) {
        const int state = value.toInt();
        if (state < int(QuestionState::Open) || state > int(QuestionState::Skipped))
            return false;
        setState(index.row(), QuestionState(state));
        return true;
    }
    return false;
}

Qt::ItemFlags ConversationModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}
