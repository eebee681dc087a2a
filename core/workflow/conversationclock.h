#pragma once

#include <QCoreApplication>
#include <QString>

// The gentle marks the conversation view shows as the agreed time runs, so the user keeps to
// it (the guides: "stick to the time allotted"): halfway, time to wrap up, and time is up.
class ConversationClock
{
    Q_DECLARE_TR_FUNCTIONS(ConversationClock)
public:
    enum class Mark { None, Halfway, WrapUp, Over };

    // How long before the end wrapping up begins: five minutes, or a third of a short conversation.
    static qint64 wrapUpSeconds(qint64 lengthSeconds);
    static Mark mark(qint64 lengthSeconds, qint64 elapsedSeconds);
    // What the view says at that mark; empty for None.
    static QString text(qint64 lengthSeconds, qint64 elapsedSeconds);
};
