#pragma once

#include <QStringList>

// `coffeechat report --from DATE --to DATE -o FILE.pdf|FILE.csv [--database PATH]`: writes the
// dated activity report without a window, as File › Activity Report… does. Needs a
// QGuiApplication (fonts, for the PDF), so only the full program has it. Returns the exit status.
int runReportCommand(const QStringList &arguments);
