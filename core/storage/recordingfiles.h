#pragma once

#include "domain/question.h"
#include "storage/backgroundprogress.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

// Where the recordings of conversations live, and the only code that writes, moves or removes
// their files: the folder "recordings" beside the database (the data folder, as for backups), one
// folder per interview (recordings/<interview id>/), each private to the user (0700), each file
// readable by the user only (0600). The database names the files; backups of the database do
// not include them, and nothing here deletes a file: removing a recording moves it to the
// desktop's trash (or recordings/.removed/), from where undo brings it back.
class RecordingFiles
{
    Q_DECLARE_TR_FUNCTIONS(RecordingFiles)
public:
    explicit RecordingFiles(const QString &databasePath);

    QString root() const { return m_root; }
    QString folder(qint64 interviewId) const;
    QString path(const Recording &recording) const;

    // Makes the interview's folder (and recordings/) when missing, private to the user.
    bool makeFolder(qint64 interviewId, QString *error) const;
    // A name not yet used in the interview's folder for a recording begun at `when`, e.g.
    // "2026-12-07 15-40-12.ogg" (with " 2", " 3"… when taken).
    QString newFileName(qint64 interviewId, const QDateTime &when, const QString &suffix) const;

    // Whether the file may be attached; when not, *error says why, naming the file: it is
    // missing, not a regular file (a folder, a pipe, a device), empty, or not audio.
    static bool mayAttach(const QString &source, QString *error);
    // The file dialog's filter for audio files.
    static QString audioFilter();
    // Copies an attached recording into the interview's folder as `fileName`, private to the
    // user; only a complete copy gets the name (a full disk leaves nothing behind). Reports
    // progress in KiB. Safe on a worker thread.
    bool copyIn(const QString &source, qint64 interviewId, const QString &fileName, QString *error,
                const BackgroundProgress &progress = {}) const;
    // Makes a finished recording private to the user (the recorder creates it as the umask says).
    bool makePrivate(const Recording &recording) const;

    // The safety copy of a recording being made: a WAV file beside it, valid after every second
    // of sound (WavWriter), for when the app ends before the recorder finishes its file.
    QString recoveryPath(const Recording &recording) const;
    // After an unexpected end: when the recording's own file holds nothing that plays (empty or
    // all but empty) and its safety copy holds sound, the copy becomes the recording (renamed to
    // "<name>.wav", the empty file removed) and `recording` says so, with the copy's length.
    // False when there was nothing to recover.
    bool adoptRecovery(Recording &recording) const;
    // Removes the safety copy once the recording's own file is complete.
    void dropRecovery(const Recording &recording) const;

    // Moves the recording's file to the desktop's trash (where its disk has none Qt can use, to
    // recordings/.removed/<interview>/ instead); *trashPath is where it went, for bringBack(). A
    // file that is already gone is no failure (*trashPath is then empty).
    bool moveToTrash(const Recording &recording, QString *trashPath, QString *error) const;
    // Undo of moveToTrash(): the file back under its name, and the trash's note on it removed.
    bool bringBack(const Recording &recording, const QString &trashPath, QString *error) const;

private:
    QString m_root;
};
