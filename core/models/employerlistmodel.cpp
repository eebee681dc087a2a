#include "models/employerlistmodel.h"

#include "models/networkcache.h"

EmployerListModel::EmployerListModel(NetworkCache *network, QObject *parent)
    : QAbstractTableModel(parent)
    , m_network(network)
{
    connect(m_network, &NetworkCache::changed, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

int EmployerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_network->network().employers().size());
}

int EmployerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EmployerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Network::Employer &e = m_network->network().employers().at(index.row());
    if (role == SpellingsRole)
        return e.spellings;
    if (role == Qt::ToolTipRole && index.column() == CloseColumn)
        return tr("Friends, family, alumni, referrals, colleagues and professors there: set how you know "
                  "someone in their contact");
    if (role == Qt::ToolTipRole && e.spellings.size() > 1)
        return tr("Written in your contacts as: %1").arg(e.spellings.join(QStringLiteral(", ")));
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return e.name;
    case PeopleColumn:
        return e.people();
    case CloseColumn:
        return e.close;
    }
    return {};
}

QVariant EmployerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Employer");
    case PeopleColumn:
        return tr("People");
    case CloseColumn:
        return tr("Friends, alumni…");
    }
    return {};
}
