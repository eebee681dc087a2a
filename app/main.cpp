#include "appearance.h"
#include "applicationidentity.h"
#include "exportcommand.h"
#include "importcommand.h"
#include "mainwindow.h"
#include "prepsheetcommand.h"
#include "reportcommand.h"
#include "session.h"
#include "singleinstance.h"
#include "storage/database.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QTimer>
#include <QWindow>

#include <cstdio>

namespace {

// The window's command line: its options, --help and --version. Defined once for the window and
// for answering --help and --version without a display.
struct WindowCommandLine {
    QCommandLineParser parser;
    QCommandLineOption database{QStringLiteral("database"),
                                QCoreApplication::translate("main", "Use the database at <path>."),
                                QCoreApplication::translate("main", "path")};
    // For packaging/install-test.sh: open the main window, say so once it is on screen, and quit.
    QCommandLineOption smokeTest{QStringLiteral("smoke-test")};

    WindowCommandLine()
    {
        parser.setApplicationDescription(QCoreApplication::translate(
            "main",
            "Coffee Chat walks you through informational interviews, from first idea to thank-you note.\n"
            "Commands:\n"
            "  coffeechat import FILE [--database PATH]\n"
            "  coffeechat export calendar|contacts|vcard|json -o FILE|- [--database PATH]   (- is standard output)\n"
            "  coffeechat prep-sheet INTERVIEW_ID -o FILE.pdf [--database PATH]\n"
            "  coffeechat report --from DATE --to DATE -o FILE.pdf|FILE.csv [--database PATH]"));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOption(database);
        smokeTest.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(smokeTest);
        parser.addPositionalArgument(QStringLiteral("file"),
                                     QCoreApplication::translate("main", "A Connections.csv to import (optional)."),
                                     QStringLiteral("[file]"));
    }
};

// --help or --version: answered without a window, so they work without a display.
bool asksForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "--") // what follows are file names
            return false;
        if (arg == "-h" || arg == "--help" || arg == "-?" || arg == "--help-all" || arg == "-v" || arg == "--version")
            return true;
    }
    return false;
}

int runGui(int argc, char *argv[])
{
    QApplication app(argc, argv);
    setApplicationIdentity();
    installTranslations(&app);
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Coffee Chat"));
    QGuiApplication::setDesktopFileName(QStringLiteral(COFFEECHAT_APP_ID)); // names the .desktop file
    Appearance::apply(Appearance::load()); // light, dark, or as the system has it

    WindowCommandLine command;
    QCommandLineParser &parser = command.parser;
    const QCommandLineOption &databaseOption = command.database;
    const QCommandLineOption &smokeTestOption = command.smokeTest;
    parser.process(app);

    const QString path = parser.isSet(databaseOption) ? parser.value(databaseOption) : Database::defaultPath();
    // Coffee Chat already open with this database comes forward (and opens the files) instead.
    SingleInstance instance(path);
    if (instance.forwardToRunningInstance(parser.positionalArguments())) {
        std::printf("%s\n",
                    qUtf8Printable(QApplication::translate(
                        "main", "Coffee Chat is already open with this database; its window was brought forward.")));
        return 0;
    }
    instance.listen();

    // Opens the database (offering the newest good backup if it is damaged), backs it up once a
    // day, and replaces the window when a backup is restored.
    Session session;
    if (!session.start(path))
        return 1;
    // The integrity check that runs while the window appears found damage and no backup was
    // restored: the window is gone, and so is the app.
    QObject::connect(&session, &Session::integrityChecked, &app, [](bool usable) {
        if (!usable)
            QCoreApplication::exit(1);
    });
    // A file to open may be imported at once, so it waits until the database takes writes.
    const QStringList files = parser.positionalArguments();
    // A fresh profile begins with the guided start, once the database takes writes.
    if (files.isEmpty() && !parser.isSet(smokeTestOption)) {
        QObject::connect(
            &session, &Session::integrityChecked, &app,
            [&session](bool usable) {
                if (usable)
                    session.window()->offerGuidedStart();
            },
            Qt::SingleShotConnection);
    }
    if (!files.isEmpty()) {
        const QString file = QFileInfo(files.constFirst()).absoluteFilePath();
        QObject::connect(
            &session, &Session::integrityChecked, &app,
            [&session, file](bool usable) {
                if (usable)
                    session.window()->openFile(file);
            },
            Qt::SingleShotConnection);
    }

    MainWindow &window = *session.window(); // the first window; a restore replaces it
    const auto bringForward = [&instance](MainWindow *shown) {
        QObject::connect(&instance, &SingleInstance::activationRequested, shown, &MainWindow::bringToFront);
    };
    bringForward(&window);
    QObject::connect(&session, &Session::windowCreated, &instance, bringForward);
    window.show();
    if (parser.isSet(smokeTestOption)) {
        auto *poll = new QTimer(&window);
        QObject::connect(poll, &QTimer::timeout, &window, [&window, poll] {
            if (window.windowHandle() && window.windowHandle()->isExposed()) {
                std::printf("Main window shown: %s\n", qUtf8Printable(window.windowTitle()));
                std::fflush(stdout);
                poll->stop();
                QCoreApplication::quit();
            }
        });
        poll->start(20);
        QTimer::singleShot(30000, &window, [] {
            std::fprintf(stderr, "The main window was not shown within 30 seconds\n");
            QCoreApplication::exit(1);
        });
    }
    return app.exec();
}

} // namespace

// `coffeechat`: the window, or one command without a window (import, export, prep-sheet, report).
int main(int argc, char *argv[])
{
    // The commands run without a display, so they must not create a QApplication.
    if (argc > 1 && (qstrcmp(argv[1], "import") == 0 || qstrcmp(argv[1], "export") == 0)) {
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        installTranslations(&app); // English plural forms in the summaries
        const QStringList arguments = QCoreApplication::arguments();
        return qstrcmp(argv[1], "import") == 0 ? runImportCommand(arguments) : runExportCommand(arguments);
    }
    if (argc > 1 && (qstrcmp(argv[1], "prep-sheet") == 0 || qstrcmp(argv[1], "report") == 0)) {
        // Laying out pages needs fonts, so a QGuiApplication; without a display it draws offscreen.
        if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
            && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        setApplicationIdentity();
        installTranslations(&app); // English plural forms in the summary
        const QStringList arguments = QCoreApplication::arguments();
        return qstrcmp(argv[1], "report") == 0 ? runReportCommand(arguments) : runPrepSheetCommand(arguments);
    }
    if (asksForHelpOrVersion(argc, argv)) {
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        installTranslations(&app);
        WindowCommandLine command;
        command.parser.process(app); // prints and exits
        return 0;
    }
    return runGui(argc, argv);
}
