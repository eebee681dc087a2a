#pragma once

#include "domain/interview.h"

#include <QAbstractTableModel>
#include <QList>

#include <functional>

class NetworkCache;
class OrganisationStore;

// The target employers (a LAMP list): the organisations the user marked, with their Advocacy
// (how many people the user knows there, and how many of those are close), the user's
// Motivation (0-3) and Posting (whether there is an opening), in that order of importance:
// Motivation first, then Posting, then Advocacy. The first ActiveCount are the active ones,
// worked on now. Motivation and Posting are edited in place, through the writer the page sets
// (an undoable command).
class TargetListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int ActiveCount = 5;

    enum Column { NameColumn, StatusColumn, AdvocacyColumn, MotivationColumn, PostingColumn, ColumnCount };
    enum Role {
        OrganisationIdRole = Qt::UserRole + 1,
        ActiveRole, // bool
        PeopleRole, // int: people the user knows there
        CloseRole, // int: of them, friends, alumni, referrals…
        ChoicesRole, // QStringList: what an editable cell can be set to; its EditRole is the index
    };

    TargetListModel(OrganisationStore *organisations, NetworkCache *network, QObject *parent = nullptr);

    using Write = std::function<bool(const Organisation &edited, QString *error)>;
    void setWriter(Write write) { m_write = std::move(write); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    Organisation organisation(int row) const { return m_rows.at(row).organisation; }
    // Reads the targets again now (the store's changes are followed from the event loop).
    void refresh() { reload(); }
    int rowOf(qint64 id) const;
    // The active targets' ids, in order.
    QList<qint64> activeIds() const;

    static QString motivationText(int motivation);

Q_SIGNALS:
    // An edit in place was refused (a read-only or full disk): why, for the user.
    void writeFailed(const QString &error);

private:
    struct Row {
        Organisation organisation;
        int people = 0;
        int close = 0;
        QStringList spellings;
    };
    void reload();
    void scheduleReload();

    OrganisationStore *m_organisations;
    NetworkCache *m_network;
    Write m_write;
    QList<Row> m_rows;
    bool m_reloadPending = false;
};
