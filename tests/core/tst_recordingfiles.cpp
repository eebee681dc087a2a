// Where recordings live and how their files are handled: private folders and files, names that
// never collide, what may be attached (with a message naming the file when not), a copy that is
// whole or absent, and removal to the trash with undo bringing the file back.

#include "audiofixture.h"
#include "storage/recordingfiles.h"
#include "storage/wavwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// What anyone but the owner may do.
constexpr QFile::Permissions others =
    QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
} // namespace

class TestRecordingFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void foldersAndFilesArePrivate();
    void namesNeverCollide();
    void mayAttach_data();
    void mayAttach();
    void copyIsWholeOrAbsent();
    void trashAndBack();
    void bringingBackWhatTheTrashLost();
    void wavIsValidAfterEveryAppend();
    void recoveryIsAdoptedOnlyWhenNeeded();

private:
    QTemporaryDir m_dir;
};

void TestRecordingFiles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestRecordingFiles::foldersAndFilesArePrivate()
{
    const RecordingFiles files(m_dir.filePath(u"data/c.sqlite"_s));
    QCOMPARE(files.root(), m_dir.filePath(u"data/recordings"_s));
    QVERIFY(QDir().mkpath(m_dir.filePath(u"data"_s)));
    QString error;
    QVERIFY2(files.makeFolder(7, &error), qPrintable(error));
    QCOMPARE(files.folder(7), m_dir.filePath(u"data/recordings/7"_s));
    const auto owner = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
    QCOMPARE(QFileInfo(files.root()).permissions() & (owner | others), owner);
    QCOMPARE(QFileInfo(files.folder(7)).permissions() & (owner | others), owner);

    const QString source = m_dir.filePath(u"phone.wav"_s);
    QVERIFY(AudioFixture::writeWav(source, 0.5));
    QVERIFY2(files.copyIn(source, 7, u"a.wav"_s, &error), qPrintable(error));
    QCOMPARE(QFileInfo(files.folder(7) + u"/a.wav"_s).permissions() & (owner | others),
             QFile::ReadOwner | QFile::WriteOwner);
}

void TestRecordingFiles::namesNeverCollide()
{
    const RecordingFiles files(m_dir.filePath(u"names/c.sqlite"_s));
    QVERIFY(QDir().mkpath(files.folder(3)));
    const QDateTime when(QDate(2026, 12, 7), QTime(15, 40, 12));
    const QString first = files.newFileName(3, when, u"ogg"_s);
    QCOMPARE(first, u"2026-12-07 15-40-12.ogg"_s);
    QFile(files.folder(3) + u'/' + first).open(QIODevice::WriteOnly);
    const QString second = files.newFileName(3, when, u"ogg"_s);
    QCOMPARE(second, u"2026-12-07 15-40-12 2.ogg"_s);
}

void TestRecordingFiles::mayAttach_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("contents"); // "<dir>" for a folder, "<none>" for nothing
    QTest::addColumn<QString>("expected"); // in the message; empty when it may be attached

    QByteArray binary(4096, Qt::Uninitialized); // no known kind of file
    for (int i = 0; i < binary.size(); ++i)
        binary[i] = char((i * 7919 + 13) % 251);

    QTest::newRow("a WAV file") << u"talk.wav"_s << QByteArray("<wav>") << QString();
    QTest::newRow("an audio name with other bytes") << u"odd.m4a"_s << binary << QString();
    QTest::newRow("missing") << u"gone.m4a"_s << QByteArray("<none>") << u"does not exist"_s;
    QTest::newRow("a folder") << u"Voice Memos"_s << QByteArray("<dir>") << u"is not a file that can be attached"_s;
    QTest::newRow("empty") << u"empty.mp3"_s << QByteArray() << u"is empty"_s;
    QTest::newRow("text") << u"notes.txt"_s << QByteArray("What I learned\n") << u"is not an audio file"_s;
    QTest::newRow("a PDF") << u"sheet.pdf"_s << QByteArray("%PDF-1.4\n%âãÏÓ\n") << u"is not an audio file"_s;
    QTest::newRow("text named as audio") << u"fake.wav"_s << QByteArray("What I learned today\nand more\n")
                                         << u"is not an audio file"_s;
    QTest::newRow("odd characters") << u"ü 'quoted' & $x.wav"_s << QByteArray("<wav>") << QString();
}

void TestRecordingFiles::mayAttach()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, contents);
    QFETCH(QString, expected);
    const QString path = m_dir.filePath(u"attach/"_s + name);
    QVERIFY(QDir().mkpath(m_dir.filePath(u"attach"_s)));
    if (contents == "<dir>") {
        QVERIFY(QDir().mkpath(path));
    } else if (contents == "<wav>") {
        QVERIFY(AudioFixture::writeWav(path, 0.2));
    } else if (contents != "<none>") {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(contents);
    }
    QString error;
    const bool ok = RecordingFiles::mayAttach(path, &error);
    QCOMPARE(ok, expected.isEmpty());
    if (!ok) {
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error)); // names the file
    }
}

void TestRecordingFiles::copyIsWholeOrAbsent()
{
    const RecordingFiles files(m_dir.filePath(u"copy/c.sqlite"_s));
    QVERIFY(QDir().mkpath(m_dir.filePath(u"copy"_s)));
    const QString source = m_dir.filePath(u"copy-source.wav"_s);
    QVERIFY(AudioFixture::writeWav(source, 3));
    QList<int> progress;
    QString error;
    QVERIFY2(files.copyIn(source, 1, u"x.wav"_s, &error, [&](int done, int total) { progress << done * 100 / total; }),
             qPrintable(error));
    QFile a(source), b(files.folder(1) + u"/x.wav"_s);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(b.readAll(), a.readAll());
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last(), 100);

    // A folder that cannot be made (a file is in its place): a message naming it, nothing written.
    const RecordingFiles blocked(m_dir.filePath(u"blocked/c.sqlite"_s));
    QVERIFY(QDir().mkpath(m_dir.filePath(u"blocked"_s)));
    QFile block(blocked.root());
    QVERIFY(block.open(QIODevice::WriteOnly));
    block.close();
    QVERIFY(!blocked.copyIn(source, 1, u"x.wav"_s, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(blocked.folder(1))), qPrintable(error));
}

void TestRecordingFiles::trashAndBack()
{
    const RecordingFiles files(m_dir.filePath(u"trash/c.sqlite"_s));
    QVERIFY(QDir().mkpath(m_dir.filePath(u"trash"_s)));
    const QString source = m_dir.filePath(u"trash-source.wav"_s);
    QVERIFY(AudioFixture::writeWav(source, 0.3));
    Recording r;
    r.interviewId = 4;
    r.fileName = u"r.wav"_s;
    QString error;
    QVERIFY(files.copyIn(source, 4, r.fileName, &error));
    const QByteArray before = [&] {
        QFile f(files.path(r));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();

    QString inTrash;
    QVERIFY2(files.moveToTrash(r, &inTrash, &error), qPrintable(error));
    QVERIFY(!QFileInfo::exists(files.path(r)));
    QVERIFY(QFileInfo::exists(inTrash));
    QVERIFY2(files.bringBack(r, inTrash, &error), qPrintable(error));
    QVERIFY(!QFileInfo::exists(inTrash));
    QFile f(files.path(r));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
    // The trash keeps no note of a file that is no longer in it.
    const QString note =
        QFileInfo(inTrash).absolutePath() + u"/../info/"_s + QFileInfo(inTrash).fileName() + u".trashinfo"_s;
    QVERIFY(!QFileInfo::exists(QDir::cleanPath(note)));

    // A file already gone is no failure; bringing "nothing" back is nothing to do.
    Recording missing = r;
    missing.fileName = u"never-there.wav"_s;
    QVERIFY(files.moveToTrash(missing, &inTrash, &error));
    QVERIFY(inTrash.isEmpty());
    QVERIFY(files.bringBack(missing, inTrash, &error));
}

void TestRecordingFiles::bringingBackWhatTheTrashLost()
{
    const RecordingFiles files(m_dir.filePath(u"lost/c.sqlite"_s));
    QVERIFY(QDir().mkpath(m_dir.filePath(u"lost"_s)));
    const QString source = m_dir.filePath(u"lost-source.wav"_s);
    QVERIFY(AudioFixture::writeWav(source, 0.3));
    Recording r;
    r.interviewId = 5;
    r.fileName = u"r.wav"_s;
    QString error;
    QVERIFY(files.copyIn(source, 5, r.fileName, &error));
    QString inTrash;
    QVERIFY(files.moveToTrash(r, &inTrash, &error));
    QVERIFY(QFile::remove(inTrash)); // the trash was emptied
    QVERIFY(!files.bringBack(r, inTrash, &error));
    QVERIFY2(error.contains(u"no longer in the trash"_s), qPrintable(error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(files.path(r))), qPrintable(error));
}

// The safety copy plays up to its last append at every moment, also when cut off mid-write.
void TestRecordingFiles::wavIsValidAfterEveryAppend()
{
    const QString path = m_dir.filePath(u"safety.wav"_s);
    WavWriter writer;
    QString error;
    QVERIFY2(writer.open(path, 16000, 1, WavWriter::Sample::Int16, &error), qPrintable(error));
    QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadOwner | QFile::WriteOwner | others),
             QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(WavWriter::durationMs(path), 0);
    const QByteArray tenthOfASecond(3200, '\x01');
    for (int i = 1; i <= 10; ++i) {
        QVERIFY(writer.append(tenthOfASecond.constData(), tenthOfASecond.size()));
        QCOMPARE(WavWriter::durationMs(path), qint64(i * 100)); // as another process would read it
    }
    writer.close();
    // Cut off mid-write: the header says more than the file holds; the file is believed.
    QFile cut(path);
    QVERIFY(cut.resize(44 + 8000));
    QCOMPARE(WavWriter::durationMs(path), qint64(250));
    // Not a WAV file, or nothing at all.
    QCOMPARE(WavWriter::durationMs(m_dir.filePath(u"nothing-here.wav"_s)), 0);
    QFile text(m_dir.filePath(u"text.wav"_s));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write(QByteArray(100, 'a'));
    text.close();
    QCOMPARE(WavWriter::durationMs(text.fileName()), 0);
    // Float samples (a microphone that offers only those) are marked as such.
    QVERIFY(writer.open(m_dir.filePath(u"float.wav"_s), 48000, 2, WavWriter::Sample::Float, &error));
    const QByteArray second(48000 * 2 * 4, '\0');
    QVERIFY(writer.append(second.constData(), second.size()));
    writer.close();
    QCOMPARE(WavWriter::durationMs(m_dir.filePath(u"float.wav"_s)), 1000);
}

// After an unexpected end, the safety copy becomes the recording only when the recorder's own
// file holds no sound.
void TestRecordingFiles::recoveryIsAdoptedOnlyWhenNeeded()
{
    const RecordingFiles files(m_dir.filePath(u"recover/c.sqlite"_s));
    QVERIFY(QDir().mkpath(m_dir.filePath(u"recover"_s)));
    QString error;
    QVERIFY(files.makeFolder(9, &error));
    Recording r;
    r.interviewId = 9;
    r.fileName = u"2026-12-07 10-00-00.mp3"_s;
    QFile(files.path(r)).open(QIODevice::WriteOnly); // the recorder's file, empty
    QVERIFY(!files.adoptRecovery(r)); // no safety copy
    WavWriter writer;
    QVERIFY(writer.open(files.recoveryPath(r), 16000, 1, WavWriter::Sample::Int16, &error));
    const QByteArray sound(32000 * 2, '\x02');
    QVERIFY(writer.append(sound.constData(), sound.size()));
    writer.close();
    QVERIFY(QFileInfo(files.recoveryPath(r)).fileName().startsWith(u'.')); // hidden beside it

    Recording adopted = r;
    QVERIFY(files.adoptRecovery(adopted));
    QCOMPARE(adopted.fileName, u"2026-12-07 10-00-00.wav"_s);
    QCOMPARE(adopted.durationMs, 2000);
    QVERIFY(QFileInfo::exists(files.path(adopted)));
    QVERIFY(!QFileInfo::exists(files.path(r))); // the empty file is gone
    QVERIFY(!QFileInfo::exists(files.recoveryPath(r)));

    // The recorder's file holds sound: it stays the recording, the copy is not taken.
    Recording whole = r;
    whole.fileName = u"whole.mp3"_s;
    QFile full(files.path(whole));
    QVERIFY(full.open(QIODevice::WriteOnly));
    full.write(QByteArray(64 * 1024, '\x03'));
    full.close();
    QVERIFY(writer.open(files.recoveryPath(whole), 16000, 1, WavWriter::Sample::Int16, &error));
    QVERIFY(writer.append(sound.constData(), sound.size()));
    writer.close();
    QVERIFY(!files.adoptRecovery(whole));
    QCOMPARE(whole.fileName, u"whole.mp3"_s);
    files.dropRecovery(whole);
    QVERIFY(!QFileInfo::exists(files.recoveryPath(whole)));
}

QTEST_GUILESS_MAIN(TestRecordingFiles)
#include "tst_recordingfiles.moc"
