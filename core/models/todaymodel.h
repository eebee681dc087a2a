#pragma once

#include "workflow/clock.h"
#include "workflow/reminders.h"

#include <QAbstractTableModel>
#include <QList>

class ContactStore;
class InterviewStore;
class OrganisationStore;

// What is due now: overdue and today's reminders first, then conversations coming up.
// Recomputed from the interviews whenever one changes, and on refresh() (e.g. at midnight).
class TodayModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { WhenColumn, WhatColumn, WhoColumn, ColumnCount };
    enum Role {
        InterviewIdRole = Qt::UserRole + 1,
        KindRole,     // int(Reminder::Kind)
        OpenStepRole, // int(Step): where the interview page opens
        OverdueRole,
        DueRole,
    };

    TodayModel(InterviewStore *interviews, ContactStore *contacts, OrganisationStore *organisations,
               Clock clock = systemClock(), QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setReminderSettings(const ReminderSettings &settings);
    void refresh();
    Reminder reminder(int row) const { return m_rows.at(row).reminder; }

Q_SIGNALS:
    void countChanged(int count);

private:
    struct Row {
        Reminder reminder;
        QString who;
    };
    QString whenText(const Reminder &reminder) const;

    InterviewStore *m_interviews;
    ContactStore *m_contacts;
    OrganisationStore *m_organisations;
    Clock m_clock;
    ReminderSettings m_settings;
    QList<Row> m_rows;
};
