#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

// One Coffee Chat per database. The first start listens on a local socket named after the
// database file; a second start with the same database hands its files to the first (which
// comes to the front and opens them) and quits, so the same database is never open twice.
// Another database, e.g. started with --database, runs beside it.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(const QString &databasePath, QObject *parent = nullptr);
    ~SingleInstance() override;

    // The socket's name: per user and per database, and short enough for any platform.
    static QString serverName(const QString &databasePath);

    // True when an instance with this database took the request; this process should quit.
    bool forwardToRunningInstance(const QStringList &files, int timeoutMs = 3000) const;
    // Becomes the running instance. False (and a warning) if the socket could not be made;
    // the app still works, it just cannot be found by a second start.
    bool listen();

Q_SIGNALS:
    // Another start asked this instance to come forward and open these files (absolute paths).
    void activationRequested(const QStringList &files);

private:
    void readRequest();

    QString m_name;
    QLocalServer *m_server = nullptr;
};
