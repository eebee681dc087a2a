#include "desktopnotifications.h"
#include "interviewdialog.h"
#include "mainwindow.h"
#include "models/todaymodel.h"
#include "remindernotifier.h"
#include "settingsdialog.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/interviewstore.h"
#include "translations.h"
#include "uitest.h"

#include <KNotification>

#include <QAction>
#include <QCheckBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <utility>

using namespace Qt::StringLiterals;
using namespace UiTest;

// Desktop notifications as the user meets them: a reminder announced once as it falls due (a
// conversation a quarter of an hour ahead), not again after a restart, many at once as one,
// none when turned off in the settings, and a click that opens the right place.
class TestNotifications : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void announcesEachReminderAsItFallsDue();
    void aRestartDoesNotRepeatThem();
    void manyAtOnceAreOneNotice();
    void turnedOffInTheSettings();
    void clickingOpensTheInterviewAtItsStep_data();
    void clickingOpensTheInterviewAtItsStep();

private:
    void openWindow();
    qint64 addInterview(const QString &first, Step step, const QDateTime &scheduledAt);
    QList<DueNotice> takeNotices();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    QDateTime m_now;
    QList<DueNotice> m_notices; // announced by the window's notifier since the last takeNotices()
};

void TestNotifications::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(QCoreApplication::instance());
}

void TestNotifications::init()
{
    m_notices.clear();
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(u"n.sqlite"_s)));
    // Monday 23 November 2026, 9:00.
    m_now = QDateTime(QDate(2026, 11, 23), QTime(9, 0));
}

void TestNotifications::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    m_db.reset();
    QSettings().clear();
}

void TestNotifications::openWindow()
{
    m_window.reset();
    m_workspace = std::make_unique<Workspace>(m_db.get(), [this] { return m_now; });
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    // Before the first check, which runs once the window is up.
    connect(m_window->reminderNotifier(), &ReminderNotifier::notice, this,
            [this](const DueNotice &notice) { m_notices.append(notice); });
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(!m_workspace->isLoading());
}

qint64 TestNotifications::addInterview(const QString &first, Step step, const QDateTime &scheduledAt)
{
    Contact c;
    c.firstName = first;
    c.lastName = u"Nakamura"_s;
    c.company = u"Lumen Health"_s;
    ContactBatch batch;
    batch.inserts << c;
    ContactStore contacts(m_db.get());
    if (!contacts.apply(batch))
        return 0;
    Interview interview;
    interview.contactId = batch.inserts.constFirst().id;
    interview.step = step;
    interview.scheduledAt = scheduledAt;
    InterviewStore interviews(m_db.get());
    return interviews.insert(interview) ? interview.id : 0;
}

QList<DueNotice> TestNotifications::takeNotices()
{
    QCoreApplication::processEvents(); // the notifier checks queued, after the list changed
    return std::exchange(m_notices, {});
}

void TestNotifications::announcesEachReminderAsItFallsDue()
{
    // Held yesterday (Sunday): the thank-you is due Tuesday. A conversation today at 11:00.
    const qint64 held = addInterview(u"Eva"_s, Step::FollowUp, QDateTime(QDate(2026, 11, 22), QTime(14, 0)));
    const qint64 talk = addInterview(u"Ravi"_s, Step::Conduct, QDateTime(QDate(2026, 11, 23), QTime(11, 0)));
    openWindow();
    QCOMPARE(m_workspace->todayModel->rowCount(), 2);
    QCOMPARE(takeNotices(), QList<DueNotice>()); // listed on Today, but not due yet

    m_now = QDateTime(QDate(2026, 11, 23), QTime(10, 44));
    m_window->reminderNotifier()->check();
    QCOMPARE(takeNotices(), QList<DueNotice>());
    m_now = QDateTime(QDate(2026, 11, 23), QTime(10, 45));
    m_window->reminderNotifier()->check();
    const QList<DueNotice> conversation = takeNotices();
    QCOMPARE(conversation.size(), 1);
    QCOMPARE(conversation.constFirst().title, u"Conversation coming up"_s);
    QCOMPARE(conversation.constFirst().text, u"Ravi Nakamura · Today, 11:00"_s);
    QCOMPARE(conversation.constFirst().interviewId, talk);
    QCOMPARE(conversation.constFirst().step, Step::Conduct);
    m_window->reminderNotifier()->check();
    QCOMPARE(takeNotices(), QList<DueNotice>()); // once

    // Tuesday just after midnight: the window's minute timer sees the new day.
    m_now = QDateTime(QDate(2026, 11, 24), QTime(0, 1));
    m_workspace->todayModel->refresh();
    m_window->reminderNotifier()->check();
    const QList<DueNotice> thanks = takeNotices();
    QCOMPARE(thanks.size(), 1);
    QCOMPARE(thanks.constFirst().title, u"Send a thank-you note"_s);
    QCOMPARE(thanks.constFirst().text, u"Eva Nakamura · Due today"_s);
    QCOMPARE(thanks.constFirst().interviewId, held);
    QCOMPARE(thanks.constFirst().step, Step::FollowUp);
}

void TestNotifications::aRestartDoesNotRepeatThem()
{
    addInterview(u"Eva"_s, Step::FollowUp, QDateTime(QDate(2026, 11, 20), QTime(14, 0)));
    openWindow();
    const QList<DueNotice> first = takeNotices();
    QCOMPARE(first.size(), 1);
    QCOMPARE(first.constFirst().text, u"Eva Nakamura · 1 day overdue"_s);

    m_now = m_now.addSecs(3600);
    openWindow(); // a restart, an hour later
    QCOMPARE(takeNotices(), QList<DueNotice>());

    // Something new falls due: only that is announced.
    addInterview(u"Ravi"_s, Step::FollowUp, QDateTime(QDate(2026, 11, 19), QTime(9, 0)));
    m_workspace->todayModel->refresh();
    const QList<DueNotice> after = takeNotices();
    QCOMPARE(after.size(), 1);
    QCOMPARE(after.constFirst().text, u"Ravi Nakamura · 2 days overdue"_s);
}

void TestNotifications::manyAtOnceAreOneNotice()
{
    const QStringList names{u"Ada"_s, u"Ben"_s, u"Cleo"_s, u"Dev"_s, u"Eli"_s};
    for (const QString &name : names)
        addInterview(name, Step::FollowUp, QDateTime(QDate(2026, 11, 18), QTime(14, 0)));
    openWindow();
    const QList<DueNotice> notices = takeNotices();
    QCOMPARE(notices.size(), 1);
    const DueNotice summary = notices.constFirst();
    QCOMPARE(summary.title, u"5 things to do"_s);
    QCOMPARE(summary.interviewId, qint64(0));
    const QStringList lines = summary.text.split(u'\n');
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.constFirst().startsWith(u"Send a thank-you note: "_s), qPrintable(lines.constFirst()));
    QCOMPARE(lines.constLast(), u"…and 2 more on the Today page"_s);

    // Clicking it opens Today.
    m_window->showPage(MainWindow::ContactsPage);
    std::unique_ptr<KNotification> notification(m_window->desktopNotifications()->create(summary));
    QCOMPARE(notification->title(), summary.title);
    Q_EMIT notification->defaultAction()->activated();
    QCOMPARE(m_window->tabs()->currentIndex(), int(MainWindow::TodayPage));
}

void TestNotifications::turnedOffInTheSettings()
{
    openWindow();
    whenModal<SettingsDialog>([](SettingsDialog *dialog) {
        auto *box = child<QCheckBox>(dialog, u"desktopNotifications"_s);
        QVERIFY(box->isChecked()); // on unless turned off
        dialog->pages()->setCurrentIndex(2);
        screenshot(dialog, u"settings-reminders"_s);
        box->click();
        dialog->accept();
    });
    m_window->findChild<QAction *>(u"configureAction"_s)->trigger();
    QVERIFY(!m_window->reminderNotifier()->isEnabled());
    QCOMPARE(ReminderSettings::load().desktopNotifications, false);

    addInterview(u"Eva"_s, Step::FollowUp, QDateTime(QDate(2026, 11, 20), QTime(14, 0)));
    m_workspace->todayModel->refresh();
    m_window->reminderNotifier()->check();
    QCOMPARE(takeNotices(), QList<DueNotice>());
    QCOMPARE(m_workspace->todayModel->rowCount(), 1); // still on Today

    // Kept off after a restart; turned on again, what was due while off is not repeated.
    openWindow();
    QVERIFY(!m_window->reminderNotifier()->isEnabled());
    m_window->reminderNotifier()->setEnabled(true);
    m_window->reminderNotifier()->check();
    QCOMPARE(takeNotices(), QList<DueNotice>());
}

void TestNotifications::clickingOpensTheInterviewAtItsStep_data()
{
    QTest::addColumn<Step>("step");
    QTest::addColumn<int>("tab");
    QTest::addColumn<bool>("alreadyOpen");
    QTest::newRow("a thank-you: Follow up") << Step::FollowUp << 5 << false;
    QTest::newRow("a conversation: Conduct") << Step::Conduct << 4 << false;
    QTest::newRow("already open at another step") << Step::FollowUp << 5 << true;
}

void TestNotifications::clickingOpensTheInterviewAtItsStep()
{
    QFETCH(Step, step);
    QFETCH(int, tab);
    QFETCH(bool, alreadyOpen);
    const qint64 id = addInterview(u"Eva"_s, step, QDateTime(QDate(2026, 11, 20), QTime(14, 0)));
    openWindow();
    if (alreadyOpen)
        QVERIFY(m_window->openInterview(id, Step::Research));
    m_window->showMinimized();

    DueNotice notice;
    notice.title = u"Send a thank-you note"_s;
    notice.text = u"Eva <Nakamura> & Co · Due today"_s;
    notice.interviewId = id;
    notice.step = step;
    std::unique_ptr<KNotification> notification(m_window->desktopNotifications()->create(notice));
    QCOMPARE(notification->eventId(), u"reminderDue"_s);
    QCOMPARE(notification->componentName(), u"coffeechat"_s);
    QCOMPARE(notification->text(), u"Eva &lt;Nakamura&gt; &amp; Co · Due today"_s); // shown as typed
    QVERIFY(notification->defaultAction());
    Q_EMIT notification->defaultAction()->activated();

    QVERIFY(!m_window->isMinimized());
    const QList<InterviewDialog *> dialogs = m_window->findChildren<InterviewDialog *>();
    QCOMPARE(dialogs.size(), 1); // never a second copy of the same interview
    InterviewDialog *dialog = dialogs.constFirst();
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->interviewId(), id);
    QCOMPARE(child<QTabWidget>(dialog, u"stepTabs"_s)->currentIndex(), tab);
    dialog->reject();
    QTRY_VERIFY(m_window->findChildren<InterviewDialog *>().isEmpty());

    // Deleted since it was announced: Today, and a word why.
    QVERIFY(m_workspace->interviews->remove(id));
    m_window->showPage(MainWindow::ContactsPage);
    std::unique_ptr<KNotification> stale(m_window->desktopNotifications()->create(notice));
    Q_EMIT stale->defaultAction()->activated();
    QCOMPARE(m_window->tabs()->currentIndex(), int(MainWindow::TodayPage));
    QCOMPARE(m_window->statusBar()->currentMessage(), u"That interview no longer exists."_s);
    QVERIFY(m_window->findChildren<InterviewDialog *>().isEmpty());
}

QTEST_MAIN(TestNotifications)
#include "tst_notifications.moc"
