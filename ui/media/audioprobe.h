#pragma once

#include <QObject>
#include <QString>

class QMediaPlayer;

// The length of an audio file, read with Qt Multimedia without playing it: for a recording
// attached from a phone, and to check what the recorder wrote.
class AudioProbe : public QObject
{
    Q_OBJECT
public:
    explicit AudioProbe(QObject *parent = nullptr);

    // Starts reading path; done() follows (with 0 when the length cannot be read within
    // timeoutMs, or the file cannot be played).
    void probe(const QString &path, int timeoutMs = 10000);
    // probe() and wait for it, running the event loop: for tests and the command line.
    static qint64 durationOf(const QString &path, int timeoutMs = 10000);

Q_SIGNALS:
    void done(qint64 durationMs);

private:
    void finish(qint64 durationMs);

    QMediaPlayer *m_player = nullptr;
    bool m_busy = false;
};
