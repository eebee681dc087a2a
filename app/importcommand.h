#pragma once

#include <QStringList>

// `coffeechat import FILE [--database PATH]`: imports without a window and prints a summary.
// Needs only Qt Core, so the launcher runs it itself. Returns the process exit status.
int runImportCommand(const QStringList &arguments);
