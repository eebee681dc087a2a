#include "reportcommand.h"

#include "commandline.h"
#include "documents/activityreport.h"
#include "export/exportfile.h"
#include "messages/myprofile.h"
#include "print/activityreportfile.h"
#include "storage/database.h"
#include "storage/interviewstore.h"

#include <QCommandLineOption>
#include <QTextStream>

int runReportCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString usage =
        CommandLine::tr("Usage: coffeechat report --from DATE --to DATE -o FILE.pdf|FILE.csv [--database PATH]");

    FileCommandLine command(CommandLine::tr("Write the dated activity report (contacts made, conversations held, "
                                            "follow-ups and thank-you notes sent) as a PDF or CSV file."),
                            CommandLine::tr("Write the report to <file>, a PDF or a CSV file by its ending. An "
                                            "existing file is replaced; a folder, device, pipe or socket never is."));
    QCommandLineParser &parser = command.parser();
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        CommandLine::tr("The first day of the report, as YYYY-MM-DD."),
                                        CommandLine::tr("date"));
    const QCommandLineOption toOption(QStringLiteral("to"),
                                      CommandLine::tr("The last day of the report, as YYYY-MM-DD (included)."),
                                      CommandLine::tr("date"));
    parser.addOption(fromOption);
    parser.addOption(toOption);
    parser.addPositionalArgument(QStringLiteral("report"), CommandLine::tr("The report command."));
    parser.process(arguments);

    if (parser.positionalArguments().size() != 1) {
        err << usage << Qt::endl;
        return 2;
    }
    const auto date = [&](const QCommandLineOption &option, QDate *result) {
        const QString text = parser.value(option);
        *result = QDate::fromString(text, Qt::ISODate);
        if (result->isValid())
            return true;
        err << (text.isEmpty() ? CommandLine::tr("No --%1 date: give one as YYYY-MM-DD.").arg(option.names().first())
                               : CommandLine::tr("“%1” is not a date: give --%2 as YYYY-MM-DD, e.g. 2026-11-30.")
                                     .arg(text, option.names().first()))
            << Qt::endl
            << usage << Qt::endl;
        return false;
    };
    QDate from;
    QDate to;
    if (!date(fromOption, &from) || !date(toOption, &to))
        return 2;
    if (from > to) {
        err << CommandLine::tr("The report would end (%1) before it begins (%2).")
                   .arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate))
            << Qt::endl;
        return 2;
    }
    const QString file = command.output();
    if (file.isEmpty() || file == ExportFile::standardOutput()) {
        err << CommandLine::tr("No output file: give one with -o FILE.pdf or -o FILE.csv.") << Qt::endl
            << usage << Qt::endl;
        return 2;
    }
    if (!ActivityReportFile::formatOf(file)) {
        err << CommandLine::tr("“%1” is neither .pdf nor .csv: the report is written as one of these.").arg(file)
            << Qt::endl;
        return 2;
    }

    Database database;
    if (!openExisting(database, command.databasePath(), err))
        return 1;
    const InterviewStore interviews(&database);
    ActivityReport report = ActivityReport::collect(interviews, from, to);
    report.name = MyProfile::load().name;
    QString summary;
    QString error;
    if (!ActivityReportFile::write(report, file, &summary, &error)) {
        err << error << Qt::endl;
        return 1;
    }
    out << summary << Qt::endl;
    return 0;
}
