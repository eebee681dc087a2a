#include "models/interviewfiltermodel.h"

#include "models/interviewlistmodel.h"

InterviewFilterModel::InterviewFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(InterviewListModel::SortRole);
    setDynamicSortFilter(true);
}

void InterviewFilterModel::setSteps(const QList<Step> &steps)
{
    m_steps = steps;
    invalidateRowsFilter();
}

void InterviewFilterModel::setOrganisationId(qint64 id)
{
    m_organisationId = id;
    invalidateRowsFilter();
}

void InterviewFilterModel::setDueOnly(bool dueOnly)
{
    m_dueOnly = dueOnly;
    invalidateRowsFilter();
}

bool InterviewFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_steps.isEmpty()) {
        const auto step = Step(index.data(InterviewListModel::StepRole).toInt());
        if (!m_steps.contains(step))
            return false;
    }
    if (m_organisationId > 0 && index.data(InterviewListModel::OrganisationIdRole).toLongLong() != m_organisationId)
        return false;
    if (m_dueOnly) {
        const auto due = InterviewListModel::DueState(index.data(InterviewListModel::DueStateRole).toInt());
        if (due == InterviewListModel::DueState::Nothing || due == InterviewListModel::DueState::Upcoming)
            return false;
    }
    return true;
}
