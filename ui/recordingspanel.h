#pragma once

#include "domain/question.h"
#include "storage/recordingfiles.h"

#include <QDateTime>
#include <QGroupBox>
#include <QStringList>

#include <functional>
#include <optional>

class AudioProbe;
class AudioRecorder;
class QCheckBox;
class QLabel;
class QListView;
class QProgressBar;
class QPushButton;
class QUndoCommand;
class RecordingListModel;
struct Workspace;

// The Conduct tab's recordings of the conversation, only with consent: "They agreed to be
// recorded" with the time it was given; until it is ticked, Record and Attach Recording are
// disabled and the reason is shown. Record uses the microphone (elapsed time and level shown,
// Pause, Stop); Attach Recording… (or a dropped file) copies a phone's recording in. The list
// shows each with its date and length; Open plays it in the system's player; Remove moves its
// file to the trash, and Undo brings it back.
class RecordingsPanel : public QGroupBox
{
    Q_OBJECT
public:
    RecordingsPanel(Workspace *workspace, QWidget *parent = nullptr);
    ~RecordingsPanel() override;

    // The interview shown, and its consent as stored (invalid: not given).
    void setInterview(qint64 interviewId, const QDateTime &consentAt);
    // The consent as ticked on the page: when it was given, invalid when not ticked.
    QDateTime consentAt() const;
    // Called before a recording is stored, to save the page (the consent with it); false stops.
    void setSaveFirst(std::function<bool()> save) { m_saveFirst = std::move(save); }

    bool isRecording() const;
    qint64 recordedMs() const; // of the recording running, paused time left out
    // Ends a recording and waits for its file to be complete (the page closes).
    void finishRecording();

    // Attaches these files one after another, as Attach Recording… does after its file dialog.
    void attachFiles(const QStringList &paths);
    RecordingListModel *model() const { return m_model; }

Q_SIGNALS:
    void consentToggled();
    void attachFinished(); // the last of attachFiles()' files is in, or failed (tests wait for it)

private:
    void updateControls();
    void repairUnfinished();
    void measureNextUnfinished();
    void toggleRecording();
    void togglePause();
    void chooseFiles();
    void attachNext();
    void copied(const QString &source, const QString &fileName, bool ok, const QString &error);
    void recordingFinished(); // the length is read from the file
    void recordingFailed(const QString &message);
    void keepRecording(Recording recording, const QString &notice);
    void openSelected();
    void removeSelected();
    std::optional<Recording> selected() const;
    QString interviewName() const;
    bool mayRecord(const QString &action);

    Workspace *m_workspace;
    qint64 m_interviewId = 0;
    QDateTime m_storedConsent;
    QDateTime m_tickedAt;
    std::function<bool()> m_saveFirst;

    QCheckBox *m_consent;
    QLabel *m_consentTime;
    QLabel *m_reason;
    QPushButton *m_record;
    QPushButton *m_pause;
    QPushButton *m_attach;
    QLabel *m_elapsed;
    QProgressBar *m_level;
    QListView *m_list;
    QPushButton *m_open;
    QPushButton *m_remove;
    QLabel *m_undoRemoval; // "Removed “…”. Undo": the main window's Edit menu waits behind this page
    const QUndoCommand *m_removal = nullptr;
    RecordingListModel *m_model;

    AudioRecorder *m_recorder = nullptr;
    std::optional<Recording> m_current; // being recorded
    AudioProbe *m_probe = nullptr;
    AudioProbe *m_repairProbe = nullptr;
    QList<Recording> m_unfinished; // to measure, one after another
    QStringList m_queue; // files still to attach
    bool m_copying = false;
};
