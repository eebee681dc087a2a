#include "importcommand.h"

#include "commandline.h"
#include "import/contactimport.h"
#include "storage/contactstore.h"
#include "storage/database.h"

#include <QFileInfo>
#include <QTextStream>

int runImportCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr("Import a LinkedIn Connections.csv export into Coffee Chat."));
    parser.addHelpOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"), CommandLine::tr("Use the database at <path>."),
                                            CommandLine::tr("path"));
    parser.addOption(databaseOption);
    parser.addPositionalArgument(QStringLiteral("import"), CommandLine::tr("The import command."));
    parser.addPositionalArgument(QStringLiteral("file"), CommandLine::tr("The CSV file to import."));
    parser.process(arguments);

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        err << CommandLine::tr("Usage: coffeechat import FILE [--database PATH]") << Qt::endl;
        return 2;
    }
    const QString file = positional.at(1);
    const QString path = parser.isSet(databaseOption) ? parser.value(databaseOption) : Database::defaultPath();

    // What the window does: prepare (read the file and plan it), then apply (plan it again and
    // write, under the write lock). The file is checked before the database is opened, so a
    // file that cannot be imported never creates one.
    const ContactImport::Prepared prepared = ContactImport::prepare(file, nullptr);
    if (!prepared.ok) {
        err << prepared.error << Qt::endl;
        return 1;
    }
    if (QString problem; !contactcsv::hasNames(prepared.layout, &problem)) {
        err << CommandLine::tr("“%1” cannot be imported: %2").arg(QFileInfo(file).fileName(), problem) << Qt::endl;
        return 1;
    }
    Database database;
    if (!database.open(path)) {
        err << database.errorString() << Qt::endl;
        return 1;
    }
    ContactStore store(&database);
    ContactImport::Applied applied;
    QString error;
    if (!ContactImport::apply(store, prepared, &applied, &error)) {
        err << error << Qt::endl;
        return 1;
    }
    if (!prepared.archiveEntry.isEmpty())
        out << CommandLine::tr("Read “%1” from “%2”.").arg(prepared.archiveEntry, QFileInfo(file).fileName()) << '\n';
    out << applied.plan.summary() << '\n';
    for (qsizetype i = 0; i < applied.plan.size(); ++i) {
        const ImportPlan::Entry entry = applied.plan.entry(i);
        if (entry.action == ImportPlan::Action::Skip)
            out << CommandLine::tr("  line %1 skipped: %2").arg(entry.line).arg(entry.reason) << '\n';
        else if (entry.pastJob)
            out << CommandLine::tr("  line %1: %2 changed jobs, was %3")
                       .arg(QString::number(entry.line), entry.contact.displayName(), entry.pastJob->describe())
                << '\n';
    }
    out.flush();
    return 0;
}
