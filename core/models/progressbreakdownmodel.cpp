#include "models/progressbreakdownmodel.h"

ProgressBreakdownModel::ProgressBreakdownModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_heading(tr("Group"))
{ }

void ProgressBreakdownModel::setGroups(const QList<ProgressGroup> &groups, const QString &heading)
{
    if (heading != m_heading) {
        m_heading = heading;
        Q_EMIT headerDataChanged(Qt::Horizontal, NameColumn, NameColumn);
    }
    if (groups == m_groups)
        return;
    beginResetModel();
    m_groups = groups;
    endResetModel();
}

int ProgressBreakdownModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int ProgressBreakdownModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProgressBreakdownModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProgressGroup &group = m_groups.at(index.row());
    const auto number = [role](int value) -> QVariant {
        return role == SortRole ? QVariant(value) : QVariant(QLocale().toString(value));
    };
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (Column(index.column())) {
        case NameColumn:
            return group.name;
        case ReachedOutColumn:
            return number(group.reachedOut);
        case RepliedColumn:
            return number(group.replied);
        case ReplyRateColumn:
            return role == SortRole ? QVariant(group.replyRate()) : QVariant(Progress::percent(group.replyRate()));
        case ConversationsColumn:
            return number(group.conversations);
        case ReferralsColumn:
            return number(group.withReferral);
        case ColumnCount:
            break;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() != NameColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant ProgressBreakdownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case RepliedColumn:
            return tr("They answered: a reply recorded, a conversation held, or a decline");
        case ConversationsColumn:
            return tr("Of those reached out to, how many you have talked with");
        case ReferralsColumn:
            return tr("Of those reached out to, how many referred you to someone, after a conversation or "
                      "without one");
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && section != NameColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return m_heading;
    case ReachedOutColumn:
        return tr("Reached out");
    case RepliedColumn:
        return tr("Replied");
    case ReplyRateColumn:
        return tr("Reply rate");
    case ConversationsColumn:
        return tr("Conversations");
    case ReferralsColumn:
        return tr("Led to a referral");
    case ColumnCount:
        break;
    }
    return {};
}
