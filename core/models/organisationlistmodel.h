#pragma once

#include "domain/interview.h"

#include <QAbstractTableModel>
#include <QList>

class InterviewStore;
class OrganisationStore;

// Organisations by name, with how many interviews are active and in total.
class OrganisationListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ActiveColumn, TotalColumn, ColumnCount };
    enum Role { OrganisationIdRole = Qt::UserRole + 1 };

    OrganisationListModel(OrganisationStore *organisations, InterviewStore *interviews, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Organisation organisation(int row) const { return m_rows.at(row).organisation; }
    int rowOf(qint64 id) const;

private:
    struct Row {
        Organisation organisation;
        int active = 0;
        int total = 0;
    };
    void reload();
    void onInserted(qint64 id);
    void onUpdated(qint64 id);
    void onRemoved(qint64 id);
    void recount();
    static Row makeRow(const Organisation &organisation, const QList<Step> &interviewSteps);

    OrganisationStore *m_organisations;
    InterviewStore *m_interviews;
    QList<Row> m_rows;
};
