#include "audioprobe.h"

#include <QEventLoop>
#include <QMediaPlayer>
#include <QTimer>
#include <QUrl>

AudioProbe::AudioProbe(QObject *parent)
    : QObject(parent)
{ }

void AudioProbe::probe(const QString &path, int timeoutMs)
{
    if (m_player)
        m_player->deleteLater();
    m_player = new QMediaPlayer(this);
    m_busy = true;
    QMediaPlayer *player = m_player;
    connect(player, &QMediaPlayer::mediaStatusChanged, this, [this, player](QMediaPlayer::MediaStatus status) {
        if (player != m_player)
            return;
        if (status == QMediaPlayer::LoadedMedia || status == QMediaPlayer::BufferedMedia)
            finish(player->duration());
        else if (status == QMediaPlayer::InvalidMedia)
            finish(0);
    });
    connect(player, &QMediaPlayer::errorOccurred, this, [this, player] {
        if (player == m_player)
            finish(0);
    });
    QTimer::singleShot(timeoutMs, player, [this, player] {
        if (player == m_player)
            finish(0);
    });
    player->setSource(QUrl::fromLocalFile(path));
}

void AudioProbe::finish(qint64 durationMs)
{
    if (!m_busy)
        return;
    m_busy = false;
    m_player->deleteLater();
    m_player = nullptr;
    Q_EMIT done(qMax<qint64>(0, durationMs));
}

qint64 AudioProbe::durationOf(const QString &path, int timeoutMs)
{
    AudioProbe probe;
    qint64 result = 0;
    QEventLoop loop;
    connect(&probe, &AudioProbe::done, &loop, [&](qint64 ms) {
        result = ms;
        loop.quit();
    });
    probe.probe(path, timeoutMs);
    if (probe.m_busy)
        loop.exec();
    return result;
}
