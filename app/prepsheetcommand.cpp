#include "prepsheetcommand.h"

#include "commandline.h"
#include "documents/prepsheet.h"
#include "export/exportfile.h"
#include "print/prepsheetdocument.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/interviewstore.h"
#include "storage/organisationstore.h"

#include <QDir>
#include <QTextStream>

int runPrepSheetCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString usage = CommandLine::tr("Usage: coffeechat prep-sheet INTERVIEW_ID -o FILE.pdf [--database PATH]");

    FileCommandLine command(
        CommandLine::tr("Write an interview's printable prep sheet as a PDF file."),
        CommandLine::tr("Write the PDF to <file> (not to standard output: - is refused). An existing "
                        "file is replaced; a folder, device, pipe or socket never is."));
    QCommandLineParser &parser = command.parser();
    parser.addPositionalArgument(QStringLiteral("prep-sheet"), CommandLine::tr("The prep sheet command."));
    parser.addPositionalArgument(QStringLiteral("interview"), CommandLine::tr("The number of the interview."));
    parser.process(arguments);

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        err << usage << Qt::endl;
        return 2;
    }
    bool isNumber = false;
    const qint64 interviewId = positional.at(1).toLongLong(&isNumber);
    if (!isNumber || interviewId <= 0) {
        err << CommandLine::tr("“%1” is not an interview number.").arg(positional.at(1)) << Qt::endl
            << usage << Qt::endl;
        return 2;
    }
    const QString file = command.output();
    if (file.isEmpty()) {
        err << CommandLine::tr("No output file: give one with -o FILE.pdf.") << Qt::endl << usage << Qt::endl;
        return 2;
    }
    // A PDF is binary: on a terminal it is garbage, so - does not mean standard output here.
    if (file == ExportFile::standardOutput()) {
        err << CommandLine::tr("A PDF is not written to standard output: give a file name with -o FILE.pdf "
                               "(-o ./- for a file called “-”).")
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
    QString error;
    const std::optional<PrepSheet> sheet = PrepSheet::collect(interviewId, interviews, contacts, organisations, &error);
    if (!sheet) {
        err << error << Qt::endl;
        // The numbers are not shown in the app, so say which ones there are.
        const QList<Interview> all = interviews.all();
        if (!all.isEmpty())
            err << CommandLine::tr("Interviews in this database:") << Qt::endl;
        for (const Interview &interview : all) {
            if (const std::optional<PrepSheet> other =
                    PrepSheet::collect(interview.id, interviews, contacts, organisations, nullptr))
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
    out << CommandLine::tr("Wrote %1 (%n page(s))", nullptr, pages).arg(QDir::toNativeSeparators(file)) << Qt::endl;
    return 0;
}
