#include "audiorecorder.h"

#include <QAudioInput>
#include <QAudioSource>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QMediaFormat>
#include <QMediaRecorder>
#include <QTimer>
#include <QUrl>

#include <cmath>
#include <utility>

namespace {

struct Choice {
    QMediaFormat::FileFormat file;
    QMediaFormat::AudioCodec codec;
    const char *suffix;
};

// Formats that play up to the last second written, should the app stop mid-recording, first
// (Opus in Ogg, MP3); then AAC in MPEG-4, whose index is written only at the end; WAV last.
const Choice choices[] = {
    {QMediaFormat::Ogg, QMediaFormat::AudioCodec::Opus, "ogg"},
    {QMediaFormat::MP3, QMediaFormat::AudioCodec::MP3, "mp3"},
    {QMediaFormat::Mpeg4Audio, QMediaFormat::AudioCodec::AAC, "m4a"},
    {QMediaFormat::Wave, QMediaFormat::AudioCodec::Wave, "wav"},
};

// How long a recording may receive nothing before the user is told (the microphone unplugged or
// muted by the system, the sound server gone).
constexpr int StallMs = 5000;

const Choice &bestChoice()
{
    static const Choice &best = [&]() -> const Choice & {
        for (const Choice &choice : choices) {
            QMediaFormat format(choice.file);
            if (format.supportedAudioCodecs(QMediaFormat::Encode).contains(choice.codec))
                return choice;
        }
        return choices[std::size(choices) - 1];
    }();
    return best;
}

} // namespace

AudioRecorder::AudioRecorder(QObject *parent)
    : QObject(parent)
{ }

AudioRecorder::~AudioRecorder()
{
    if (isActive())
        stopAndWait();
}

bool AudioRecorder::hasMicrophone()
{
    return !QMediaDevices::audioInputs().isEmpty();
}

QString AudioRecorder::fileSuffix()
{
    return QString::fromLatin1(bestChoice().suffix);
}

bool AudioRecorder::start(const QString &path, const QString &recoveryPath, QString *error)
{
    if (isActive()) {
        if (error)
            *error = tr("A recording is already running.");
        return false;
    }
    const QAudioDevice device = QMediaDevices::defaultAudioInput();
    if (device.isNull()) {
        if (error)
            *error = tr("No microphone was found. Connect one (or allow Coffee Chat to use it), or record on your "
                        "phone and attach the file with Attach Recording…");
        return false;
    }
    m_session = std::make_unique<QMediaCaptureSession>();
    m_input = new QAudioInput(device, this);
    m_recorder = new QMediaRecorder(this);
    m_session->setAudioInput(m_input);
    m_session->setRecorder(m_recorder);
    const Choice &choice = bestChoice();
    QMediaFormat format(choice.file);
    format.setAudioCodec(choice.codec);
    m_recorder->setMediaFormat(format);
    m_recorder->setQuality(QMediaRecorder::NormalQuality);
    m_recorder->setAudioChannelCount(1);
    m_recorder->setOutputLocation(QUrl::fromLocalFile(path));
    m_path = path;
    m_lastDuration = 0;
    m_stopping = false;
    m_failed = false;
    // Created private before the recorder writes to it (it keeps the file's permissions).
    {
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    m_progress.start();
    m_silent = false;
    if (!m_watchdog) {
        m_watchdog = new QTimer(this);
        m_watchdog->setInterval(1000);
        connect(m_watchdog, &QTimer::timeout, this, [this] {
            if (!m_recorder || m_stopping || m_recorder->recorderState() != QMediaRecorder::RecordingState) {
                m_progress.start();
                return;
            }
            // Told, not stopped: the microphone may come back (plugged in again), and Qt's
            // recorder cannot stop while its microphone delivers nothing.
            const bool silent = m_progress.elapsed() >= StallMs;
            if (silent != m_silent) {
                m_silent = silent;
                Q_EMIT silenceChanged(silent);
            }
        });
    }
    m_watchdog->start();

    connect(m_recorder, &QMediaRecorder::durationChanged, this, [this](qint64 ms) {
        if (ms != m_lastDuration) {
            m_progress.start();
            if (std::exchange(m_silent, false))
                Q_EMIT silenceChanged(false);
        }
        m_lastDuration = ms;
        if (ms > 0 && m_wantLevel && !m_stopping)
            startLevel();
        Q_EMIT durationChanged(ms);
    });
    connect(m_recorder, &QMediaRecorder::errorOccurred, this, [this](QMediaRecorder::Error, const QString &text) {
        m_failed = true;
        stopLevel();
        Q_EMIT failed(tr("Recording to “%1” failed: %2").arg(QFileInfo(m_path).fileName(), text));
    });
    connect(m_recorder, &QMediaRecorder::recorderStateChanged, this, [this](QMediaRecorder::RecorderState state) {
        if (state == QMediaRecorder::PausedState)
            Q_EMIT levelChanged(0);
        if (state == QMediaRecorder::StoppedState) {
            m_watchdog->stop();
            m_recovery.close();
            stopLevel();
            const qint64 length = m_lastDuration;
            m_recorder->deleteLater();
            m_recorder = nullptr;
            m_input->deleteLater();
            m_input = nullptr;
            m_session.reset();
            Q_EMIT stateChanged();
            if (!m_failed)
                Q_EMIT finished(length);
            return;
        }
        Q_EMIT stateChanged();
    });
    m_recorder->record();
    if (m_recorder->error() != QMediaRecorder::NoError) {
        const QString why = m_recorder->errorString();
        delete m_recorder;
        m_recorder = nullptr;
        delete m_input;
        m_input = nullptr;
        m_session.reset();
        m_watchdog->stop();
        if (error)
            *error = tr("Recording could not begin: %1").arg(why);
        return false;
    }

    // The level meter: a light stream of 16-bit mono samples where the microphone offers them.
    QAudioFormat levelFormat;
    levelFormat.setSampleRate(16000);
    levelFormat.setChannelCount(1);
    levelFormat.setSampleFormat(QAudioFormat::Int16);
    if (!device.isFormatSupported(levelFormat))
        levelFormat = device.preferredFormat();
    const auto sample = [&] {
        switch (levelFormat.sampleFormat()) {
        case QAudioFormat::UInt8:
            return WavWriter::Sample::UInt8;
        case QAudioFormat::Int32:
            return WavWriter::Sample::Int32;
        case QAudioFormat::Float:
            return WavWriter::Sample::Float;
        default:
            return WavWriter::Sample::Int16;
        }
    }();
    // Without its safety copy the recording still runs: the copy only matters if the app ends.
    if (!recoveryPath.isEmpty())
        m_recovery.open(recoveryPath, levelFormat.sampleRate(), levelFormat.channelCount(), sample, nullptr);
    // Its stream opens once the recorder hears sound: opening a stream on a microphone that
    // delivers nothing (suspended by the sound system) would wait, and the window with it.
    m_levelDeviceInfo = device;
    m_levelFormat = levelFormat;
    m_wantLevel = true;
    Q_EMIT stateChanged();
    return true;
}

void AudioRecorder::startLevel()
{
    m_wantLevel = false;
    m_levelSource = new QAudioSource(m_levelDeviceInfo, m_levelFormat, this);
    m_levelSource->setBufferSize(m_levelFormat.bytesForDuration(100000));
    m_levelDevice = m_levelSource->start();
    if (m_levelDevice)
        connect(m_levelDevice, &QIODevice::readyRead, this, &AudioRecorder::readLevel);
}

void AudioRecorder::readLevel()
{
    if (!m_levelDevice || !m_levelSource)
        return;
    const QByteArray data = m_levelDevice->readAll();
    if (isPaused())
        return; // the meter rests while nothing is recorded
    m_recovery.append(data.constData(), data.size());
    const QAudioFormat format = m_levelSource->format();
    const int step = format.bytesPerSample();
    if (step <= 0 || data.size() < step)
        return;
    float peak = 0;
    for (qsizetype at = 0; at + step <= data.size(); at += step)
        peak = std::max(peak, std::abs(format.normalizedSampleValue(data.constData() + at)));
    Q_EMIT levelChanged(qBound(0.0, qreal(peak), 1.0));
}

void AudioRecorder::stopLevel()
{
    m_wantLevel = false;
    m_recovery.close();
    if (m_levelSource) {
        m_levelSource->stop();
        m_levelSource->deleteLater();
        m_levelSource = nullptr;
        m_levelDevice = nullptr;
    }
    Q_EMIT levelChanged(0);
}

void AudioRecorder::pause()
{
    if (m_recorder && m_recorder->recorderState() == QMediaRecorder::RecordingState)
        m_recorder->pause();
}

void AudioRecorder::resume()
{
    if (m_recorder && m_recorder->recorderState() == QMediaRecorder::PausedState)
        m_recorder->record();
}

void AudioRecorder::stop()
{
    if (m_recorder && !m_stopping) {
        m_stopping = true;
        stopLevel();
        m_recorder->stop();
    }
}

void AudioRecorder::stopAndWait(int timeoutMs)
{
    if (!isActive())
        return;
    QEventLoop loop;
    connect(this, &AudioRecorder::stateChanged, &loop, [this, &loop] {
        if (!isActive())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    stop();
    if (isActive())
        loop.exec();
}

bool AudioRecorder::isActive() const
{
    return m_recorder && m_recorder->recorderState() != QMediaRecorder::StoppedState;
}

bool AudioRecorder::isPaused() const
{
    return m_recorder && m_recorder->recorderState() == QMediaRecorder::PausedState;
}

qint64 AudioRecorder::duration() const
{
    return m_recorder ? m_recorder->duration() : m_lastDuration;
}
