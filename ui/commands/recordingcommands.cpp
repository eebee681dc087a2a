#include "commands/recordingcommands.h"

#include "commands/writecommand.h"
#include "storage/interviewstore.h"

#include <functional>
#include <memory>

namespace {

// The two halves every recording command is made of: the file to the trash (FilesAway, which
// keeps where it went) and the row forgotten, and both back.
struct Halves {
    std::function<bool(QString *error)> takeAway;
    WriteCommand::Write giveBack;
};

Halves halves(InterviewStore *store, const RecordingFiles &files, const Recording &recording)
{
    auto away = std::make_shared<RecordingCommands::FilesAway>(files, QList<Recording>{recording});
    Halves h;
    h.takeAway = [store, recording, away](QString *error) {
        if (!away->take(error))
            return false;
        if (!store->removeRecording(recording, error)) {
            away->bringBack();
            return false;
        }
        return true;
    };
    h.giveBack = [store, recording, away] {
        if (!away->bringBack())
            return false;
        Recording again = recording;
        if (!store->insertRecording(again)) {
            away->take(nullptr);
            return false;
        }
        return true;
    };
    return h;
}

} // namespace

void RecordingCommands::pushAdded(QUndoStack *stack, InterviewStore *store, const RecordingFiles &files,
                                  const Recording &recording, const QString &text)
{
    const Halves h = halves(store, files, recording);
    stack->push(new WriteCommand(text, h.giveBack, [take = h.takeAway] { return take(nullptr); }));
}

bool RecordingCommands::remove(QUndoStack *stack, InterviewStore *store, const RecordingFiles &files,
                               const Recording &recording, const QString &text, QString *error)
{
    const Halves h = halves(store, files, recording);
    if (!h.takeAway(error))
        return false;
    stack->push(new WriteCommand(
        text, [take = h.takeAway] { return take(nullptr); }, h.giveBack));
    return true;
}

RecordingCommands::FilesAway::FilesAway(const RecordingFiles &files, const QList<Recording> &recordings)
    : m_files(files)
    , m_recordings(recordings)
{ }

bool RecordingCommands::FilesAway::take(QString *error)
{
    m_trashPaths.clear();
    for (const Recording &recording : std::as_const(m_recordings)) {
        QString where;
        if (!m_files.moveToTrash(recording, &where, error)) {
            bringBack();
            return false;
        }
        m_trashPaths << where;
    }
    return true;
}

bool RecordingCommands::FilesAway::bringBack()
{
    bool ok = true;
    for (qsizetype i = 0; i < m_trashPaths.size(); ++i)
        ok = m_files.bringBack(m_recordings.at(i), m_trashPaths.at(i), nullptr) && ok;
    m_trashPaths.clear();
    return ok;
}
