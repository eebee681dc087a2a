// The launcher, `coffeechat` (app/launcher.cpp): it must not load the libraries of the window,
// must run import and the Qt Core exports without the full program, and must hand everything
// else to the full program with the arguments unchanged.

#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(60000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// The shared libraries a tool lists, by file name ("libQt6Core.so.6").
QStringList libraries(const QString &program, const QStringList &arguments, const QRegularExpression &line)
{
    const Run listed = run(program, arguments);
    if (listed.exitCode != 0)
        return {};
    QStringList names;
    for (auto match = line.globalMatch(listed.out); match.hasNext();)
        names << match.next().captured(1);
    return names;
}
} // namespace

class TestLauncher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void loadsNoLibraryOfTheWindow_data();
    void loadsNoLibraryOfTheWindow();
    void handsOverToTheFullProgram_data();
    void handsOverToTheFullProgram();
    void runsCoreCommandsAlone_data();
    void runsCoreCommandsAlone();

private:
    QStringList m_needed; // linked directly (readelf -d)
    QStringList m_loaded; // loaded at start, also through other libraries (ldd)
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestLauncher::initTestCase()
{
    const QString launcher = QStringLiteral(COFFEECHAT_EXECUTABLE);
    m_needed = libraries(QStringLiteral(READELF), {QStringLiteral("-d"), launcher},
                         QRegularExpression(QStringLiteral(R"(\(NEEDED\)\s+Shared library: \[([^\]]+)\])")));
    m_loaded = libraries(QStringLiteral("ldd"), {launcher}, QRegularExpression(QStringLiteral(R"(^\s*(\S+) )"),
                                                                                QRegularExpression::MultilineOption));
    // The lists are read correctly: what the launcher does need is in them.
    QVERIFY2(m_needed.contains(QStringLiteral("libQt6Sql.so.6")), qPrintable(m_needed.join(u' ')));
    QVERIFY2(m_loaded.contains(QStringLiteral("libQt6Core.so.6")), qPrintable(m_loaded.join(u' ')));
}

void TestLauncher::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestLauncher::loadsNoLibraryOfTheWindow_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::newRow("Qt Gui") << QStringLiteral("libQt6Gui.");
    QTest::newRow("Qt Widgets") << QStringLiteral("libQt6Widgets.");
    QTest::newRow("Qt Network") << QStringLiteral("libQt6Network.");
    QTest::newRow("Qt Print Support") << QStringLiteral("libQt6PrintSupport.");
    QTest::newRow("KDE Frameworks") << QStringLiteral("libKF6");
}

void TestLauncher::loadsNoLibraryOfTheWindow()
{
    QFETCH(QString, prefix);
    for (const QString &library : std::as_const(m_needed))
        QVERIFY2(!library.startsWith(prefix), qPrintable(QStringLiteral("coffeechat links ") + library));
    for (const QString &library : std::as_const(m_loaded))
        QVERIFY2(!library.startsWith(prefix), qPrintable(QStringLiteral("coffeechat loads ") + library));
}

void TestLauncher::handsOverToTheFullProgram_data()
{
    // Neither is the launcher's own: the output proves that the exec worked and kept argv[0].
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("output");
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << QStringLiteral("coffeechat ");
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")}
                            << QStringLiteral("Usage: " COFFEECHAT_EXECUTABLE " [options] [file]\n");
    QTest::newRow("export --help") << QStringList{QStringLiteral("export"), QStringLiteral("--help")}
                                   << QStringLiteral("Usage: " COFFEECHAT_EXECUTABLE " [options] export kind\n");
}

void TestLauncher::handsOverToTheFullProgram()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, output);
    const Run result = run(QStringLiteral(COFFEECHAT_EXECUTABLE), arguments);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.startsWith(output), qPrintable(result.out + result.err));
}

void TestLauncher::runsCoreCommandsAlone_data()
{
    // The launcher is copied alone into {dir}/bin; {db} is an empty database beside it.
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("output"); // the start of stdout, or empty when the full program is missing

    const QString db = QStringLiteral("{db}");
    const QString dbOption = QStringLiteral("--database");
    QTest::newRow("import") << QStringList{QStringLiteral("import"), QStringLiteral("{dir}/one.csv"), dbOption,
                                           QStringLiteral("{dir}/new.sqlite")}
                            << 0 << QStringLiteral("1 added, 0 updated, 0 skipped\n");
    QTest::newRow("import --help") << QStringList{QStringLiteral("import"), QStringLiteral("--help")} << 0
                                   << QStringLiteral("Usage: {dir}/bin/coffeechat [options] import file\n");
    QTest::newRow("export contacts")
        << QStringList{QStringLiteral("export"), QStringLiteral("contacts"), QStringLiteral("-o"),
                       QStringLiteral("{dir}/out.csv"), dbOption, db}
        << 0 << QStringLiteral("Wrote 0 contacts to {dir}/out.csv.\n");
    QTest::newRow("export json, options first")
        << QStringList{QStringLiteral("export"), QStringLiteral("--database={db}"), QStringLiteral("-o"),
                       QStringLiteral("{dir}/out.json"), QStringLiteral("json")}
        << 0 << QStringLiteral("Wrote 0 contacts, 0 organisations, 0 interviews, ");
    QTest::newRow("export json without -o")
        << QStringList{QStringLiteral("export"), QStringLiteral("json"), dbOption, db} << 2 << QString();

    // Everything else is the full program's: without it, a one-line error and the shell's status.
    const QList<std::pair<const char *, QStringList>> handedOver = {
        {"no arguments", {}},
        {"--version", {QStringLiteral("--version")}},
        {"--help", {QStringLiteral("--help")}},
        {"--smoke-test", {QStringLiteral("--smoke-test")}},
        {"a file to open", {QStringLiteral("{dir}/one.csv")}},
        {"export without a kind", {QStringLiteral("export")}},
        {"export calendar",
         {QStringLiteral("export"), QStringLiteral("calendar"), QStringLiteral("-o"), QStringLiteral("{dir}/out.ics"),
          dbOption, db}},
        {"export vcard",
         {QStringLiteral("export"), QStringLiteral("vcard"), QStringLiteral("-o"), QStringLiteral("{dir}/out.vcf"),
          dbOption, db}},
        {"export with an unknown option",
         {QStringLiteral("export"), QStringLiteral("json"), QStringLiteral("--frobnicate")}},
        {"prep-sheet",
         {QStringLiteral("prep-sheet"), QStringLiteral("1"), QStringLiteral("-o"), QStringLiteral("{dir}/out.pdf"),
          dbOption, db}},
        {"unknown command", {QStringLiteral("frobnicate")}},
    };
    for (const auto &[name, arguments] : handedOver)
        QTest::newRow(name) << arguments << 127 << QString();
}

void TestLauncher::runsCoreCommandsAlone()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, output);
    // The path the launcher reports is the real one, so compare with the canonical folder.
    const QString dir = QFileInfo(m_dir->path()).canonicalFilePath();
    QVERIFY(QDir(dir).mkdir(QStringLiteral("bin")));
    const QString launcher = dir + QStringLiteral("/bin/coffeechat");
    QVERIFY(QFile::copy(QStringLiteral(COFFEECHAT_EXECUTABLE), launcher));
    QFile csv(dir + QStringLiteral("/one.csv"));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("First Name,Last Name\nAda,Lovelace\n");
    csv.close();
    const QString db = dir + QStringLiteral("/cli.sqlite");
    {
        Database database;
        QVERIFY(database.open(db));
    }

    for (QString &argument : arguments)
        argument.replace(QStringLiteral("{db}"), db).replace(QStringLiteral("{dir}"), dir);
    output.replace(QStringLiteral("{dir}"), dir);
    const Run result = run(launcher, arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.out.startsWith(output), qPrintable(result.out + result.err));
    if (exitCode == 127) {
        QVERIFY(result.out.isEmpty());
        const QString expected =
            QStringLiteral("Could not start Coffee Chat from “%1/%2/%3”: No such file or directory.\n")
                .arg(dir, QStringLiteral(COFFEECHAT_DESKTOP_DIR), QStringLiteral(COFFEECHAT_DESKTOP_NAME));
        QCOMPARE(result.err, expected);
    }
}

QTEST_GUILESS_MAIN(TestLauncher)
#include "tst_launcher.moc"
