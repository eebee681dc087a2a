// Typing a date into the shared date fields as people write it: with the separators, with one
// digit for a day or month, and without separators; the date that results is the one typed.

#include "datefield.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDateField : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void typedDate_data();
    void typedDate();
    void typedDateTime_data();
    void typedDateTime();
};

void TestDateField::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); // dd/MM/yyyy
}

void TestDateField::typedDate_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("with separators") << u"07/12/2026"_s << QDate(2026, 12, 7);
    QTest::newRow("one-digit day and month") << u"7/3/2026"_s << QDate(2026, 3, 7);
    QTest::newRow("without separators") << u"07122026"_s << QDate(2026, 12, 7);
    QTest::newRow("two-digit month after one-digit day") << u"7/12/2026"_s << QDate(2026, 12, 7);
    QTest::newRow("a day that could go on (1, then 10–19)") << u"1/3/2026"_s << QDate(2026, 3, 1);
    QTest::newRow("dots") << u"07.12.2026"_s << QDate(2026, 12, 7);
    QTest::newRow("last day of a month") << u"31/01/2027"_s << QDate(2027, 1, 31);
}

void TestDateField::typedDate()
{
    QFETCH(QString, typed);
    QFETCH(QDate, expected);
    DateField field(u"Sent"_s);
    field.setToday(QDate(2026, 1, 1));
    field.setDate(QDate(2026, 1, 1));
    field.show();
    QVERIFY(QTest::qWaitForWindowExposed(&field));
    auto *edit = field.findChild<QDateEdit *>(u"date"_s);
    QVERIFY(edit);
    edit->setFocus();
    edit->setSelectedSection(QDateTimeEdit::DaySection); // as Tab into the field leaves it
    QTest::keyClicks(edit, typed);
    QCOMPARE(field.date(), expected);
}

void TestDateField::typedDateTime_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("with separators") << u"07/12/2026 14:30"_s << QDateTime(QDate(2026, 12, 7), QTime(14, 30));
    QTest::newRow("one-digit parts") << u"7/3/2026 9:05"_s << QDateTime(QDate(2026, 3, 7), QTime(9, 5));
}

void TestDateField::typedDateTime()
{
    QFETCH(QString, typed);
    QFETCH(QDateTime, expected);
    DateTimeField field(u"Set"_s);
    field.setDateTime(QDateTime(QDate(2026, 1, 1), QTime(10, 0)));
    field.show();
    QVERIFY(QTest::qWaitForWindowExposed(&field));
    auto *edit = field.findChild<QDateTimeEdit *>();
    QVERIFY(edit);
    edit->setFocus();
    edit->setSelectedSection(QDateTimeEdit::DaySection); // as Tab into the field leaves it
    QTest::keyClicks(edit, typed);
    QCOMPARE(field.dateTime(), expected);
}

QTEST_MAIN(TestDateField)
#include "tst_datefield.moc"
