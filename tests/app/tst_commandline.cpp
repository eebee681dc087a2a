#include "storage/contactstore.h"
#include "storage/database.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
QString sample(const QString &name)
{
    return QStringLiteral(COFFEECHAT_TEST_DATA "/linkedin/") + name;
}

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run coffeechat(const QStringList &arguments)
{
    QProcess process;
    process.setProgram(QStringLiteral(COFFEECHAT_EXECUTABLE));
    process.setArguments(arguments);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the import command must not need a display
    process.setProcessEnvironment(env);
    process.start();
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}
} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void importsSamples_data();
    void importsSamples();
    void reimportAddsNothing();
    void refusesBadInput_data();
    void refusesBadInput();
    void refusesDamagedDatabaseWithoutTouchingIt();
    void importsOtherAddressBooks();

private:
    QString databasePath() const { return m_dir->filePath(QStringLiteral("cli.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCommandLine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCommandLine::importsSamples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<int>("skippedLine");
    QTest::newRow("current") << QStringLiteral("Connections_2023-2026_Notes_URL.csv") << QStringLiteral("7 added, 0 updated, 1 skipped") << 9;
    QTest::newRow("2021-2023") << QStringLiteral("Connections_2021-2023_Notes_noURL.csv") << QStringLiteral("4 added, 0 updated, 1 skipped") << 7;
    QTest::newRow("2019-2020") << QStringLiteral("Connections_2019-2020_noNotes_noURL.csv") << QStringLiteral("4 added, 0 updated, 1 skipped") << 4;
    QTest::newRow("Excel") << QStringLiteral("Connections_excel-resaved_US_CRLF.csv") << QStringLiteral("3 added, 0 updated, 1 skipped") << 7;
}

void TestCommandLine::importsSamples()
{
    QFETCH(QString, file);
    QFETCH(QString, summary);
    QFETCH(int, skippedLine);
    const Run run = coffeechat({QStringLiteral("import"), sample(file), QStringLiteral("--database"), databasePath()});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), summary);
    QVERIFY2(lines.value(1).startsWith(QStringLiteral("  line %1 skipped: empty row").arg(skippedLine)), qPrintable(run.out));
    QVERIFY(run.err.isEmpty());

    Database db;
    QVERIFY(db.open(databasePath()));
    ContactStore store(&db);
    QCOMPARE(store.count(), summary.section(QLatin1Char(' '), 0, 0).toInt());
}

void TestCommandLine::reimportAddsNothing()
{
    const QStringList args = {QStringLiteral("import"), sample(QStringLiteral("Connections_2023-2026_Notes_URL.csv")),
                              QStringLiteral("--database"), databasePath()};
    QCOMPARE(coffeechat(args).exitCode, 0);
    const Run again = coffeechat(args);
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.startsWith(QStringLiteral("0 added, 0 updated, 1 skipped, 7 already up to date\n")), qPrintable(again.out));
}

void TestCommandLine::refusesBadInput_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QTest::newRow("no name column") << QByteArray("Fruit,Colour\nApple,Red\n") << QStringLiteral("No column with people's names");
    QTest::newRow("binary") << QByteArray("\x7f" "ELF\x02\x01\x01\0\0\0\0\0", 12) << QStringLiteral("not a text file");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
}

void TestCommandLine::refusesBadInput()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    const QString file = m_dir->filePath(QStringLiteral("input.csv"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    const Run run = coffeechat({QStringLiteral("import"), file, QStringLiteral("--database"), databasePath()});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("input.csv")), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());

    const Run missing = coffeechat({QStringLiteral("import"), m_dir->filePath(QStringLiteral("nope.csv")),
                                    QStringLiteral("--database"), databasePath()});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(QStringLiteral("nope.csv")), qPrintable(missing.err));
}

void TestCommandLine::refusesDamagedDatabaseWithoutTouchingIt()
{
    const QByteArray garbage(10000, 'x');
    QFile f(databasePath());
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(garbage);
    f.close();
    const Run run = coffeechat({QStringLiteral("import"), sample(QStringLiteral("Connections_2023-2026_Notes_URL.csv")),
                                QStringLiteral("--database"), databasePath()});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("not a Coffee Chat database")), qPrintable(run.err));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), garbage);
}

void TestCommandLine::importsOtherAddressBooks()
{
    const Run run = coffeechat({QStringLiteral("import"), QStringLiteral(COFFEECHAT_TEST_DATA "/csv/google_contacts.csv"),
                                QStringLiteral("--database"), databasePath()});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(QStringLiteral("2 added, 0 updated, 1 skipped\n")), qPrintable(run.out));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
