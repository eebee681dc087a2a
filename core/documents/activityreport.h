#pragma once

#include "domain/interview.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

class InterviewStore;
struct InterviewNames;

// One dated thing the job seeker did, as an activity report lists it.
struct Activity {
    enum class Kind {
        ContactMade, // the outreach was sent
        FollowUpSent,
        ReplyReceived,
        ConversationHeld,
        ThankYouSent,
        ReferralAsked,
        TouchBase, // a later touch base with someone already met
    };
    QDate date;
    Kind kind = Kind::ContactMade;
    qint64 interviewId = 0;
    QString person;
    QString organisation;
    QString how; // e-mail, LinkedIn, phone, in person…; empty when not recorded
    QString details; // e.g. the topic; for a conversation its length too

    bool operator==(const Activity &other) const = default;
};

// A dated record of the search, to keep or to hand in (an unemployment-benefit agency's proof
// of activity): every activity between two dates, from what the interviews record, with the
// user's name and the period at the top. Nothing is made up: an activity without a date is not
// listed.
//
// Design note: plain data, HTML and CSV text, so it stays in coffeechat_core (Qt Core only);
// print/activityreportfile lays it out in pages and writes PDF or CSV files. Everything the user
// typed is escaped here; the HTML never names a file or a URL.
struct ActivityReport {
    Q_DECLARE_TR_FUNCTIONS(ActivityReport)
public:
    QDate from;
    QDate to; // inclusive
    QString name; // the user's, from My Profile; may be empty
    QList<Activity> activities; // by date, then by interview, then in the order of the steps
    QLocale locale; // formats the dates

    // Every activity from `from` to `to` (inclusive) in the stored interviews. A conversation
    // counts as held once its time has passed and the interview went on to Follow up or was
    // completed, or has notes of it.
    static ActivityReport collect(const InterviewStore &interviews, QDate from, QDate to,
                                  const QDateTime &now = QDateTime::currentDateTime());
    // Every activity of these interviews from `from` to `to`, sorted, with the names they are
    // shown with (by interview id); what collect() uses.
    static QList<Activity> activitiesOf(const QList<Interview> &interviews, const QHash<qint64, InterviewNames> &names,
                                        QDate from, QDate to, const QDateTime &now);

    static QString kindName(Activity::Kind kind);
    // "Activity report, 1 November 2026 – 30 November 2026", for the PDF's title and the footer.
    QString title() const;
    // e.g. "Activity report 2026-11-01 to 2026-11-30.csv".
    QString suggestedFileName(const QString &suffix) const;
    // How many of each kind, in words: "14 contacts made, 4 conversations, 3 thank-you notes".
    QString summary() const;
    // The report in the HTML subset QTextDocument renders.
    QString toHtml() const;
    // The columns of the CSV file, and one activity's cells (dates in ISO 8601).
    static QStringList csvHeadings();
    QStringList csvCells(const Activity &activity) const;
};
