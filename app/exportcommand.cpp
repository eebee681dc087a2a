#include "exportcommand.h"

#include "commandline.h"
#include "export/exportfile.h"
#include "export/exports.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/eventstore.h"
#include "storage/interviewstore.h"
#include "storage/organisationstore.h"
#include "storage/questionstore.h"
#include "storage/templatestore.h"

#include <QTextStream>

int runExportCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString usage =
        CommandLine::tr("Usage: coffeechat export calendar|contacts|vcard|json -o FILE [--database PATH]");

    FileCommandLine command(
        CommandLine::tr("Export your data from Coffee Chat: scheduled interviews and reminders "
                        "as an iCalendar file, contacts as CSV or vCard, or everything as JSON."),
        CommandLine::tr("Write to <file>; - writes to standard output (./- is a file called -). "
                        "An existing file is replaced; a folder, device, pipe or socket never is."));
    command.parser().addPositionalArgument(QStringLiteral("export"), CommandLine::tr("The export command."));
    command.parser().addPositionalArgument(
        QStringLiteral("kind"),
        CommandLine::tr("What to export: calendar (.ics), contacts (.csv), vcard (.vcf) or json (.json)."));
    command.parser().process(arguments);

    const QStringList positional = command.parser().positionalArguments();
    if (positional.size() != 2) {
        err << usage << Qt::endl;
        return 2;
    }
    const QString name = positional.at(1);
    const std::optional<Exports::Kind> kind = Exports::kindNamed(name);
    if (!kind) {
        err << CommandLine::tr("Unknown export “%1”; the kinds are calendar, contacts, vcard and json.").arg(name)
            << Qt::endl
            << usage << Qt::endl;
        return 2;
    }
    const QString file = command.output();
    if (file.isEmpty()) {
        err << CommandLine::tr("No output file: give one with -o FILE.%1.").arg(Exports::info(*kind).suffix) << Qt::endl
            << usage << Qt::endl;
        return 2;
    }

    Database database;
    if (!openExisting(database, command.databasePath(), err))
        return 1;
    const ContactStore contacts(&database);
    const OrganisationStore organisations(&database);
    const InterviewStore interviews(&database);
    const QuestionStore questions(&database);
    const TemplateStore templates(&database);
    const EventStore events(&database);
    QString summary;
    QString error;
    if (!Exports::run(*kind, {contacts, organisations, interviews, questions, templates, events}, file, &summary,
                      &error)) {
        err << error << Qt::endl;
        return 1;
    }
    // With -o - the export itself is on standard output, so the summary goes with the messages.
    (file == ExportFile::standardOutput() ? err : out) << summary << Qt::endl;
    return 0;
}
