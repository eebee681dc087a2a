#include "mainwindow.h"
#include "models/contactlistmodel.h"
#include "restorebackupdialog.h"
#include "session.h"
#include "storage/backups.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "testdamage.h"
#include "uitest.h"

#include <QAction>
#include <QFile>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

namespace {
// How long a background check or restore may take on a loaded machine before the test gives up
// (a ceiling against hanging, not a performance target).
constexpr int CheckTimeoutMs = 60000;
} // namespace

class TestBackupsUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void startBacksUpOncePerDay();
    void damagedDatabaseOffersNewestGoodBackup();
    void decliningTheOfferChangesNothing();
    void noGoodBackupShowsTheError();
    void damageFoundAfterTheWindowOffersBackup_data();
    void damageFoundAfterTheWindowOffersBackup();
    void damageFoundWhileADialogIsOpen();
    void nothingIsWrittenBeforeTheCheck();
    void newerDatabaseIsNotOffered();
    void restoreFromMenu();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("coffeechat.sqlite")); }
    // A database with `contacts` people, backed up on 14 March 2025.
    void makeBackedUpDatabase(int contacts);
    void damageDatabase();
    // Overwrites one page inside the file, leaving the header and the schema readable.
    void damagePage(int page);
    static int contactCount(Database *db);
    static QByteArray read(const QString &file);

    std::unique_ptr<QTemporaryDir> m_dir;
    const QDateTime m_now{QDate(2025, 3, 16), QTime(9, 15, 0)};
    Clock clock() const
    {
        return [now = m_now] { return now; };
    }
};

void TestBackupsUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationDisplayName(QStringLiteral("Coffee Chat"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestBackupsUi::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestBackupsUi::makeBackedUpDatabase(int contacts)
{
    Database db;
    QVERIFY(db.open(dbPath()));
    for (int i = 0; i < contacts; ++i) {
        QSqlQuery q(db.connection());
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO contacts (first_name, created_at, updated_at) VALUES ('P%1', 'x', 'x')")
                       .arg(i)));
    }
    QVERIFY(Backups(dbPath()).backUpIfDue(&db, QDate(2025, 3, 14)));
}

void TestBackupsUi::damageDatabase()
{
    QFile f(dbPath());
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QByteArray(8192, '\x5a'));
}

void TestBackupsUi::damagePage(int page)
{
    QVERIFY(!TestDamage::overwriteFilePages(dbPath(), page, page).isEmpty());
}

int TestBackupsUi::contactCount(Database *db)
{
    QSqlQuery q(db->connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM contacts")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QByteArray TestBackupsUi::read(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void TestBackupsUi::startBacksUpOncePerDay()
{
    Session session(clock());
    QVERIFY(session.start(dbPath()));
    QVERIFY(session.window());
    // Once the window is up, not before.
    QVERIFY(Backups(dbPath()).list().isEmpty());
    QTRY_COMPARE(Backups(dbPath()).list().size(), 1);
    const QList<BackupInfo> backups = Backups(dbPath()).list();
    QCOMPARE(backups.constFirst().createdAt.date(), m_now.date());
    QVERIFY(backups.constFirst().good);
}

void TestBackupsUi::damagedDatabaseOffersNewestGoodBackup()
{
    makeBackedUpDatabase(3);
    {
        // A newer backup that is damaged: skipped in favour of the 14 March one.
        Database db;
        QVERIFY(db.open(dbPath()));
        QVERIFY(Backups(dbPath()).backUpIfDue(&db, QDate(2025, 3, 15)));
        QFile f(Backups(dbPath()).directory() + QStringLiteral("/coffeechat-2025-03-15.sqlite"));
        QVERIFY(f.resize(1000));
    }
    damageDatabase();
    const QByteArray damaged = read(dbPath());
    const QString aside = dbPath() + QStringLiteral(".damaged-20250316-091500");

    Database failed;
    QVERIFY(!failed.open(dbPath()));
    const auto offer = Session::recoveryOffer(failed);
    QVERIFY(offer);
    QCOMPARE(offer->createdAt.date(), QDate(2025, 3, 14));

    QString text;
    UiTest::whenModal<QMessageBox>([&text](QMessageBox *box) {
        text = box->text();
        auto *restore = box->findChild<QPushButton *>(QStringLiteral("restoreBackupButton"));
        QVERIFY(restore);
        restore->click();
    });
    Session session(clock());
    QVERIFY(session.start(dbPath()));
    QVERIFY2(text.contains(QStringLiteral("is not a Coffee Chat database")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral(
                 "Restore the newest good backup, from Friday, 14 March 2025 (3 contacts, 0 interviews)?")),
             qPrintable(text));
    QVERIFY2(text.contains(aside), qPrintable(text));

    QVERIFY(session.window());
    QCOMPARE(contactCount(session.database()), 3);
    QCOMPARE(read(aside), damaged); // kept, byte for byte
    QVERIFY(session.window()->statusBar()->currentMessage().contains(aside));
}

void TestBackupsUi::decliningTheOfferChangesNothing()
{
    makeBackedUpDatabase(1);
    damageDatabase();
    const QByteArray damaged = read(dbPath());
    UiTest::whenModal<QMessageBox>([](QMessageBox *box) { box->reject(); });
    Session session(clock());
    QVERIFY(!session.start(dbPath()));
    QVERIFY(!session.window());
    QCOMPARE(read(dbPath()), damaged);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

void TestBackupsUi::noGoodBackupShowsTheError()
{
    damageDatabase();
    const QByteArray damaged = read(dbPath());
    QString text;
    QList<QAbstractButton *> buttons;
    UiTest::whenModal<QMessageBox>([&](QMessageBox *box) {
        text = box->text();
        buttons = box->buttons();
        box->accept();
    });
    Session session(clock());
    QVERIFY(!session.start(dbPath()));
    QVERIFY2(text.contains(QStringLiteral("is not a Coffee Chat database")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("Restore the newest")));
    QCOMPARE(buttons.size(), 1);
    QCOMPARE(read(dbPath()), damaged);
}

// A page damaged inside the file passes the quick look open() takes; the full check, which runs
// while the window appears, finds it, closes the window and offers the backup.
void TestBackupsUi::damageFoundAfterTheWindowOffersBackup_data()
{
    QTest::addColumn<bool>("restore");
    QTest::newRow("restored") << true;
    QTest::newRow("declined") << false;
}

void TestBackupsUi::damageFoundAfterTheWindowOffersBackup()
{
    QFETCH(bool, restore);
    makeBackedUpDatabase(3);
    damagePage(2);
    const QByteArray damaged = read(dbPath());
    const QString aside = dbPath() + QStringLiteral(".damaged-20250316-091500");

    QString text;
    UiTest::whenModal<QMessageBox>([&text, restore](QMessageBox *box) {
        text = box->text();
        UiTest::screenshot(box, QStringLiteral("damage-found-after-start"));
        if (restore)
            box->findChild<QPushButton *>(QStringLiteral("restoreBackupButton"))->click();
        else
            box->reject();
    });
    Session session(clock());
    QSignalSpy checked(&session, &Session::integrityChecked);
    QVERIFY(session.start(dbPath()));
    QVERIFY(session.window()); // the window does not wait for the check
    QVERIFY(checked.wait(CheckTimeoutMs));
    QCOMPARE(checked.constFirst().constFirst().toBool(), restore);
    QVERIFY2(text.contains(QStringLiteral("is damaged (integrity check:")), qPrintable(text));
    QVERIFY2(text.contains(aside), qPrintable(text));
    if (restore) {
        QVERIFY(session.window());
        QCOMPARE(contactCount(session.database()), 3);
        QCOMPARE(read(aside), damaged); // kept, byte for byte
    } else {
        QVERIFY(!session.window());
        QCOMPARE(read(dbPath()), damaged);
        QVERIFY(!QFile::exists(aside));
    }
    // Backups wait for a file that has passed: none of the damaged one, one of the restored one.
    // (Written in the background: waited for, then given a moment to show an extra one.)
    QTest::qWait(Session::FirstBackupDelayMs);
    QTRY_COMPARE(Backups(dbPath()).list().size(), restore ? 2 : 1);
    QTest::qWait(500);
    const QList<BackupInfo> backups = Backups(dbPath()).list();
    QCOMPARE(backups.size(), restore ? 2 : 1);
    for (const BackupInfo &backup : backups)
        QVERIFY(backup.good);
}

// The check's result arrives while a dialog of the window is open in its own event loop: the
// dialog is closed first, so the window is not deleted from under it.
void TestBackupsUi::damageFoundWhileADialogIsOpen()
{
    makeBackedUpDatabase(3);
    damagePage(2);
    Session session(clock());
    QSignalSpy checked(&session, &Session::integrityChecked);
    QVERIFY(session.start(dbPath()));
    MainWindow *first = session.window();
    UiTest::whenModal<QMessageBox>(
        [](QMessageBox *box) { box->findChild<QPushButton *>(QStringLiteral("restoreBackupButton"))->click(); });
    // Settings opens in exec(); the check's result is delivered inside that loop, which must
    // end before the window goes.
    QPointer<MainWindow> firstWindow(first);
    UiTest::child<QAction>(first, QStringLiteral("configureAction"))->trigger();
    QVERIFY(firstWindow); // trigger() returned into a window that still exists
    QVERIFY(checked.wait(CheckTimeoutMs));
    QCOMPARE(checked.constFirst().constFirst().toBool(), true);
    QVERIFY(!firstWindow);
    QVERIFY(session.window());
    QCOMPARE(contactCount(session.database()), 3);
}

// Until the check has passed, the file takes no writes at all.
void TestBackupsUi::nothingIsWrittenBeforeTheCheck()
{
    makeBackedUpDatabase(1);
    Session session(clock());
    QSignalSpy checked(&session, &Session::integrityChecked);
    QVERIFY(session.start(dbPath()));
    QVERIFY(!session.database()->isVerified());
    QSqlQuery q(session.database()->connection());
    QVERIFY(!q.exec(
        QStringLiteral("INSERT INTO contacts (first_name, created_at, updated_at) VALUES ('Early', 'x', 'x')")));
    QVERIFY2(q.lastError().text().contains(QStringLiteral("readonly")), qPrintable(q.lastError().text()));
    QVERIFY(checked.wait(CheckTimeoutMs));
    QVERIFY(session.database()->isVerified());
    QVERIFY2(
        q.exec(QStringLiteral("INSERT INTO contacts (first_name, created_at, updated_at) VALUES ('Later', 'x', 'x')")),
        qPrintable(q.lastError().text()));
    QCOMPARE(contactCount(session.database()), 2);
}

void TestBackupsUi::newerDatabaseIsNotOffered()
{
    makeBackedUpDatabase(1);
    {
        Database db;
        QVERIFY(db.open(dbPath()));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::SchemaVersion + 1)));
    }
    Database failed;
    QVERIFY(!failed.open(dbPath()));
    QVERIFY(!Session::recoveryOffer(failed)); // update the app instead; never roll back silently
}

void TestBackupsUi::restoreFromMenu()
{
    makeBackedUpDatabase(2);
    Session session(clock());
    QSignalSpy checked(&session, &Session::integrityChecked);
    QVERIFY(session.start(dbPath()));
    MainWindow *first = session.window();
    first->show();
    QVERIFY(QTest::qWaitForWindowExposed(first));
    QTRY_COMPARE(checked.size(), 1); // writes wait for the integrity check
    QSignalSpy replaced(&session, &Session::windowCreated);
    {
        QSqlQuery q(session.database()->connection());
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO contacts (first_name, created_at, updated_at) VALUES ('New', 'x', 'x')")));
    }
    QTRY_COMPARE(Backups(dbPath()).list().size(), 2); // today's, made once the window is up
    // Back Up Now adds a timed backup.
    UiTest::child<QAction>(first, QStringLiteral("backUpAction"))->trigger();
    QCOMPARE(Backups(dbPath()).list().size(), 3); // the 14th, today's at start, and this one
    QVERIFY(first->statusBar()->currentMessage().contains(QStringLiteral("coffeechat-2025-03-16-091500.sqlite")));

    QString confirmation;
    UiTest::whenModal<RestoreBackupDialog>([&confirmation](RestoreBackupDialog *dialog) {
        auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("backupList"));
        QVERIFY(list);
        QCOMPARE(list->topLevelItemCount(), 3);
        // The 14 March backup, the oldest.
        list->setCurrentItem(list->topLevelItem(2));
        QCOMPARE(list->topLevelItem(2)->text(0), QStringLiteral("Friday, 14 March 2025"));
        QCOMPARE(list->topLevelItem(2)->text(1), QStringLiteral("2"));
        UiTest::screenshot(dialog, QStringLiteral("restore-backup"));
        UiTest::whenModal<QMessageBox>([&confirmation](QMessageBox *box) {
            confirmation = box->text();
            box->findChild<QPushButton *>(QStringLiteral("confirmRestoreButton"))->click();
        });
        dialog->findChild<QPushButton *>(QStringLiteral("restoreButton"))->click();
    });
    UiTest::child<QAction>(first, QStringLiteral("restoreBackupAction"))->trigger();
    QVERIFY(replaced.wait(CheckTimeoutMs));
    QVERIFY2(confirmation.contains(QStringLiteral("from Friday, 14 March 2025")), qPrintable(confirmation));
    QVERIFY2(confirmation.contains(QStringLiteral("Undo cannot bring them back")), qPrintable(confirmation));
    const QString aside = dbPath() + QStringLiteral(".replaced-20250316-091500");
    QVERIFY2(confirmation.contains(aside), qPrintable(confirmation));

    MainWindow *second = session.window();
    QVERIFY(second);
    QVERIFY(second->isVisible());
    QCOMPARE(contactCount(session.database()), 2);
    QVERIFY(second->statusBar()->currentMessage().contains(aside));
    QVERIFY(QTest::qWaitFor([&session] { return session.workspace()->contactModel->rowCount() == 2; }, CheckTimeoutMs));
    // The data from before the restore is kept.
    Database kept;
    QVERIFY2(kept.open(aside), qPrintable(kept.errorString()));
    QCOMPARE(contactCount(&kept), 3);
}

QTEST_MAIN(TestBackupsUi)
#include "tst_backupsui.moc"
