#pragma once

// Tests of a full or read-only disk need a small file system of their own, which only root may
// mount. As root, main() runs the whole test again in a mount namespace of its own
// (`unshare --mount`): every mount it makes is seen by that process and its children alone (the
// commands a test runs, too) and goes when it ends, whatever happens. Elsewhere available() is
// false and those tests skip.
//
//     int main(int argc, char *argv[])
//     {
//         if (const std::optional<int> exitCode = PrivateMounts::runInOwnNamespace(argc, argv))
//             return *exitCode;
//         QCoreApplication app(argc, argv);
//         ...
//     }

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryFile>

#include <optional>

namespace PrivateMounts {

inline constexpr char Marker[] = "COFFEECHAT_PRIVATE_MOUNTS";

// True in the namespace runInOwnNamespace() made: mountTmpfs() and the others may be used.
inline bool available()
{
    return qEnvironmentVariableIsSet(Marker);
}

// Whether this process runs as root (what it creates, root owns).
inline bool isRoot()
{
    QTemporaryFile file;
    return file.open() && QFileInfo(file.fileName()).ownerId() == 0;
}

inline bool run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(program, arguments);
    return process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

// The options that give `unshare` a mount namespace of its own whose mounts stay in it, or
// nothing when there is none to be had (not root, no unshare).
inline std::optional<QStringList> unshareOptions()
{
    if (!isRoot() || QStandardPaths::findExecutable(QStringLiteral("unshare")).isEmpty())
        return std::nullopt;
    QProcess probe;
    probe.start(QStringLiteral("unshare"), {QStringLiteral("--mount"), QStringLiteral("true")});
    if (probe.waitForFinished(30000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0)
        return QStringList{QStringLiteral("--mount")};
    // Making every mount private fails where / is no mount point of its own (a chroot). Leaving
    // them as they are is as private when none is shared with the outside to begin with.
    QFile mounts(QStringLiteral("/proc/self/mountinfo"));
    if (!mounts.open(QIODevice::ReadOnly) || mounts.readAll().contains(" shared:"))
        return std::nullopt;
    return QStringList{QStringLiteral("--mount"), QStringLiteral("--propagation"), QStringLiteral("unchanged")};
}

// In the parent: runs this test again in a namespace of its own and returns its exit code.
// Nothing when this is that run already, or there is no namespace to be had: go on as usual.
inline std::optional<int> runInOwnNamespace(int argc, char *argv[])
{
    if (available() || argc < 1 || !isRoot())
        return std::nullopt;
    QCoreApplication app(argc, argv); // for QProcess; the test makes its own
    const std::optional<QStringList> options = unshareOptions();
    if (!options)
        return std::nullopt;
    QStringList arguments = *options;
    arguments << QStringLiteral("--") << QCoreApplication::applicationFilePath();
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QProcess test;
    test.setProcessChannelMode(QProcess::ForwardedChannels);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(Marker), QStringLiteral("1"));
    test.setProcessEnvironment(environment);
    test.start(QStringLiteral("unshare"), arguments);
    if (!test.waitForFinished(-1) || test.exitStatus() != QProcess::NormalExit)
        return 1;
    return test.exitCode();
}

// A file system of `kib` KiB at dir (which must exist).
inline bool mountTmpfs(const QString &dir, int kib)
{
    return run(QStringLiteral("mount"),
               {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                QStringLiteral("size=%1k,mode=0755").arg(kib), QStringLiteral("tmpfs"), dir});
}

// dir again at the same place, read-only: its files stay, and nothing can be written there.
inline bool mountReadOnly(const QString &dir)
{
    return run(QStringLiteral("mount"), {QStringLiteral("--bind"), dir, dir})
        && run(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,bind,ro"), dir});
}

inline bool unmount(const QString &dir)
{
    return run(QStringLiteral("umount"), {dir});
}

// Fills the disk that holds dir with a file, "filler", leaving `leave` bytes (about: the file
// system rounds to its blocks) free. Returns false if it could not.
inline bool fill(const QString &dir, qint64 leave = 0)
{
    QFile filler(QDir(dir).filePath(QStringLiteral("filler")));
    if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return false;
    const QByteArray block(4096, 'f');
    while (filler.write(block) == block.size()) { }
    if (leave <= 0)
        return true;
    // Without its last blocks, the file leaves that much free.
    filler.close();
    return filler.resize(qMax<qint64>(0, filler.size() - leave));
}

} // namespace PrivateMounts

// QTEST_MAIN for a test that mounts: Application is QCoreApplication, QGuiApplication or
// QApplication, as the test needs.
#define COFFEECHAT_PRIVATE_MOUNTS_MAIN(TestObject, Application)                                                        \
    int main(int argc, char *argv[])                                                                                   \
    {                                                                                                                  \
        if (const std::optional<int> exitCode = PrivateMounts::runInOwnNamespace(argc, argv))                          \
            return *exitCode;                                                                                          \
        Application app(argc, argv);                                                                                   \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                                       \
        TestObject test;                                                                                               \
        return QTest::qExec(&test, argc, argv);                                                                        \
    }
