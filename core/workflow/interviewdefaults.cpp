#include "workflow/interviewdefaults.h"

#include <QSettings>

namespace {
const auto lengthKey = QStringLiteral("interviews/defaultLengthMinutes");
const auto agendaKey = QStringLiteral("interviews/defaultAgenda");
} // namespace

QString InterviewDefaults::standardAgenda()
{
    return tr("1. Thank them for their time; a minute of small talk.\n"
              "2. My questions (most important first).\n"
              "3. Close on time: thank them, ask whether I may follow up, "
              "and whether there is someone else I should talk to.");
}

QString InterviewDefaults::offerAgenda()
{
    return tr("1. Thank them for their time; say where I am with the offer.\n"
              "2. My questions about the team, the manager and how people grow (most important first).\n"
              "3. What they would change, and what has kept them here.\n"
              "4. Close on time: thank them, and ask whom else on the team I could talk to before I answer.");
}

InterviewDefaults InterviewDefaults::load()
{
    const QSettings settings;
    InterviewDefaults defaults;
    bool ok = false;
    const int length = settings.value(lengthKey, defaults.lengthMinutes).toInt(&ok);
    // A hand-edited settings file must not give a new interview a length the page cannot show.
    if (ok && length >= MinimumLength && length <= MaximumLength)
        defaults.lengthMinutes = length;
    if (settings.contains(agendaKey))
        defaults.agenda = settings.value(agendaKey).toString();
    return defaults;
}

void InterviewDefaults::save() const
{
    QSettings settings;
    settings.setValue(lengthKey, lengthMinutes);
    // The standard agenda follows the app's language unless the user wrote their own.
    if (agenda == standardAgenda())
        settings.remove(agendaKey);
    else
        settings.setValue(agendaKey, agenda);
}
