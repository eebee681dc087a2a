#include "models/questionfiltermodel.h"

#include "models/questionbankmodel.h"

#include <QRegularExpression>

QuestionFilterModel::QuestionFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
    setSortRole(Qt::DisplayRole);
}

void QuestionFilterModel::setScope(const Scope &scope)
{
    if (scope == m_scope)
        return;
    m_scope = scope;
    invalidateRowsFilter();
}

void QuestionFilterModel::setSearchText(const QString &text)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QStringList words = text.split(spaces, Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

bool QuestionFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    switch (m_scope.kind) {
    case Scope::All:
        break;
    case Scope::Favourites:
        if (!index.data(QuestionBankModel::FavouriteRole).toBool())
            return false;
        break;
    case Scope::Category:
        if (index.data(QuestionBankModel::CategoryRole).toString().compare(m_scope.category, Qt::CaseInsensitive) != 0)
            return false;
        break;
    }
    if (m_words.isEmpty())
        return true;
    const QString haystack = index.data(QuestionBankModel::SearchTextRole).toString();
    for (const QString &word : m_words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

bool QuestionFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto text = [](const QModelIndex &index, int column) {
        return index.sibling(index.row(), column).data().toString();
    };
    const int column = left.column();
    if (column == QuestionBankModel::UsageColumn)
        return left.data().toInt() < right.data().toInt();
    int cmp = m_collator.compare(text(left, column), text(right, column));
    // Ties (same category, both favourites...) fall back to category, then question.
    if (cmp == 0 && column != QuestionBankModel::CategoryColumn)
        cmp = m_collator.compare(text(left, QuestionBankModel::CategoryColumn),
                                 text(right, QuestionBankModel::CategoryColumn));
    if (cmp == 0)
        cmp = m_collator.compare(text(left, QuestionBankModel::TextColumn), text(right, QuestionBankModel::TextColumn));
    return cmp < 0;
}
