#include "models/todaymodel.h"

#include "messages/myprofile.h"
#include "models/networkcache.h"
#include "models/targetlistmodel.h"
#include "storage/contactstore.h"
#include "storage/eventstore.h"
#include "storage/interviewstore.h"
#include "storage/organisationstore.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <optional>

TodayModel::TodayModel(InterviewStore *interviews, ContactStore *contacts, OrganisationStore *organisations,
                       Clock clock, Loading loading, QObject *parent)
    : QAbstractTableModel(parent)
    , m_interviews(interviews)
    , m_contacts(contacts)
    , m_organisations(organisations)
    , m_clock(std::move(clock))
{
    connect(m_interviews, &InterviewStore::interviewInserted, this, &TodayModel::refresh);
    connect(m_interviews, &InterviewStore::interviewUpdated, this, &TodayModel::refresh);
    connect(m_interviews, &InterviewStore::interviewRemoved, this, &TodayModel::refresh);
    connect(m_interviews, &InterviewStore::reminderActionsChanged, this, &TodayModel::refresh);
    connect(m_contacts, &ContactStore::contactsUpdated, this, &TodayModel::refresh);
    connect(m_organisations, &OrganisationStore::organisationUpdated, this, &TodayModel::refresh);
    // Deleting an organisation unlinks its interviews without an interviewUpdated signal.
    connect(m_organisations, &OrganisationStore::organisationRemoved, this, &TodayModel::refresh);
    if (loading == Loading::InBackground)
        m_read.startFromEventLoop();
    else
        refresh();
}

void TodayModel::setReminderSettings(const ReminderSettings &settings)
{
    m_settings = settings;
    if (!m_read.isLoading()) // a load on its way makes its rows with these settings
        refresh();
}

void TodayModel::setEventStore(EventStore *events)
{
    m_events = events;
    const auto eventsChanged = [this] {
        if (!m_read.isLoading())
            setListing(m_listing);
    };
    for (auto signal : {&EventStore::eventInserted, &EventStore::eventUpdated, &EventStore::eventRemoved})
        connect(m_events, signal, this, eventsChanged);
    eventsChanged();
}

void TodayModel::setTargets(TargetListModel *targets, NetworkCache *network)
{
    m_targets = targets;
    m_network = network;
    const auto targetsChanged = [this] {
        if (!m_read.isLoading())
            setListing(m_listing);
    };
    connect(m_targets, &QAbstractItemModel::modelReset, this, targetsChanged);
    connect(m_network, &NetworkCache::changed, this, targetsChanged);
    targetsChanged();
}

TodayModel::Rotation TodayModel::rotation(const InterviewListing &listing) const
{
    Rotation r;
    const QList<qint64> active = m_targets->activeIds();
    r.active = QSet<qint64>(active.cbegin(), active.cend());
    for (const Interview &i : listing.interviews) {
        r.organisationOf.insert(i.id, i.organisationId);
        r.asked.insert(i.contactId);
    }
    r.roles = MyProfile::load().exploring;
    return r;
}

void TodayModel::suggestNextPerson(Row &row, const Rotation &rotation) const
{
    const qint64 organisationId = rotation.organisationOf.value(row.reminder.interviewId);
    if (!rotation.active.contains(organisationId))
        return;
    const int targetRow = m_targets->rowOf(organisationId);
    if (targetRow < 0)
        return;
    const QString employer = m_targets->organisation(targetRow).name;
    if (const std::optional<Starters::Starter> s =
            Starters::next(m_network->network().peopleAt(employer), rotation.roles, rotation.asked)) {
        row.suggestedContactId = s->person.contactId;
        row.what = tr("Contact %1 next at %2").arg(s->person.name, employer);
        row.why = s->reason;
    }
}

void TodayModel::refresh()
{
    if (m_read.changedWhileLoading())
        return;
    setListing(m_interviews->listing());
}

void TodayModel::setListing(const InterviewListing &listing)
{
    QList<Row> rows;
    std::optional<Rotation> rotation;
    for (const Reminder &r : Reminders::open(listing.interviews, m_settings, m_clock(), listing.reminderActions)) {
        const InterviewNames name = listing.names.value(r.interviewId);
        const QString person = name.person.isEmpty() ? tr("(nobody chosen yet)") : name.person;
        Row row{r, Reminders::title(r.kind, name.introducer),
                name.organisation.isEmpty() ? person : tr("%1, %2").arg(person, name.organisation)};
        if (r.kind == Reminder::Kind::ContactSecondPerson && m_targets && m_network) {
            // What every suggestion needs, worked out for the first and kept for the others.
            if (!rotation)
                rotation = this->rotation(listing);
            suggestNextPerson(row, *rotation);
        }
        rows << row;
    }
    m_listing = listing;
    if (m_events) {
        // Coming up as conversations are: from this evening's to the last day listed ahead.
        const QDateTime now = m_clock();
        const QDate last = now.toLocalTime().date().addDays(m_settings.upcomingWithinDays);
        const QHash<qint64, QList<EventPerson>> people = m_events->allPeople();
        for (const NetworkingEvent &e : m_events->all()) {
            if (!e.isComing(now) || e.startsAt.toLocalTime().date() > last)
                continue;
            Reminder r;
            r.kind = Reminder::Kind::UpcomingConversation; // for the time it is shown with
            r.at = e.startsAt;
            r.due = e.startsAt.toLocalTime().date();
            r.openAt = Step::Research;
            QStringList names;
            for (const EventPerson &person : people.value(e.id))
                names << person.name;
            const QString who = names.isEmpty() ? e.place : tr("Look up %1").arg(names.join(QStringLiteral(", ")));
            rows << Row{r, tr("Networking event: %1").arg(e.name), who, e.id};
        }
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
    Q_EMIT countChanged(int(m_rows.size()));
}

int TodayModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TodayModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TodayModel::whenText(const Reminder &r) const
{
    return Reminders::whenText(r, m_clock());
}

QVariant TodayModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Reminder &r = row.reminder;
    const QDate today = m_clock().toLocalTime().date();
    const bool overdue = r.kind != Reminder::Kind::UpcomingConversation && r.isOverdue(today) && row.eventId == 0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case WhenColumn:
            return whenText(r);
        case WhatColumn:
            return row.what;
        case WhoColumn:
            return row.who;
        }
        break;
    case Qt::ToolTipRole:
        if (row.suggestedContactId)
            return tr("No reply yet: try the next person there (%1). Double-click to start an interview with "
                      "them; after a few more days, one polite follow-up to the first.")
                .arg(row.why);
        if (row.eventId)
            return tr("Look up who will attend and what they work on; afterwards, record each conversation on the "
                      "event's page");
        return Reminders::advice(r.kind);
    case InterviewIdRole:
        return r.interviewId;
    case EventIdRole:
        return row.eventId;
    case SuggestedContactRole:
        return row.suggestedContactId;
    case KindRole:
        return row.eventId ? QVariant() : QVariant(int(r.kind));
    case OpenStepRole:
        return int(r.openAt);
    case OverdueRole:
        return overdue;
    case DueRole:
        return r.due;
    }
    return {};
}

QVariant TodayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhatColumn:
        return tr("What to do");
    case WhoColumn:
        return tr("Who");
    }
    return {};
}
