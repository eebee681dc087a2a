#pragma once

#include "models/loading.h"
#include "storage/interviewstore.h"
#include "workflow/clock.h"
#include "workflow/reminders.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

class ContactStore;
class EventStore;
class NetworkCache;
class TargetListModel;
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
        KindRole, // int(Reminder::Kind)
        OpenStepRole, // int(Step): where the interview page opens
        OverdueRole,
        DueRole,
        EventIdRole, // a networking event coming up (its row is no reminder); 0 otherwise
        // A second person to approach at an active target employer: whom the Targets page ranks
        // first among those not yet asked; 0 when there is nobody to suggest.
        SuggestedContactRole,
    };

    TodayModel(InterviewStore *interviews, ContactStore *contacts, OrganisationStore *organisations,
               Clock clock = systemClock(), Loading loading = Loading::Now, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setReminderSettings(const ReminderSettings &settings);
    // Lists the networking events coming up too (within the days upcoming conversations are
    // listed), after the reminders, and follows the store.
    void setEventStore(EventStore *events);
    // Per-employer rotation: at an active target (the first five of the target list), "contact a
    // second person there" names whom to ask next (the highest-ranked person there the user has
    // no interview with yet) and follows the targets and the network.
    void setTargets(TargetListModel *targets, NetworkCache *network);
    // The event a row stands for; 0 for a reminder's row.
    qint64 eventId(int row) const { return m_rows.at(row).eventId; }
    // Reads the interviews again and recomputes (e.g. at midnight). Only the first load may run in
    // the background (Loading::InBackground); a change during it makes it read again.
    void refresh();
    bool isLoading() const { return m_read.isLoading(); }
    Reminder reminder(int row) const { return m_rows.at(row).reminder; }

Q_SIGNALS:
    void countChanged(int count);
    void loadingFinished();

private:
    struct Row {
        Reminder reminder;
        QString what;
        QString who;
        qint64 eventId = 0;
        qint64 suggestedContactId = 0;
        QString why{}; // the suggested person's reason ("alumni · works in product")
    };
    // What the rotation knows of the interviews read: each one's employer, the active targets,
    // everyone already asked, and the roles being explored.
    struct Rotation {
        QHash<qint64, qint64> organisationOf; // interview id → organisation id
        QSet<qint64> active; // the active targets' ids
        QSet<qint64> asked; // contacts with an interview
        QStringList roles;
    };
    Rotation rotation(const InterviewListing &listing) const;
    // For a second-person reminder at an active target: who is next, and the words for it.
    void suggestNextPerson(Row &row, const Rotation &rotation) const;
    QString whenText(const Reminder &reminder) const;
    void setListing(const InterviewListing &listing);

    InterviewStore *m_interviews;
    ContactStore *m_contacts;
    OrganisationStore *m_organisations;
    EventStore *m_events = nullptr;
    TargetListModel *m_targets = nullptr;
    NetworkCache *m_network = nullptr;
    InterviewListing m_listing; // as last read, for a refresh of the events alone
    Clock m_clock;
    ReminderSettings m_settings;
    QList<Row> m_rows;
    BackgroundRead<InterviewListing> m_read{this, [this] { return m_interviews->listingInBackground(); },
                                            [this](const InterviewListing &listing) {
                                                setListing(listing);
                                                Q_EMIT loadingFinished();
                                            }};
};
