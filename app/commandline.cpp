#include "commandline.h"

#include "documents/prepsheet.h"
#include "export/calendarexport.h"
#include "export/contactcsvexport.h"
#include "export/jsonexport.h"
#include "export/vcardexport.h"
#include "import/contactimport.h"
#include "print/prepsheetdocument.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/interviewstore.h"
#include "storage/organisationstore.h"
#include "storage/questionstore.h"
#include "storage/templatestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QTextStream>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}

QString trn(const char *text, int n)
{
    return QCoreApplication::translate("CommandLine", text, nullptr, n);
}

// Commands that read must not create an empty database where the user mistyped a path.
bool openExisting(Database &database, const QString &path, QTextStream &err)
{
    if (!QFileInfo::exists(path)) {
        err << QCoreApplication::translate("CommandLine", "There is no Coffee Chat database at “%1”.")
                   .arg(QDir::toNativeSeparators(path))
            << Qt::endl;
        return false;
    }
    if (!database.open(path)) {
        err << database.errorString() << Qt::endl;
        return false;
    }
    return true;
}

// What the commands that write a file share: -o FILE, --database PATH and --help.
class FileCommandLine
{
public:
    explicit FileCommandLine(const QString &description)
        : m_output({QStringLiteral("o"), QStringLiteral("output")}, tr("Write to <file>."), tr("file"))
        , m_database(QStringLiteral("database"), tr("Use the database at <path>."), tr("path"))
    {
        m_parser.setApplicationDescription(description);
        m_parser.addHelpOption();
        m_parser.addOption(m_output);
        m_parser.addOption(m_database);
    }

    QCommandLineParser &parser() { return m_parser; }
    QString output() const { return m_parser.value(m_output); }
    QString databasePath() const
    {
        return m_parser.isSet(m_database) ? m_parser.value(m_database) : Database::defaultPath();
    }

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_output;
    QCommandLineOption m_database;
};
} // namespace

int runImportCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Import a LinkedIn Connections.csv export into Coffee Chat."));
    parser.addHelpOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"), tr("Use the database at <path>."),
                                            tr("path"));
    parser.addOption(databaseOption);
    parser.addPositionalArgument(QStringLiteral("import"), tr("The import command."));
    parser.addPositionalArgument(QStringLiteral("file"), tr("The CSV file to import."));
    parser.process(arguments);

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        err << tr("Usage: coffeechat import FILE [--database PATH]") << Qt::endl;
        return 2;
    }
    const QString file = positional.at(1);

    Database database;
    const QString path = parser.isSet(databaseOption) ? parser.value(databaseOption) : Database::defaultPath();
    if (!database.open(path)) {
        err << database.errorString() << Qt::endl;
        return 1;
    }
    ContactStore store(&database);
    const ContactImport::Prepared prepared = ContactImport::prepare(file, store);
    if (!prepared.ok) {
        err << prepared.error << Qt::endl;
        return 1;
    }
    if (!prepared.hasNameColumn()) {
        err << QCoreApplication::translate("CommandLine", "“%1” cannot be imported: %2")
                   .arg(QFileInfo(file).fileName(), contactcsv::missingNameProblem(prepared.layout))
            << Qt::endl;
        return 1;
    }
    ContactBatch batch = prepared.plan.batch();
    if (!store.apply(batch)) {
        err << store.lastError() << Qt::endl;
        return 1;
    }
    out << prepared.plan.summary() << Qt::endl;
    for (const ImportPlan::Entry &entry : prepared.plan.entries()) {
        if (entry.action == ImportPlan::Action::Skip)
            out << QCoreApplication::translate("CommandLine", "  line %1 skipped: %2").arg(entry.line).arg(entry.reason)
                << Qt::endl;
    }
    return 0;
}

int runExportCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString usage = tr("Usage: coffeechat export calendar|contacts|vcard|json -o FILE [--database PATH]");

    FileCommandLine command(tr("Export your data from Coffee Chat: scheduled interviews and reminders as an "
                               "iCalendar file, contacts as CSV or vCard, or everything as JSON."));
    QCommandLineParser &parser = command.parser();
    parser.addPositionalArgument(QStringLiteral("export"), tr("The export command."));
    parser.addPositionalArgument(QStringLiteral("kind"),
                                 tr("What to export: calendar (.ics), contacts (.csv), vcard (.vcf) or json (.json)."));
    parser.process(arguments);

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        err << usage << Qt::endl;
        return 2;
    }
    const QString kind = positional.at(1);
    static const QHash<QString, QString> suffixes = {
        {QStringLiteral("calendar"), QStringLiteral("ics")},
        {QStringLiteral("contacts"), QStringLiteral("csv")},
        {QStringLiteral("vcard"), QStringLiteral("vcf")},
        {QStringLiteral("json"), QStringLiteral("json")},
    };
    if (!suffixes.contains(kind)) {
        err << QCoreApplication::translate("CommandLine",
                                           "Unknown export “%1”; the kinds are calendar, contacts, vcard and json.")
                   .arg(kind)
            << Qt::endl
            << usage << Qt::endl;
        return 2;
    }
    const QString file = command.output();
    if (file.isEmpty()) {
        err << QCoreApplication::translate("CommandLine", "No output file: give one with -o FILE.%1.")
                   .arg(suffixes.value(kind))
            << Qt::endl
            << usage << Qt::endl;
        return 2;
    }

    Database database;
    if (!openExisting(database, command.databasePath(), err))
        return 1;
    const InterviewStore interviews(&database);
    const ContactStore contacts(&database);
    const OrganisationStore organisations(&database);
    const QString where = QDir::toNativeSeparators(file);
    QString error;
    QString summary;

    if (kind == QLatin1String("calendar")) {
        const CalendarExport::Input input = CalendarExport::collect(interviews, contacts, organisations);
        CalendarExport::Counts counts;
        if (!CalendarExport::write(input, file, &error, &counts)) {
            err << error << Qt::endl;
            return 1;
        }
        summary = QCoreApplication::translate("CommandLine", "Wrote %1 and %2 to %3.")
                      .arg(trn("%n interview(s)", counts.interviews), trn("%n reminder(s)", counts.reminders), where);
    } else if (kind == QLatin1String("contacts") || kind == QLatin1String("vcard")) {
        const QList<Contact> all = contacts.all();
        const bool written = kind == QLatin1String("contacts") ? ContactCsvExport::write(all, file, &error)
                                                                 : VCardExport::write(all, file, &error);
        if (!written) {
            err << error << Qt::endl;
            return 1;
        }
        summary = QCoreApplication::translate("CommandLine", "Wrote %1 to %2.")
                      .arg(trn("%n contact(s)", int(all.size())), where);
    } else {
        const QuestionStore questions(&database);
        const TemplateStore templates(&database);
        const JsonExport::Input input = JsonExport::collect(contacts, organisations, interviews, questions, templates);
        JsonExport::Counts counts;
        if (!JsonExport::write(input, file, &error, &counts)) {
            err << error << Qt::endl;
            return 1;
        }
        summary = QCoreApplication::translate("CommandLine", "Wrote %1, %2, %3, %4 and %5 to %6.")
                      .arg(trn("%n contact(s)", counts.contacts), trn("%n organisation(s)", counts.organisations),
                           trn("%n interview(s)", counts.interviews), trn("%n question(s)", counts.questions),
                           trn("%n template(s)", counts.templates), where);
    }
    out << summary << Qt::endl;
    return 0;
}

int runPrepSheetCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString usage = tr("Usage: coffeechat prep-sheet INTERVIEW_ID -o FILE.pdf [--database PATH]");

    FileCommandLine command(tr("Write an interview's printable prep sheet as a PDF file."));
    QCommandLineParser &parser = command.parser();
    parser.addPositionalArgument(QStringLiteral("prep-sheet"), tr("The prep sheet command."));
    parser.addPositionalArgument(QStringLiteral("interview"), tr("The number of the interview."));
    parser.process(arguments);

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        err << usage << Qt::endl;
        return 2;
    }
    bool isNumber = false;
    const qint64 interviewId = positional.at(1).toLongLong(&isNumber);
    if (!isNumber || interviewId <= 0) {
        err << QCoreApplication::translate("CommandLine", "“%1” is not an interview number.").arg(positional.at(1))
            << Qt::endl
            << usage << Qt::endl;
        return 2;
    }
    const QString file = command.output();
    if (file.isEmpty()) {
        err << tr("No output file: give one with -o FILE.pdf.") << Qt::endl << usage << Qt::endl;
        return 2;
    }

    Database database;
    if (!openExisting(database, command.databasePath(), err))
        return 1;
    const InterviewStore interviews(&database);
    const ContactStore contacts(&database);
    const OrganisationStore organisations(&database);
    QString error;
    const std::optional<PrepSheet> sheet = PrepSheet::collect(interviewId, interviews, contacts, organisations, &error);
    if (!sheet) {
        err << error << Qt::endl;
        // The numbers are not shown in the app, so say which ones there are.
        const QList<Interview> all = interviews.all();
        if (!all.isEmpty())
            err << tr("Interviews in this database:") << Qt::endl;
        for (const Interview &interview : all) {
            if (const std::optional<PrepSheet> other = PrepSheet::collect(interview.id, interviews, contacts, organisations, nullptr))
                err << QStringLiteral("  %1  %2").arg(interview.id).arg(other->title()) << Qt::endl;
        }
        return 1;
    }

    PrepSheetDocument document(*sheet);
    int pages = 0;
    if (!document.writePdf(file, &error, &pages)) {
        err << error << Qt::endl;
        return 1;
    }
    out << QCoreApplication::translate("CommandLine", "Wrote %1 (%n page(s))", nullptr, pages)
               .arg(QDir::toNativeSeparators(file))
        << Qt::endl;
    return 0;
}
