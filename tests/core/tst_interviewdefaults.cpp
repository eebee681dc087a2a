// What new interviews start with, as stored in the settings file.

#include "workflow/interviewdefaults.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTest>

class TestInterviewDefaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void roundTrip();
    void standardAgendaIsNotStored();
    void invalidLengthFallsBack_data();
    void invalidLengthFallsBack();
};

void TestInterviewDefaults::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CoffeeChatTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_interviewdefaults"));
}

void TestInterviewDefaults::init()
{
    QSettings().clear();
}

void TestInterviewDefaults::roundTrip()
{
    QCOMPARE(InterviewDefaults::load(), InterviewDefaults());
    InterviewDefaults changed;
    changed.lengthMinutes = 30;
    changed.agenda = QStringLiteral("Coffee first.\nThen questions.");
    changed.save();
    QCOMPARE(InterviewDefaults::load(), changed);
}

void TestInterviewDefaults::standardAgendaIsNotStored()
{
    InterviewDefaults defaults;
    defaults.lengthMinutes = 25;
    defaults.save();
    // So the agenda follows the app's language until the user writes their own.
    QVERIFY(!QSettings().contains(QStringLiteral("interviews/defaultAgenda")));
    QCOMPARE(InterviewDefaults::load().agenda, InterviewDefaults::standardAgenda());
}

void TestInterviewDefaults::invalidLengthFallsBack_data()
{
    QTest::addColumn<QVariant>("stored");
    QTest::addColumn<int>("expected");
    QTest::newRow("valid") << QVariant(45) << 45;
    QTest::newRow("minimum") << QVariant(InterviewDefaults::MinimumLength) << int(InterviewDefaults::MinimumLength);
    QTest::newRow("maximum") << QVariant(InterviewDefaults::MaximumLength) << int(InterviewDefaults::MaximumLength);
    QTest::newRow("too short") << QVariant(5) << 20;
    QTest::newRow("too long") << QVariant(600) << 20;
    QTest::newRow("negative") << QVariant(-20) << 20;
    QTest::newRow("text") << QVariant(QStringLiteral("half an hour")) << 20;
}

void TestInterviewDefaults::invalidLengthFallsBack()
{
    QFETCH(QVariant, stored);
    QFETCH(int, expected);
    QSettings().setValue(QStringLiteral("interviews/defaultLengthMinutes"), stored);
    QCOMPARE(InterviewDefaults::load().lengthMinutes, expected);
}

QTEST_GUILESS_MAIN(TestInterviewDefaults)
#include "tst_interviewdefaults.moc"
