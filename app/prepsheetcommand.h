#pragma once

#include <QStringList>

// `coffeechat prep-sheet INTERVIEW_ID -o FILE.pdf [--database PATH]`: writes the interview's
// printable prep sheet as a PDF without a window. Needs a QGuiApplication (fonts), so only the
// full program has it. Returns the exit status.
int runPrepSheetCommand(const QStringList &arguments);
