#include "exportcommand.h"

#include "commandline.h"
#include "export/contactcsvexport.h"
#include "export/jsonexport.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/interviewstore.h"
#include "storage/organisationstore.h"
#include "storage/questionstore.h"
#include "storage/templatestore.h"

#include <QDir>
#include <QTextStream>

#include <algorithm>

namespace {
// One definition of the arguments for running the command and for exportKindArgument().
class ExportCommandLine : public FileCommandLine
{
public:
    ExportCommandLine()
        : FileCommandLine(CommandLine::tr("Export your data from Coffee Chat: scheduled interviews and reminders as "
                                          "an iCalendar file, contacts as CSV or vCard, or everything as JSON."))
    {
        parser().addPositionalArgument(QStringLiteral("export"), CommandLine::tr("The export command."));
        parser().addPositionalArgument(
            QStringLiteral("kind"),
            CommandLine::tr("What to export: calendar (.ics), contacts (.csv), vcard (.vcf) or json (.json)."));
    }

    // Empty unless there is exactly one.
    QString kind() const
    {
        const QStringList positional = parser().positionalArguments();
        return positional.size() == 2 ? positional.at(1) : QString();
    }
};

QString exportJson(Database &database, const QString &file, QString *error)
{
    const JsonExport::Input input = JsonExport::collect(ContactStore(&database), OrganisationStore(&database),
                                                        InterviewStore(&database), QuestionStore(&database),
                                                        TemplateStore(&database));
    JsonExport::Counts counts;
    if (!JsonExport::write(input, file, error, &counts))
        return {};
    return CommandLine::tr("Wrote %1, %2, %3, %4 and %5 to %6.")
        .arg(CommandLine::tr("%n contact(s)", nullptr, counts.contacts),
             CommandLine::tr("%n organisation(s)", nullptr, counts.organisations),
             CommandLine::tr("%n interview(s)", nullptr, counts.interviews),
             CommandLine::tr("%n question(s)", nullptr, counts.questions),
             CommandLine::tr("%n template(s)", nullptr, counts.templates), QDir::toNativeSeparators(file));
}
} // namespace

QList<ExportKind> coreExportKinds()
{
    const auto csv = [](Database &database, const QString &file, QString *error) {
        return exportContacts(database, file, error, &ContactCsvExport::write);
    };
    return {{QStringLiteral("contacts"), QStringLiteral("csv"), csv},
            {QStringLiteral("json"), QStringLiteral("json"), &exportJson}};
}

QString exportContacts(Database &database, const QString &file, QString *error,
                       bool (*writeFile)(const QList<Contact> &contacts, const QString &path, QString *error))
{
    const QList<Contact> all = ContactStore(&database).all();
    if (!writeFile(all, file, error))
        return {};
    return CommandLine::tr("Wrote %1 to %2.")
        .arg(CommandLine::tr("%n contact(s)", nullptr, int(all.size())), QDir::toNativeSeparators(file));
}

int runExportCommand(const QStringList &arguments, const QList<ExportKind> &kinds)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString usage =
        CommandLine::tr("Usage: coffeechat export calendar|contacts|vcard|json -o FILE [--database PATH]");

    ExportCommandLine command;
    command.parser().process(arguments);
    const QString name = command.kind();
    if (name.isEmpty()) {
        err << usage << Qt::endl;
        return 2;
    }
    const auto kind =
        std::find_if(kinds.cbegin(), kinds.cend(), [&name](const ExportKind &k) { return k.name == name; });
    if (kind == kinds.cend()) {
        // Only the full program gets here, which has every kind: the launcher hands unknown ones over.
        err << CommandLine::tr("Unknown export “%1”; the kinds are calendar, contacts, vcard and json.").arg(name)
            << Qt::endl
            << usage << Qt::endl;
        return 2;
    }
    const QString file = command.output();
    if (file.isEmpty()) {
        err << CommandLine::tr("No output file: give one with -o FILE.%1.").arg(kind->suffix) << Qt::endl
            << usage << Qt::endl;
        return 2;
    }

    Database database;
    if (!openExisting(database, command.databasePath(), err))
        return 1;
    QString error;
    const QString summary = kind->write(database, file, &error);
    if (summary.isEmpty()) {
        err << error << Qt::endl;
        return 1;
    }
    out << summary << Qt::endl;
    return 0;
}

QString exportKindArgument(const QStringList &arguments)
{
    ExportCommandLine command;
    return command.parser().parse(arguments) ? command.kind() : QString();
}
