#include "workflow/duenotices.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// Tuesday 1 December 2026, 09:00 local time.
const QDateTime Tuesday9am(QDate(2026, 12, 1), QTime(9, 0));

Reminder task(qint64 id, Reminder::Kind kind, const QDate &due)
{
    Reminder r;
    r.interviewId = id;
    r.kind = kind;
    r.due = due;
    r.actionableFrom = due.addDays(-2);
    return r;
}

Reminder conversation(qint64 id, const QDateTime &at)
{
    Reminder r;
    r.interviewId = id;
    r.kind = Reminder::Kind::UpcomingConversation;
    r.due = at.date();
    r.actionableFrom = at.date();
    r.at = at;
    r.openAt = Step::Conduct;
    return r;
}
} // namespace

class TestDueNotices : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void isDue_data();
    void isDue();
    void eachOccasionIsAnnouncedOnce();
    void aReminderThatComesBackIsAnnouncedAgain();
    void announcementsSurviveARestart();
    void aNewDueDateIsANewOccasion();
    void noticesSayWhatAndForWhom_data();
    void noticesSayWhatAndForWhom();
};

void TestDueNotices::isDue_data()
{
    QTest::addColumn<Reminder>("reminder");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<bool>("due");

    const QDate today = Tuesday9am.date();
    QTest::newRow("a thank-you due today") << task(1, Reminder::Kind::SendThankYou, today) << Tuesday9am << true;
    QTest::newRow("a thank-you due today, just after midnight")
        << task(1, Reminder::Kind::SendThankYou, today) << QDateTime(today, QTime(0, 0, 30)) << true;
    QTest::newRow("a thank-you due tomorrow")
        << task(1, Reminder::Kind::SendThankYou, today.addDays(1)) << Tuesday9am << false;
    QTest::newRow("a thank-you due tomorrow, a minute before midnight")
        << task(1, Reminder::Kind::SendThankYou, today.addDays(1)) << QDateTime(today, QTime(23, 59)) << false;
    QTest::newRow("a follow-up a week overdue")
        << task(1, Reminder::Kind::SendFollowUp, today.addDays(-7)) << Tuesday9am << true;
    QTest::newRow("a touch base next month")
        << task(1, Reminder::Kind::TouchBase, today.addMonths(1)) << Tuesday9am << false;
    QTest::newRow("a referral ask due on 29 February") << task(1, Reminder::Kind::AskForReferral, QDate(2028, 2, 29))
                                                       << QDateTime(QDate(2028, 2, 29), QTime(8, 0)) << true;
    QTest::newRow("a task without a date") << task(1, Reminder::Kind::SendThankYou, QDate()) << Tuesday9am << false;

    const QDateTime tenOClock(today, QTime(10, 0));
    QTest::newRow("a conversation in an hour") << conversation(1, tenOClock) << Tuesday9am << false;
    QTest::newRow("a conversation in 16 minutes") << conversation(1, tenOClock) << tenOClock.addSecs(-16 * 60) << false;
    QTest::newRow("a conversation in 15 minutes") << conversation(1, tenOClock) << tenOClock.addSecs(-15 * 60) << true;
    QTest::newRow("a conversation starting now") << conversation(1, tenOClock) << tenOClock << true;
    QTest::newRow("a conversation that began 59 minutes ago")
        << conversation(1, tenOClock) << tenOClock.addSecs(59 * 60) << true;
    QTest::newRow("a conversation that began an hour ago")
        << conversation(1, tenOClock) << tenOClock.addSecs(60 * 60) << false;
    QTest::newRow("a conversation tomorrow morning")
        << conversation(1, tenOClock.addDays(1)) << QDateTime(today, QTime(23, 50)) << false;
    QTest::newRow("a conversation just after midnight, seen before it")
        << conversation(1, QDateTime(today.addDays(1), QTime(0, 5))) << QDateTime(today, QTime(23, 55)) << true;
    QTest::newRow("a conversation in UTC, seen in local time")
        << conversation(1, tenOClock.toUTC()) << tenOClock.addSecs(-5 * 60) << true;
    QTest::newRow("a conversation without a time") << conversation(1, QDateTime()) << Tuesday9am << false;
}

void TestDueNotices::isDue()
{
    QFETCH(Reminder, reminder);
    QFETCH(QDateTime, now);
    QFETCH(bool, due);
    QCOMPARE(DueNotices::isDue(reminder, now), due);
}

void TestDueNotices::eachOccasionIsAnnouncedOnce()
{
    const QDate today = Tuesday9am.date();
    const Reminder thanks = task(1, Reminder::Kind::SendThankYou, today);
    const Reminder followUp = task(2, Reminder::Kind::SendFollowUp, today.addDays(1));
    const Reminder talk = conversation(3, QDateTime(today, QTime(14, 0)));
    const QList<Reminder> open{thanks, followUp, talk};

    DueNotices notices;
    QCOMPARE(notices.take(open, Tuesday9am), QList<Reminder>{thanks});
    QCOMPARE(notices.take(open, Tuesday9am.addSecs(60)), QList<Reminder>());
    QCOMPARE(notices.take(open, QDateTime(today, QTime(13, 45))), QList<Reminder>{talk});
    QCOMPARE(notices.take(open, QDateTime(today, QTime(13, 50))), QList<Reminder>());
    // Midnight: the follow-up falls due.
    QCOMPARE(notices.take(open, QDateTime(today.addDays(1), QTime(0, 1))), QList<Reminder>{followUp});
    QCOMPARE(notices.take(open, QDateTime(today.addDays(2), QTime(9, 0))), QList<Reminder>());
}

void TestDueNotices::aReminderThatComesBackIsAnnouncedAgain()
{
    const Reminder thanks = task(1, Reminder::Kind::SendThankYou, Tuesday9am.date());
    DueNotices notices;
    QCOMPARE(notices.take({thanks}, Tuesday9am).size(), 1);
    // Snoozed until tomorrow: off the list, and the announcement is forgotten…
    QCOMPARE(notices.take({}, Tuesday9am.addSecs(60)), QList<Reminder>());
    QVERIFY(notices.announced().isEmpty());
    // …so when the snooze runs out, it is announced again.
    QCOMPARE(notices.take({thanks}, Tuesday9am.addDays(1)), QList<Reminder>{thanks});
}

void TestDueNotices::announcementsSurviveARestart()
{
    const Reminder thanks = task(1, Reminder::Kind::SendThankYou, Tuesday9am.date());
    const Reminder referral = task(7, Reminder::Kind::AskForReferral, Tuesday9am.date().addDays(-3));
    DueNotices first;
    QCOMPARE(first.take({thanks, referral}, Tuesday9am).size(), 2);
    const QStringList kept = first.announced();
    QCOMPARE(kept.size(), 2);

    DueNotices restarted(kept);
    QCOMPARE(restarted.take({thanks, referral}, Tuesday9am.addSecs(3600)), QList<Reminder>());
    // A key that was kept but is unreadable or stale is simply forgotten.
    DueNotices odd({u"garbage"_s, u""_s, DueNotices::key(thanks)});
    QCOMPARE(odd.take({thanks}, Tuesday9am), QList<Reminder>());
    QCOMPARE(odd.announced(), QStringList{DueNotices::key(thanks)});
}

void TestDueNotices::aNewDueDateIsANewOccasion()
{
    Reminder talk = conversation(3, QDateTime(Tuesday9am.date(), QTime(9, 10)));
    DueNotices notices;
    QCOMPARE(notices.take({talk}, Tuesday9am).size(), 1);
    // Moved to 9:20 the same morning: a different occasion, announced at its own time.
    talk.at = QDateTime(Tuesday9am.date(), QTime(9, 20));
    QCOMPARE(notices.take({talk}, Tuesday9am.addSecs(6 * 60)).size(), 1);
    QVERIFY(DueNotices::key(talk) != DueNotices::key(conversation(3, QDateTime(Tuesday9am.date(), QTime(9, 10)))));
    QVERIFY(DueNotices::key(task(1, Reminder::Kind::SendThankYou, Tuesday9am.date()))
            != DueNotices::key(task(1, Reminder::Kind::TouchBase, Tuesday9am.date())));
}

void TestDueNotices::noticesSayWhatAndForWhom_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QStringList>("titles");
    QTest::newRow("none") << 0 << QStringList();
    QTest::newRow("one") << 1 << QStringList{u"Send a thank-you note"_s};
    QTest::newRow("three, each its own") << 3
                                         << QStringList{u"Send a thank-you note"_s, u"Touch base again"_s,
                                                        u"Conversation coming up"_s};
    // Untranslated here: the window's English translation says "4 things to do".
    QTest::newRow("four, as one") << 4 << QStringList{u"4 thing(s) to do"_s};
    QTest::newRow("a hundred, as one") << 100 << QStringList{u"100 thing(s) to do"_s};
}

void TestDueNotices::noticesSayWhatAndForWhom()
{
    QFETCH(int, count);
    QFETCH(QStringList, titles);
    const Reminder::Kind kinds[] = {Reminder::Kind::SendThankYou, Reminder::Kind::TouchBase,
                                    Reminder::Kind::UpcomingConversation};
    QList<DueNotices::Due> due;
    for (int i = 0; i < count; ++i) {
        Reminder r = task(i + 1, kinds[i % 3], Tuesday9am.date());
        r.openAt = i % 3 == 2 ? Step::Conduct : Step::FollowUp;
        due.append({r, QString(), u"Person %1, Contoso"_s.arg(i + 1), i == 1 ? QString() : u"Due today"_s});
    }
    const QList<DueNotice> notices = DueNotices::notices(due);
    QStringList shown;
    for (const DueNotice &n : notices)
        shown << n.title;
    QCOMPARE(shown, titles);
    if (count > 0 && count <= DueNotices::MaximumSeparate) {
        QCOMPARE(notices.constFirst().text, u"Person 1, Contoso · Due today"_s);
        QCOMPARE(notices.constFirst().interviewId, qint64(1));
        QCOMPARE(notices.constFirst().step, Step::FollowUp);
        if (count > 1)
            QCOMPARE(notices.at(1).text, u"Person 2, Contoso"_s); // no due date to tell
        if (count > 2)
            QCOMPARE(notices.at(2).step, Step::Conduct);
    } else if (count > DueNotices::MaximumSeparate) {
        QCOMPARE(notices.constFirst().interviewId, qint64(0)); // opens Today
        const QStringList lines = notices.constFirst().text.split(u'\n');
        QCOMPARE(lines.size(), DueNotices::MaximumSeparate + 1);
        QCOMPARE(lines.constFirst(), u"Send a thank-you note: Person 1, Contoso"_s);
        QCOMPARE(lines.constLast(), u"…and %1 more on the Today page"_s.arg(count - DueNotices::MaximumSeparate));
    }
}

QTEST_GUILESS_MAIN(TestDueNotices)
#include "tst_duenotices.moc"
