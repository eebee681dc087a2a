#pragma once

#include "domain/interview.h"
#include "storage/interviewstore.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

// What happened in one week (the dates the interviews record, by the day they fall on).
struct ProgressWeek {
    QDate start; // the week's first day
    int outreach = 0; // first messages sent
    int replies = 0; // replies received
    int conversations = 0; // conversations held
    int thankYous = 0; // thank-you notes sent
    int referrals = 0; // people they referred you to

    bool operator==(const ProgressWeek &other) const = default;
};

// How the outreach of the period went for one group (how you know them, or an organisation):
// the interviews whose first message was sent in the period, followed to wherever they led.
struct ProgressGroup {
    QString name;
    int reachedOut = 0;
    int replied = 0; // they answered: a reply recorded, a conversation held, or a decline
    int conversations = 0; // a conversation was held
    int withReferral = 0; // it led to at least one referral (a decline can still bring one)
    int conversationsWithReferral = 0; // a conversation was held and it led to a referral
    bool unnamed = false; // "Not recorded", "No organisation": listed after the named groups

    double conversationRate() const { return reachedOut ? double(conversations) / reachedOut : 0.0; }
    // Of the conversations, how many led to a referral: the last step of outreach → conversation →
    // referral.
    double referralRate() const { return conversations ? double(conversationsWithReferral) / conversations : 0.0; }

    double replyRate() const { return reachedOut ? double(replied) / reachedOut : 0.0; }
    bool operator==(const ProgressGroup &other) const = default;
};

// How the search is going, computed from what the interviews record; no widget code, so the
// figures are tested here and the Progress page only draws them.
//
// Two kinds of figures, each honest about what it counts:
// - by date: the weeks, and the totals of conversations, thank-you notes and referrals, count what
//   happened in the period;
// - by outreach: reply rate, median reply time, the conversions and the breakdowns follow the
//   people first written to in the period, to wherever that led (a reply that came after the
//   period still counts as a reply).
struct Progress {
    Q_DECLARE_TR_FUNCTIONS(Progress)
public:
    enum class Range { FourWeeks, ThreeMonths, All };

    // What the figures are computed from: InterviewStore::all(), names() and referralDates().
    struct Input {
        QList<Interview> interviews;
        QHash<qint64, InterviewNames> names;
        QHash<qint64, QList<QDate>> referralDates;
    };

    Range range = Range::FourWeeks;
    QDate from; // a week's first day
    QDate to; // today, inclusive
    QList<ProgressWeek> weeks; // every week from `from` to `to`, empty ones included
    // The same by calendar month, for a chart of a long search: start is the month's first day
    // (the first month's may lie before `from`), each counting the dates in it from `from` on.
    QList<ProgressWeek> months;

    // By outreach (see above).
    ProgressGroup overall;
    std::optional<double> medianReplyDays; // none without a dated reply
    QList<ProgressGroup> byRelationship; // most reached first
    QList<ProgressGroup> byOrganisation;

    // By date.
    int conversations = 0;
    int thankYous = 0;
    int thankYousOnTime = 0; // sent within two days of the conversation
    int referrals = 0; // undated ones (recorded before dates were kept) count in "All" only

    static Input read(const InterviewStore &store);
    static Progress compute(const Input &input, Range range, const QDateTime &now,
                            Qt::DayOfWeek firstDayOfWeek = Qt::Monday);

    static QList<Range> ranges();
    static QString rangeName(Range range); // "Last 4 weeks"
    // Whether anything at all happened in the period.
    bool isEmpty() const;
    // "Last 4 weeks: 14 reached out, 6 replied (43%), 4 conversations, 3 of 4 thank-you notes on
    // time, 1 referral."
    QString summary(const QLocale &locale = QLocale()) const;
    // "43%", "2 days", "2.5 days"
    static QString percent(double fraction, const QLocale &locale = QLocale());
    // A week's (or month's) counts in words, those that are not zero: "2 reached out, 1 reply";
    // empty when nothing happened.
    static QString inWords(const ProgressWeek &week);
    static QString days(double days, const QLocale &locale = QLocale());
};
