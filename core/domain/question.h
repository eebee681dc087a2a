#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

// TIARA: the five kinds of question a good informational interview mixes (Trends, Insights,
// Advice, Resources, Assignments). Stored by key, like the workflow steps.
enum class Tiara { None, Trends, Insights, Advice, Resources, Assignments };

class TiaraNames
{
    Q_DECLARE_TR_FUNCTIONS(TiaraNames)
public:
    static QList<Tiara> all(); // None first
    static QString key(Tiara tiara);
    static Tiara fromKey(const QString &key);
    static QString displayName(Tiara tiara);
    static QString description(Tiara tiara);
};

// The bank's category of questions for a conversation held to decide on an offer, as shipped
// (default-questions.json): the interview page opens the bank on it for such a conversation.
inline constexpr char OfferQuestionsCategory[] = "Deciding on an offer";

// One question in the bank.
struct Question {
    qint64 id = 0; // 0 until stored
    QString text;
    QString category;
    Tiara tiara = Tiara::None;
    QString notes;
    bool favourite = false;
    int usageCount = 0; // how many interview plans use it; computed, never written
    QString defaultKey; // set on the questions shipped with the app, so they are seeded once
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const Question &other) const = default;
};

// Where a planned question stands in the conversation (or a practice run of it). Stored by key.
enum class QuestionState { Open, Asked, Skipped };

class QuestionStateNames
{
    Q_DECLARE_TR_FUNCTIONS(QuestionStateNames)
public:
    static QList<QuestionState> all();
    static QString key(QuestionState state); // "" for Open
    static QuestionState fromKey(const QString &key); // Open for anything unknown
    static QString displayName(QuestionState state);
};

// One question in an interview's plan. The text is copied when the question is chosen, so a
// printed prep sheet keeps what was planned even when the bank changes; questionId links
// back to the bank (0 for a question written for this interview alone). The conversation view
// records whether it was asked and what the answer taught, with the question, so both follow it
// when the plan is reordered.
struct PlannedQuestion {
    qint64 questionId = 0;
    QString text;
    QuestionState state = QuestionState::Open;
    QString notes{}; // what they said, written during the conversation

    bool isCustom() const { return questionId == 0; }
    bool operator==(const PlannedQuestion &other) const = default;
};

// The guides' advice: practise the questions with a friend or family member before the real
// conversation. One run: when, with whom (nobody, or a contact), how long it took, what to
// improve, and the questions as they went. Kept with the interview; never moves its workflow.
// A recording of the conversation, kept as a file in the data folder's recordings/<interview>/
// folder (see RecordingFiles): made in the app, or attached (a phone's recording, say).
struct Recording {
    qint64 id = 0; // 0 until stored
    qint64 interviewId = 0;
    QString fileName; // in the interview's recordings folder
    QString originalName; // the attached file's name; empty for one recorded in the app
    QDateTime recordedAt; // UTC: when recording began, or when the file was attached
    qint64 durationMs = 0; // 0 when not known (a recording the app could not finish, say)

    bool isAttached() const { return !originalName.isEmpty(); }
    bool operator==(const Recording &other) const = default;
};

struct PracticeRun {
    qint64 id = 0; // 0 until stored
    qint64 interviewId = 0;
    QDateTime startedAt; // UTC
    qint64 partnerId = 0; // the contact who played the other person; 0 for nobody
    int elapsedSeconds = 0; // the time the clock ran
    QString notes; // what to improve
    QList<PlannedQuestion> questions; // the plan as practised, with what happened to each

    int askedCount() const;
    // Whether anything happened in it worth keeping: a note, a question asked or skipped, or
    // a clock that ran for a minute.
    bool isEmpty() const;
    bool operator==(const PracticeRun &other) const = default;
};
