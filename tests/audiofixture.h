#pragma once

// Audio the recording tests need: a WAV file of a tone, written by the test itself.

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QtEndian>

#include <cmath>

namespace AudioFixture {

// A mono 16-bit PCM WAV file of `seconds` of a 440 Hz tone at 8 kHz.
inline bool writeWav(const QString &path, double seconds)
{
    constexpr int rate = 8000;
    const int samples = int(seconds * rate);
    QByteArray pcm(samples * 2, Qt::Uninitialized);
    for (int i = 0; i < samples; ++i)
        qToLittleEndian<qint16>(qint16(12000 * std::sin(2 * M_PI * 440 * i / rate)), pcm.data() + 2 * i);
    QByteArray header;
    const auto u32 = [&](quint32 v) {
        char b[4];
        qToLittleEndian(v, b);
        header.append(b, 4);
    };
    const auto u16 = [&](quint16 v) {
        char b[2];
        qToLittleEndian(v, b);
        header.append(b, 2);
    };
    header += "RIFF";
    u32(36 + pcm.size());
    header += "WAVEfmt ";
    u32(16);
    u16(1); // PCM
    u16(1); // mono
    u32(rate);
    u32(rate * 2);
    u16(2);
    u16(16);
    header += "data";
    u32(pcm.size());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(header + pcm) == header.size() + pcm.size();
}

} // namespace AudioFixture
