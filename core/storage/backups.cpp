#include "storage/backups.h"

#include "domain/failwith.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace {

constexpr auto OwnerOnly = QFile::ReadOwner | QFile::WriteOwner;

// A connection of its own to a file other than the open database, removed when it goes away.
class ScopedConnection
{
public:
    ScopedConnection(const QString &file, bool readOnly)
        : m_name(QStringLiteral("coffeechat-backup-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(file);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_ok = db.open();
        if (!m_ok)
            m_error = db.lastError().text();
    }
    ~ScopedConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    ScopedConnection(const ScopedConnection &) = delete;
    ScopedConnection &operator=(const ScopedConnection &) = delete;

    bool isOpen() const { return m_ok; }
    QString error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    QString m_error;
    bool m_ok = false;
};

QVariant scalar(const QSqlDatabase &db, const QString &sql, bool *ok = nullptr)
{
    QSqlQuery query(db);
    const bool success = query.exec(sql) && query.next();
    if (ok)
        *ok = success;
    return success ? query.value(0) : QVariant();
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

int Backups::keepDays()
{
    QSettings settings;
    const int days = settings.value(QStringLiteral("backups/keepDays"), DefaultKeepDays).toInt();
    return std::max(days, 1);
}

Backups::Backups(const QString &databasePath)
    : m_databasePath(QFileInfo(databasePath).absoluteFilePath())
{ }

QString Backups::directory() const
{
    return QFileInfo(m_databasePath).absolutePath() + QStringLiteral("/backups");
}

QString Backups::baseName() const
{
    const QString name = QFileInfo(m_databasePath).completeBaseName();
    return name.isEmpty() ? QStringLiteral("coffeechat") : name;
}

bool Backups::backUpIfDue(Database *database, const QDate &today, QString *error, bool *created)
{
    if (created)
        *created = false;
    const QString day = today.toString(QStringLiteral("yyyy-MM-dd"));
    const QString target =
        directory() + QLatin1Char('/') + baseName() + QLatin1Char('-') + day + QStringLiteral(".sqlite");
    if (QFileInfo::exists(target))
        return true;
    if (!writeBackup(database, target, error))
        return false;
    if (created)
        *created = true;
    rotate();
    return true;
}

bool Backups::backUpNow(Database *database, const QDateTime &now, QString *createdPath, QString *error)
{
    const QString target = directory() + QLatin1Char('/') + baseName() + QLatin1Char('-')
        + now.toString(QStringLiteral("yyyy-MM-dd-HHmmss")) + QStringLiteral(".sqlite");
    if (!writeBackup(database, target, error))
        return false;
    if (createdPath)
        *createdPath = target;
    rotate();
    return true;
}

// VACUUM INTO a private temporary file, make it self-contained (no WAL), check it, and only
// then give it the backup's name.
bool Backups::writeBackup(Database *database, const QString &finalPath, QString *error)
{
    if (!database || !database->isOpen())
        return failWith(error, tr("There is no open database to back up."));
    const QString dir = directory();
    if (!QDir().mkpath(dir))
        return failWith(error, tr("The backup folder “%1” cannot be created.").arg(native(dir)));
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (QFileInfo::exists(finalPath))
        return failWith(error, tr("The backup “%1” already exists.").arg(native(finalPath)));

    const QString temp = dir + QStringLiteral("/.") + QFileInfo(finalPath).fileName() + QStringLiteral(".part-")
        + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        // Created empty first so it is private from the first byte; VACUUM INTO accepts an empty file.
        QFile file(temp);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return failWith(error,
                            tr("The backup “%1” cannot be written: %2").arg(native(finalPath), file.errorString()));
        file.close();
        file.setPermissions(OwnerOnly);
    }
    auto failed = [&](const QString &reason) {
        QFile::remove(temp); // only our own incomplete copy
        QFile::remove(temp + QStringLiteral("-journal"));
        return failWith(error, tr("The backup “%1” cannot be written: %2").arg(native(finalPath), reason));
    };

    {
        QSqlQuery query(database->connection());
        query.prepare(QStringLiteral("VACUUM INTO ?"));
        query.addBindValue(temp);
        if (!query.exec())
            return failed(query.lastError().text());
    }
    {
        ScopedConnection copy(temp, false);
        if (!copy.isOpen())
            return failed(copy.error());
        bool ok = false;
        const QString mode = scalar(copy.db(), QStringLiteral("PRAGMA journal_mode = DELETE"), &ok).toString();
        if (!ok || mode.compare(QStringLiteral("delete"), Qt::CaseInsensitive) != 0)
            return failed(tr("its journal mode cannot be set"));
    }
    const BackupInfo checked = check(temp);
    if (!checked.good)
        return failed(checked.problem);
    if (!QFile::rename(temp, finalPath))
        return failed(tr("it cannot be renamed"));
    return true;
}

int Backups::rotate(int keep)
{
    const QList<BackupInfo> all = list();
    QList<QDate> days;
    int removed = 0;
    for (const BackupInfo &backup : all) { // newest first
        const QDate day = backup.createdAt.date();
        if (!days.contains(day))
            days.append(day);
        if (days.size() > keep && QFile::remove(backup.path))
            ++removed;
    }
    return removed;
}

QList<BackupInfo> Backups::list() const
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{4}-\d{2}-\d{2})(?:-(\d{6}))?\.sqlite$)"));
    const QString prefix = baseName() + QLatin1Char('-');
    QList<BackupInfo> result;
    const QFileInfoList files = QDir(directory()).entryInfoList(QDir::Files, QDir::Name);
    for (const QFileInfo &file : files) {
        if (!file.fileName().startsWith(prefix))
            continue;
        const QRegularExpressionMatch match = pattern.match(file.fileName().mid(prefix.size()));
        if (!match.hasMatch())
            continue;
        const QDate date = QDate::fromString(match.captured(1), QStringLiteral("yyyy-MM-dd"));
        const QTime time =
            match.capturedLength(2) > 0 ? QTime::fromString(match.captured(2), QStringLiteral("HHmmss")) : QTime(0, 0);
        if (!date.isValid() || !time.isValid())
            continue;
        BackupInfo info = check(file.absoluteFilePath());
        info.createdAt = QDateTime(date, time);
        result.append(info);
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const BackupInfo &a, const BackupInfo &b) { return a.createdAt > b.createdAt; });
    return result;
}

std::optional<BackupInfo> Backups::newestGood() const
{
    for (const BackupInfo &backup : list()) {
        if (backup.good)
            return backup;
    }
    return std::nullopt;
}

BackupInfo Backups::check(const QString &backupPath)
{
    BackupInfo info;
    info.path = QFileInfo(backupPath).absoluteFilePath();
    const QFileInfo file(info.path);
    info.size = file.size();
    info.createdAt = file.lastModified();
    if (!file.isFile() || info.size == 0) {
        info.problem = tr("empty or missing");
        return info;
    }
    ScopedConnection connection(info.path, true);
    if (!connection.isOpen()) {
        info.problem = tr("cannot be opened: %1").arg(connection.error());
        return info;
    }
    const QSqlDatabase db = connection.db();
    {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA quick_check"))) {
            info.problem = tr("not a database: %1").arg(query.lastError().databaseText());
            return info;
        }
        QStringList problems;
        while (query.next())
            problems << query.value(0).toString();
        if (problems != QStringList{QStringLiteral("ok")}) {
            info.problem = tr("damaged: %1").arg(problems.mid(0, 3).join(QStringLiteral("; ")));
            return info;
        }
    }
    if (scalar(db, QStringLiteral("PRAGMA application_id")).toInt() != Database::ApplicationId) {
        info.problem = tr("not a Coffee Chat database");
        return info;
    }
    const int version = scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
    if (version < 1 || version > Database::SchemaVersion) {
        info.problem = tr("database version %1 is not supported").arg(version);
        return info;
    }
    bool contactsOk = false;
    bool interviewsOk = false;
    const int contacts = scalar(db, QStringLiteral("SELECT count(*) FROM contacts"), &contactsOk).toInt();
    const int interviews = scalar(db, QStringLiteral("SELECT count(*) FROM interviews"), &interviewsOk).toInt();
    info.contacts = contactsOk ? contacts : -1;
    info.interviews = interviewsOk ? interviews : (version < 2 ? 0 : -1);
    if (!contactsOk) {
        info.problem = tr("its contacts cannot be read");
        return info;
    }
    info.good = true;
    return info;
}

QString Backups::asidePath(const QString &databasePath, AsideReason reason, const QDateTime &now)
{
    const QString absolute = QFileInfo(databasePath).absoluteFilePath();
    const QString word = reason == AsideReason::Damaged ? QStringLiteral(".damaged-") : QStringLiteral(".replaced-");
    const QString stem = absolute + word + now.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString candidate = stem;
    for (int n = 2; QFileInfo::exists(candidate) || QFileInfo::exists(candidate + QStringLiteral("-wal")); ++n)
        candidate = stem + QLatin1Char('-') + QString::number(n);
    return candidate;
}

bool Backups::moveAside(const QString &databasePath, AsideReason reason, const QDateTime &now, QString *movedTo,
                        QString *error)
{
    const QString from = QFileInfo(databasePath).absoluteFilePath();
    const QString to = asidePath(from, reason, now);
    if (!QFile::rename(from, to)) {
        return failWith(error,
                        tr("“%1” cannot be renamed to “%2”. Nothing was changed.").arg(native(from), native(to)));
    }
    // The write-ahead log belongs to the file it was written for; leaving it behind would let
    // SQLite apply it to whatever file takes this name next.
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        if (QFileInfo::exists(from + suffix) && !QFile::rename(from + suffix, to + suffix)) {
            QFile::rename(to, from);
            return failWith(error, tr("“%1” cannot be renamed. Nothing was changed.").arg(native(from + suffix)));
        }
    }
    if (movedTo)
        *movedTo = to;
    return true;
}

bool Backups::restore(const BackupInfo &backup, AsideReason reason, const QDateTime &now, QString *movedTo,
                      QString *error) const
{
    const QString target = m_databasePath;
    const QString temp = QFileInfo(target).absolutePath() + QStringLiteral("/.") + QFileInfo(target).fileName()
        + QStringLiteral(".restoring-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!QFile::copy(backup.path, temp)) {
        QFile::remove(temp);
        return failWith(error,
                        tr("The backup “%1” cannot be copied next to “%2”. Nothing was changed.")
                            .arg(native(backup.path), native(target)));
    }
    QFile::setPermissions(temp, OwnerOnly);
    // Check the copy itself: the backup may have changed since it was listed.
    const BackupInfo copied = check(temp);
    if (!copied.good) {
        QFile::remove(temp);
        return failWith(
            error,
            tr("The backup “%1” is damaged (%2). Nothing was changed.").arg(native(backup.path), copied.problem));
    }
    QString aside;
    if (QFileInfo::exists(target) && !moveAside(target, reason, now, &aside, error)) {
        QFile::remove(temp);
        return false;
    }
    if (!QFile::rename(temp, target)) {
        if (!aside.isEmpty()) {
            QFile::rename(aside, target);
            for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
                if (QFileInfo::exists(aside + suffix))
                    QFile::rename(aside + suffix, target + suffix);
            }
        }
        QFile::remove(temp);
        return failWith(error,
                        tr("The backup cannot be put in place of “%1”. Nothing was changed.").arg(native(target)));
    }
    if (movedTo)
        *movedTo = aside;
    return true;
}
