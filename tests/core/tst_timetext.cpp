// Times are shown without seconds in every locale, including those whose short format has them.

#include "domain/timetext.h"

#include <QTest>

class TestTimeText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noSeconds_data();
    void noSeconds();
};

void TestTimeText::noSeconds_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("time"); // 15:30:45 as shown
    QTest::newRow("C (its short format has seconds)") << QStringLiteral("C") << QStringLiteral("15:30");
    QTest::newRow("en_GB") << QStringLiteral("en_GB") << QStringLiteral("15:30");
    QTest::newRow("de_DE") << QStringLiteral("de_DE") << QStringLiteral("15:30");
    QTest::newRow("fi_FI (dots)") << QStringLiteral("fi_FI") << QStringLiteral("15.30");
}

void TestTimeText::noSeconds()
{
    QFETCH(QString, locale);
    QFETCH(QString, time);
    const QLocale l(locale);
    const QTime at(15, 30, 45);
    QCOMPARE(TimeText::time(at, l), time);
    const QString shown = TimeText::dateTime(QDateTime(QDate(2026, 11, 26), at), l);
    QVERIFY2(!shown.contains(QStringLiteral("45")), qPrintable(shown));
    QVERIFY2(shown.endsWith(time), qPrintable(shown)); // the date part is the locale's own
}

QTEST_GUILESS_MAIN(TestTimeText)
#include "tst_timetext.moc"
