// Recording the conversation, only with consent, on the real interview page: the controls stay
// off (with the reason) until "They agreed to be recorded" is ticked, and the time of consent is
// kept; a phone's recording is attached (by the button's path or by dropping it), listed with its
// length, removed to the trash and brought back by Undo; bad files are refused with their name;
// and a real recording is made from a virtual microphone (a PulseAudio server with a sine-wave
// source, started by this test) and its file's length checked. Set COFFEECHAT_SCREENSHOT_DIR to
// save screenshots of the panel.

#include "audiofixture.h"
#include "audioprobe.h"
#include "commands/interviewcommands.h"
#include "interviewdialog.h"
#include "mainwindow.h"
#include "models/recordinglistmodel.h"
#include "recordingspanel.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/interviewstore.h"
#include "storage/wavwriter.h"
#include "translations.h"
#include "uitest.h"

#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace UiTest;

namespace {
// The owner's read and write bits, and everything others could do: only the first may be set.
constexpr QFile::Permissions privateBits = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
    | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
} // namespace

class TestRecordings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void consentGatesTheControls();
    void attachedRecordingIsListedRemovedAndUndone();
    void droppedFileIsAttached();
    void badFilesAreRefusedByName_data();
    void badFilesAreRefusedByName();
    void deletingTheInterviewTrashesItsRecordings();
    void unfinishedRecordingIsRepaired();
    void recordsFromTheMicrophone();
    void silentMicrophoneIsToldAndRecordingGoesOn();
    void microphoneSilentFromTheStart();

private:
    InterviewDialog *openPage(qint64 interviewId);
    RecordingsPanel *panelOf(InterviewDialog *page) { return child<RecordingsPanel>(page, u"recordingsPanel"_s); }
    // The page's recordings panel, with "They agreed to be recorded" ticked.
    RecordingsPanel *withConsent(InterviewDialog *page)
    {
        RecordingsPanel *panel = panelOf(page);
        child<QCheckBox>(panel, u"recordingConsent"_s)->click();
        return panel;
    }
    QPushButton *button(QWidget *in, const QString &name) { return child<QPushButton>(in, name); }
    bool startVirtualMicrophone(QString *why);
    bool attach(RecordingsPanel *panel, const QStringList &paths);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_interview = 0;
    QTemporaryDir m_pulseDir;
    QProcess m_pulse;
};

void TestRecordings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(QCoreApplication::instance());
    // The test's own sound server, before Qt Multimedia first looks for one.
    QVERIFY(m_pulseDir.isValid());
    qputenv("PULSE_SERVER", (u"unix:"_s + m_pulseDir.filePath(u"native"_s)).toUtf8());
    qputenv("PULSE_RUNTIME_PATH", m_pulseDir.filePath(u"client"_s).toUtf8());
    QString why;
    QVERIFY2(startVirtualMicrophone(&why), qPrintable(why));
}

void TestRecordings::cleanupTestCase()
{
    if (m_pulse.state() != QProcess::NotRunning) {
        m_pulse.terminate();
        if (!m_pulse.waitForFinished(5000))
            m_pulse.kill();
    }
}

void TestRecordings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(u"c.sqlite"_s)));
    m_workspace = std::make_unique<Workspace>(m_db.get());
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->resize(1280, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(!m_workspace->isLoading());
    Contact ada;
    ada.firstName = u"Ada"_s;
    ada.lastName = u"Lovelace"_s;
    ContactBatch batch;
    batch.inserts << ada;
    QVERIFY(m_workspace->contacts->apply(batch));
    Interview interview;
    interview.topic = u"What analysts do all day"_s;
    interview.step = Step::Conduct;
    interview.contactId = batch.inserts.constFirst().id;
    QVERIFY(m_workspace->interviews->insert(interview));
    m_interview = interview.id;
    m_workspace->undoStack->clear();
}

void TestRecordings::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    m_db.reset();
}

InterviewDialog *TestRecordings::openPage(qint64 interviewId)
{
    InterviewDialog *page = m_window->openInterview(interviewId, Step::Conduct);
    if (page && !QTest::qWaitForWindowExposed(page))
        qWarning("the interview page did not appear");
    return page;
}

bool TestRecordings::attach(RecordingsPanel *panel, const QStringList &paths)
{
    QSignalSpy finished(panel, &RecordingsPanel::attachFinished);
    panel->attachFiles(paths);
    return finished.count() > 0 || finished.wait(30000);
}

// Until they agree, Record and Attach are off and the page says why; ticking turns them on and
// keeps the time, saved with the page and shown again when it reopens.
void TestRecordings::consentGatesTheControls()
{
    InterviewDialog *page = openPage(m_interview);
    QVERIFY(page);
    RecordingsPanel *panel = panelOf(page);
    auto *consent = child<QCheckBox>(panel, u"recordingConsent"_s);
    auto *reason = child<QLabel>(panel, u"recordingReason"_s);
    QVERIFY(!consent->isChecked());
    QVERIFY(!button(panel, u"recordButton"_s)->isEnabled());
    QVERIFY(!button(panel, u"attachRecordingButton"_s)->isEnabled());
    QVERIFY(reason->isVisible());
    QVERIFY(reason->text().contains(u"only with their agreement"_s));
    screenshot(page, u"recording-before-consent"_s);

    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    consent->click();
    QVERIFY(button(panel, u"recordButton"_s)->isEnabled());
    QVERIFY(button(panel, u"attachRecordingButton"_s)->isEnabled());
    QVERIFY2(reason->text().contains(u"backups of the database do not include them"_s), qPrintable(reason->text()));
    QVERIFY(child<QLabel>(panel, u"consentTime"_s)->text().startsWith(u"on "_s));
    QVERIFY(page->hasUnsavedChanges());
    screenshot(page, u"recording-after-consent"_s);
    page->accept();
    const QDateTime given = m_workspace->interviews->interview(m_interview)->recordingConsentAt;
    QVERIFY(given >= before && given <= QDateTime::currentDateTimeUtc());
    QCOMPARE(m_workspace->undoStack->count(), 1); // the page's edit, undoable

    page = openPage(m_interview);
    panel = panelOf(page);
    consent = child<QCheckBox>(panel, u"recordingConsent"_s);
    QVERIFY(consent->isChecked());
    QCOMPARE(panel->consentAt(), given); // the time it was given, not the time it was reopened
    consent->click(); // withdrawn
    QVERIFY(!button(panel, u"recordButton"_s)->isEnabled());
    page->accept();
    QVERIFY(!m_workspace->interviews->interview(m_interview)->recordingConsentAt.isValid());
    m_workspace->undoStack->undo();
    QCOMPARE(m_workspace->interviews->interview(m_interview)->recordingConsentAt, given);
}

// A phone's recording: copied in privately, listed with its length, removed to the trash with a
// question, and brought back (file and row) by Undo.
void TestRecordings::attachedRecordingIsListedRemovedAndUndone()
{
    const QString phone = m_dir->filePath(u"Voice 012.wav"_s);
    QVERIFY(AudioFixture::writeWav(phone, 2.0));
    InterviewDialog *page = openPage(m_interview);
    RecordingsPanel *panel = withConsent(page);
    QVERIFY(attach(panel, {phone}));

    const QList<Recording> stored = m_workspace->interviews->recordings(m_interview);
    QCOMPARE(stored.size(), 1);
    const Recording r = stored.first();
    QCOMPARE(r.originalName, u"Voice 012.wav"_s);
    QVERIFY2(qAbs(r.durationMs - 2000) <= 150, qPrintable(QString::number(r.durationMs)));
    // The consent was saved before anything was stored.
    QVERIFY(m_workspace->interviews->interview(m_interview)->recordingConsentAt.isValid());
    const RecordingFiles files(m_db->path());
    const QString path = files.path(r);
    QCOMPARE(QFileInfo(path).absolutePath(), m_dir->filePath(u"recordings/%1"_s.arg(m_interview)));
    QCOMPARE(QFileInfo(path).size(), QFileInfo(phone).size());
    QCOMPARE(QFileInfo(path).permissions() & privateBits, QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(QFileInfo::exists(phone)); // the original stays where it was
    auto *list = child<QListView>(panel, u"recordingsList"_s);
    QCOMPARE(list->model()->rowCount(), 1);
    QVERIFY(list->model()->index(0, 0).data().toString().endsWith(u" · 0:02 · attached: Voice 012.wav"_s));
    QCOMPARE(m_workspace->undoStack->text(m_workspace->undoStack->count() - 1),
             u"Attach Recording to “Ada Lovelace: What analysts do all day”"_s);
    screenshot(page, u"recording-attached"_s);

    // Remove asks, then the file goes to the trash.
    list->setCurrentIndex(list->model()->index(0, 0));
    QString asked;
    whenModal<QMessageBox>([&](QMessageBox *box) {
        asked = box->text();
        box->button(QMessageBox::Yes)->click();
    });
    button(panel, u"removeRecordingButton"_s)->click();
    QVERIFY2(asked.contains(u"goes to the trash"_s), qPrintable(asked));
    QVERIFY(m_workspace->interviews->recordings(m_interview).isEmpty());
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(list->model()->rowCount(), 0);

    // The main window's Edit menu waits behind the page: the page offers the undo itself.
    auto *undoRemoval = child<QLabel>(panel, u"undoRemoval"_s);
    QVERIFY(undoRemoval->isVisible());
    QVERIFY2(undoRemoval->text().contains(u"Removed “Voice 012.wav”"_s), qPrintable(undoRemoval->text()));
    Q_EMIT undoRemoval->linkActivated(u"undo"_s);
    QCOMPARE(m_workspace->interviews->recordings(m_interview), QList<Recording>{r});
    QVERIFY(QFileInfo::exists(path));
    QVERIFY(!undoRemoval->isVisible());
    m_workspace->undoStack->redo();
    QVERIFY(!QFileInfo::exists(path));

    m_workspace->undoStack->undo();
    QCOMPARE(m_workspace->interviews->recordings(m_interview), QList<Recording>{r});
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(list->model()->rowCount(), 1);
    m_workspace->undoStack->redo();
    QVERIFY(!QFileInfo::exists(path));
    m_workspace->undoStack->undo();
    // Undoing the attachment itself takes the file away too; redo brings it back.
    m_workspace->undoStack->undo();
    QVERIFY(m_workspace->interviews->recordings(m_interview).isEmpty());
    QVERIFY(!QFileInfo::exists(path));
    m_workspace->undoStack->redo();
    QCOMPARE(m_workspace->interviews->recordings(m_interview), QList<Recording>{r});
    QVERIFY(QFileInfo::exists(path));

    // Withdrawing consent with recordings made asks; Cancel keeps it given.
    auto *consent = child<QCheckBox>(panel, u"recordingConsent"_s);
    QString question;
    whenModal<QMessageBox>([&](QMessageBox *box) {
        question = box->text();
        box->button(QMessageBox::Cancel)->click();
    });
    consent->click();
    QVERIFY2(question.contains(u"They no longer agree to be recorded?"_s), qPrintable(question));
    QVERIFY(consent->isChecked());
    QVERIFY(button(panel, u"recordButton"_s)->isEnabled());
    page->accept();
}

// Dropping a recording on the page attaches it, on the Conduct tab.
void TestRecordings::droppedFileIsAttached()
{
    const QString phone = m_dir->filePath(u"memo.wav"_s);
    QVERIFY(AudioFixture::writeWav(phone, 1.0));
    InterviewDialog *page = openPage(m_interview);
    RecordingsPanel *panel = withConsent(page);
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(phone)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(page, &enter);
    QVERIFY(enter.isAccepted());
    QSignalSpy finished(panel, &RecordingsPanel::attachFinished);
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(page, &drop);
    QVERIFY(finished.count() > 0 || finished.wait(30000));
    const QList<Recording> stored = m_workspace->interviews->recordings(m_interview);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().originalName, u"memo.wav"_s);
    page->accept();
}

void TestRecordings::badFilesAreRefusedByName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << u"empty.m4a"_s << QByteArray() << u"is empty"_s;
    QTest::newRow("text") << u"notes.txt"_s << QByteArray("hello\n") << u"is not an audio file"_s;
    QTest::newRow("missing") << u"gone.mp3"_s << QByteArray("<none>") << u"does not exist"_s;
}

void TestRecordings::badFilesAreRefusedByName()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, contents);
    QFETCH(QString, expected);
    const QString path = m_dir->filePath(name);
    if (contents != "<none>") {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(contents);
    }
    InterviewDialog *page = openPage(m_interview);
    RecordingsPanel *panel = withConsent(page);
    QString said;
    whenModal<QMessageBox>([&](QMessageBox *box) {
        said = box->text();
        box->accept();
    });
    QVERIFY(attach(panel, {path}));
    QVERIFY2(said.contains(expected) && said.contains(QDir::toNativeSeparators(path)), qPrintable(said));
    QVERIFY(m_workspace->interviews->recordings(m_interview).isEmpty());
    QVERIFY(QDir(RecordingFiles(m_db->path()).folder(m_interview)).isEmpty());
    page->accept();
}

// Deleting an interview takes its recordings' files to the trash too (a later interview may get
// its id, and so its folder); undo brings back the interview, the rows and the files.
void TestRecordings::deletingTheInterviewTrashesItsRecordings()
{
    const QString phone = m_dir->filePath(u"memo.wav"_s);
    QVERIFY(AudioFixture::writeWav(phone, 0.5));
    InterviewDialog *page = openPage(m_interview);
    RecordingsPanel *panel = withConsent(page);
    QVERIFY(attach(panel, {phone, phone}));
    page->accept();
    const QList<Recording> stored = m_workspace->interviews->recordings(m_interview);
    QCOMPARE(stored.size(), 2);
    const RecordingFiles files(m_db->path());
    QVERIFY(QFileInfo::exists(files.path(stored.at(0))) && QFileInfo::exists(files.path(stored.at(1))));

    QString error;
    QVERIFY2(
        InterviewCommands::removeInterview(m_workspace->undoStack, m_workspace->interviews, files, m_interview, &error),
        qPrintable(error));
    QVERIFY(!QFileInfo::exists(files.path(stored.at(0))));
    QVERIFY(!QFileInfo::exists(files.path(stored.at(1))));
    m_workspace->undoStack->undo();
    QCOMPARE(m_workspace->interviews->recordings(m_interview), stored);
    QVERIFY(QFileInfo::exists(files.path(stored.at(0))) && QFileInfo::exists(files.path(stored.at(1))));
    m_workspace->undoStack->redo();
    QVERIFY(!m_workspace->interviews->interview(m_interview));
    QVERIFY(!QFileInfo::exists(files.path(stored.at(0))));
}

// The app ended while recording (killed, a power cut): the row was stored at the start with no
// length, and the file is as the recorder left it. Opening the page makes it private and reads
// its length from what it holds.
void TestRecordings::unfinishedRecordingIsRepaired()
{
    const RecordingFiles files(m_db->path());
    QString error;
    QVERIFY(files.makeFolder(m_interview, &error));
    Recording r;
    r.interviewId = m_interview;
    r.fileName = u"2026-12-07 10-00-00.wav"_s;
    QVERIFY(AudioFixture::writeWav(files.path(r), 1.5));
    QVERIFY(QFile::setPermissions(files.path(r),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    QVERIFY(m_workspace->interviews->insertRecording(r));
    QCOMPARE(m_workspace->interviews->recordings(m_interview).first().durationMs, 0);

    InterviewDialog *page = openPage(m_interview);
    QTRY_VERIFY_WITH_TIMEOUT(m_workspace->interviews->recordings(m_interview).first().durationMs > 0, 15000);
    const qint64 length = m_workspace->interviews->recordings(m_interview).first().durationMs;
    QVERIFY2(qAbs(length - 1500) <= 150, qPrintable(QString::number(length)));
    QCOMPARE(QFileInfo(files.path(r)).permissions() & privateBits, QFile::ReadOwner | QFile::WriteOwner);
    page->accept();

    // The recorder never wrote its file (it does so only as it finishes); the safety copy did.
    Recording cut;
    cut.interviewId = m_interview;
    cut.fileName = u"2026-12-07 11-00-00.mp3"_s;
    QFile(files.path(cut)).open(QIODevice::WriteOnly);
    WavWriter copy;
    QVERIFY(copy.open(files.recoveryPath(cut), 16000, 1, WavWriter::Sample::Int16, &error));
    const QByteArray sound(32000 * 3, '\x05'); // three seconds
    QVERIFY(copy.append(sound.constData(), sound.size()));
    copy.close();
    QVERIFY(m_workspace->interviews->insertRecording(cut));
    page = openPage(m_interview);
    QTRY_COMPARE_WITH_TIMEOUT(m_workspace->interviews->recordings(m_interview).at(1).fileName,
                              u"2026-12-07 11-00-00.wav"_s, 15000);
    QCOMPARE(m_workspace->interviews->recordings(m_interview).at(1).durationMs, 3000);
    QVERIFY(!QFileInfo::exists(files.path(cut)));
    page->accept();
}

// The microphone goes silent mid-recording (here: its source is suspended, as the sound system
// does with a microphone it mutes): the page says so within seconds and stays usable; when sound
// comes back the recording goes on, and Stop keeps it.
void TestRecordings::silentMicrophoneIsToldAndRecordingGoesOn()
{
    InterviewDialog *page = openPage(m_interview);
    RecordingsPanel *panel = withConsent(page);
    auto *elapsed = child<QLabel>(panel, u"recordingElapsed"_s);
    button(panel, u"recordButton"_s)->click();
    QVERIFY(panel->isRecording());
    QTRY_VERIFY_WITH_TIMEOUT(panel->recordedMs() >= 1000, 20000);
    const QString pactl = QStandardPaths::findExecutable(u"pactl"_s);
    QVERIFY2(!pactl.isEmpty(), "pactl is not installed (packaging/dev.sh installs it)");
    const QString server = u"--server=unix:"_s + m_pulseDir.filePath(u"native"_s);
    QCOMPARE(QProcess::execute(pactl, {server, u"suspend-source"_s, u"microphone"_s, u"1"_s}), 0);
    auto resume = qScopeGuard([&] {
        QProcess::execute(pactl, {server, u"suspend-source"_s, u"microphone"_s, u"0"_s});
    });
    QTRY_VERIFY_WITH_TIMEOUT(elapsed->text().startsWith(u"No sound is reaching Coffee Chat"_s), 15000);
    screenshot(page, u"recording-silent"_s);
    const qint64 beforeResume = panel->recordedMs();
    resume.dismiss();
    QCOMPARE(QProcess::execute(pactl, {server, u"suspend-source"_s, u"microphone"_s, u"0"_s}), 0);
    QTRY_VERIFY_WITH_TIMEOUT(panel->recordedMs() >= beforeResume + 1000, 20000);
    QTRY_VERIFY(elapsed->text().startsWith(u"Recording "_s));
    button(panel, u"recordButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isRecording(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_workspace->interviews->recordings(m_interview).size(), 1, 10000);
    const Recording r = m_workspace->interviews->recordings(m_interview).first();
    QVERIFY2(r.durationMs >= 1500, qPrintable(QString::number(r.durationMs)));
    page->accept();
}

// A microphone that delivers nothing from the start: the window does not wait for it, the page
// says so, and recording begins when sound arrives.
void TestRecordings::microphoneSilentFromTheStart()
{
    const QString pactl = QStandardPaths::findExecutable(u"pactl"_s);
    QVERIFY2(!pactl.isEmpty(), "pactl is not installed (packaging/dev.sh installs it)");
    const QString server = u"--server=unix:"_s + m_pulseDir.filePath(u"native"_s);
    QCOMPARE(QProcess::execute(pactl, {server, u"suspend-source"_s, u"microphone"_s, u"1"_s}), 0);
    auto resume = qScopeGuard([&] {
        QProcess::execute(pactl, {server, u"suspend-source"_s, u"microphone"_s, u"0"_s});
    });
    InterviewDialog *page = openPage(m_interview);
    RecordingsPanel *panel = withConsent(page);
    auto *elapsed = child<QLabel>(panel, u"recordingElapsed"_s);
    QElapsedTimer clicked;
    clicked.start();
    button(panel, u"recordButton"_s)->click();
    QVERIFY2(clicked.elapsed() < 2000, qPrintable(QString::number(clicked.elapsed()))); // the window went on
    QTRY_VERIFY_WITH_TIMEOUT(elapsed->text().startsWith(u"No sound is reaching Coffee Chat"_s), 15000);
    resume.dismiss();
    QCOMPARE(QProcess::execute(pactl, {server, u"suspend-source"_s, u"microphone"_s, u"0"_s}), 0);
    QTRY_VERIFY_WITH_TIMEOUT(panel->recordedMs() >= 1000, 20000);
    button(panel, u"recordButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isRecording(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_workspace->interviews->recordings(m_interview).size(), 1, 10000);
    page->accept();
}

// A PulseAudio server of the test's own, whose only microphone hears a 440 Hz tone.
bool TestRecordings::startVirtualMicrophone(QString *why)
{
    const QString pulseaudio = QStandardPaths::findExecutable(u"pulseaudio"_s);
    if (pulseaudio.isEmpty()) {
        *why = u"pulseaudio is not installed (packaging/dev.sh installs it)"_s;
        return false;
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, m_pulseDir.path());
    env.insert(u"XDG_RUNTIME_DIR"_s, m_pulseDir.path());
    env.insert(u"XDG_CONFIG_HOME"_s, m_pulseDir.filePath(u"config"_s));
    env.insert(u"PULSE_RUNTIME_PATH"_s, m_pulseDir.filePath(u"server"_s));
    env.insert(u"PULSE_STATE_PATH"_s, m_pulseDir.filePath(u"state"_s));
    env.remove(u"PULSE_SERVER"_s);
    m_pulse.setProcessEnvironment(env);
    m_pulse.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const QString socket = m_pulseDir.filePath(u"native"_s);
    m_pulse.start(pulseaudio,
                  {u"--daemonize=no"_s, u"-n"_s, u"--exit-idle-time=-1"_s, u"--use-pid-file=no"_s,
                   u"--disable-shm=yes"_s, u"--log-level=error"_s,
                   u"--load=module-native-protocol-unix auth-anonymous=1 socket="_s + socket,
                   // A tone played into a sink with no device, heard by a microphone made from the
                   // sink's monitor (Qt lists no monitors as inputs). (The
                   // sine source module delivers two seconds at a time; this follows the
                   // latency the recorder asks for, as a real microphone does.)
                   u"--load=module-null-sink sink_name=room"_s, u"--load=module-sine sink=room frequency=440"_s,
                   u"--load=module-remap-source source_name=microphone master=room.monitor"_s});
    if (!m_pulse.waitForStarted(10000)) {
        *why = u"pulseaudio did not start: "_s + m_pulse.errorString();
        return false;
    }
    QDeadlineTimer deadline(15000);
    while (!QFileInfo::exists(socket) && !deadline.hasExpired() && m_pulse.state() == QProcess::Running)
        QTest::qWait(50);
    if (!QFileInfo::exists(socket)) {
        *why = u"pulseaudio did not open its socket"_s;
        return false;
    }
    if (const QString pactl = QStandardPaths::findExecutable(u"pactl"_s); !pactl.isEmpty())
        QProcess::execute(pactl, {u"--server=unix:"_s + socket, u"set-default-source"_s, u"microphone"_s});
    return true;
}

// Record, pause, resume and stop with a real (virtual) microphone: the elapsed time and the level
// move, the file is complete and private, its length is what was recorded, and Undo takes it to
// the trash. Closing the page while recording asks, and keeps what was recorded.
void TestRecordings::recordsFromTheMicrophone()
{
    InterviewDialog *page = openPage(m_interview);
    RecordingsPanel *panel = withConsent(page);
    QPushButton *record = button(panel, u"recordButton"_s);
    auto *level = child<QProgressBar>(panel, u"recordingLevel"_s);
    auto *elapsed = child<QLabel>(panel, u"recordingElapsed"_s);
    record->click();
    QVERIFY2(panel->isRecording(), "recording did not start");
    QCOMPARE(record->text(), u"&Stop"_s);
    QVERIFY(!child<QCheckBox>(panel, u"recordingConsent"_s)->isEnabled());
    // Until two seconds are recorded (a sound server under load may start late), the meter moving.
    int loudest = 0;
    QDeadlineTimer deadline(20000);
    while (panel->recordedMs() < 2000 && !deadline.hasExpired()) {
        QTest::qWait(50);
        loudest = qMax(loudest, level->value());
    }
    QVERIFY2(panel->recordedMs() >= 2000, qPrintable(QString::number(panel->recordedMs())));
    QVERIFY2(loudest > 10, qPrintable(QString::number(loudest))); // the tone moves the meter
    QVERIFY2(elapsed->text().startsWith(u"Recording 0:0"_s), qPrintable(elapsed->text()));
    screenshot(page, u"recording-running"_s);
    // Paused, nothing is added.
    button(panel, u"pauseRecordingButton"_s)->click();
    QTRY_VERIFY(elapsed->text().startsWith(u"Paused at 0:0"_s));
    QTest::qWait(300);
    const qint64 atPause = panel->recordedMs();
    QTest::qWait(1000);
    QVERIFY2(panel->recordedMs() - atPause < 200, qPrintable(QString::number(panel->recordedMs() - atPause)));
    button(panel, u"pauseRecordingButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(panel->recordedMs() >= atPause + 500, 20000);
    const qint64 atStop = panel->recordedMs();
    record->click();
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isRecording(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_workspace->undoStack->count(), 2, 10000); // the consent's save, the recording

    const QList<Recording> stored = m_workspace->interviews->recordings(m_interview);
    QCOMPARE(stored.size(), 1);
    const Recording r = stored.first();
    QVERIFY(!r.isAttached());
    // The file holds what was recorded: at least what the counter showed at Stop, and not the pause.
    const auto plausible = [atStop](qint64 ms) { return ms >= atStop - 100 && ms < atStop + 1000; };
    QVERIFY2(plausible(r.durationMs), qPrintable(u"%1 ms stored, %2 ms at Stop"_s.arg(r.durationMs).arg(atStop)));
    const QString path = RecordingFiles(m_db->path()).path(r);
    QVERIFY2(QFileInfo(path).size() > 1000, qPrintable(path));
    QCOMPARE(QFileInfo(path).permissions() & privateBits, QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(!QFileInfo::exists(RecordingFiles(m_db->path()).recoveryPath(r))); // the safety copy, no longer needed
    const qint64 length = AudioProbe::durationOf(path);
    QVERIFY2(plausible(length), qPrintable(u"%1 ms in the file, %2 ms at Stop"_s.arg(length).arg(atStop)));
    QCOMPARE(m_workspace->undoStack->text(1), u"Record Conversation for “Ada Lovelace: What analysts do all day”"_s);

    // Closing while recording asks; Yes ends the recording and keeps it.
    record->click();
    QVERIFY(panel->isRecording());
    QTRY_VERIFY_WITH_TIMEOUT(panel->recordedMs() >= 1000, 20000);
    whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
    page->reject();
    QTRY_COMPARE_WITH_TIMEOUT(m_workspace->interviews->recordings(m_interview).size(), 2, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_workspace->interviews->recordings(m_interview).at(1).durationMs > 500, 10000);

    m_workspace->undoStack->undo();
    QCOMPARE(m_workspace->interviews->recordings(m_interview).size(), 1);
    m_workspace->undoStack->undo();
    QVERIFY(m_workspace->interviews->recordings(m_interview).isEmpty());
    QVERIFY(!QFileInfo::exists(path));
}

QTEST_MAIN(TestRecordings)
#include "tst_recordings.moc"
