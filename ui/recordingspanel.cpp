#include "recordingspanel.h"

#include "audioprobe.h"
#include "audiorecorder.h"
#include "commands/recordingcommands.h"
#include "domain/timetext.h"
#include "models/recordinglistmodel.h"
#include "storage/database.h"
#include "storage/interviewstore.h"
#include "workspace.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>
#include <QUndoStack>
#include <QUrl>

#include <utility>

RecordingsPanel::RecordingsPanel(Workspace *workspace, QWidget *parent)
    : QGroupBox(tr("Recordings"), parent)
    , m_workspace(workspace)
    , m_model(new RecordingListModel(workspace->interviews, this))
{
    setObjectName(QStringLiteral("recordingsPanel"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum); // the notes above take the height
    m_consent = new QCheckBox(tr("They a&greed to be recorded"), this);
    m_consent->setObjectName(QStringLiteral("recordingConsent"));
    m_consent->setToolTip(tr("Record a conversation only when the person has said yes; the time is kept"));
    m_consentTime = new QLabel(this);
    m_consentTime->setObjectName(QStringLiteral("consentTime"));
    m_consentTime->setTextFormat(Qt::PlainText);
    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("recordingReason"));
    m_reason->setTextFormat(Qt::PlainText);
    m_reason->setWordWrap(true);
    // Two lines kept, so that ticking the box (a shorter line) does not move the page.
    m_reason->setMinimumHeight(m_reason->fontMetrics().lineSpacing() * 2);

    m_record = new QPushButton(QIcon::fromTheme(QStringLiteral("media-record")), tr("&Record"), this);
    m_record->setObjectName(QStringLiteral("recordButton"));
    m_pause = new QPushButton(QIcon::fromTheme(QStringLiteral("media-playback-pause")), tr("Pa&use"), this);
    m_pause->setObjectName(QStringLiteral("pauseRecordingButton"));
    m_attach = new QPushButton(QIcon::fromTheme(QStringLiteral("mail-attachment")), tr("A&ttach Recording…"), this);
    m_attach->setObjectName(QStringLiteral("attachRecordingButton"));
    m_attach->setToolTip(tr("Add a recording made on your phone or another device (you can also drop the file on "
                            "this page)"));
    m_elapsed = new QLabel(this);
    m_elapsed->setObjectName(QStringLiteral("recordingElapsed"));
    m_elapsed->setTextFormat(Qt::PlainText);
    m_elapsed->setWordWrap(true);
    m_level = new QProgressBar(this);
    m_level->setObjectName(QStringLiteral("recordingLevel"));
    m_level->setRange(0, 100);
    m_level->setTextVisible(false);
    m_level->setMaximumWidth(120);
    m_level->setMaximumHeight(m_elapsed->sizeHint().height());
    m_level->setAccessibleName(tr("Microphone level"));
    m_level->hide();

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("recordingsList"));
    m_list->setModel(m_model);
    m_list->setAccessibleName(tr("Recordings"));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setMaximumHeight(m_list->fontMetrics().lineSpacing() * 4 + 12);
    m_open = new QPushButton(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("Pla&y"), this);
    m_open->setObjectName(QStringLiteral("openRecordingButton"));
    m_open->setToolTip(tr("Opens the recording in your system's player"));
    m_remove = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("Remo&ve"), this);
    m_remove->setObjectName(QStringLiteral("removeRecordingButton"));
    m_remove->setToolTip(tr("Moves the recording to the trash; Edit › Undo brings it back"));

    m_undoRemoval = new QLabel(this);
    m_undoRemoval->setObjectName(QStringLiteral("undoRemoval"));
    m_undoRemoval->setTextFormat(Qt::RichText);
    m_undoRemoval->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_undoRemoval->hide();
    connect(m_undoRemoval, &QLabel::linkActivated, this, [this] {
        QUndoStack *stack = m_workspace->undoStack;
        if (m_removal && stack->index() > 0 && stack->command(stack->index() - 1) == m_removal)
            stack->undo();
    });
    // The offer stands while the removal is the last thing done.
    connect(m_workspace->undoStack, &QUndoStack::indexChanged, this, [this] {
        QUndoStack *stack = m_workspace->undoStack;
        if (!m_removal || stack->index() == 0 || stack->command(stack->index() - 1) != m_removal) {
            m_removal = nullptr;
            m_undoRemoval->hide();
        }
    });

    auto *consentRow = new QHBoxLayout;
    consentRow->addWidget(m_consent);
    consentRow->addWidget(m_consentTime, 1);
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_record);
    controls->addWidget(m_pause);
    controls->addWidget(m_elapsed, 1);
    controls->addWidget(m_level);
    controls->addWidget(m_attach);
    auto *listButtons = new QVBoxLayout;
    listButtons->addWidget(m_open);
    listButtons->addWidget(m_remove);
    listButtons->addStretch();
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    listRow->addLayout(listButtons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(consentRow);
    layout->addWidget(m_reason);
    layout->addLayout(controls);
    layout->addLayout(listRow);
    layout->addWidget(m_undoRemoval);

    connect(m_consent, &QCheckBox::toggled, this, [this](bool on) {
        if (!on && m_model->rowCount() > 0) {
            const auto answer = QMessageBox::question(
                this, tr("Recordings"),
                tr("They no longer agree to be recorded? The recordings already made stay listed: remove them too if "
                   "they asked you to."),
                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
            if (answer != QMessageBox::Yes) {
                const QSignalBlocker blocker(m_consent);
                m_consent->setChecked(true);
                return;
            }
        }
        if (on && !m_tickedAt.isValid())
            m_tickedAt = m_storedConsent.isValid() ? m_storedConsent : QDateTime::currentDateTimeUtc();
        if (!on)
            m_tickedAt = {};
        updateControls();
        Q_EMIT consentToggled();
    });
    connect(m_record, &QPushButton::clicked, this, &RecordingsPanel::toggleRecording);
    connect(m_pause, &QPushButton::clicked, this, &RecordingsPanel::togglePause);
    connect(m_attach, &QPushButton::clicked, this, &RecordingsPanel::chooseFiles);
    connect(m_open, &QPushButton::clicked, this, &RecordingsPanel::openSelected);
    connect(m_remove, &QPushButton::clicked, this, &RecordingsPanel::removeSelected);
    connect(m_list, &QListView::activated, this, &RecordingsPanel::openSelected);
    auto *removeKey =
        new QShortcut(QKeySequence::Delete, m_list, this, &RecordingsPanel::removeSelected, Qt::WidgetShortcut);
    Q_UNUSED(removeKey);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RecordingsPanel::updateControls);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &RecordingsPanel::updateControls);
    updateControls();
}

RecordingsPanel::~RecordingsPanel()
{
    finishRecording();
}

void RecordingsPanel::setInterview(qint64 interviewId, const QDateTime &consentAt)
{
    m_interviewId = interviewId;
    m_storedConsent = consentAt;
    m_tickedAt = consentAt;
    {
        const QSignalBlocker blocker(m_consent);
        m_consent->setChecked(consentAt.isValid());
    }
    if (m_model->interviewId() != interviewId) {
        m_model->setInterview(interviewId);
        repairUnfinished();
    }
    updateControls();
}

// A recording the app could not finish (it stopped unexpectedly) has no length and may not be
// private yet: made private, and its length read from what the file holds.
void RecordingsPanel::repairUnfinished()
{
    m_unfinished.clear();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Recording r = m_model->recordingAt(row);
        if (r.durationMs == 0 && !r.isAttached() && !(m_current && m_current->id == r.id))
            m_unfinished << r;
    }
    measureNextUnfinished();
}

void RecordingsPanel::measureNextUnfinished()
{
    if (m_unfinished.isEmpty())
        return;
    Recording r = m_unfinished.takeFirst();
    const RecordingFiles files = m_workspace->recordingFiles();
    if (files.adoptRecovery(r)) { // the recorder's file never got its sound; the safety copy did
        m_workspace->interviews->updateRecording(r);
        measureNextUnfinished();
        return;
    }
    if (!QFileInfo::exists(files.path(r))) {
        measureNextUnfinished();
        return;
    }
    files.makePrivate(r);
    if (!m_repairProbe)
        m_repairProbe = new AudioProbe(this);
    connect(
        m_repairProbe, &AudioProbe::done, this,
        [this, r](qint64 ms) {
            if (ms > 0) {
                Recording measured = r;
                measured.durationMs = ms;
                m_workspace->interviews->updateRecording(measured);
                m_workspace->recordingFiles().dropRecovery(r);
            }
            measureNextUnfinished();
        },
        Qt::SingleShotConnection);
    m_repairProbe->probe(files.path(r));
}

QDateTime RecordingsPanel::consentAt() const
{
    return m_consent->isChecked() ? m_tickedAt : QDateTime();
}

bool RecordingsPanel::isRecording() const
{
    return m_recorder && m_recorder->isActive();
}

qint64 RecordingsPanel::recordedMs() const
{
    return isRecording() ? m_recorder->duration() : 0;
}

void RecordingsPanel::finishRecording()
{
    if (isRecording())
        m_recorder->stopAndWait();
}

void RecordingsPanel::updateControls()
{
    const bool consent = m_consent->isChecked();
    const bool recording = isRecording();
    m_consentTime->setText(
        consent && m_tickedAt.isValid() ? tr("on %1").arg(TimeText::dateTime(m_tickedAt.toLocalTime())) : QString());
    m_reason->setText(consent ? tr("Recordings stay on this computer, in the recordings folder beside your data "
                                   "(backups of the database do not include them).")
                              : tr("Record only with their agreement: ask at the start of the conversation, and tick "
                                   "“They agreed to be recorded” when they say yes. Recording and attaching are off "
                                   "until then."));
    m_consent->setEnabled(!recording);
    m_record->setEnabled(consent && !m_copying);
    m_record->setText(recording ? tr("&Stop") : tr("&Record"));
    m_record->setIcon(
        QIcon::fromTheme(recording ? QStringLiteral("media-playback-stop") : QStringLiteral("media-record")));
    m_record->setToolTip(recording ? tr("Ends the recording and keeps it")
                                   : tr("Records the conversation with your microphone"));
    m_pause->setVisible(recording);
    m_pause->setText(recording && m_recorder->isPaused() ? tr("Res&ume") : tr("Pa&use"));
    m_attach->setEnabled(consent && !recording && !m_copying);
    m_level->setVisible(recording);
    if (!recording && !m_copying)
        m_elapsed->clear();
    const bool chosen = selected().has_value();
    m_open->setEnabled(chosen);
    m_remove->setEnabled(chosen && !(m_current && selected()->id == m_current->id));
}

QString RecordingsPanel::interviewName() const
{
    const std::optional<Interview> interview = m_workspace->interviews->interview(m_interviewId);
    return interview ? m_workspace->interviewTitle(*interview) : QString();
}

// Recording and attaching store a file with the interview: the page (and the consent on it) is
// saved first.
bool RecordingsPanel::mayRecord(const QString &action)
{
    if (!m_consent->isChecked()) {
        QMessageBox::information(this, action,
                                 tr("Tick “They agreed to be recorded” first: a conversation is recorded only with "
                                    "the person's agreement."));
        return false;
    }
    return m_interviewId > 0 && (!m_saveFirst || m_saveFirst());
}

void RecordingsPanel::toggleRecording()
{
    if (isRecording()) {
        m_recorder->stop();
        m_elapsed->setText(tr("Finishing…"));
        return;
    }
    if (!mayRecord(tr("Record")))
        return;
    if (!AudioRecorder::hasMicrophone()) {
        QMessageBox::information(this, tr("Record"),
                                 tr("No microphone was found. Connect one (or allow Coffee Chat to use it), or record "
                                    "on your phone and add the file with Attach Recording…"));
        return;
    }
    const RecordingFiles files = m_workspace->recordingFiles();
    QString error;
    if (!files.makeFolder(m_interviewId, &error)) {
        QMessageBox::warning(this, tr("Record"), error);
        return;
    }
    Recording recording;
    recording.interviewId = m_interviewId;
    recording.recordedAt = QDateTime::currentDateTimeUtc();
    recording.fileName = files.newFileName(m_interviewId, recording.recordedAt, AudioRecorder::fileSuffix());
    // Stored as it begins: should the app stop unexpectedly, the file it wrote is still listed.
    if (!m_workspace->interviews->insertRecording(recording, &error)) {
        QMessageBox::warning(this, tr("Record"),
                             tr("The recording could not be stored in “%1”: %2")
                                 .arg(QDir::toNativeSeparators(m_workspace->database->path()), error));
        return;
    }
    if (!m_recorder) {
        m_recorder = new AudioRecorder(this);
        connect(m_recorder, &AudioRecorder::stateChanged, this, &RecordingsPanel::updateControls);
        connect(m_recorder, &AudioRecorder::durationChanged, this, [this](qint64 ms) {
            m_elapsed->setText((m_recorder->isPaused() ? tr("Paused at %1") : tr("Recording %1"))
                                   .arg(RecordingListModel::durationText(qMax<qint64>(ms, 1))));
        });
        connect(m_recorder, &AudioRecorder::levelChanged, this,
                [this](qreal peak) { m_level->setValue(qRound(peak * 100)); });
        connect(m_recorder, &AudioRecorder::finished, this, &RecordingsPanel::recordingFinished);
        connect(m_recorder, &AudioRecorder::failed, this, &RecordingsPanel::recordingFailed);
        connect(m_recorder, &AudioRecorder::silenceChanged, this, [this](bool silent) {
            if (silent)
                m_elapsed->setText(tr("No sound is reaching Coffee Chat from the microphone: check that it is "
                                      "connected and not muted. Recording goes on when it comes back."));
        });
    }
    if (!m_recorder->start(files.path(recording), files.recoveryPath(recording), &error)) {
        m_workspace->interviews->removeRecording(recording);
        if (QFileInfo(files.path(recording)).size() == 0)
            QFile::remove(files.path(recording)); // the empty file this attempt made, if any
        files.dropRecovery(recording);
        QMessageBox::warning(this, tr("Record"), error);
        return;
    }
    m_current = recording;
    m_model->setInProgress(recording.id);
    m_list->scrollTo(m_model->index(m_model->rowOf(recording.id)));
    m_elapsed->setText(tr("Recording %1").arg(RecordingListModel::durationText(1)));
    updateControls();
}

void RecordingsPanel::togglePause()
{
    if (!isRecording())
        return;
    if (m_recorder->isPaused())
        m_recorder->resume();
    else
        m_recorder->pause();
    m_elapsed->setText((m_recorder->isPaused() ? tr("Paused at %1") : tr("Recording %1"))
                           .arg(RecordingListModel::durationText(qMax<qint64>(m_recorder->duration(), 1))));
}

void RecordingsPanel::recordingFinished()
{
    if (!m_current)
        return;
    keepRecording(*std::exchange(m_current, std::nullopt), QString());
}

void RecordingsPanel::recordingFailed(const QString &message)
{
    if (m_current)
        keepRecording(*std::exchange(m_current, std::nullopt), message);
    else
        QMessageBox::warning(this, tr("Record"), message);
}

// The recording ended (stopped, cut off or failed): what holds its sound is kept, as one undoable
// step: the recorder's file, or else its safety copy. A recording with no sound at all is not
// kept. `notice` (why it ended early) is shown after.
void RecordingsPanel::keepRecording(Recording recording, const QString &notice)
{
    m_model->setInProgress(0);
    const RecordingFiles files = m_workspace->recordingFiles();
    files.makePrivate(recording);
    // The length is read from the finished file, which is what plays.
    const qint64 length = AudioProbe::durationOf(files.path(recording), 5000);
    if (length > 0) {
        recording.durationMs = length;
        files.dropRecovery(recording);
    } else if (!files.adoptRecovery(recording)) {
        m_workspace->interviews->removeRecording(recording);
        if (QFileInfo(files.path(recording)).size() < 4096)
            QFile::remove(files.path(recording)); // holds no sound: nothing to keep
        files.dropRecovery(recording);
        updateControls();
        QMessageBox::warning(this, tr("Record"),
                             tr("Nothing was recorded: no sound reached Coffee Chat from the microphone. Check "
                                "that it is connected and not muted; if the sound system was restarted, restart "
                                "Coffee Chat too."));
        return;
    }
    m_workspace->interviews->updateRecording(recording);
    RecordingCommands::pushAdded(m_workspace->undoStack, m_workspace->interviews, files, recording,
                                 tr("Record Conversation for “%1”").arg(interviewName()));
    m_list->setCurrentIndex(m_model->index(m_model->rowOf(recording.id)));
    updateControls();
    if (!notice.isEmpty())
        QMessageBox::warning(this, tr("Record"), notice);
}

void RecordingsPanel::chooseFiles()
{
    if (!mayRecord(tr("Attach Recording")))
        return;
    QString start = QStandardPaths::writableLocation(QStandardPaths::MusicLocation);
    if (!QFileInfo(start).isDir())
        start = QDir::homePath();
    const QStringList paths =
        QFileDialog::getOpenFileNames(this, tr("Attach Recording"), start, RecordingFiles::audioFilter());
    attachFiles(paths);
}

void RecordingsPanel::attachFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    if (!m_consent->isChecked() || isRecording() || m_copying) {
        if (isRecording())
            QMessageBox::information(this, tr("Attach Recording"),
                                     tr("Stop the recording first, then attach the file again."));
        else if (!m_consent->isChecked())
            mayRecord(tr("Attach Recording"));
        else
            m_queue << paths;
        if (!m_copying)
            Q_EMIT attachFinished();
        return;
    }
    if (m_interviewId <= 0 || (m_saveFirst && !m_saveFirst())) {
        Q_EMIT attachFinished();
        return;
    }
    m_queue << paths;
    attachNext();
}

void RecordingsPanel::attachNext()
{
    if (m_queue.isEmpty()) {
        m_copying = false;
        updateControls();
        Q_EMIT attachFinished();
        return;
    }
    const QString source = m_queue.takeFirst();
    QString error;
    if (!RecordingFiles::mayAttach(source, &error)) {
        QMessageBox::warning(this, tr("Attach Recording"), error);
        attachNext();
        return;
    }
    const RecordingFiles files = m_workspace->recordingFiles();
    QString suffix = QFileInfo(source).suffix().toLower();
    if (suffix.isEmpty())
        suffix = QStringLiteral("audio");
    const QString fileName = files.newFileName(m_interviewId, QFileInfo(source).lastModified(), suffix);
    m_copying = true;
    m_elapsed->setText(tr("Copying “%1”…").arg(QFileInfo(source).fileName()));
    updateControls();
    const qint64 interviewId = m_interviewId;
    auto *watcher = new QFutureWatcher<std::pair<bool, QString>>(this);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, [this, watcher, source](int value) {
        const int total = watcher->progressMaximum();
        if (total > 0)
            m_elapsed->setText(
                tr("Copying “%1”… %2%").arg(QFileInfo(source).fileName()).arg(qint64(value) * 100 / total));
    });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, source, fileName] {
        watcher->deleteLater();
        std::pair<bool, QString> result{false, tr("The copy was interrupted.")};
        try {
            result = watcher->result();
        } catch (...) { // out of memory on the worker
        }
        copied(source, fileName, result.first, result.second);
    });
    watcher->setFuture(m_workspace->database->runInBackground(
        [files, source, interviewId, fileName](const BackgroundProgress &progress) {
            QString why;
            const bool ok = files.copyIn(source, interviewId, fileName, &why, progress);
            return std::pair<bool, QString>(ok, why);
        }));
}

void RecordingsPanel::copied(const QString &source, const QString &fileName, bool ok, const QString &error)
{
    if (!ok) {
        QMessageBox::warning(this, tr("Attach Recording"), error);
        attachNext();
        return;
    }
    Recording recording;
    recording.interviewId = m_interviewId;
    recording.fileName = fileName;
    recording.originalName = QFileInfo(source).fileName();
    recording.recordedAt = QFileInfo(source).lastModified().toUTC();
    if (!m_probe)
        m_probe = new AudioProbe(this);
    m_elapsed->setText(tr("Reading its length…"));
    connect(
        m_probe, &AudioProbe::done, this,
        [this, recording](qint64 durationMs) mutable {
            recording.durationMs = durationMs;
            const RecordingFiles files = m_workspace->recordingFiles();
            QString why;
            if (m_workspace->interviews->insertRecording(recording, &why)) {
                RecordingCommands::pushAdded(m_workspace->undoStack, m_workspace->interviews, files, recording,
                                             tr("Attach Recording to “%1”").arg(interviewName()));
                m_list->setCurrentIndex(m_model->index(m_model->rowOf(recording.id)));
            } else {
                // The copy would be a file nothing lists: it goes to the trash, the original stays.
                QString trash;
                files.moveToTrash(recording, &trash, nullptr);
                QMessageBox::warning(this, tr("Attach Recording"),
                                     tr("The recording could not be stored in “%1”: %2")
                                         .arg(QDir::toNativeSeparators(m_workspace->database->path()), why));
            }
            attachNext();
        },
        Qt::SingleShotConnection);
    m_probe->probe(m_workspace->recordingFiles().path(recording));
}

std::optional<Recording> RecordingsPanel::selected() const
{
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid() || index.row() >= m_model->rowCount())
        return std::nullopt;
    return m_model->recordingAt(index.row());
}

void RecordingsPanel::openSelected()
{
    const std::optional<Recording> recording = selected();
    if (!recording)
        return;
    const QString path = m_workspace->recordingFiles().path(*recording);
    if (!QFileInfo::exists(path)) {
        QMessageBox::warning(
            this, tr("Play Recording"),
            tr("The file “%1” is missing from the recordings folder.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        QMessageBox::warning(
            this, tr("Play Recording"),
            tr("No player could open “%1”. It is in the folder “%2”.")
                .arg(QFileInfo(path).fileName(), QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
}

void RecordingsPanel::removeSelected()
{
    const std::optional<Recording> recording = selected();
    if (!recording || (m_current && m_current->id == recording->id))
        return;
    const QString name = recording->isAttached() ? recording->originalName : recording->fileName;
    const auto answer =
        QMessageBox::question(this, tr("Remove Recording"),
                              tr("Remove the recording “%1” (%2, %3)? Its file goes to the trash; Undo brings it back.")
                                  .arg(name, TimeText::dateTime(recording->recordedAt.toLocalTime()),
                                       RecordingListModel::durationText(recording->durationMs)),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    QString error;
    m_removal = nullptr; // this removal's own push must not hide its offer
    if (!RecordingCommands::remove(m_workspace->undoStack, m_workspace->interviews, m_workspace->recordingFiles(),
                                   *recording, tr("Remove Recording from “%1”").arg(interviewName()), &error)) {
        QMessageBox::warning(this, tr("Remove Recording"), error);
        return;
    }
    QUndoStack *stack = m_workspace->undoStack;
    m_removal = stack->command(stack->index() - 1);
    m_undoRemoval->setText(tr("Removed “%1” (to the trash). <a href=\"undo\">Undo</a>").arg(name.toHtmlEscaped()));
    m_undoRemoval->show();
}
