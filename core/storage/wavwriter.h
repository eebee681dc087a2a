#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QString>

// A WAV file written as the sound arrives, valid after every append(): the header's sizes are
// brought up to date each time, so a file cut off by an unexpected end of the app still plays up
// to its last append. The recording's safety copy (RecordingFiles::recoveryPath()).
class WavWriter
{
    Q_DECLARE_TR_FUNCTIONS(WavWriter)
public:
    enum class Sample { UInt8, Int16, Int32, Float };

    // Creates path, private to the user, for PCM audio of this shape; false (with *error) when
    // it cannot be created.
    bool open(const QString &path, int sampleRate, int channels, Sample sample, QString *error);
    bool append(const char *data, qint64 size);
    void close();
    bool isOpen() const { return m_file.isOpen(); }
    qint64 dataBytes() const { return m_dataBytes; }

    // The length of the sound in a WAV file WavWriter wrote (0 when it is not one).
    static qint64 durationMs(const QString &path);

private:
    bool writeSizes();

    QFile m_file;
    qint64 m_dataBytes = 0;
};
