#include "workflow/conversationclock.h"

#include <QtGlobal>

qint64 ConversationClock::wrapUpSeconds(qint64 lengthSeconds)
{
    return qMin<qint64>(5 * 60, lengthSeconds / 3);
}

ConversationClock::Mark ConversationClock::mark(qint64 lengthSeconds, qint64 elapsedSeconds)
{
    if (lengthSeconds <= 0 || elapsedSeconds <= 0)
        return Mark::None;
    const qint64 left = lengthSeconds - elapsedSeconds;
    if (left < 0)
        return Mark::Over;
    if (left <= wrapUpSeconds(lengthSeconds))
        return Mark::WrapUp;
    if (elapsedSeconds * 2 >= lengthSeconds)
        return Mark::Halfway;
    return Mark::None;
}

QString ConversationClock::text(qint64 lengthSeconds, qint64 elapsedSeconds)
{
    // Whole minutes, rounded up: "5 minutes left" until the fifth minute is used up.
    const int minutesLeft = int((lengthSeconds - elapsedSeconds + 59) / 60);
    switch (mark(lengthSeconds, elapsedSeconds)) {
    case Mark::None:
        return QString();
    case Mark::Halfway:
        return tr("Halfway through: %n minute(s) left. Keep to the questions that matter most.", nullptr, minutesLeft);
    case Mark::WrapUp:
        return tr("%n minute(s) left — time to wrap up: ask whom else you should talk to, and thank them.", nullptr,
                  minutesLeft);
    case Mark::Over:
        return tr("The agreed time is up. Thank them for their time, and go on only if they offer.");
    }
    return QString();
}
