#include "models/searchresultsmodel.h"

#include <QLocale>

SearchResultsModel::SearchResultsModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void SearchResultsModel::setResults(const Search::Results &results)
{
    beginResetModel();
    m_results = results;
    m_groups.clear();
    for (int k = 0; k < Search::KindCount; ++k) {
        if (!m_results.hits[k].isEmpty())
            m_groups << k;
    }
    endResetModel();
}

const Search::Hit *SearchResultsModel::hit(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == GroupId)
        return nullptr;
    const int group = int(index.internalId()) - 1;
    if (group < 0 || group >= m_groups.size())
        return nullptr;
    const QList<Search::Hit> &hits = m_results.hits[m_groups.at(group)];
    return index.row() < hits.size() ? &hits.at(index.row()) : nullptr;
}

QModelIndex SearchResultsModel::firstHit() const
{
    return m_groups.isEmpty() ? QModelIndex() : index(0, 0, index(0, 0));
}

QModelIndex SearchResultsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, GroupId);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex SearchResultsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == GroupId)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, GroupId);
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != GroupId || parent.row() >= m_groups.size())
        return 0;
    return int(m_results.hits[m_groups.at(parent.row())].size());
}

int SearchResultsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == GroupId) {
        const int kind = m_groups.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            if (index.column() != FoundColumn)
                return {};
            {
                const QLocale locale;
                const int shown = int(m_results.hits[kind].size());
                const int total = m_results.totals[kind];
                const QString name = Search::Index::kindName(Search::Kind(kind));
                if (m_results.isCut(kind))
                    return tr("%1 (the first %2 of %3)").arg(name, locale.toString(shown), locale.toString(total));
                return tr("%1 (%2)").arg(name, locale.toString(total));
            }
        case KindRole:
            return kind;
        case IdRole:
            return qint64(0);
        case IsGroupRole:
            return true;
        default:
            return {};
        }
    }
    const Search::Hit *h = hit(index);
    if (!h)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == FoundColumn)
            return h->subtitle.isEmpty() ? h->title : tr("%1 — %2").arg(h->title, h->subtitle);
        if (h->where.isEmpty()) {
            // What the words were found in: the title shown on the left.
            switch (h->kind) {
            case Search::Kind::Interview:
                return tr("Person and organisation");
            case Search::Kind::Question:
                return tr("The question");
            default:
                return tr("Name");
            }
        }
        return tr("%1: %2").arg(h->where, h->snippet);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        if (h->where.isEmpty())
            return h->subtitle.isEmpty() ? h->title : tr("%1, %2").arg(h->title, h->subtitle);
        if (h->subtitle.isEmpty())
            return tr("%1. %2: %3").arg(h->title, h->where, h->snippet);
        return tr("%1, %2. %3: %4").arg(h->title, h->subtitle, h->where, h->snippet);
    case KindRole:
        return int(h->kind);
    case IdRole:
        return h->id;
    case StepRole:
        return int(h->step);
    case IsGroupRole:
        return false;
    default:
        return {};
    }
}

QModelIndex SearchResultsModel::neighbourHit(const QModelIndex &from, int direction) const
{
    if (!hit(from))
        return firstHit();
    const QModelIndex group = from.parent();
    int g = group.row();
    int r = from.row() + direction;
    while (g >= 0 && g < rowCount()) {
        const QModelIndex heading = index(g, 0);
        if (r >= 0 && r < rowCount(heading))
            return index(r, 0, heading);
        g += direction;
        if (g >= 0 && g < rowCount())
            r = direction > 0 ? 0 : rowCount(index(g, 0)) - 1;
    }
    return from.siblingAtColumn(0);
}

QVariant SearchResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FoundColumn:
        return tr("Found");
    case WhereColumn:
        return tr("Where");
    default:
        return {};
    }
}

Qt::ItemFlags SearchResultsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == GroupId)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}
