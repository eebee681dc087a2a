#include "storage/wavwriter.h"

#include "domain/failwith.h"

#include <QDir>
#include <QtEndian>

namespace {

constexpr qint64 HeaderBytes = 44;

QByteArray le32(quint32 v)
{
    QByteArray b(4, Qt::Uninitialized);
    qToLittleEndian(v, b.data());
    return b;
}

QByteArray le16(quint16 v)
{
    QByteArray b(2, Qt::Uninitialized);
    qToLittleEndian(v, b.data());
    return b;
}

int bytesOf(WavWriter::Sample sample)
{
    switch (sample) {
    case WavWriter::Sample::UInt8:
        return 1;
    case WavWriter::Sample::Int16:
        return 2;
    case WavWriter::Sample::Int32:
    case WavWriter::Sample::Float:
        return 4;
    }
    return 2;
}

} // namespace

bool WavWriter::open(const QString &path, int sampleRate, int channels, Sample sample, QString *error)
{
    close();
    m_file.setFileName(path);
    m_dataBytes = 0;
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return failWith(error,
                        tr("“%1” cannot be written: %2").arg(QDir::toNativeSeparators(path), m_file.errorString()));
    m_file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    const int bytes = bytesOf(sample);
    QByteArray header;
    header += "RIFF" + le32(36) + "WAVEfmt " + le32(16);
    header += le16(sample == Sample::Float ? 3 : 1); // IEEE float, or PCM
    header += le16(quint16(channels)) + le32(quint32(sampleRate)) + le32(quint32(sampleRate * channels * bytes));
    header += le16(quint16(channels * bytes)) + le16(quint16(bytes * 8));
    header += "data" + le32(0);
    if (m_file.write(header) != HeaderBytes || !m_file.flush()) {
        const QString why = m_file.errorString();
        m_file.close();
        return failWith(error, tr("“%1” cannot be written: %2").arg(QDir::toNativeSeparators(path), why));
    }
    return true;
}

bool WavWriter::append(const char *data, qint64 size)
{
    if (!m_file.isOpen() || size <= 0)
        return m_file.isOpen();
    if (m_file.write(data, size) != size)
        return false;
    m_dataBytes += size;
    return writeSizes() && m_file.flush();
}

bool WavWriter::writeSizes()
{
    const qint64 end = m_file.pos();
    const bool ok = m_file.seek(4) && m_file.write(le32(quint32(36 + m_dataBytes))) == 4 && m_file.seek(40)
        && m_file.write(le32(quint32(m_dataBytes))) == 4;
    return m_file.seek(end) && ok;
}

void WavWriter::close()
{
    if (m_file.isOpen())
        m_file.close();
}

qint64 WavWriter::durationMs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray header = file.read(HeaderBytes);
    if (header.size() < HeaderBytes || !header.startsWith("RIFF") || header.mid(8, 4) != "WAVE")
        return 0;
    const quint32 byteRate = qFromLittleEndian<quint32>(header.constData() + 28);
    // The sound that is really there: a file cut off mid-write may be shorter than its header says.
    const qint64 data = qMin<qint64>(qFromLittleEndian<quint32>(header.constData() + 40), file.size() - HeaderBytes);
    return byteRate > 0 && data > 0 ? data * 1000 / byteRate : 0;
}
