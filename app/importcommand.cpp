#include "importcommand.h"

#include "commandline.h"
#include "import/contactimport.h"
#include "storage/contactstore.h"
#include "storage/database.h"

#include <QFileInfo>
#include <QTextStream>

#include <future>

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

    Database database;
    const QString path = parser.isSet(databaseOption) ? parser.value(databaseOption) : Database::defaultPath();
    if (!database.open(path, Database::IntegrityCheck::Later)) {
        err << database.errorString() << Qt::endl;
        return 1;
    }
    // The integrity check reads the whole database; it runs while the file is read and
    // planned, and nothing is written before it has passed.
    std::future<QString> integrity = std::async(std::launch::async, [&database] {
        QString problem = database.isVerified() ? QString() : database.integrityProblem();
        database.releaseThreadConnection();
        return problem;
    });
    ContactStore store(&database);
    ContactImport::Prepared prepared = ContactImport::prepare(file, store);
    const QString damage = integrity.get();
    if (!damage.isEmpty()) {
        err << damage << Qt::endl;
        return 1;
    }
    database.markVerified();
    if (!prepared.ok) {
        err << prepared.error << Qt::endl;
        return 1;
    }
    if (!prepared.hasNameColumn()) {
        err << CommandLine::tr("“%1” cannot be imported: %2")
                   .arg(QFileInfo(file).fileName(), contactcsv::missingNameProblem(prepared.layout))
            << Qt::endl;
        return 1;
    }
    ContactBatch batch = prepared.plan.takeBatch(); // nothing shows the contacts again here
    if (!store.apply(batch)) {
        err << store.lastError() << Qt::endl;
        return 1;
    }
    out << prepared.plan.summary() << '\n';
    for (qsizetype i = 0; i < prepared.plan.size(); ++i) {
        const ImportPlan::Entry entry = prepared.plan.entry(i);
        if (entry.action == ImportPlan::Action::Skip)
            out << CommandLine::tr("  line %1 skipped: %2").arg(entry.line).arg(entry.reason) << '\n';
    }
    out.flush(); // one write for hundreds of lines, not one each
    return 0;
}
