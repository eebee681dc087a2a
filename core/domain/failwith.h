#pragma once

#include <QString>

// The one error convention: a function that can fail returns bool and, on failure, sets
// *error (when the caller asks, with a pointer that is not null) to a message for the user.
// failWith() is that function's early return.
inline bool failWith(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}
