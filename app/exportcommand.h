#pragma once

#include <QStringList>

// `coffeechat export KIND -o FILE [--database PATH]`, without a window: calendar (scheduled
// interviews and reminders as .ics), contacts (.csv), vcard (.vcf) or json (everything).
// Exports::run() does the work, as it does for File › Export. Returns the exit status.
int runExportCommand(const QStringList &arguments);
