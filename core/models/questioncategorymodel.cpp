#include "models/questioncategorymodel.h"

#include "models/questionbankmodel.h"

#include <QCollator>
#include <QMap>

using Scope = QuestionFilterModel::Scope;

QuestionCategoryModel::QuestionCategoryModel(QuestionBankModel *bank, QObject *parent)
    : QAbstractListModel(parent)
    , m_bank(bank)
{
    m_entries = entries();
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_bank, signal, this, &QuestionCategoryModel::refresh);
    connect(m_bank, &QAbstractItemModel::dataChanged, this, &QuestionCategoryModel::refresh);
    connect(m_bank, &QAbstractItemModel::modelReset, this, &QuestionCategoryModel::refresh);
}

QList<QuestionCategoryModel::Entry> QuestionCategoryModel::entries() const
{
    int favourites = 0;
    // Keyed case-insensitively, shown as first written.
    QMap<QString, Entry> categories;
    for (const Question &q : m_bank->questions()) {
        if (q.favourite)
            ++favourites;
        if (q.category.isEmpty())
            continue;
        Entry &entry = categories[q.category.toCaseFolded()];
        if (entry.count++ == 0)
            entry.scope = {Scope::Category, q.category};
    }
    QList<Entry> sorted = categories.values();
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(sorted.begin(), sorted.end(), [&collator](const Entry &a, const Entry &b) {
        return collator.compare(a.scope.category, b.scope.category) < 0;
    });
    return QList<Entry>{{Scope{Scope::All, {}}, int(m_bank->rowCount())}, {Scope{Scope::Favourites, {}}, favourites}}
    + sorted;
}

void QuestionCategoryModel::refresh()
{
    const QList<Entry> fresh = entries();
    const bool sameRows = fresh.size() == m_entries.size()
        && std::equal(fresh.begin(), fresh.end(), m_entries.begin(),
                      [](const Entry &a, const Entry &b) { return a.scope == b.scope; });
    if (!sameRows) {
        beginResetModel();
        m_entries = fresh;
        endResetModel();
        return;
    }
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).count != fresh.at(row).count) {
            m_entries[row].count = fresh.at(row).count;
            Q_EMIT dataChanged(index(row), index(row));
        }
    }
}

int QuestionCategoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant QuestionCategoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (entry.scope.kind) {
        case Scope::All:
            return tr("All Questions (%1)").arg(entry.count);
        case Scope::Favourites:
            return tr("Favourites (%1)").arg(entry.count);
        case Scope::Category:
            return tr("%1 (%2)").arg(entry.scope.category).arg(entry.count);
        }
        break;
    case ScopeKindRole:
        return int(entry.scope.kind);
    case CategoryRole:
        return entry.scope.category;
    }
    return {};
}

Scope QuestionCategoryModel::scope(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).scope : Scope{};
}

int QuestionCategoryModel::rowOf(const Scope &scope) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).scope == scope)
            return row;
    }
    return -1;
}
