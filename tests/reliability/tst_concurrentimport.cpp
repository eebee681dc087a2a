// Two `coffeechat import` of the same file into one database at the same moment, as a user who
// double-clicks twice or a script run twice would. Matching and writing happen under one write
// lock, so the second finds everyone the first added: each person is there once, and exactly one
// of the two reports adding them.
#include "storage/database.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int kRows = 2000;

QByteArray connectionsCsv(int rows)
{
    QByteArray csv = "Notes:\n\"When exporting your connection data, you may notice that some of the email addresses "
                     "are missing.\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n";
    for (int i = 1; i <= rows; ++i) {
        const QByteArray n = QByteArray::number(i);
        csv += "Person" + n + ",Sample,https://www.linkedin.com/in/person-" + n + ",,\"Fabrikam, Inc.\",Analyst,"
            + QByteArray::number(1 + i % 28) + " Mar 2025\n";
    }
    return csv;
}

QProcess *startImport(const QString &file, const QString &database, QObject *parent)
{
    auto *process = new QProcess(parent);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process->setProcessEnvironment(env);
    process->start(QStringLiteral(COFFEECHAT_EXECUTABLE),
                   {QStringLiteral("import"), file, QStringLiteral("--database"), database});
    return process;
}

} // namespace

class TestConcurrentImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void twoImportsAtOnceAddEachPersonOnce_data();
    void twoImportsAtOnceAddEachPersonOnce();
};

void TestConcurrentImport::twoImportsAtOnceAddEachPersonOnce_data()
{
    QTest::addColumn<bool>("existing"); // the database exists before, or the two race to create it
    for (int round = 1; round <= 20; ++round)
        QTest::addRow("round %d%s", round, round % 4 == 0 ? ", new database" : "") << (round % 4 != 0);
}

void TestConcurrentImport::twoImportsAtOnceAddEachPersonOnce()
{
    QFETCH(bool, existing);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("Connections.csv"));
    const QString database = dir.filePath(QStringLiteral("coffeechat.sqlite"));
    {
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write(connectionsCsv(kRows));
    }
    if (existing) {
        Database db;
        QVERIFY(db.open(database));
    }

    QObject owner;
    QProcess *first = startImport(file, database, &owner);
    QProcess *second = startImport(file, database, &owner);
    QStringList summaries;
    for (QProcess *process : {first, second}) {
        QVERIFY(process->waitForFinished(120000));
        const QString err = QString::fromUtf8(process->readAllStandardError());
        QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0, qPrintable(err));
        summaries << QString::fromUtf8(process->readAllStandardOutput()).section(QLatin1Char('\n'), 0, 0);
    }
    summaries.sort();
    // One added everyone; the other, waiting for the lock, found them all there.
    QCOMPARE(summaries,
             (QStringList{QStringLiteral("0 added, 0 updated, 0 skipped, %1 already up to date").arg(kRows),
                          QStringLiteral("%1 added, 0 updated, 0 skipped").arg(kRows)}));

    Database db;
    QVERIFY(db.open(database));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*), count(DISTINCT linkedin_url) FROM contacts")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), kRows);
    QCOMPARE(q.value(1).toInt(), kRows);
}

QTEST_GUILESS_MAIN(TestConcurrentImport)
#include "tst_concurrentimport.moc"
