// Where recordings live and how their files are handled: private folders and files, names that
// never collide, what may be attached (with a message naming the file when not), a copy that is
// whole or absent, and removal to the trash with undo bringing the file back.

#include "audiofixture.h"
#include "storage/recordingfiles.h"

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

QTEST_GUILESS_MAIN(TestRecordingFiles)
#include "tst_recordingfiles.moc"
