#pragma once

#include "domain/interview.h"
#include "storage/interviewstore.h"
#include "storage/recordingfiles.h"
#include "workflow/network.h"
#include "workflow/workflow.h"

#include <QStringList>

class ContactStore;
class OrganisationStore;
class QUndoStack;

// The undo layer for interviews and organisations, like ContactCommands: each function
// writes once, and only on success pushes a command that can take the write back.
namespace InterviewCommands {

bool addInterview(QUndoStack *stack, InterviewStore *store, Interview &interview, QString *error = nullptr);
bool editInterview(QUndoStack *stack, InterviewStore *store, const Interview &edited, QString *error = nullptr);
// Deletes the interview; its recordings' files go to the trash (`files` says where they are),
// and undo brings back both.
bool removeInterview(QUndoStack *stack, InterviewStore *store, const RecordingFiles &files, qint64 id,
                     QString *error = nullptr);

// Checks the move against the workflow and, when allowed, saves the interview in its new
// step with a history entry. Refused moves leave everything as it was and return the reasons.
struct TransitionResult {
    bool ok = false;
    QStringList reasons; // the workflow's reasons, or the storage error
};
TransitionResult transition(QUndoStack *stack, InterviewStore *store, const Interview &interview, WorkflowEvent event,
                            const WorkflowContext &context, const QString &note = {});
// A board move, possibly several steps: one undo entry for the whole move.
TransitionResult moveTo(QUndoStack *stack, InterviewStore *store, const Interview &interview, Step target,
                        const WorkflowContext &context);

// Records the referral on `today` (the workspace's clock); a referral already there is left as it
// is, with nothing pushed.
bool addReferral(QUndoStack *stack, InterviewStore *store, qint64 interviewId, qint64 contactId, const QString &name,
                 QDate today, QString *error = nullptr);
bool removeReferral(QUndoStack *stack, InterviewStore *store, qint64 interviewId, qint64 contactId, const QString &name,
                    QString *error = nullptr);

// Records what the user decided about a reminder (done, snoozed, dismissed), replacing an earlier
// decision about it; undo brings back the earlier one, or none. `text` names the undo step.
bool decideReminder(QUndoStack *stack, InterviewStore *store, ReminderAction &action, const QString &text,
                    QString *error = nullptr);

// Stores a new interview with `interview.contactId` (or nobody: 0) at `interview.step`, with what
// the caller filled in (a topic) and the interview defaults (InterviewDefaults) added: at the
// organisation of the person's employer, which is made when there is none, with how you know them
// and who introduced them. One step of Undo for it all; `interview` gets its id.
bool startInterview(QUndoStack *stack, InterviewStore *store, OrganisationStore *organisations,
                    const ContactStore *contacts, Interview &interview, QString *error = nullptr);

bool addOrganisation(QUndoStack *stack, OrganisationStore *store, Organisation &organisation, QString *error = nullptr);
// Marks the employer with this name as a target, however the contacts or the organisations spell
// it ("FABRIKAM LTD" marks Fabrikam): the organisation there is, or a new one named as most of the
// network writes it. One step of Undo. Its id; 0 with the error, or with none for a name of only
// spaces and punctuation. `already`: it was a target before, and nothing was written.
qint64 markTarget(QUndoStack *stack, OrganisationStore *store, const Network &network, const QString &name,
                  QString *error = nullptr, bool *already = nullptr);
bool editOrganisation(QUndoStack *stack, OrganisationStore *store, const Organisation &edited,
                      QString *error = nullptr);
// Merges one organisation into another (OrganisationStore::merge()): its interviews, notes and
// target rating go to the one kept. One step of Undo, which brings it back whole.
bool mergeOrganisations(QUndoStack *stack, OrganisationStore *store, InterviewStore *interviews, qint64 keptId,
                        qint64 goneId, QString *error = nullptr);

} // namespace InterviewCommands
