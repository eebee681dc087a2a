#pragma once

#include "domain/interview.h"

#include <QList>
#include <QSortFilterProxyModel>

// A view of InterviewListModel narrowed to some steps (a board column), one organisation,
// and optionally only what is due today or overdue.
class InterviewFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit InterviewFilterModel(QObject *parent = nullptr);

    void setSteps(const QList<Step> &steps); // empty: every step
    QList<Step> steps() const { return m_steps; }
    void setOrganisationId(qint64 id); // 0: every organisation
    void setDueOnly(bool dueOnly);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QList<Step> m_steps;
    qint64 m_organisationId = 0;
    bool m_dueOnly = false;
};
