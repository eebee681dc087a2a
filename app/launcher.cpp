// The installed `coffeechat`: links only Qt Core and Qt Sql, so the commands a script runs
// (import, and the exports that need nothing more) start without loading Qt Gui, Qt Widgets and
// KDE Frameworks, about 20 ms of dynamic loading. Everything else (the window, --help, the other
// commands) is the full program, coffeechat-desktop: this process becomes it with execv() before
// any QCoreApplication exists, so starting the app costs one more exec and nothing else.

#include "applicationidentity.h"
#include "commandline.h"
#include "exportcommand.h"
#include "importcommand.h"
#include "translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>

#include <unistd.h>

#ifdef __GLIBC__
#include <malloc.h>
#include <sys/mman.h>
#endif

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

// An import holds tens of megabytes for a fraction of a second, and the first touch of every
// 4 KiB page costs a fault: about 1.6 µs on the virtual machines measured, some 8,000 faults
// and 13 ms for a 30,000-row import. So the heap is grown once, by more than an import of
// LinkedIn's largest export uses, and that part is backed by transparent huge pages, one fault
// per 2 MiB (48 MB in 4 ms there, against 20 ms in small pages). The worker threads allocate
// from the same heap, and freed memory stays in it for reuse instead of going back to the
// kernel: the process ends moments later anyway. This changes nothing but speed. Where the
// kernel has no huge pages to give, or the allocator is not glibc's (sanitizer builds), memory
// simply comes in 4 KiB pages.
void prepareHeapForImport()
{
#ifdef __GLIBC__
    constexpr std::size_t HeapReserve = 96 * 1024 * 1024;
    constexpr quintptr HugePage = 2 * 1024 * 1024;
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024); // the largest glibc allows
    mallopt(M_TRIM_THRESHOLD, 1024 * 1024 * 1024);
    mallopt(M_ARENA_MAX, 1);
    // With the top of the heap given back, the next allocation grows it by HeapReserve.
    malloc_trim(0);
    mallopt(M_TOP_PAD, HeapReserve);
    const auto before = reinterpret_cast<quintptr>(sbrk(0));
    void *volatile block = malloc(HugePage); // volatile: compilers drop an allocation never used
    const auto after = reinterpret_cast<quintptr>(sbrk(0));
    free(block);
    mallopt(M_TOP_PAD, 128 * 1024); // glibc's default: growing by HeapReserve once is enough
    const quintptr begin = (before + HugePage - 1) & ~(HugePage - 1);
    const quintptr end = after & ~(HugePage - 1);
    if (end > begin)
        madvise(reinterpret_cast<void *>(begin), end - begin, MADV_HUGEPAGE);
#endif
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
