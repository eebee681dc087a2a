#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>

namespace {

const QByteArray acknowledgement = QByteArrayLiteral("ok\n");

QString canonicalDatabasePath(const QString &path)
{
    const QFileInfo info(path);
    // The file may not exist yet on a first start; its folder does.
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return QDir(folder.isEmpty() ? info.absolutePath() : folder).filePath(info.fileName());
}

} // namespace

SingleInstance::SingleInstance(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_name(serverName(databasePath))
{ }

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName(const QString &databasePath)
{
    const QByteArray key = qgetenv("USER") + '\n' + canonicalDatabasePath(databasePath).toUtf8();
    return QStringLiteral("coffeechat-")
        + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(20));
}

bool SingleInstance::forwardToRunningInstance(const QStringList &files, int timeoutMs) const
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    QJsonArray list;
    for (const QString &file : files)
        list.append(QFileInfo(file).absoluteFilePath());
    const QByteArray request =
        QJsonDocument(QJsonObject{{QStringLiteral("files"), list}}).toJson(QJsonDocument::Compact);
    socket.write(request + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // Only an answer proves the running instance took it; otherwise this one starts after all.
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    return socket.readLine() == acknowledgement;
}

bool SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    // Nobody answered forwardToRunningInstance(), so a socket file left by a crash is stale.
    QLocalServer::removeServer(m_name);
    if (!m_server->listen(m_name)) {
        qWarning("Coffee Chat cannot listen for a second start (%s): %s", qPrintable(m_name),
                 qPrintable(m_server->errorString()));
        return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::readRequest);
    return true;
}

void SingleInstance::readRequest()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        const auto answer = [this, socket] {
            if (!socket->canReadLine())
                return;
            const QJsonObject request = QJsonDocument::fromJson(socket->readLine()).object();
            QStringList files;
            for (const QJsonValue &file : request.value(QStringLiteral("files")).toArray())
                files << file.toString();
            socket->write(acknowledgement);
            socket->flush();
            Q_EMIT activationRequested(files);
        };
        connect(socket, &QLocalSocket::readyRead, this, answer);
        answer(); // the request may have arrived with the connection
    }
}
