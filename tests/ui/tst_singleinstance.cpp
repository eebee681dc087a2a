// One Coffee Chat per database: a second start hands its files to the first and quits.
// The second start runs on another thread here, as it would in another process, because it
// waits for the first to answer.

#include "mainwindow.h"
#include "models/contactlistmodel.h"
#include "singleinstance.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "translations.h"
#include "workspace.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <future>

class TestSingleInstance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void namesFollowTheDatabase_data();
    void namesFollowTheDatabase();
    void secondStartHandsOverItsFiles();
    void nobodyListeningMeansStartNormally();
    void staleSocketFromACrashIsReplaced();
    void windowComesForwardAndImports();

private:
    // forwardToRunningInstance() from another thread, while this one serves the request.
    static bool forwardFromAnotherThread(const QString &database, const QStringList &files);
    QTemporaryDir m_dir;
};

void TestSingleInstance::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(QCoreApplication::instance());
}

bool TestSingleInstance::forwardFromAnotherThread(const QString &database, const QStringList &files)
{
    std::future<bool> forwarded = std::async(std::launch::async, [database, files] {
        return SingleInstance(database).forwardToRunningInstance(files, 5000);
    });
    while (forwarded.wait_for(std::chrono::milliseconds(5)) != std::future_status::ready)
        QCoreApplication::processEvents();
    return forwarded.get();
}

void TestSingleInstance::namesFollowTheDatabase_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<bool>("same");
    const QString dir = m_dir.path();
    QTest::newRow("same file") << dir + QStringLiteral("/a.sqlite") << dir + QStringLiteral("/a.sqlite") << true;
    QTest::newRow("same file, another spelling")
        << dir + QStringLiteral("/a.sqlite") << dir + QStringLiteral("/./sub/../a.sqlite") << true;
    QTest::newRow("another file") << dir + QStringLiteral("/a.sqlite") << dir + QStringLiteral("/b.sqlite") << false;
}

void TestSingleInstance::namesFollowTheDatabase()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(bool, same);
    QDir(m_dir.path()).mkpath(QStringLiteral("sub"));
    QCOMPARE(SingleInstance::serverName(first) == SingleInstance::serverName(second), same);
    QVERIFY(SingleInstance::serverName(first).size() < 40); // socket paths are short on macOS
}

void TestSingleInstance::secondStartHandsOverItsFiles()
{
    const QString database = m_dir.filePath(QStringLiteral("hand-over.sqlite"));
    SingleInstance first(database);
    QVERIFY(first.listen());
    QSignalSpy asked(&first, &SingleInstance::activationRequested);
    const QString file = m_dir.filePath(QStringLiteral("Connections.csv"));
    QVERIFY(forwardFromAnotherThread(database, {file}));
    QTRY_COMPARE(asked.size(), 1);
    QCOMPARE(asked.constFirst().constFirst().toStringList(), QStringList{file});

    // A start without files just brings the window forward.
    QVERIFY(forwardFromAnotherThread(database, {}));
    QTRY_COMPARE(asked.size(), 2);
    QVERIFY(asked.at(1).constFirst().toStringList().isEmpty());

    // Another database is another instance.
    QVERIFY(!SingleInstance(m_dir.filePath(QStringLiteral("other.sqlite"))).forwardToRunningInstance({}, 500));
}

void TestSingleInstance::nobodyListeningMeansStartNormally()
{
    const QString database = m_dir.filePath(QStringLiteral("alone.sqlite"));
    QVERIFY(!SingleInstance(database).forwardToRunningInstance({}, 500));
    {
        SingleInstance closed(database);
        QVERIFY(closed.listen());
    }
    // The first instance quit: the next start is the running one.
    QVERIFY(!SingleInstance(database).forwardToRunningInstance({}, 500));
}

void TestSingleInstance::staleSocketFromACrashIsReplaced()
{
    const QString database = m_dir.filePath(QStringLiteral("crashed.sqlite"));
    // What a crashed instance leaves behind on Unix: a socket file nobody listens on.
    QFile stale(QDir::temp().filePath(SingleInstance::serverName(database)));
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.close();
    SingleInstance next(database);
    QVERIFY(!next.forwardToRunningInstance({}, 500));
    QVERIFY(next.listen());
    QVERIFY(forwardFromAnotherThread(database, {}));
}

void TestSingleInstance::windowComesForwardAndImports()
{
    Database db;
    QVERIFY(db.open(m_dir.filePath(QStringLiteral("window.sqlite"))));
    Workspace workspace(&db);
    MainWindow window(&workspace);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(!workspace.contactModel->isLoading());
    window.showMinimized();
    const QString csv = m_dir.filePath(QStringLiteral("Connections.csv"));
    QFile out(csv);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
              "Lina,Haddad,https://www.linkedin.com/in/lina-haddad,,Sunrise Energy,Planner,02 Nov 2026\n");
    out.close();

    SingleInstance running(db.path());
    QVERIFY(running.listen());
    connect(&running, &SingleInstance::activationRequested, &window, &MainWindow::bringToFront);
    QVERIFY(forwardFromAnotherThread(db.path(), {csv}));
    QTRY_VERIFY(!window.isMinimized());
    // The import preview opens for the handed-over file, as for a dropped one.
    QTRY_VERIFY(QApplication::activeModalWidget() != nullptr);
    QApplication::activeModalWidget()->close();
}

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
