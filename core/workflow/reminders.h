#pragma once

#include "domain/interview.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

// Monday to Friday; the follow-up advice for cold outreach counts working days.
namespace BusinessDays {
bool isBusinessDay(const QDate &date);
// The day `days` business days after `from` (from itself does not count).
QDate add(const QDate &from, int days);
} // namespace BusinessDays

// How long the usual practice waits before each nudge. Stored in the settings; the
// defaults are what career advisers recommend.
struct ReminderSettings {
    int thankYouWithinDays = 2; // after the conversation
    int secondPersonAfterBusinessDays = 3; // no reply: approach a second person there
    int followUpAfterBusinessDays = 7; // no reply: one polite follow-up
    int firstTouchBaseAfterDays = 14; // after the thank-you note
    int touchBaseEveryMonths = 1; // after that
    int upcomingWithinDays = 7; // how far ahead scheduled conversations are listed

    // Read from and written to the application's QSettings (group "reminders").
    static ReminderSettings load();
    void save() const;

    bool operator==(const ReminderSettings &other) const = default;
};

// Something the user should do for one interview, and by when.
struct Reminder {
    enum class Kind {
        UpcomingConversation,
        SendThankYou,
        ContactSecondPerson,
        SendFollowUp,
        AskForReferral,
        TouchBase,
    };
    qint64 interviewId = 0;
    Kind kind = Kind::SendThankYou;
    QDate due;
    QDateTime at; // UpcomingConversation: when it starts
    Step openAt = Step::Research; // the part of the interview page where the user acts on it

    bool isOverdue(const QDate &today) const { return due < today; }
    bool operator==(const Reminder &other) const = default;
};

// Computes reminders from an interview's data alone, so they can never go stale.
class Reminders
{
    Q_DECLARE_TR_FUNCTIONS(Reminders)
public:
    // Every reminder the interview has now, whatever its due date.
    static QList<Reminder> forInterview(const Interview &interview, const ReminderSettings &settings,
                                        const QDateTime &now);
    // Those due by today (overdue included) and conversations coming up, sorted by due date.
    static QList<Reminder> dueBy(const QList<Interview> &interviews, const ReminderSettings &settings,
                                 const QDateTime &now);
    // A short, specific instruction for the Today list.
    static QString title(Reminder::Kind kind);
    static QString advice(Reminder::Kind kind);
};
