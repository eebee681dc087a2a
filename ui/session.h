#pragma once

#include "storage/backups.h"
#include "workflow/clock.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

class Database;
class MainWindow;
struct Workspace;

// The running app's database, the workspace of stores and models over it, and the main window
// that shows them. It opens the database (offering the newest good backup when the file is
// damaged, which the integrity check that runs while the window appears may also find), backs
// it up once a day, and restores a backup by closing the window, the workspace and the
// database, swapping the file and starting all three afresh, so every view re-reads
// everything. main() owns one; the window's File menu asks it for backups.
class Session : public QObject
{
    Q_OBJECT
public:
    // How long after start() the day's backup is checked for, so start-up does not wait for it.
    static constexpr int FirstBackupDelayMs = 2000;

    explicit Session(Clock clock = systemClock(), QObject *parent = nullptr);
    ~Session() override;

    // Opens the database and creates the window (not shown). False after telling the user why.
    // The file's integrity check finishes in the background; see integrityChecked().
    bool start(const QString &path);
    MainWindow *window() const { return m_window.get(); }
    Workspace *workspace() const { return m_workspace.get(); }
    Database *database() const { return m_database.get(); }

    // When a database could not be opened: the backup to offer, if the file is damaged and a
    // good backup exists. Never for a file written by a newer version or one we may not read.
    static std::optional<BackupInfo> recoveryOffer(const Database &failed);
    static QString recoveryQuestion(const Database &failed, const BackupInfo &backup, const QString &asidePath);

    void backUpNow();
    void chooseBackupToRestore();
    // Replaces the data with the backup's and starts a new window; the current file is moved aside.
    bool restore(const BackupInfo &backup);

Q_SIGNALS:
    // A new main window replaced the old one (after a restore), or the first one was made.
    void windowCreated(MainWindow *window);
    // Once after start(): the file passed its integrity check (at once, or in the background
    // while the window appeared) and takes writes, or it was damaged and the user was offered
    // the newest good backup. False when that failed or was declined: there is no window any
    // more, and main() quits.
    void integrityChecked(bool usable);

private:
    bool offerRecovery();
    void announceChecked();
    void checkIntegrityInBackground();
    void onIntegrityChecked(const QString &problem);
    void startBackups();
    void createWindow();
    void closeWindow();
    void backUpIfDue();
    void showStatus(const QString &message, int timeout = 10000);

    Clock m_clock;
    // The window borrows the workspace's stores, which use the database: closeWindow() deletes
    // the window first, then the workspace; only then may the database close.
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    QTimer m_backupTimer;
    bool m_backingUp = false; // a daily backup is being written in the background
    int m_integrityCheckNumber = 0; // a check's result counts only if no restore came after it
};
