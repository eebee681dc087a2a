#include "workflow/workflow.h"
#include "domain/timetext.h"

#include <QLocale>

namespace {

QStringList unmetRequired(Step step, const Interview &interview, const WorkflowContext &context)
{
    QStringList reasons;
    for (const Requirement &r : Workflow::requirements(step, interview, context)) {
        if (r.required && !r.met)
            reasons << r.refusal;
    }
    return reasons;
}

template<Step From>
QStringList stepComplete(const Interview &interview, const WorkflowContext &context)
{
    return unmetRequired(From, interview, context);
}

QStringList outreachRecorded(const Interview &interview, const WorkflowContext &)
{
    if (interview.hasOutreach())
        return {};
    return {Workflow::tr("Record your outreach first: a decline or a missing reply only counts once "
                         "you have reached out.")};
}

QStringList noReplyYet(const Interview &interview, const WorkflowContext &context)
{
    QStringList reasons = outreachRecorded(interview, context);
    if (interview.replyReceivedOn.isValid()) {
        reasons << Workflow::tr("They replied on %1; if they said no, mark the interview as declined.")
                       .arg(QLocale().toString(interview.replyReceivedOn, QLocale::ShortFormat));
    }
    return reasons;
}

Requirement need(const QString &text, const QString &refusal, bool met)
{
    return Requirement{text, refusal, met, true};
}

Requirement advice(const QString &text, bool met)
{
    return Requirement{text, QString(), met, false};
}

bool filled(const QString &text)
{
    return !text.trimmed().isEmpty();
}

} // namespace

const QList<Workflow::Transition> &Workflow::transitions()
{
    using E = WorkflowEvent;
    static const QList<Transition> table = {
        {Step::Research, E::Advance, Step::Identify, &stepComplete<Step::Research>},
        {Step::Identify, E::Advance, Step::Prepare, &stepComplete<Step::Identify>},
        {Step::Prepare, E::Advance, Step::Contact, &stepComplete<Step::Prepare>},
        {Step::Contact, E::Advance, Step::Conduct, &stepComplete<Step::Contact>},
        {Step::Conduct, E::Advance, Step::FollowUp, &stepComplete<Step::Conduct>},
        {Step::FollowUp, E::Advance, Step::Completed, &stepComplete<Step::FollowUp>},

        {Step::Identify, E::GoBack, Step::Research, nullptr},
        {Step::Prepare, E::GoBack, Step::Identify, nullptr},
        {Step::Contact, E::GoBack, Step::Prepare, nullptr},
        {Step::Conduct, E::GoBack, Step::Contact, nullptr},
        {Step::FollowUp, E::GoBack, Step::Conduct, nullptr},

        // A decline is recorded when they answer no, or cancel the meeting they agreed to.
        {Step::Contact, E::Decline, Step::Declined, &outreachRecorded},
        {Step::Conduct, E::Decline, Step::Declined, nullptr},
        {Step::Contact, E::GiveUp, Step::NoReply, &noReplyYet},

        {Step::Completed, E::Reopen, Step::FollowUp, nullptr},
        {Step::Declined, E::Reopen, Step::Contact, nullptr},
        {Step::NoReply, E::Reopen, Step::Contact, nullptr},
    };
    return table;
}

Workflow::Outcome Workflow::check(const Interview &interview, WorkflowEvent event, const WorkflowContext &context)
{
    for (const Transition &t : transitions()) {
        if (t.from != interview.step || t.event != event)
            continue;
        Outcome outcome;
        outcome.to = t.to;
        if (t.guard)
            outcome.reasons = t.guard(interview, context);
        outcome.allowed = outcome.reasons.isEmpty();
        return outcome;
    }
    Outcome refused;
    refused.to = interview.step;
    switch (event) {
    case WorkflowEvent::Advance:
        refused.reasons << tr("“%1” has ended; reopen it to continue.").arg(StepNames::displayName(interview.step));
        break;
    case WorkflowEvent::GoBack:
        refused.reasons << (interview.step == Step::Research
                                ? tr("Research is the first step.")
                                : tr("An interview that has ended is reopened, not moved back."));
        break;
    case WorkflowEvent::Decline:
        refused.reasons << tr("An interview can be marked as declined once you have contacted them "
                              "(the Contact or Conduct step).");
        break;
    case WorkflowEvent::GiveUp:
        refused.reasons << tr("“No reply” applies only while you are waiting for an answer (the Contact step).");
        break;
    case WorkflowEvent::Reopen:
        refused.reasons << tr("Only an interview that has ended can be reopened.");
        break;
    }
    return refused;
}

Interview Workflow::applied(const Interview &interview, WorkflowEvent event, Step to, const QDate &today,
                            const QString &note)
{
    Interview result = interview;
    result.step = to;
    if (StepNames::isActive(to)) {
        result.closedOn = QDate();
        result.closingReason.clear();
    } else if (event != WorkflowEvent::Reopen) {
        result.closedOn = today;
        result.closingReason = note.trimmed();
    }
    return result;
}

Workflow::Route Workflow::route(const Interview &interview, Step target, const WorkflowContext &context)
{
    Route route;
    Interview walker = interview;
    auto take = [&](WorkflowEvent event) {
        const Outcome outcome = check(walker, event, context);
        if (!outcome.allowed) {
            route.reasons = outcome.reasons;
            return false;
        }
        route.events << event;
        walker.step = outcome.to;
        return true;
    };

    if (!StepNames::isActive(walker.step) && walker.step != target) {
        if (!take(WorkflowEvent::Reopen))
            return route;
    }
    // Completed sits after Follow up on the way forward.
    auto position = [](Step step) { return step == Step::Completed ? 6 : StepNames::number(step) - 1; };
    if (target == Step::Declined || target == Step::NoReply) {
        if (walker.step != target && !take(target == Step::Declined ? WorkflowEvent::Decline : WorkflowEvent::GiveUp))
            return route;
    } else {
        while (walker.step != target) {
            const bool forward = position(target) > position(walker.step);
            if (!take(forward ? WorkflowEvent::Advance : WorkflowEvent::GoBack))
                return route;
        }
    }
    route.allowed = true;
    return route;
}

QList<Requirement> Workflow::requirements(Step step, const Interview &i, const WorkflowContext &context)
{
    switch (step) {
    case Step::Research:
        return {
            need(tr("Write down what you want to learn"),
                 tr("Research needs what you want to learn from the conversation."), filled(i.learningGoals)),
            advice(tr("Note what you found out about the field and the organisation"),
                   filled(i.researchNotes) || !i.links.isEmpty()),
        };
    case Step::Identify:
        return {
            need(tr("Choose the person to talk to"), tr("Identify needs the person you want to talk to."),
                 i.contactId > 0),
            advice(tr("Note how you are connected or who introduced you"),
                   filled(i.connection) || i.introducedById > 0),
        };
    case Step::Prepare:
        return {
            need(tr("Write an agenda or choose questions"), tr("Prepare needs an agenda or at least one question."),
                 filled(i.agenda) || context.questionCount > 0),
            advice(tr("Ask for 15–30 minutes, no more"), i.lengthMinutes >= 15 && i.lengthMinutes <= 30),
            advice(tr("Practise the questions with a friend or family member"), context.practiceRunCount > 0),
        };
    case Step::Contact:
        return {
            need(tr("Record your outreach: when you sent it, or how you reached them"),
                 tr("Contact needs an outreach message or a note of how you reached them."), i.hasOutreach()),
            need(tr("Record the day they replied"), tr("Contact needs the day they replied and agreed to talk."),
                 i.replyReceivedOn.isValid()),
        };
    case Step::Conduct: {
        const bool scheduled = i.scheduledAt.isValid();
        return {
            need(tr("Set the date and time"), tr("Conduct needs the date and time of the conversation."), scheduled),
            need(tr("Hold the conversation and keep to the agreed time"),
                 scheduled ? tr("Conduct can move on once the conversation has taken place (it is set for %1).")
                                 .arg(TimeText::dateTime(i.scheduledAt.toLocalTime()))
                           : tr("Conduct can move on once the conversation has taken place."),
                 scheduled && i.scheduledAt <= context.now),
            advice(tr("Write down what you learned while it is fresh"),
                   filled(i.conversationNotes) || context.hasQuestionNotes),
        };
    }
    case Step::FollowUp: {
        QList<Requirement> result{
            need(tr("Send a thank-you note"), tr("Follow up needs the day you sent your thank-you note."),
                 i.thankYouSentOn.isValid()),
        };
        if (i.introducedById > 0)
            result << advice(tr("Thank the person who introduced you"), i.introducerThankedOn.isValid());
        result << advice(tr("Record the people they suggested you talk to"), context.referralCount > 0)
               << advice(tr("Plan when to touch base again"),
                         i.nextTouchBaseOn.isValid() || i.lastTouchBaseOn.isValid());
        return result;
    }
    case Step::Completed:
    case Step::Declined:
    case Step::NoReply:
        break;
    }
    return {};
}
