#pragma once

#include <QStringList>

// `coffeechat import FILE [--database PATH]`: imports without a window and prints a summary.
// Returns the process exit status.
int runImportCommand(const QStringList &arguments);

// `coffeechat export KIND -o FILE [--database PATH]`, without a window: calendar (scheduled
// interviews and reminders as .ics), contacts (.csv), vcard (.vcf) or json (everything). Prints a
// summary with the counts. Returns the exit status.
int runExportCommand(const QStringList &arguments);

// `coffeechat prep-sheet INTERVIEW_ID -o FILE.pdf [--database PATH]`: writes the interview's
// printable prep sheet as a PDF without a window. Needs a QGuiApplication (fonts). Returns the
// exit status.
int runPrepSheetCommand(const QStringList &arguments);
