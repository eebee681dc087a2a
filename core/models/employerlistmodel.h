#pragma once

#include <QAbstractTableModel>

class NetworkCache;

// Every employer of the user's network (derived from the contacts' companies), most people
// first: for finding one to mark as a target.
class EmployerListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, PeopleColumn, CloseColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // numbers as numbers
        SpellingsRole, // QStringList: every way the contacts write it (for finding it by any)
    };

    explicit EmployerListModel(NetworkCache *network, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    NetworkCache *m_network;
};
