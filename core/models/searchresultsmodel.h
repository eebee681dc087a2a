#pragma once

#include "search/searchindex.h"

#include <QAbstractItemModel>

// The results of Search Everything as a tree: one row per kind of record that has hits
// ("Contacts — 3 found"), the hits under it. Two columns: what was found (name and subtitle)
// and where in it (the field and the words around the match).
class SearchResultsModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { FoundColumn, WhereColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1, // int(Search::Kind), on groups and hits
        IdRole, // the record's id; 0 on a group
        StepRole, // int(Step): for an interview, the tab to open
        IsGroupRole,
    };

    explicit SearchResultsModel(QObject *parent = nullptr);

    void setResults(const Search::Results &results);
    const Search::Results &results() const { return m_results; }
    // The hit at a hit row, nullptr on a group row or an invalid index.
    const Search::Hit *hit(const QModelIndex &index) const;
    // The first hit, as Return in the search field opens it; invalid when there is none.
    QModelIndex firstHit() const;
    // The hit after (direction 1) or before (-1) `from`, across the groups, skipping their
    // headings; `from` itself at either end. From a heading or nothing, the first hit.
    QModelIndex neighbourHit(const QModelIndex &from, int direction) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    static constexpr quintptr GroupId = 0; // internalId of group rows; hits store group row + 1
    Search::Results m_results;
    QList<int> m_groups; // the kinds shown, in order
};
