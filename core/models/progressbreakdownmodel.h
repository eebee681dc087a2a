#pragma once

#include "workflow/progress.h"

#include <QAbstractTableModel>
#include <QList>

// The Progress page's breakdown: one row per group (how you know them, or an organisation) of the
// period's outreach. Qt::DisplayRole is the text shown; SortRole the number to sort by.
class ProgressBreakdownModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        ReachedOutColumn,
        RepliedColumn,
        ReplyRateColumn,
        ConversationsColumn,
        ReferralsColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole;

    explicit ProgressBreakdownModel(QObject *parent = nullptr);

    // The groups of Progress::byRelationship or byOrganisation; `heading` names the first column.
    void setGroups(const QList<ProgressGroup> &groups, const QString &heading);
    const QList<ProgressGroup> &groups() const { return m_groups; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ProgressGroup> m_groups;
    QString m_heading;
};
