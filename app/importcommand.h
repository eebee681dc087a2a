#pragma once

#include <QStringList>

// `coffeechat import FILE [--database PATH]`: imports without a window and prints a summary.
// The same pipeline as the window (ContactImport). Returns the process exit status.
int runImportCommand(const QStringList &arguments);
