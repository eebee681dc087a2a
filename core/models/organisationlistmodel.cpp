#include "models/organisationlistmodel.h"

#include "storage/interviewstore.h"
#include "storage/organisationstore.h"

#include <QCollator>

#include <algorithm>

namespace {
// The one order for loading and inserting. SQLite's NOCASE (the store's ORDER BY) only folds
// ASCII, so "École" would load after "Zeta" but be inserted before it.
QCollator nameCollator()
{
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    return collator;
}
} // namespace

OrganisationListModel::OrganisationListModel(OrganisationStore *organisations, InterviewStore *interviews,
                                             QObject *parent)
    : QAbstractTableModel(parent)
    , m_organisations(organisations)
    , m_interviews(interviews)
{
    connect(m_organisations, &OrganisationStore::organisationInserted, this, &OrganisationListModel::onInserted);
    connect(m_organisations, &OrganisationStore::organisationUpdated, this, &OrganisationListModel::onUpdated);
    connect(m_organisations, &OrganisationStore::organisationRemoved, this, &OrganisationListModel::onRemoved);
    connect(m_interviews, &InterviewStore::interviewInserted, this, &OrganisationListModel::recount);
    connect(m_interviews, &InterviewStore::interviewUpdated, this, &OrganisationListModel::recount);
    connect(m_interviews, &InterviewStore::interviewRemoved, this, &OrganisationListModel::recount);
    reload();
}

OrganisationListModel::Row OrganisationListModel::makeRow(const Organisation &organisation,
                                                          const QList<Step> &interviewSteps)
{
    Row row;
    row.organisation = organisation;
    row.total = int(interviewSteps.size());
    row.active = int(std::count_if(interviewSteps.begin(), interviewSteps.end(),
                                   [](Step step) { return StepNames::isActive(step); }));
    return row;
}

void OrganisationListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    const QHash<qint64, QList<Step>> steps = m_interviews->stepsByOrganisation();
    for (const Organisation &o : m_organisations->all())
        m_rows << makeRow(o, steps.value(o.id));
    const QCollator collator = nameCollator();
    std::stable_sort(m_rows.begin(), m_rows.end(), [&collator](const Row &a, const Row &b) {
        return collator.compare(a.organisation.name, b.organisation.name) < 0;
    });
    endResetModel();
}

int OrganisationListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).organisation.id == id)
            return row;
    }
    return -1;
}

void OrganisationListModel::onInserted(qint64 id)
{
    const std::optional<Organisation> o = m_organisations->organisation(id);
    if (!o || rowOf(id) >= 0)
        return;
    const QCollator collator = nameCollator();
    int row = 0;
    while (row < m_rows.size() && collator.compare(m_rows.at(row).organisation.name, o->name) < 0)
        ++row;
    QList<Step> steps; // usually none: an organisation is new, or brought back by undo
    for (const Interview &i : m_interviews->forOrganisation(id))
        steps << i.step;
    beginInsertRows({}, row, row);
    m_rows.insert(row, makeRow(*o, steps));
    endInsertRows();
}

void OrganisationListModel::onUpdated(qint64 id)
{
    // A rename can change the order; removing and inserting keeps the rows sorted.
    onRemoved(id);
    onInserted(id);
}

void OrganisationListModel::onRemoved(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void OrganisationListModel::recount()
{
    const QHash<qint64, QList<Step>> steps = m_interviews->stepsByOrganisation();
    for (int row = 0; row < m_rows.size(); ++row) {
        const Row updated = makeRow(m_rows.at(row).organisation, steps.value(m_rows.at(row).organisation.id));
        if (updated.active != m_rows.at(row).active || updated.total != m_rows.at(row).total) {
            m_rows[row] = updated;
            Q_EMIT dataChanged(index(row, ActiveColumn), index(row, TotalColumn));
        }
    }
}

int OrganisationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OrganisationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrganisationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == OrganisationIdRole)
        return row.organisation.id;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return row.organisation.name;
        case ActiveColumn:
            return row.active;
        case TotalColumn:
            return row.total;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != NameColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant OrganisationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Organisation");
    case ActiveColumn:
        return tr("Active");
    case TotalColumn:
        return tr("Interviews");
    }
    return {};
}
