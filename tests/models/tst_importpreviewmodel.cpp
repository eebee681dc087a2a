#include "import/contactimport.h"
#include "models/importpreviewmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

class TestImportPreviewModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsEachRowWithItsResult_data();
    void showsEachRowWithItsResult();
};

void TestImportPreviewModel::showsEachRowWithItsResult_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("result");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("details");
    QTest::addColumn<bool>("changedJob");
    QTest::newRow("new") << 0 << 2 << QStringLiteral("New") << QStringLiteral("Ada Lovelace") << QString() << false;
    QTest::newRow("changed jobs") << 1 << 3 << QStringLiteral("Update") << QStringLiteral("Alan Turing")
                                  << QStringLiteral("Changed jobs: was Bletchley") << true;
    QTest::newRow("filled in") << 2 << 4 << QStringLiteral("Update") << QStringLiteral("Grace Hopper")
                               << QStringLiteral("New company, position") << false;
    QTest::newRow("skipped") << 3 << 5 << QStringLiteral("Skipped") << QString()
                             << QStringLiteral("empty row (LinkedIn leaves a few rows blank except for the date)")
                             << false;
}

void TestImportPreviewModel::showsEachRowWithItsResult()
{
    QFETCH(int, row);
    QFETCH(int, line);
    QFETCH(QString, result);
    QFETCH(QString, name);
    QFETCH(QString, details);
    QFETCH(bool, changedJob);

    Contact alan;
    alan.id = 7;
    alan.firstName = QStringLiteral("Alan");
    alan.lastName = QStringLiteral("Turing");
    alan.company = QStringLiteral("Bletchley");
    alan.linkedInUrl = QStringLiteral("https://www.linkedin.com/in/alan");
    alan.connectedOn = QDate(2024, 1, 2);
    Contact grace;
    grace.id = 8;
    grace.firstName = QStringLiteral("Grace");
    grace.lastName = QStringLiteral("Hopper");
    grace.linkedInUrl = QStringLiteral("https://www.linkedin.com/in/grace");
    grace.connectedOn = QDate(2024, 1, 3);
    const auto prepared =
        ContactImport::prepareBytes("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                                    "Ada,Lovelace,https://www.linkedin.com/in/ada,,Analytical,Maths,01 Jan 2024\n"
                                    "Alan,Turing,https://www.linkedin.com/in/alan,,Manchester,Reader,02 Jan 2024\n"
                                    "Grace,Hopper,https://www.linkedin.com/in/grace,,Navy,Admiral,03 Jan 2024\n"
                                    ",,,,,,04 Jan 2024",
                                    QStringLiteral("x.csv"), {ContactMatchKey::of(alan), ContactMatchKey::of(grace)});
    QVERIFY2(prepared.ok, qPrintable(prepared.error));

    ImportPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(prepared.plan);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(row, ImportPreviewModel::LineColumn).data().toInt(), line);
    QCOMPARE(model.index(row, ImportPreviewModel::ActionColumn).data().toString(), result);
    QCOMPARE(model.index(row, ImportPreviewModel::NameColumn).data().toString(), name);
    QCOMPARE(model.index(row, ImportPreviewModel::DetailsColumn).data().toString(), details);
    QCOMPARE(model.index(row, 0).data(ImportPreviewModel::ChangedJobRole).toBool(), changedJob);
}

QTEST_GUILESS_MAIN(TestImportPreviewModel)
#include "tst_importpreviewmodel.moc"
