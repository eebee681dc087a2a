#pragma once

#include "storage/wavwriter.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <memory>

class QAudioInput;
class QAudioSource;
class QIODevice;
class QMediaCaptureSession;
class QMediaRecorder;
class QTimer;

// Recording from the microphone into a file with Qt Multimedia: the capture session, its
// recorder, and a second, light stream from the same microphone for the level meter (the
// recorder does not report levels). Qt Multimedia brings Qt Gui, so it sits in coffeechat_media.
class AudioRecorder : public QObject
{
    Q_OBJECT
public:
    explicit AudioRecorder(QObject *parent = nullptr);
    ~AudioRecorder() override; // stops and finishes the file

    // Whether the system has a microphone (or another audio input) to record from.
    static bool hasMicrophone();
    // The suffix of the files start() writes: the first format this Qt can encode of Opus in
    // Ogg, AAC in MPEG-4, MP3 and WAV ("ogg", "m4a", "mp3", "wav").
    static QString fileSuffix();

    // Starts recording the default microphone into path (with fileSuffix()), and the same sound
    // as it arrives into recoveryPath, a WAV file that is valid at every moment (the recorder
    // writes its file only as it finishes). False, with *error naming what failed, when there is
    // no microphone or recording cannot begin.
    bool start(const QString &path, const QString &recoveryPath, QString *error);
    void pause();
    void resume();
    // Ends the recording; finished() follows when the file is complete. Returns at once.
    void stop();
    // stop(), then waits (running the event loop) up to `timeoutMs` for the file to be complete:
    // for a page that closes while recording.
    void stopAndWait(int timeoutMs = 5000);

    bool isActive() const; // recording or paused
    bool isPaused() const;
    qint64 duration() const; // ms recorded so far

Q_SIGNALS:
    void durationChanged(qint64 ms);
    void levelChanged(qreal peak); // 0..1, about ten times a second while recording
    void stateChanged();
    void finished(qint64 durationMs); // the file is complete
    void failed(const QString &message);
    // No sound has arrived for a few seconds (true), or it arrives again (false).
    void silenceChanged(bool silent);

private:
    void readLevel();
    void startLevel();
    void stopLevel();

    std::unique_ptr<QMediaCaptureSession> m_session;
    QAudioInput *m_input = nullptr;
    QMediaRecorder *m_recorder = nullptr;
    QAudioSource *m_levelSource = nullptr;
    QIODevice *m_levelDevice = nullptr;
    QString m_path;
    qint64 m_lastDuration = 0;
    bool m_stopping = false;
    bool m_failed = false;
    QTimer *m_watchdog = nullptr;
    WavWriter m_recovery;
    QAudioDevice m_levelDeviceInfo;
    QAudioFormat m_levelFormat;
    bool m_wantLevel = false; // the level stream opens at the first sound
    bool m_silent = false;
    QElapsedTimer m_progress; // since the recorded length last grew
};
