#pragma once

#include "domain/interview.h"
#include "models/loading.h"
#include "storage/interviewstore.h"
#include "workflow/clock.h"
#include "workflow/reminders.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

class ContactStore;
class OrganisationStore;

// All interviews as a table (person, organisation, topic, step, what is due next), following
// the stores' change signals row by row. The pipeline board shows it through one
// InterviewFilterModel per step; dragging a card carries its id as InterviewListModel::MimeType.
class InterviewListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { PersonColumn, OrganisationColumn, TopicColumn, StepColumn, NextColumn, ColumnCount };
    enum Role {
        InterviewIdRole = Qt::UserRole + 1,
        StepRole, // int(Step)
        OrganisationIdRole,
        DueStateRole, // int(DueState)
        NextReminderRole, // the reminder's text
        // What the card says under it, in words: "Due Friday", "2 days overdue", "Declined on
        // 3 Dec 2026" (Ended); so that nothing is told by colour alone.
        CardStatusRole,
        SortRole,
    };
    // Upcoming: not something to do yet. Open: to do now, due later (a thank-you on the day of the
    // conversation). The "only what is due" filter shows Open, DueToday and Overdue.
    enum class DueState { Nothing, Upcoming, Open, DueToday, Overdue };
    Q_ENUM(Column)

    static inline const QString MimeType = QStringLiteral("application/x-coffeechat-interview-ids");

    InterviewListModel(InterviewStore *interviews, ContactStore *contacts, OrganisationStore *organisations,
                       Clock clock = systemClock(), Loading loading = Loading::Now, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }

    // The ids carried by a drag from this model; empty when the data is not ours.
    static QList<qint64> idsFromMime(const QMimeData *mime);

    void setReminderSettings(const ReminderSettings &settings);
    // Recomputes every row: due states (e.g. after midnight) and the names on the cards.
    void refreshDueStates();
    void reload();
    // True until a background load has delivered the interviews.
    bool isLoading() const { return m_read.isLoading(); }

    Interview interview(qint64 id) const;
    int rowOf(qint64 id) const;
    QString personName(const Interview &interview) const;
    QString organisationName(const Interview &interview) const;

Q_SIGNALS:
    void loadingFinished();

private:
    struct Row {
        Interview interview;
        QString person;
        QString organisation;
        std::optional<Reminder> next;
    };
    Row makeRow(const Interview &interview, const InterviewNames &names) const;
    void setListing(const InterviewListing &listing);
    DueState dueState(const Row &row) const;
    void onInserted(qint64 id);
    void onUpdated(qint64 id);
    void onRemoved(qint64 id);

    InterviewStore *m_interviews;
    ContactStore *m_contacts;
    OrganisationStore *m_organisations;
    Clock m_clock;
    ReminderSettings m_settings;
    ReminderActions m_actions;
    QList<Row> m_rows;
    BackgroundRead<InterviewListing> m_read{this, [this] { return m_interviews->listingInBackground(); },
                                            [this](const InterviewListing &listing) {
                                                setListing(listing);
                                                Q_EMIT loadingFinished();
                                            }};
};
