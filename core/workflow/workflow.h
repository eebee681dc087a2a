#pragma once

#include "domain/interview.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

// Facts the workflow needs that are not fields of the interview itself.
struct WorkflowContext {
    int questionCount = 0; // questions chosen for the interview
    int referralCount = 0; // people they suggested
    int practiceRunCount = 0; // times the questions were practised with someone
    bool hasQuestionNotes = false; // notes written on a planned question during the conversation
    QDateTime now; // injected, so tests control the clock
};

// One thing a step needs. Required ones block moving on; the others are advice.
struct Requirement {
    QString text; // a to-do for the checklist: "Write down what you want to learn"
    QString refusal; // why a move is refused while it is unmet
    bool met = false;
    bool required = true;
};

// The six-step workflow as an explicit transition table (from, event, to, guard). Every
// refused move comes with the reasons, phrased for the user; nothing here touches storage.
class Workflow
{
    Q_DECLARE_TR_FUNCTIONS(Workflow)
public:
    // Returns the reasons the transition is refused; empty when allowed.
    using Guard = QStringList (*)(const Interview &, const WorkflowContext &);
    struct Transition {
        Step from;
        WorkflowEvent event;
        Step to;
        Guard guard; // nullptr: always allowed
    };
    static const QList<Transition> &transitions();

    struct Outcome {
        bool allowed = false;
        Step to = Step::Research;
        QStringList reasons; // when refused
    };
    static Outcome check(const Interview &interview, WorkflowEvent event, const WorkflowContext &context);

    // The interview after an allowed transition: the new step, and for the ending ones the
    // day it ended and why.
    static Interview applied(const Interview &interview, WorkflowEvent event, Step to, const QDate &today,
                             const QString &note = {});

    // A move to any step, as on the pipeline board: the events that lead there (forward one
    // step at a time, so every guard on the way is checked) or the reasons it is refused.
    struct Route {
        bool allowed = false;
        QList<WorkflowEvent> events;
        QStringList reasons;
    };
    static Route route(const Interview &interview, Step target, const WorkflowContext &context);

    // What a step needs, met or not; the checklist of the interview's current step.
    static QList<Requirement> requirements(Step step, const Interview &interview, const WorkflowContext &context);
    static QList<Requirement> checklist(const Interview &interview, const WorkflowContext &context)
    {
        return requirements(interview.step, interview, context);
    }
};
