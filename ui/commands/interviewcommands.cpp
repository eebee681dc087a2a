#include "commands/interviewcommands.h"

#include "commands/recordingcommands.h"
#include "commands/writecommand.h"

#include "domain/companyname.h"
#include "storage/contactstore.h"
#include "storage/organisationstore.h"
#include "workflow/interviewdefaults.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <memory>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("InterviewCommands", text);
}

// How an undo step names an interview: its topic, else its person, else "untitled interview".
QString titleOf(const InterviewStore *store, const Interview &interview)
{
    if (!interview.topic.trimmed().isEmpty())
        return interview.topic.trimmed();
    const QString person = interview.id ? store->names(interview.id).person : QString();
    return person.isEmpty() ? tr("untitled interview") : person;
}

} // namespace

namespace InterviewCommands {

bool addInterview(QUndoStack *stack, InterviewStore *store, Interview &interview, QString *error)
{
    if (!store->insert(interview, error))
        return false;
    const qint64 id = interview.id;
    auto record = std::make_shared<InterviewRecord>();
    record->interview = interview;
    stack->push(new WriteCommand(
        interview.topic.trimmed().isEmpty() ? tr("New interview")
                                            : tr("New interview “%1”").arg(titleOf(store, interview)),
        [store, record] { return store->restore(*record); },
        [store, record, id] {
            // Whatever was added since (history, referrals) comes back with the redo.
            if (const auto current = store->record(id))
                *record = *current;
            return store->remove(id);
        }));
    return true;
}

bool editInterview(QUndoStack *stack, InterviewStore *store, const Interview &edited, QString *error)
{
    const std::optional<Interview> before = store->interview(edited.id);
    if (!before)
        return failWith(error, tr("The interview no longer exists."));
    return writeEdit(
        stack, store, *before, edited,
        [store](const Interview &after) { return tr("Edit “%1”").arg(titleOf(store, after)); }, error);
}

bool removeInterview(QUndoStack *stack, InterviewStore *store, const RecordingFiles &files, qint64 id, QString *error)
{
    const std::optional<InterviewRecord> record = store->record(id);
    if (!record)
        return failWith(error, tr("The interview no longer exists."));
    auto away = std::make_shared<RecordingCommands::FilesAway>(files, record->recordings);
    if (!away->take(error))
        return false;
    if (!store->remove(id, error)) {
        away->bringBack();
        return false;
    }
    stack->push(new WriteCommand(
        tr("Delete “%1”").arg(titleOf(store, record->interview)),
        [store, id, away] {
            if (!away->take(nullptr))
                return false;
            if (store->remove(id))
                return true;
            away->bringBack();
            return false;
        },
        [store, r = *record, away] {
            if (!store->restore(r))
                return false;
            away->bringBack();
            return true;
        }));
    return true;
}

// Saves the interview after one event; the command's undo takes the event back.
static bool applyEvent(InterviewStore *store, Interview &interview, WorkflowEvent event, Step to,
                       const WorkflowContext &context, const QString &note, QUndoCommand *parent, QString *error)
{
    const Interview before = interview;
    Interview after = Workflow::applied(interview, event, to, context.now.toLocalTime().date(), note);
    InterviewEvent record;
    record.interviewId = interview.id;
    record.at = context.now;
    record.from = before.step;
    record.to = to;
    record.event = event;
    record.note = note.trimmed();
    if (!store->recordTransition(after, record, error))
        return false;
    new WriteCommand(
        QString(), [store, after, record]() mutable { return store->recordTransition(after, record); },
        [store, b = before, eventId = record.id]() mutable { return store->revertTransition(b, eventId); }, parent);
    interview = after;
    return true;
}

static QString moveText(const InterviewStore *store, const Interview &interview, Step to)
{
    return QCoreApplication::translate("InterviewCommands", "Move “%1” to %2")
        .arg(titleOf(store, interview), StepNames::displayName(to));
}

// Undoes the already applied children of a half-done move, newest first.
static void rollBack(QUndoCommand *parent)
{
    for (int n = parent->childCount() - 1; n >= 0; --n)
        const_cast<QUndoCommand *>(parent->child(n))->undo();
    delete parent;
}

TransitionResult transition(QUndoStack *stack, InterviewStore *store, const Interview &interview, WorkflowEvent event,
                            const WorkflowContext &context, const QString &note)
{
    TransitionResult result;
    const Workflow::Outcome outcome = Workflow::check(interview, event, context);
    if (!outcome.allowed) {
        result.reasons = outcome.reasons;
        return result;
    }
    auto *parent = new QUndoCommand(undoText(moveText(store, interview, outcome.to)));
    Interview walker = interview;
    QString error;
    if (!applyEvent(store, walker, event, outcome.to, context, note, parent, &error)) {
        delete parent;
        result.reasons << error;
        return result;
    }
    // The children skip their first redo, so pushing does not write a second time.
    stack->push(parent);
    result.ok = true;
    return result;
}

TransitionResult moveTo(QUndoStack *stack, InterviewStore *store, const Interview &interview, Step target,
                        const WorkflowContext &context)
{
    TransitionResult result;
    const Workflow::Route route = Workflow::route(interview, target, context);
    if (!route.allowed) {
        result.reasons = route.reasons;
        return result;
    }
    if (route.events.isEmpty()) {
        result.ok = true;
        return result;
    }
    auto *parent = new QUndoCommand(undoText(moveText(store, interview, target)));
    Interview walker = interview;
    for (WorkflowEvent event : route.events) {
        const Workflow::Outcome outcome = Workflow::check(walker, event, context);
        QString error;
        if (!outcome.allowed || !applyEvent(store, walker, event, outcome.to, context, {}, parent, &error)) {
            rollBack(parent);
            result.reasons = outcome.allowed ? QStringList{error} : outcome.reasons;
            return result;
        }
    }
    stack->push(parent);
    result.ok = true;
    return result;
}

bool addReferral(QUndoStack *stack, InterviewStore *store, qint64 interviewId, qint64 contactId, const QString &name,
                 QDate today, QString *error)
{
    // Already there: nothing to do, and nothing for Undo to take away.
    if (store->hasReferral(interviewId, contactId))
        return true;
    // Redo after undo keeps the day it was recorded.
    if (!store->addReferral(interviewId, contactId, today, error))
        return false;
    stack->push(new WriteCommand(
        tr("Add referral “%1”").arg(name), [=] { return store->addReferral(interviewId, contactId, today); },
        [=] { return store->removeReferral(interviewId, contactId); }));
    return true;
}

bool decideReminder(QUndoStack *stack, InterviewStore *store, ReminderAction &action, const QString &text,
                    QString *error)
{
    Reminder reminder;
    reminder.interviewId = action.interviewId;
    reminder.kind = action.kind;
    reminder.due = action.due;
    const std::optional<ReminderAction> before = store->reminderActions().find(reminder);
    if (!store->setReminderAction(action, error))
        return false;
    stack->push(new WriteCommand(
        text, [store, after = action]() mutable { return store->setReminderAction(after); },
        [store, before, after = action]() mutable {
            if (!before)
                return store->clearReminderAction(after);
            ReminderAction earlier = *before;
            return store->setReminderAction(earlier);
        }));
    return true;
}

bool removeReferral(QUndoStack *stack, InterviewStore *store, qint64 interviewId, qint64 contactId, const QString &name,
                    QString *error)
{
    // Undo brings it back with the date it was recorded on.
    QDate addedOn;
    for (const Referral &referral : store->referralRecords(interviewId)) {
        if (referral.contactId == contactId)
            addedOn = referral.addedOn;
    }
    if (!store->removeReferral(interviewId, contactId, error))
        return false;
    stack->push(new WriteCommand(
        tr("Remove referral “%1”").arg(name), [=] { return store->removeReferral(interviewId, contactId); },
        [=] { return store->addReferral(interviewId, contactId, addedOn); }));
    return true;
}

bool addOrganisation(QUndoStack *stack, OrganisationStore *store, Organisation &organisation, QString *error)
{
    if (!store->insert(organisation, error))
        return false;
    stack->push(new WriteCommand(
        organisation.target ? tr("Add target “%1”").arg(organisation.name)
                            : tr("New organisation “%1”").arg(organisation.name),
        [store, o = organisation]() mutable { return store->insert(o); },
        [store, id = organisation.id] { return store->remove(id); }));
    return true;
}

bool editOrganisation(QUndoStack *stack, OrganisationStore *store, const Organisation &edited, QString *error)
{
    const std::optional<Organisation> before = store->organisation(edited.id);
    if (!before)
        return failWith(error, tr("The organisation no longer exists."));
    // Named for what changed, as the Targets page changes one thing at a time.
    const Organisation was = *before;
    return writeEdit(
        stack, store, *before, edited,
        [was](const Organisation &after) {
            if (was.target != after.target)
                return after.target ? tr("Add target “%1”").arg(after.name) : tr("Remove target “%1”").arg(after.name);
            if (was.motivation != after.motivation)
                return tr("Motivation for “%1”").arg(after.name);
            if (was.posting != after.posting)
                return tr("Opening at “%1”").arg(after.name);
            return tr("Edit “%1”").arg(after.name);
        },
        error);
}

bool mergeOrganisations(QUndoStack *stack, OrganisationStore *store, InterviewStore *interviews, qint64 keptId,
                        qint64 goneId, QString *error)
{
    auto merge = std::make_shared<OrganisationStore::Merge>();
    if (!store->merge(keptId, goneId, merge.get(), error))
        return false;
    // Their interviews now name the kept one: the lists showing them follow.
    interviews->announceLinksChanged(merge->movedInterviews);
    stack->push(new WriteCommand(
        tr("Merge “%1” into “%2”").arg(merge->gone.name, merge->kept.name),
        [store, interviews, merge] {
            const bool ok = store->redoMerge(*merge);
            if (ok)
                interviews->announceLinksChanged(merge->movedInterviews);
            return ok;
        },
        [store, interviews, merge] {
            const bool ok = store->unmerge(*merge);
            if (ok)
                interviews->announceLinksChanged(merge->movedInterviews);
            return ok;
        }));
    return true;
}

bool startInterview(QUndoStack *stack, InterviewStore *store, OrganisationStore *organisations,
                    const ContactStore *contacts, Interview &interview, QString *error)
{
    const InterviewDefaults defaults = InterviewDefaults::load();
    interview.agenda = defaults.agenda;
    interview.lengthMinutes = defaults.lengthMinutes;
    bool macro = false;
    if (const std::optional<Contact> contact = contacts->contact(interview.contactId)) {
        if (const std::optional<Organisation> o = organisations->findByCompany(contact->company)) {
            interview.organisationId = o->id;
        } else if (!contact->company.trimmed().isEmpty()) {
            // Their employer becomes an organisation; both are one step of Undo.
            Organisation created;
            created.name = contact->company.trimmed();
            stack->beginMacro(undoText(tr("Start interview with %1").arg(contact->displayName())));
            macro = true;
            if (addOrganisation(stack, organisations, created))
                interview.organisationId = created.id;
        }
        if (contact->relationship != Relationship::Unknown)
            interview.connection = RelationshipNames::displayName(contact->relationship);
        interview.introducedById = contact->referredById;
    }
    const bool ok = addInterview(stack, store, interview, error);
    if (macro)
        endMacro(stack, ok);
    return ok;
}

qint64 markTarget(QUndoStack *stack, OrganisationStore *store, const Network &network, const QString &typed,
                  QString *error, bool *already)
{
    if (already)
        *already = false;
    const QString name = typed.simplified();
    if (CompanyName::key(name).isEmpty())
        return 0; // nothing but spaces and punctuation: no name
    if (std::optional<Organisation> existing = store->findByCompany(name)) {
        if (existing->target) {
            if (already)
                *already = true;
            return existing->id;
        }
        Organisation edited = *existing;
        edited.target = true;
        return editOrganisation(stack, store, edited, error) ? edited.id : 0;
    }
    // The spelling most of the network uses, when it is one of theirs.
    const Network::Employer *employer = network.employer(name);
    Organisation created;
    created.name = employer ? employer->name : name;
    created.target = true;
    return addOrganisation(stack, store, created, error) ? created.id : 0;
}

} // namespace InterviewCommands
