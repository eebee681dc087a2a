#pragma once

#include "workflow/network.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

class InterviewStore;
class NetworkCache;

// The people the user knows at one employer, ranked as whom to ask first (Starters), each with
// the reason, and the interview the user already has with them, if any.
class StarterListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, WhyColumn, PositionColumn, InterviewColumn, AnswersColumn, ColumnCount };
    enum Role {
        ContactIdRole = Qt::UserRole + 1,
        InterviewIdRole, // their latest interview; 0 when there is none
        InterviewActiveRole, // bool: that interview is under way (not completed, declined or given up)
    };

    StarterListModel(NetworkCache *network, InterviewStore *interviews, QObject *parent = nullptr);

    // The employer, by any spelling of its name; empty: nobody.
    void setEmployer(const QString &name);
    QString employer() const { return m_employer; }
    // The roles or fields the user is exploring (My Profile), which rank people working in them
    // higher.
    void setRoles(const QStringList &roles);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Starters::Starter &starter(int row) const { return m_rows.at(row); }
    // The first, in rank order, with no interview yet; -1 when everyone has one.
    int firstWithoutInterview() const;

private:
    void reload();
    void reloadInterviews();

    NetworkCache *m_network;
    InterviewStore *m_interviews;
    QString m_employer;
    QStringList m_roles;
    QList<Starters::Starter> m_rows;
    struct Latest {
        qint64 id = 0;
        QString text;
        bool active = false;
    };
    QHash<qint64, Latest> m_interviewOf; // by contact
    QHash<qint64, QString> m_answering; // by contact: "Quick to answer"…
};
