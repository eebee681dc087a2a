#pragma once

#include "messages/messagetemplate.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class MessageValues;

// One piece of advice on a message being written, shown while typing. Advice, never a
// reason to refuse sending.
struct OutreachCheck {
    enum Id {
        Length, // under 100 words
        RequestAsQuestion, // the request is a question they can answer
        ConnectionFirst, // the first sentence says how you are connected
        NoJobRequest, // nothing about jobs or openings
        AboutThem, // more "you" than "I"
    };
    Id id = Length;
    bool passed = false;
    QString text; // what the user should know, translated

    bool operator==(const OutreachCheck &other) const = default;
};

// What career advisers look for in a message asking a stranger for a conversation. Simple
// word heuristics, documented with each check in the .cpp; they err on the side of passing
// well-written messages, because a false alarm teaches people to ignore the checks.
class OutreachChecks
{
    Q_DECLARE_TR_FUNCTIONS(OutreachChecks)
public:
    static constexpr int MaximumWords = 100;

    // Every check, in the order of OutreachCheck::Id. `body` is the rendered message
    // (TemplateRenderer::Rendered::message()); the signature is left out of the counts. For a
    // conversation about an offer (values.interviewKind()) there is no NoJobRequest check.
    static QList<OutreachCheck> run(const QString &body, const MessageValues &values);
    // The checks are written for first contact and the follow-up to it.
    static bool appliesTo(MessageKind kind);
};
