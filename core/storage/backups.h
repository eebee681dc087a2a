#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class Database;

// One backup file, as found in the backups folder.
struct BackupInfo {
    QString path;
    QDateTime createdAt; // from the file name (local time; midnight for daily backups)
    qint64 size = 0;
    bool good = false; // opens read-only, is ours, passes quick_check, not newer than us
    QString problem; // why it is not good, for the user
    int contacts = -1; // counts when good, -1 otherwise
    int interviews = -1;
};

// Automatic and manual backups of one database file, and putting one back.
//
// Backups live in "<database folder>/backups/" (mode 0700) as "<name>-YYYY-MM-DD.sqlite" (one a
// day, local date) or "<name>-YYYY-MM-DD-HHmmss.sqlite" (Back Up Now), mode 0600. Each is written
// with VACUUM INTO under a temporary name in the same folder, checked, then renamed, so a file
// with a backup's name is always complete. Nothing here deletes a database: files being replaced
// or found damaged are renamed aside; only rotation removes old backups.
class Backups
{
    Q_DECLARE_TR_FUNCTIONS(Backups)
public:
    static constexpr int DefaultKeepDays = 7;
    // QSettings group "backups", key keepDays: how many days of backups rotation keeps.
    static int keepDays();

    explicit Backups(const QString &databasePath);

    QString databasePath() const { return m_databasePath; }
    QString directory() const;

    // Writes today's backup unless one exists. Returns false (error set) only when writing failed.
    bool backUpIfDue(Database *database, const QDate &today, QString *error = nullptr, bool *created = nullptr);
    // Writes a backup named after the given time, whether or not one exists today.
    bool backUpNow(Database *database, const QDateTime &now, QString *createdPath, QString *error);
    // Removes backups beyond the newest `keep` days that have one. Returns how many were removed.
    int rotate(int keep = keepDays());

    // Newest first, each checked.
    QList<BackupInfo> list() const;
    std::optional<BackupInfo> newestGood() const;
    static BackupInfo check(const QString &backupPath);

    enum class AsideReason { Replaced, Damaged };
    // "<database>.replaced-YYYYMMDD-HHmmss" or ".damaged-…": where a file is moved before a restore.
    static QString asidePath(const QString &databasePath, AsideReason reason, const QDateTime &now);
    // Renames the file and its -wal and -shm companions to asidePath(…). Never deletes anything.
    static bool moveAside(const QString &databasePath, AsideReason reason, const QDateTime &now, QString *movedTo,
                          QString *error);

    // Puts a backup in place of the database file, which must be closed: the backup is copied next
    // to it, the current file (with its -wal and -shm) is moved aside, and the copy renamed into
    // place. On failure the current file is where it was.
    bool restore(const BackupInfo &backup, AsideReason reason, const QDateTime &now, QString *movedTo,
                 QString *error) const;

private:
    bool writeBackup(Database *database, const QString &finalPath, QString *error);
    QString baseName() const;

    QString m_databasePath;
};
