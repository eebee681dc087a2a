#pragma once

#include <QDateTime>

#include <functional>

// The current time, injected wherever due dates are computed so tests can set the date.
using Clock = std::function<QDateTime()>;

inline Clock systemClock()
{
    return [] { return QDateTime::currentDateTime(); };
}
