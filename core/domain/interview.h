#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The six steps of an informational interview, then the three ways it ends. Stored by key
// (see StepNames) so the enum can change without changing what a database means.
enum class Step {
    Research,
    Identify,
    Prepare,
    Contact,
    Conduct,
    FollowUp,
    Completed,
    Declined,
    NoReply,
};

class StepNames
{
    Q_DECLARE_TR_FUNCTIONS(StepNames)
public:
    static QList<Step> all();
    static QList<Step> active(); // the six working steps, in order
    static QList<Step> ended(); // Completed, Declined, NoReply
    static bool isActive(Step step);
    static QString key(Step step);
    static std::optional<Step> fromKey(const QString &key);
    static QString displayName(Step step);
    static int number(Step step); // 1..6 for the working steps, 0 otherwise
};

// Where the conversation happens.
enum class Medium { Unknown, CoffeeShop, TheirOffice, Phone, Video };

class MediumNames
{
    Q_DECLARE_TR_FUNCTIONS(MediumNames)
public:
    static QList<Medium> all();
    static QString key(Medium medium);
    static Medium fromKey(const QString &key);
    static QString displayName(Medium medium);
};

// How the first message reached them.
enum class Channel { Unknown, Email, LinkedIn, Phone, InPerson, Introduction };

class ChannelNames
{
    Q_DECLARE_TR_FUNCTIONS(ChannelNames)
public:
    static QList<Channel> all();
    static QString key(Channel channel);
    static Channel fromKey(const QString &key);
    static QString displayName(Channel channel);
};

// What the conversation is for. Most are to explore a field; some follow an offer, to decide
// whether to take it (the guides: "a follow-up with an employer after an offer has been made and
// before the candidate has decided"). Stored by key.
enum class InterviewKind { Exploring, DecidingOnOffer };

class InterviewKindNames
{
    Q_DECLARE_TR_FUNCTIONS(InterviewKindNames)
public:
    static QList<InterviewKind> all();
    static QString key(InterviewKind kind);
    static InterviewKind fromKey(const QString &key); // Exploring for anything unknown
    static QString displayName(InterviewKind kind);
};

// One informational interview: one person, one purpose, and what each step has gathered.
struct Interview {
    static constexpr int DefaultLengthMinutes = 20;

    qint64 id = 0; // 0 until stored
    QString topic; // the purpose, e.g. "What product managers do all day"
    Step step = Step::Research;
    InterviewKind kind = InterviewKind::Exploring;
    QDate offerDeadline; // DecidingOnOffer: the day the offer has to be answered
    qint64 organisationId = 0;
    QDate closedOn; // when it became Completed, Declined or No reply
    QString closingReason; // why it was declined or given up

    // Research
    QString learningGoals; // what I want to learn
    QString researchNotes;
    QStringList links;

    // Identify
    qint64 contactId = 0;
    QString connection; // how we are connected
    qint64 introducedById = 0;
    qint64 eventId = 0; // the networking event where you met them, if that is how it began

    // Prepare (the chosen questions live in their own table)
    QString agenda;
    int lengthMinutes = DefaultLengthMinutes;

    // Contact
    QDate outreachSentOn;
    Channel channel = Channel::Unknown;
    QString outreachNote; // the message, or how we reached them
    QDate followUpSentOn;
    QDate replyReceivedOn;
    QDate questionsSentOn; // the planned questions, sent ahead so they can prepare

    // Conduct
    QDateTime scheduledAt;
    Medium medium = Medium::Unknown;
    QString location; // a place, a phone number or a video link
    QString conversationNotes;
    QDateTime recordingConsentAt; // when they agreed to be recorded (UTC); invalid: not agreed

    // Follow up
    QDate thankYouSentOn;
    QDate introducerThankedOn; // the person who introduced you (introducedById), thanked
    QDate referralRequestedOn;
    QDate lastTouchBaseOn;
    QDate nextTouchBaseOn; // set by the user; otherwise computed from the settings

    QDateTime createdAt;
    QDateTime updatedAt;

    bool isActive() const { return StepNames::isActive(step); }
    bool hasOutreach() const { return outreachSentOn.isValid() || !outreachNote.trimmed().isEmpty(); }
    // Whether the conversation took place: its time has passed and the interview went on to
    // Follow up or was completed, or has notes of it. What the activity report and the progress
    // figures count as a conversation held, on scheduledAt's date.
    bool conversationHeld(const QDateTime &now) const;
    // The day of the conversation where the user is (scheduledAt is stored in UTC); invalid when
    // no time is set.
    QDate conversationDate() const { return scheduledAt.isValid() ? scheduledAt.toLocalTime().date() : QDate(); }
    bool operator==(const Interview &other) const = default;

    // One line for lists of interviews: "Maria Garcia · What designers do all day · Prepare".
    QString summary(const QString &person) const;
};

// What the workflow understands as a user's request to move an interview.
enum class WorkflowEvent {
    Advance, // to the next step (from Follow up: Completed)
    GoBack, // to the previous step
    Decline, // they said no, or cancelled
    GiveUp, // no reply after following up
    Reopen, // an ended interview becomes active again
};

class WorkflowEventNames
{
    Q_DECLARE_TR_FUNCTIONS(WorkflowEventNames)
public:
    static QList<WorkflowEvent> all();
    static QString key(WorkflowEvent event);
    static std::optional<WorkflowEvent> fromKey(const QString &key);
    static QString displayName(WorkflowEvent event);
};

// One recorded transition, shown as the interview's history.
struct InterviewEvent {
    qint64 id = 0;
    qint64 interviewId = 0;
    QDateTime at;
    Step from = Step::Research;
    Step to = Step::Research;
    WorkflowEvent event = WorkflowEvent::Advance;
    QString note;

    bool operator==(const InterviewEvent &other) const = default;
};

// Whether an employer has an opening that fits what you are exploring (the P of a LAMP list).
// Stored by key.
enum class Posting { None, Some, Exact };

class PostingNames
{
    Q_DECLARE_TR_FUNCTIONS(PostingNames)
public:
    static QList<Posting> all();
    static QString key(Posting posting); // "" for None
    static Posting fromKey(const QString &key); // None for anything unknown
    static QString displayName(Posting posting);
};

// An employer or institution: research notes about it, its people and interviews; and, once the
// user marks it as a target employer, how much they want to work there and whether it has an
// opening.
struct Organisation {
    static constexpr int MaximumMotivation = 3;

    qint64 id = 0;
    QString name;
    QString website;
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;
    bool target = false;
    int motivation = 0; // 0 to MaximumMotivation: yours, for a target
    Posting posting = Posting::None;

    bool operator==(const Organisation &other) const = default;
};
