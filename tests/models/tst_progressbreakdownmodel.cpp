#include "models/progressbreakdownmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// The Progress page's table: one row per group, numbers shown in the locale and sorted as numbers.
class TestProgressBreakdownModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void rows_data();
    void rows();
    void headingFollowsTheGrouping();
};

void TestProgressBreakdownModel::rows_data()
{
    QTest::addColumn<QList<ProgressGroup>>("groups");
    QTest::addColumn<QStringList>("firstRow");
    QTest::addColumn<QVariantList>("firstRowSort");

    QTest::newRow("none") << QList<ProgressGroup>() << QStringList() << QVariantList();
    QTest::newRow("one") << QList<ProgressGroup>{{u"Alumni"_s, 4, 3, 2, 1}}
                         << QStringList{u"Alumni"_s, u"4"_s, u"3"_s, u"75%"_s, u"2"_s, u"1"_s}
                         << QVariantList{u"Alumni"_s, 4, 3, 0.75, 2, 1};
    QTest::newRow("thousands, no reply")
        << QList<ProgressGroup>{{u"LinkedIn connection"_s, 1200, 0, 0, 0}, {u"Friend"_s, 1, 1, 1, 0}}
        << QStringList{u"LinkedIn connection"_s, u"1,200"_s, u"0"_s, u"0%"_s, u"0"_s, u"0"_s}
        << QVariantList{u"LinkedIn connection"_s, 1200, 0, 0.0, 0, 0};
}

void TestProgressBreakdownModel::rows()
{
    QFETCH(QList<ProgressGroup>, groups);
    QFETCH(QStringList, firstRow);
    QFETCH(QVariantList, firstRowSort);

    ProgressBreakdownModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setGroups(groups, u"How you know them"_s);
    QCOMPARE(model.rowCount(), groups.size());
    QCOMPARE(model.columnCount(), int(ProgressBreakdownModel::ColumnCount));
    QCOMPARE(reset.size(), groups.isEmpty() ? 0 : 1);
    model.setGroups(groups, u"How you know them"_s); // the same again: nothing to tell the views
    QCOMPARE(reset.size(), groups.isEmpty() ? 0 : 1);
    if (groups.isEmpty())
        return;
    for (int column = 0; column < model.columnCount(); ++column) {
        QCOMPARE(model.index(0, column).data().toString(), firstRow.at(column));
        QCOMPARE(model.index(0, column).data(ProgressBreakdownModel::SortRole), firstRowSort.at(column));
    }
    QVERIFY(!model.index(0, 0).data(Qt::TextAlignmentRole).isValid());
    QVERIFY(model.index(0, 1).data(Qt::TextAlignmentRole).isValid()); // numbers to the right
    model.setGroups({}, u"How you know them"_s);
    QCOMPARE(model.rowCount(), 0);
}

void TestProgressBreakdownModel::headingFollowsTheGrouping()
{
    ProgressBreakdownModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    model.setGroups({{u"Acme"_s, 1, 0, 0, 0}}, u"Organisation"_s);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"Organisation"_s);
    QCOMPARE(headers.size(), 1);
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), u"Reached out"_s);
    QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
    QVERIFY(
        !model.headerData(ProgressBreakdownModel::RepliedColumn, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestProgressBreakdownModel)
#include "tst_progressbreakdownmodel.moc"
