#include "desktopexports.h"

#include "commandline.h"
#include "export/calendarexport.h"
#include "export/vcardexport.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/interviewstore.h"
#include "storage/organisationstore.h"

#include <QDir>

namespace {
QString exportCalendar(Database &database, const QString &file, QString *error)
{
    const CalendarExport::Input input =
        CalendarExport::collect(InterviewStore(&database), ContactStore(&database), OrganisationStore(&database));
    CalendarExport::Counts counts;
    if (!CalendarExport::write(input, file, error, &counts))
        return {};
    return CommandLine::tr("Wrote %1 and %2 to %3.")
        .arg(CommandLine::tr("%n interview(s)", nullptr, counts.interviews),
             CommandLine::tr("%n reminder(s)", nullptr, counts.reminders), QDir::toNativeSeparators(file));
}
} // namespace

QList<ExportKind> desktopExportKinds()
{
    const auto vcard = [](Database &database, const QString &file, QString *error) {
        return exportContacts(database, file, error, &VCardExport::write);
    };
    return {{QStringLiteral("calendar"), QStringLiteral("ics"), &exportCalendar},
            {QStringLiteral("vcard"), QStringLiteral("vcf"), vcard}};
}
