#include "session.h"

#include "mainwindow.h"
#include "restorebackupdialog.h"
#include "storage/database.h"
#include "workspace.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QFuture>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

Session::Session(Clock clock, QObject *parent)
    : QObject(parent)
    , m_clock(std::move(clock))
    , m_database(std::make_unique<Database>())
{
    // Cheap when today's backup exists, so the app backs up each day it is left running.
    m_backupTimer.setInterval(60 * 60 * 1000);
    connect(&m_backupTimer, &QTimer::timeout, this, &Session::backUpIfDue);
}

Session::~Session()
{
    closeWindow(); // before the database the stores use; the database waits for its background tasks
}

std::optional<BackupInfo> Session::recoveryOffer(const Database &failed)
{
    if (!failed.isDamaged() || failed.path().isEmpty())
        return std::nullopt;
    return Backups(failed.path()).newestGood();
}

QString Session::recoveryQuestion(const Database &failed, const BackupInfo &backup, const QString &asidePath)
{
    return tr("%1\n\nRestore the newest good backup, from %2 (%3 contacts, %4 interviews)?\n\n"
              "The damaged file will be kept as “%5”; nothing is deleted.")
        .arg(failed.errorString(), RestoreBackupDialog::describe(backup))
        .arg(backup.contacts)
        .arg(backup.interviews)
        .arg(QDir::toNativeSeparators(asidePath));
}

bool Session::start(const QString &path)
{
    if (!m_database->open(path, Database::IntegrityCheck::Later)) {
        if (!offerRecovery())
            return false;
        announceChecked();
        return true;
    }
    createWindow();
    if (m_database->isVerified())
        announceChecked(); // it was checked at once, e.g. before migrating
    else
        checkIntegrityInBackground();
    return true;
}

// From the event loop, so whoever called start() has connected to integrityChecked() by then.
void Session::announceChecked()
{
    startBackups();
    QTimer::singleShot(0, this, [this] { Q_EMIT integrityChecked(true); });
}

// The database failed to open, or its integrity check failed: offers the newest good backup.
// True once it is restored and a window made; false after telling the user why not.
bool Session::offerRecovery()
{
    const std::optional<BackupInfo> offer = recoveryOffer(*m_database);
    if (!offer) {
        QMessageBox::critical(nullptr, QApplication::applicationDisplayName(), m_database->errorString());
        return false;
    }
    const QDateTime now = m_clock();
    const QString databasePath = m_database->path();
    QMessageBox question(
        QMessageBox::Warning, QApplication::applicationDisplayName(),
        recoveryQuestion(*m_database, *offer, Backups::asidePath(databasePath, Backups::AsideReason::Damaged, now)));
    question.setObjectName(QStringLiteral("recoveryQuestion"));
    question.setTextFormat(Qt::PlainText);
    QPushButton *restoreButton = question.addButton(tr("&Restore Backup"), QMessageBox::AcceptRole);
    restoreButton->setObjectName(QStringLiteral("restoreBackupButton"));
    question.addButton(tr("&Quit"), QMessageBox::RejectRole);
    question.setDefaultButton(restoreButton);
    question.exec();
    if (question.clickedButton() != restoreButton)
        return false;
    QString movedTo;
    QString error;
    if (!Backups(databasePath).restore(*offer, Backups::AsideReason::Damaged, now, &movedTo, &error)
        || !m_database->open(databasePath)) {
        QMessageBox::critical(nullptr, QApplication::applicationDisplayName(),
                              error.isEmpty() ? m_database->errorString() : error);
        return false;
    }
    createWindow();
    showStatus(tr("Restored the backup from %1. The damaged file is kept as %2.")
                   .arg(RestoreBackupDialog::describe(*offer), QDir::toNativeSeparators(movedTo)),
               0);
    return true;
}

void Session::checkIntegrityInBackground()
{
    Database *database = m_database.get();
    const int check = ++m_integrityCheckNumber;
    QFuture<QString> problem = database->runInBackground([database] { return database->integrityProblem(); });
    database->setCheckInProgress(problem); // a save in the meantime waits for it
    continueFromEventLoop(problem, this, [this, check](const QString &found) {
        if (check == m_integrityCheckNumber) // not about a file a restore has replaced since
            onIntegrityChecked(found);
    });
}

void Session::onIntegrityChecked(const QString &problem)
{
    if (problem.isEmpty()) {
        m_database->markVerified();
        startBackups();
        Q_EMIT integrityChecked(true);
        return;
    }
    // A menu or dialog of the window may be open in an event loop of its own: close it, and
    // come back once that loop has returned, so the window is not deleted from under it.
    QWidget *busy = QApplication::activePopupWidget();
    if (!busy)
        busy = QApplication::activeModalWidget();
    if (busy) {
        busy->close();
        QTimer::singleShot(0, this, [this, problem] { onIntegrityChecked(problem); });
        return;
    }
    // The window appeared a moment ago; it goes before anything more is read or written.
    const bool quitOnClose = QGuiApplication::quitOnLastWindowClosed();
    QGuiApplication::setQuitOnLastWindowClosed(false);
    const bool wasVisible = m_window && m_window->isVisible();
    closeWindow();
    m_database->closeAsDamaged(problem);
    const bool recovered = offerRecovery();
    QGuiApplication::setQuitOnLastWindowClosed(quitOnClose);
    if (recovered) {
        if (wasVisible)
            m_window->show();
        startBackups();
    }
    Q_EMIT integrityChecked(recovered);
}

void Session::startBackups()
{
    // A file open read-only does not change, and its folder or disk usually takes no backup.
    if (m_backupTimer.isActive() || m_database->isReadOnly())
        return;
    // Not before the window is up: a day's first backup copies the whole database.
    QTimer::singleShot(FirstBackupDelayMs, this, &Session::backUpIfDue);
    m_backupTimer.start();
}

void Session::createWindow()
{
    closeWindow();
    m_workspace = std::make_unique<Workspace>(m_database.get(), m_clock);
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    // Queued: a restore deletes the window whose menu asked for it.
    connect(m_window.get(), &MainWindow::restoreRequested, this, &Session::chooseBackupToRestore, Qt::QueuedConnection);
    connect(m_window.get(), &MainWindow::backUpRequested, this, &Session::backUpNow);
    Q_EMIT windowCreated(m_window.get());
}

void Session::closeWindow()
{
    m_window.reset();
    m_workspace.reset();
}

void Session::showStatus(const QString &message, int timeout)
{
    if (m_window)
        m_window->statusBar()->showMessage(message, timeout);
}

void Session::backUpIfDue()
{
    if (!m_database->isOpen() || m_backingUp)
        return;
    // The day's first backup copies and checks the whole database: in the background, so the
    // window stays responsive however large the database is.
    m_backingUp = true;
    Database *database = m_database.get();
    const QString path = database->path();
    const QDate today = m_clock().date();
    database
        ->runInBackground([database, path, today] {
            QString error;
            return Backups(path).backUpIfDue(database, today, &error) ? QString() : error;
        })
        .then(this,
              [this](const QString &error) {
                  m_backingUp = false;
                  // A failed backup must not stop anyone working; it is said, and tried again later.
                  if (!error.isEmpty())
                      showStatus(tr("Automatic backup failed: %1").arg(error), 0);
              })
        .onFailed(this, [this] {
            m_backingUp = false;
            showStatus(tr("Automatic backup failed: there was not enough memory."), 0);
        });
}

void Session::backUpNow()
{
    QString created;
    QString error;
    if (!Backups(m_database->path()).backUpNow(m_database.get(), m_clock(), &created, &error)) {
        QMessageBox::warning(m_window.get(), tr("Back Up Now"), error);
        return;
    }
    showStatus(tr("Backed up to %1").arg(QDir::toNativeSeparators(created)));
}

void Session::chooseBackupToRestore()
{
    const Backups backups(m_database->path());
    const QList<BackupInfo> all = backups.list();
    if (all.isEmpty()) {
        QMessageBox::information(
            m_window.get(), tr("Restore from Backup"),
            tr("There are no backups yet in %1.").arg(QDir::toNativeSeparators(backups.directory())));
        return;
    }
    // The dialogs are the window's children, so they are gone before a restore deletes the window.
    const std::optional<BackupInfo> chosen = [&]() -> std::optional<BackupInfo> {
        RestoreBackupDialog dialog(all, backups.directory(), m_window.get());
        if (dialog.exec() != QDialog::Accepted || !dialog.selectedBackup().good)
            return std::nullopt;
        const BackupInfo backup = dialog.selectedBackup();
        const QString aside = Backups::asidePath(m_database->path(), Backups::AsideReason::Replaced, m_clock());
        QMessageBox confirm(QMessageBox::Question, tr("Restore from Backup"),
                            tr("Replace all your current data with the backup from %1?\n\n"
                               "Changes made since then will no longer show, and Undo cannot bring them back. "
                               "The current database is kept as “%2”.")
                                .arg(RestoreBackupDialog::describe(backup), QDir::toNativeSeparators(aside)),
                            QMessageBox::Cancel, m_window.get());
        confirm.setObjectName(QStringLiteral("confirmRestore"));
        confirm.setTextFormat(Qt::PlainText);
        QPushButton *restoreButton = confirm.addButton(tr("&Restore"), QMessageBox::DestructiveRole);
        restoreButton->setObjectName(QStringLiteral("confirmRestoreButton"));
        confirm.setDefaultButton(QMessageBox::Cancel);
        confirm.exec();
        if (confirm.clickedButton() != restoreButton)
            return std::nullopt;
        return backup;
    }();
    if (chosen)
        restore(*chosen);
}

bool Session::restore(const BackupInfo &backup)
{
    const QString path = m_database->path();
    // Between the old window closing and the new one showing there is no window.
    const bool quitOnClose = QGuiApplication::quitOnLastWindowClosed();
    QGuiApplication::setQuitOnLastWindowClosed(false);
    const bool wasVisible = m_window && m_window->isVisible();
    if (m_window)
        m_window->close(); // saves the layout
    closeWindow();
    // A check still reading the current file is finished first (close() waits for it) and its
    // result dropped: the restored file is checked as it is opened.
    ++m_integrityCheckNumber;
    m_database->close();

    QString movedTo;
    QString error;
    const bool restored = Backups(path).restore(backup, Backups::AsideReason::Replaced, m_clock(), &movedTo, &error);
    // Either way a database is opened again: the backup, or the untouched current file.
    const bool reopened = m_database->open(path);
    if (reopened) {
        createWindow();
        if (wasVisible)
            m_window->show();
        startBackups();
    }
    QGuiApplication::setQuitOnLastWindowClosed(quitOnClose);
    if (!reopened) {
        QMessageBox::critical(nullptr, QApplication::applicationDisplayName(), m_database->errorString());
        QCoreApplication::exit(1);
        return false;
    }
    if (!restored) {
        QMessageBox::warning(m_window.get(), tr("Restore from Backup"), error);
        return false;
    }
    showStatus(tr("Restored the backup from %1. Your previous data is kept in %2.")
                   .arg(RestoreBackupDialog::describe(backup), QDir::toNativeSeparators(movedTo)),
               0);
    return true;
}
