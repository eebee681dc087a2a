// The installed `coffeechat`: links only Qt Core and Qt Sql, so the commands a script runs
// (import, and the exports that need nothing more) start without loading Qt Gui, Qt Widgets and
// KDE Frameworks, about 20 ms of dynamic loading. Everything else (the window, --help, the other
// commands) is the full program, coffeechat-desktop: this process becomes it with execv() before
// any QCoreApplication exists, so starting the app costs one more exec and nothing else.

#include "applicationidentity.h"
#include "commandline.h"
#include "exportcommand.h"
#include "importcommand.h"
#include "importheap.h"
#include "translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>

#include <unistd.h>


namespace {

// import, and the exports in coreExportKinds(); the rest needs the full program.
bool runsHere(int argc, char *argv[])
{
    if (argc < 2)
        return false;
    if (std::strcmp(argv[1], "import") == 0)
        return true;
    if (std::strcmp(argv[1], "export") != 0)
        return false;
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const QString kind = exportKindArgument(arguments);
    const QList<ExportKind> kinds = coreExportKinds();
    return std::any_of(kinds.cbegin(), kinds.cend(), [&kind](const ExportKind &k) { return k.name == kind; });
}

void setUp(QCoreApplication &app)
{
    setApplicationIdentity();
    installTranslations(&app); // English plural forms in the summaries
}

// The QCoreApplication only now, to translate the message (and strerror(), which follows the
// locale it sets). Returns the exit status.
int reportFailure(int argc, char *argv[], const std::string &path, int error)
{
    QCoreApplication app(argc, argv);
    setUp(app);
    QTextStream(stderr) << CommandLine::tr("Could not start Coffee Chat from “%1”: %2.")
                               .arg(QString::fromStdString(path), QString::fromLocal8Bit(std::strerror(error)))
                        << Qt::endl;
    return error == ENOENT ? 127 : 126; // as a shell reports a command it cannot find or run
}

// Becomes the full program with the same arguments; returns only if that failed.
int execFullProgram(int argc, char *argv[])
{
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::path dir = fs::read_symlink("/proc/self/exe", ec).parent_path();
    if (ec)
        return reportFailure(argc, argv, "/proc/self/exe", ec.value());
    // Beside the launcher in the build tree, under libexec when installed.
    fs::path path = dir / COFFEECHAT_DESKTOP_NAME;
    execv(path.c_str(), argv);
    if (errno == ENOENT) {
        path = (dir / COFFEECHAT_DESKTOP_RELATIVE_PATH / COFFEECHAT_DESKTOP_NAME).lexically_normal();
        execv(path.c_str(), argv);
    }
    const int error = errno;
    return reportFailure(argc, argv, path.string(), error);
}

} // namespace

int main(int argc, char *argv[])
{
    if (!runsHere(argc, argv))
        return execFullProgram(argc, argv);
    prepareHeapForImport();
    QCoreApplication app(argc, argv);
    setUp(app);
    const QStringList arguments = QCoreApplication::arguments();
    return std::strcmp(argv[1], "import") == 0 ? runImportCommand(arguments)
                                               : runExportCommand(arguments, coreExportKinds());
}
