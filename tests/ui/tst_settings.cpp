// Settings › Configure Coffee Chat, driven through the real dialog: new interviews take the
// default length and agenda, reminder intervals reach the Today page at once, Cancel changes
// nothing and Restore Defaults resets the page on show.

#include "appearance.h"
#include "mainwindow.h"
#include "models/contactlistmodel.h"
#include "models/todaymodel.h"
#include "settingsdialog.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/interviewstore.h"
#include "translations.h"
#include "uitest.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace UiTest;

class TestSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void newInterviewsTakeTheDefaults();
    void reminderIntervalsReachToday();
    void cancelChangesNothing();
    void restoreDefaultsResetsThePageOnShow_data();
    void restoreDefaultsResetsThePageOnShow();
    void colourSchemeAppliesAtOnceAndIsKept_data();
    void colourSchemeAppliesAtOnceAndIsKept();

private:
    void configure(std::function<void(SettingsDialog *)> change);
    qint64 addContact();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    QDateTime m_now;
};

void TestSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(QCoreApplication::instance());
}

void TestSettings::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("s.sqlite"))));
    m_now = QDateTime(QDate(2026, 11, 23), QTime(9, 0)); // a Monday
    m_workspace = std::make_unique<Workspace>(m_db.get(), [this] { return m_now; });
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(!m_workspace->isLoading());
}

void TestSettings::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    m_db.reset();
    QSettings().clear();
}

void TestSettings::configure(std::function<void(SettingsDialog *)> change)
{
    whenModal<SettingsDialog>(change);
    m_window->findChild<QAction *>(QStringLiteral("configureAction"))->trigger();
}

qint64 TestSettings::addContact()
{
    Contact c;
    c.firstName = QStringLiteral("Ines");
    c.lastName = QStringLiteral("Moreau");
    ContactBatch batch;
    batch.inserts << c;
    return m_workspace->contacts->apply(batch) ? batch.inserts.constFirst().id : 0;
}

void TestSettings::newInterviewsTakeTheDefaults()
{
    configure([](SettingsDialog *dialog) {
        child<QSpinBox>(dialog, QStringLiteral("defaultLength"))->setValue(30);
        child<QPlainTextEdit>(dialog, QStringLiteral("defaultAgenda"))
            ->setPlainText(QStringLiteral("Coffee, then questions."));
        screenshot(dialog, QStringLiteral("settings-interviews"));
        dialog->accept();
    });
    QCOMPARE(InterviewDefaults::load().lengthMinutes, 30);

    const qint64 contact = addContact();
    const qint64 id = m_window->startInterview(contact);
    QVERIFY(id);
    const Interview interview = *m_window->workspace()->interviews->interview(id);
    QCOMPARE(interview.lengthMinutes, 30);
    QCOMPARE(interview.agenda, QStringLiteral("Coffee, then questions."));
}

void TestSettings::reminderIntervalsReachToday()
{
    // A conversation last Wednesday: with two days for the thank-you it is overdue on Monday,
    // with seven it is not due yet.
    Interview interview;
    interview.contactId = addContact();
    interview.step = Step::FollowUp;
    interview.scheduledAt = QDateTime(QDate(2026, 11, 18), QTime(10, 0));
    QVERIFY(m_window->workspace()->interviews->insert(interview));
    TodayModel *today = m_workspace->todayModel;
    QCOMPARE(today->rowCount(), 1);
    QVERIFY2(today->index(0, 0).data().toString().contains(QStringLiteral("overdue")),
             qPrintable(today->index(0, 0).data().toString()));

    configure([](SettingsDialog *dialog) {
        dialog->pages()->setCurrentIndex(2);
        auto *thankYou = child<QSpinBox>(dialog, QStringLiteral("thankYouWithinDays"));
        QCOMPARE(thankYou->suffix(), QStringLiteral(" days"));
        thankYou->setValue(1);
        QCOMPARE(thankYou->suffix(), QStringLiteral(" day")); // the unit agrees with the number
        thankYou->setValue(7);
        screenshot(dialog, QStringLiteral("settings-reminders"));
        dialog->accept();
    });
    QCOMPARE(m_window->workspace()->reminders.thankYouWithinDays, 7);
    QCOMPARE(ReminderSettings::load().thankYouWithinDays, 7);
    const QModelIndex first = today->index(0, 0);
    QVERIFY2(!first.isValid() || !first.data().toString().contains(QStringLiteral("overdue")),
             qPrintable(first.data().toString()));
}

void TestSettings::cancelChangesNothing()
{
    configure([](SettingsDialog *dialog) {
        child<QSpinBox>(dialog, QStringLiteral("defaultLength"))->setValue(45);
        child<QSpinBox>(dialog, QStringLiteral("followUpAfterBusinessDays"))->setValue(12);
        dialog->reject();
    });
    QCOMPARE(InterviewDefaults::load(), InterviewDefaults());
    QCOMPARE(ReminderSettings::load(), ReminderSettings());
    QCOMPARE(m_window->workspace()->reminders, ReminderSettings());
}

void TestSettings::restoreDefaultsResetsThePageOnShow_data()
{
    QTest::addColumn<int>("page");
    QTest::newRow("interviews") << 1;
    QTest::newRow("reminders") << 2;
}

void TestSettings::restoreDefaultsResetsThePageOnShow()
{
    QFETCH(int, page);
    InterviewDefaults defaults;
    defaults.lengthMinutes = 45;
    ReminderSettings reminders;
    reminders.upcomingWithinDays = 21;
    SettingsDialog dialog(MyProfile(), defaults, reminders);
    dialog.pages()->setCurrentIndex(page);
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::RestoreDefaults)->click();
    // The page on show is reset; the other keeps what was there.
    QCOMPARE(dialog.interviewDefaults().lengthMinutes, page == 1 ? InterviewDefaults().lengthMinutes : 45);
    QCOMPARE(dialog.reminderSettings().upcomingWithinDays, page == 2 ? ReminderSettings().upcomingWithinDays : 21);
}

void TestSettings::colourSchemeAppliesAtOnceAndIsKept_data()
{
    QTest::addColumn<int>("scheme");
    QTest::addColumn<bool>("dark");
    QTest::newRow("dark") << int(Appearance::Scheme::Dark) << true;
    QTest::newRow("light") << int(Appearance::Scheme::Light) << false;
}

void TestSettings::colourSchemeAppliesAtOnceAndIsKept()
{
    QFETCH(int, scheme);
    QFETCH(bool, dark);
    const auto lightness = [](QPalette::ColorRole role) { return QApplication::palette().color(role).lightness(); };
    configure([scheme](SettingsDialog *dialog) {
        child<QRadioButton>(dialog, QStringLiteral("colorScheme%1").arg(scheme))->click();
        dialog->accept();
    });
    QCOMPARE(int(Appearance::load()), scheme);
    QCOMPARE(lightness(QPalette::Window) < 128, dark);
    QCOMPARE(lightness(QPalette::Text) > 128, dark);
    QTRY_COMPARE(m_window->palette().color(QPalette::Base).lightness() < 128, dark); // every window, at once

    // Late and due-today colours read on this scheme's backgrounds (WCAG: 4.5:1 for text).
    const auto contrast = Appearance::contrastRatio;
    const QPalette palette = QApplication::palette();
    // Hints: secondary, but readable; and a hint label follows the scheme it is shown in.
    QVERIFY(contrast(Appearance::secondaryTextColour(palette), palette.color(QPalette::Window)) >= 4.5);
    // The focus frame: 3:1 on both backgrounds (WCAG's non-text contrast).
    QVERIFY(contrast(Appearance::focusColour(palette), palette.color(QPalette::Window)) >= 3.0);
    QVERIFY(contrast(Appearance::focusColour(palette), palette.color(QPalette::Base)) >= 3.0);
    for (const auto tone : {Appearance::Tone::Late, Appearance::Tone::DueToday}) {
        const QColor colour = Appearance::toneColour(tone, palette);
        for (const auto background : {QPalette::Base, QPalette::Window}) {
            const qreal ratio = contrast(colour, palette.color(background));
            QVERIFY2(ratio >= 4.5,
                     qPrintable(QStringLiteral("%1 on %2: %3:1")
                                    .arg(colour.name(), palette.color(background).name())
                                    .arg(ratio, 0, 'f', 2)));
        }
    }
    // The board in this scheme, with an overdue thank-you on it.
    Interview held;
    held.contactId = addContact();
    held.topic = QStringLiteral("What a data team lead does all day");
    held.step = Step::FollowUp;
    held.scheduledAt = QDateTime(QDate(2026, 11, 18), QTime(10, 0));
    QVERIFY(m_window->workspace()->interviews->insert(held));
    m_window->resize(1000, 650);
    m_window->showPage(MainWindow::InterviewsPage);
    screenshot(m_window.get(), dark ? QStringLiteral("board-dark") : QStringLiteral("board-light"));
    // The dialog opens with the choice, and "Follow the system" undoes it.
    configure([scheme](SettingsDialog *dialog) {
        QVERIFY(child<QRadioButton>(dialog, QStringLiteral("colorScheme%1").arg(scheme))->isChecked());
        child<QRadioButton>(dialog, QStringLiteral("colorScheme%1").arg(int(Appearance::Scheme::System)))->click();
        dialog->accept();
    });
    QCOMPARE(Appearance::load(), Appearance::Scheme::System);
    QVERIFY(!QSettings().contains(QStringLiteral("appearance/colorScheme")));
}

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
