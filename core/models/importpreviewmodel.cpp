#include "models/importpreviewmodel.h"

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ImportPreviewModel::setPlan(const ImportPlan &plan)
{
    beginResetModel();
    m_plan = plan;
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportPreviewModel::actionName(ImportPlan::Action action)
{
    switch (action) {
    case ImportPlan::Action::Add:
        return tr("New");
    case ImportPlan::Action::Update:
        return tr("Update");
    case ImportPlan::Action::Unchanged:
        return tr("Up to date");
    case ImportPlan::Action::Skip:
        return tr("Skipped");
    }
    return QString();
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportPlan::Entry e = m_plan.entry(index.row());
    if (role == ActionRole)
        return int(e.action);
    if (role == ChangedJobRole)
        return e.pastJob.has_value();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case LineColumn:
        return e.line;
    case ActionColumn:
        return actionName(e.action);
    case NameColumn:
        return e.contact.displayName();
    case CompanyColumn:
        return e.contact.company;
    case PositionColumn:
        return e.contact.position;
    case DetailsColumn:
        if (e.action == ImportPlan::Action::Skip)
            return e.reason;
        if (e.pastJob)
            return tr("Changed jobs: was %1").arg(e.pastJob->describe());
        if (e.action == ImportPlan::Action::Update)
            return tr("New %1").arg(e.changes.join(QStringLiteral(", ")));
        return {};
    }
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LineColumn:
        return tr("Line");
    case ActionColumn:
        return tr("Result");
    case NameColumn:
        return tr("Name");
    case CompanyColumn:
        return tr("Company");
    case PositionColumn:
        return tr("Position");
    case DetailsColumn:
        return tr("Details");
    }
    return {};
}
