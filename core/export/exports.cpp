#include "export/exports.h"

#include "export/calendarexport.h"
#include "export/contactcsvexport.h"
#include "export/exportfile.h"
#include "export/jsonexport.h"
#include "export/vcardexport.h"
#include "storage/contactstore.h"
#include "storage/eventstore.h"

#include <algorithm>

QList<Exports::KindInfo> Exports::kinds()
{
    return {
        {Kind::Calendar, QStringLiteral("calendar"), QStringLiteral("ics"), QStringLiteral("coffeechat.ics"),
         tr("iCalendar files (*.ics)"), tr("Export calendar")},
        {Kind::ContactsCsv, QStringLiteral("contacts"), QStringLiteral("csv"),
         QStringLiteral("coffeechat-contacts.csv"), tr("CSV files (*.csv)"), tr("Export contacts as CSV")},
        {Kind::ContactsVCard, QStringLiteral("vcard"), QStringLiteral("vcf"), QStringLiteral("coffeechat-contacts.vcf"),
         tr("vCard files (*.vcf)"), tr("Export contacts as vCard")},
        {Kind::Json, QStringLiteral("json"), QStringLiteral("json"), QStringLiteral("coffeechat-export.json"),
         tr("JSON files (*.json)"), tr("Export everything as JSON")},
    };
}

Exports::KindInfo Exports::info(Kind kind)
{
    const QList<KindInfo> all = kinds();
    return *std::find_if(all.cbegin(), all.cend(), [kind](const KindInfo &k) { return k.kind == kind; });
}

std::optional<Exports::Kind> Exports::kindNamed(const QString &name)
{
    const QList<KindInfo> all = kinds();
    const auto found = std::find_if(all.cbegin(), all.cend(), [&name](const KindInfo &k) { return k.name == name; });
    if (found == all.cend())
        return std::nullopt;
    return found->kind;
}

bool Exports::run(Kind kind, const Sources &sources, const QString &path, QString *summary, QString *error)
{
    // Before the data is collected, which for 30,000 contacts takes a moment.
    if (!ExportFile::mayWrite(path, error))
        return false;
    const QString file = ExportFile::displayName(path);
    switch (kind) {
    case Kind::Calendar: {
        CalendarExport::Input input =
            CalendarExport::collect(sources.interviews, sources.contacts, sources.organisations, sources.events);
        input.now = sources.now;
        input.settings = sources.reminders;
        CalendarExport::Counts counts;
        if (!CalendarExport::write(input, path, error, &counts))
            return false;
        *summary =
            tr("Saved %1, %2 and %3 to %4.")
                .arg(tr("%n interview(s)", nullptr, counts.interviews), tr("%n reminder(s)", nullptr, counts.reminders),
                     tr("%n event(s)", nullptr, counts.events), file);
        return true;
    }
    case Kind::ContactsCsv:
    case Kind::ContactsVCard: {
        const QList<Contact> contacts = sources.contacts.all();
        const bool written = kind == Kind::ContactsCsv ? ContactCsvExport::write(contacts, path, error)
                                                       : VCardExport::write(contacts, path, error);
        if (!written)
            return false;
        *summary = tr("Saved %1 to %2.").arg(tr("%n contact(s)", nullptr, int(contacts.size())), file);
        return true;
    }
    case Kind::Json: {
        const JsonExport::Input input = JsonExport::collect(sources.contacts, sources.organisations, sources.interviews,
                                                            sources.questions, sources.templates, sources.events);
        JsonExport::Counts counts;
        if (!JsonExport::write(input, path, error, &counts))
            return false;
        *summary =
            tr("Saved %1, %2, %3, %4, %5 and %6 to %7.")
                .arg(tr("%n contact(s)", nullptr, counts.contacts),
                     tr("%n organisation(s)", nullptr, counts.organisations),
                     tr("%n interview(s)", nullptr, counts.interviews), tr("%n question(s)", nullptr, counts.questions),
                     tr("%n template(s)", nullptr, counts.templates), tr("%n event(s)", nullptr, counts.events), file);
        return true;
    }
    }
    Q_UNREACHABLE_RETURN(false);
}
