#pragma once

#include "domain/interview.h"
#include "messages/messagetemplate.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>

#include <optional>

// Monday to Friday; the follow-up advice for cold outreach counts working days.
namespace BusinessDays {
bool isBusinessDay(const QDate &date);
// The day `days` business days after `from` (from itself does not count).
QDate add(const QDate &from, int days);
// How many business days after `from` `to` is (0 for the same day or earlier).
int between(const QDate &from, const QDate &to);
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
    bool desktopNotifications = true; // announce each reminder as it falls due

    // Read from and written to the application's QSettings (group "reminders").
    static ReminderSettings load();
    void save() const;

    bool operator==(const ReminderSettings &other) const = default;
};

// Who answers, from the dates already recorded: a reply within the days the second-person
// reminder waits (3 business days) is quick, a later one slow; outreach without a reply is no
// reply yet. The latest outreach to a person decides. Never blocks anything: it is a hint.
class Answering
{
    Q_DECLARE_TR_FUNCTIONS(Answering)
public:
    enum class Kind { Unknown, Quick, Slow, NoReplyYet };
    static Kind of(const QList<Interview> &theirs, const ReminderSettings &settings);
    // Per contact, of every interview given.
    static QHash<qint64, Kind> byContact(const QList<Interview> &interviews, const ReminderSettings &settings);
    static QString text(Kind kind); // "Quick to answer"; empty for Unknown
};

// Something the user should do for one interview, and by when.
struct Reminder {
    enum class Kind {
        UpcomingConversation,
        SendThankYou,
        ThankIntroducer, // the person who introduced you, after the conversation
        ContactSecondPerson,
        SendFollowUp,
        AskForReferral,
        TouchBase,
        DecideOnOffer, // the offer's deadline, for a conversation held to decide on it
    };
    qint64 interviewId = 0;
    Kind kind = Kind::SendThankYou;
    QDate due;
    QDate actionableFrom; // from when it is something to do (a thank-you: from the conversation)
    QDateTime at; // UpcomingConversation: when it starts
    Step openAt = Step::Research; // the part of the interview page where the user acts on it

    bool isOverdue(const QDate &today) const { return due < today; }
    bool isActionable(const QDate &today) const { return actionableFrom <= today; }
    bool operator==(const Reminder &other) const = default;
};

// What the user decided about one reminder: it is done (nothing in the interview records it,
// e.g. a second person was approached), snoozed until a date, or dismissed. It applies to the
// reminder with this kind and due date only; the next occasion (a later touch base) is new.
struct ReminderAction {
    enum class Choice { Done, Snoozed, Dismissed };
    qint64 interviewId = 0;
    Reminder::Kind kind = Reminder::Kind::SendThankYou;
    QDate due;
    Choice choice = Choice::Dismissed;
    QDate until; // Snoozed: shown again on this day
    QDateTime at; // when the user decided

    bool matches(const Reminder &r) const { return r.interviewId == interviewId && r.kind == kind && r.due == due; }
    // Whether the reminder stays off the lists on `today`.
    bool hides(const QDate &today) const { return choice != Choice::Snoozed || until > today; }
    bool operator==(const ReminderAction &other) const = default;
};

// Every decision, looked up by reminder.
class ReminderActions
{
public:
    ReminderActions() = default;
    explicit ReminderActions(const QList<ReminderAction> &actions);
    std::optional<ReminderAction> find(const Reminder &reminder) const;
    bool hides(const Reminder &reminder, const QDate &today) const;
    bool isEmpty() const { return m_byInterview.isEmpty(); }

private:
    QHash<qint64, QList<ReminderAction>> m_byInterview;
};

// Computes reminders from an interview's data alone, so they can never go stale.
class Reminders
{
    Q_DECLARE_TR_FUNCTIONS(Reminders)
public:
    // Every reminder the interview has now, whatever its due date.
    static QList<Reminder> forInterview(const Interview &interview, const ReminderSettings &settings,
                                        const QDateTime &now);
    // What there is to do now: every reminder that has become actionable (a thank-you from the
    // conversation on, not only once it is due) and conversations coming up, less those the user
    // marked done, dismissed or snoozed past today. A reply from anyone at an employer stops the
    // second-person and follow-up reminders of every interview there. Overdue first, then by due
    // date.
    static QList<Reminder> open(const QList<Interview> &interviews, const ReminderSettings &settings,
                                const QDateTime &now, const ReminderActions &actions = {});
    // The first of an interview's open reminders (as open() orders them), if any.
    static std::optional<Reminder> next(const Interview &interview, const ReminderSettings &settings,
                                        const QDateTime &now, const ReminderActions &actions = {});
    // When it is due, in words, for lists and cards: "Due today", "Due Friday", "2 days overdue";
    // a conversation coming up says when it starts ("Tomorrow, 10:00").
    static QString whenText(const Reminder &reminder, const QDateTime &now);
    // A short, specific instruction for the Today list. ThankIntroducer names the person who
    // introduced you when `introducer` is given ("Thank Grace Hopper for the introduction").
    static QString title(Reminder::Kind kind, const QString &introducer = {});
    static QString advice(Reminder::Kind kind);
    // Stored by key, like the steps.
    static QString key(Reminder::Kind kind);
    static std::optional<Reminder::Kind> fromKey(const QString &key);
    static QString choiceKey(ReminderAction::Choice choice);
    static std::optional<ReminderAction::Choice> choiceFromKey(const QString &key);
    // Whether the interview records this reminder's task with a date of its own (the thank-you
    // note's "sent" date…), so that marking it done records that date instead of a decision.
    static std::optional<MessageKind> recordedAs(Reminder::Kind kind);
};
