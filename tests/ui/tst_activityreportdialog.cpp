#include "activityreportdialog.h"
#include "mainwindow.h"
#include "storage/database.h"
#include "storage/interviewstore.h"
#include "translations.h"
#include "uitest.h"
#include "workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace UiTest;

// File › Activity Report…: the periods, what the period holds, and saving it.
class TestActivityReportDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void periods_data();
    void periods();
    void datesByHandMakeAPeriodOfTheirOwn();
    void endBeforeStartIsExplained();
    void savesPdfAndCsv();
    void saveFailureNamesTheFile();
    void openedFromTheFileMenu();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_workspace;
};

namespace {
const QDateTime Now(QDate(2026, 12, 4), QTime(12, 0));
}

void TestActivityReportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(QCoreApplication::instance());
}

void TestActivityReportDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(u"r.sqlite"_s)));
    m_workspace = std::make_unique<Workspace>(m_db.get(), [] { return Now; });
    // Outreach on 3 November and 2 December; a conversation held on 18 November.
    Interview november;
    november.topic = u"Careers in computing"_s;
    november.step = Step::FollowUp;
    november.outreachSentOn = QDate(2026, 11, 3);
    november.scheduledAt = QDateTime(QDate(2026, 11, 18), QTime(10, 0));
    QVERIFY(m_workspace->interviews->insert(november));
    Interview december;
    december.topic = u"What a data team lead does all day"_s;
    december.step = Step::Contact;
    december.outreachSentOn = QDate(2026, 12, 2);
    QVERIFY(m_workspace->interviews->insert(december));
}

void TestActivityReportDialog::cleanup()
{
    m_workspace.reset();
    m_db.reset();
}

void TestActivityReportDialog::periods_data()
{
    QTest::addColumn<ActivityReportDialog::Period>("period");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("summary");
    QTest::newRow("this month") << ActivityReportDialog::Period::ThisMonth << QDate(2026, 12, 1) << QDate(2026, 12, 4)
                                << u"1 contact made."_s;
    QTest::newRow("last month") << ActivityReportDialog::Period::LastMonth << QDate(2026, 11, 1) << QDate(2026, 11, 30)
                                << u"1 contact made, 1 conversation held."_s;
    QTest::newRow("last 4 weeks") << ActivityReportDialog::Period::LastFourWeeks << QDate(2026, 11, 7)
                                  << QDate(2026, 12, 4) << u"1 contact made, 1 conversation held."_s;
    QTest::newRow("last 3 months") << ActivityReportDialog::Period::LastThreeMonths << QDate(2026, 9, 5)
                                   << QDate(2026, 12, 4) << u"2 contacts made, 1 conversation held."_s;
    QTest::newRow("last 12 months") << ActivityReportDialog::Period::LastTwelveMonths << QDate(2025, 12, 5)
                                    << QDate(2026, 12, 4) << u"2 contacts made, 1 conversation held."_s;
}

void TestActivityReportDialog::periods()
{
    QFETCH(ActivityReportDialog::Period, period);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QString, summary);
    ActivityReportDialog dialog(m_workspace.get());
    dialog.setPeriod(period);
    QCOMPARE(child<QDateEdit>(&dialog, u"reportFrom"_s)->date(), from);
    QCOMPARE(child<QDateEdit>(&dialog, u"reportTo"_s)->date(), to);
    QCOMPARE(dialog.report().from, from);
    QCOMPARE(dialog.report().to, to);
    QCOMPARE(child<QLabel>(&dialog, u"reportSummary"_s)->text(), summary);
    QCOMPARE(child<QComboBox>(&dialog, u"reportPeriod"_s)->currentData().toInt(), int(period));
}

void TestActivityReportDialog::datesByHandMakeAPeriodOfTheirOwn()
{
    ActivityReportDialog dialog(m_workspace.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *from = child<QDateEdit>(&dialog, u"reportFrom"_s);
    from->setFocus();
    from->setSelectedSection(QDateTimeEdit::MonthSection);
    QTest::keyClick(from, Qt::Key_Down); // a month earlier: 1 November
    QCOMPARE(from->date(), QDate(2026, 11, 1));
    QCOMPARE(child<QComboBox>(&dialog, u"reportPeriod"_s)->currentData().toInt(),
             int(ActivityReportDialog::Period::Custom));
    QCOMPARE(child<QLabel>(&dialog, u"reportSummary"_s)->text(), u"2 contacts made, 1 conversation held."_s);
    const QStringList problems = mnemonicProblems(&dialog) + unnamedControls(&dialog);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    screenshot(&dialog, u"activity-report-dialog"_s);
}

void TestActivityReportDialog::endBeforeStartIsExplained()
{
    ActivityReportDialog dialog(m_workspace.get());
    dialog.setDates(QDate(2026, 12, 1), QDate(2026, 11, 1));
    QVERIFY(child<QLabel>(&dialog, u"reportSummary"_s)->text().contains(u"ends before it begins"_s));
    for (const QString &name : {u"previewReport"_s, u"printReport"_s, u"savePdf"_s, u"saveCsv"_s})
        QVERIFY2(!child<QPushButton>(&dialog, name)->isEnabled(), qPrintable(name));
    dialog.setDates(QDate(2026, 11, 1), QDate(2026, 12, 1));
    QVERIFY(child<QPushButton>(&dialog, u"savePdf"_s)->isEnabled());
}

void TestActivityReportDialog::savesPdfAndCsv()
{
    ActivityReportDialog dialog(m_workspace.get());
    dialog.setPeriod(ActivityReportDialog::Period::LastMonth);
    QSignalSpy status(&dialog, &ActivityReportDialog::statusMessage);
    const QString pdf = m_dir->filePath(u"November.pdf"_s);
    QVERIFY(dialog.saveTo(pdf));
    QFile written(pdf);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.read(5) == "%PDF-");
    QCOMPARE(status.size(), 1);
    QVERIFY2(status.at(0).at(0).toString().contains(u"2 activities on 1 page"_s),
             qPrintable(status.at(0).at(0).toString()));
    const QString csv = m_dir->filePath(u"November.csv"_s);
    QVERIFY(dialog.saveTo(csv));
    QFile table(csv);
    QVERIFY(table.open(QIODevice::ReadOnly));
    QCOMPARE(table.readAll().count("\r\n"), 3); // the headings and two activities
}

void TestActivityReportDialog::saveFailureNamesTheFile()
{
    ActivityReportDialog dialog(m_workspace.get());
    QString shown;
    whenModal<QMessageBox>([&shown](QMessageBox *box) {
        shown = box->text();
        box->accept();
    });
    const QString path = m_dir->filePath(u"missing/November.pdf"_s);
    QVERIFY(!dialog.saveTo(path));
    QVERIFY2(shown.contains(u"November.pdf"_s), qPrintable(shown));
    QVERIFY(!QFile::exists(path));
}

void TestActivityReportDialog::openedFromTheFileMenu()
{
    MainWindow window(m_workspace.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QString summary;
    whenModal<ActivityReportDialog>([&summary](ActivityReportDialog *dialog) {
        summary = child<QLabel>(dialog, u"reportSummary"_s)->text();
        dialog->reject();
    });
    window.findChild<QAction *>(u"activityReportAction"_s)->trigger();
    QCOMPARE(summary, u"1 contact made."_s);
}

QTEST_MAIN(TestActivityReportDialog)
#include "tst_activityreportdialog.moc"
