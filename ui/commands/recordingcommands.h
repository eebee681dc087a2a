#pragma once

#include "domain/question.h"
#include "storage/recordingfiles.h"

#include <QList>
#include <QString>
#include <QStringList>

class InterviewStore;
class QUndoStack;

// Undoable changes to an interview's recordings. A removed recording's file goes to the desktop's
// trash and its row is forgotten; undo brings the file back from the trash and the row with it.
namespace RecordingCommands {

// Pushes the undo of a recording just stored (recorded or attached), with its file in place:
// undo removes it as remove() does, redo brings it back.
void pushAdded(QUndoStack *stack, InterviewStore *store, const RecordingFiles &files, const Recording &recording,
               const QString &text);

// Removes the recording (its file to the trash), undoably.
bool remove(QUndoStack *stack, InterviewStore *store, const RecordingFiles &files, const Recording &recording,
            const QString &text, QString *error);

// The files of several recordings moved to the trash and back as one: an interview deleted with
// its recordings, whose ids (and so folders) a later interview may be given.
class FilesAway
{
public:
    FilesAway(const RecordingFiles &files, const QList<Recording> &recordings);
    bool take(QString *error); // all of them, or none (those moved come back)
    bool bringBack(); // those that can; false when one could not come back

private:
    RecordingFiles m_files;
    QList<Recording> m_recordings;
    QStringList m_trashPaths;
};

} // namespace RecordingCommands
