#include "awkwardcontacts.h"
#include "import/contactimport.h"
#include "privatemounts.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/interviewstore.h"
#include "storage/organisationstore.h"
#include "testdamage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {
// A LinkedIn sample by its name, or any test file by its path below the data folder.
QString sample(const QString &name)
{
    return QStringLiteral(COFFEECHAT_TEST_DATA) + (name.contains(u'/') ? u"/"_s : u"/linkedin/"_s) + name;
}

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
    QByteArray outBytes; // as written, a byte order mark and all
};

struct Launch {
    QString configHome; // the user's own reminder settings must not leak in
    QString workingDirectory;
    bool asNobody = false; // as user "nobody", for whom read-only files are read-only (root writes them)
};

// The user id of "nobody", which runs the commands for Launch::asNobody.
constexpr int Nobody = 65534;

// The text of a PDF as pdftotext reads it, on one line (whitespace simplified).
QString pdfText(const QString &path)
{
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!pdftotext.waitForFinished(30000))
        return {};
    return QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
}

Run coffeechat(const QStringList &arguments, const Launch &launch)
{
    QProcess process;
    process.setProgram(QStringLiteral(COFFEECHAT_EXECUTABLE));
    process.setArguments(arguments);
    if (launch.asNobody) {
        process.setProgram(QStringLiteral("setpriv"));
        process.setArguments(QStringList{QStringLiteral("--reuid=%1").arg(Nobody),
                                         QStringLiteral("--regid=%1").arg(Nobody), QStringLiteral("--clear-groups"),
                                         QStringLiteral("--"), QStringLiteral(COFFEECHAT_EXECUTABLE)}
                             + arguments);
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the commands must not need a display
    if (!launch.configHome.isEmpty())
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), launch.configHome);
    process.setProcessEnvironment(env);
    if (!launch.workingDirectory.isEmpty())
        process.setWorkingDirectory(launch.workingDirectory);
    process.start();
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.outBytes = process.readAllStandardOutput();
    run.out = QString::fromUtf8(run.outBytes);
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

Run coffeechat(const QStringList &arguments, const QString &configHome = QString())
{
    return coffeechat(arguments, Launch{configHome, {}, false});
}

// The names in folder: hidden ones, devices, pipes and sockets too.
QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

QByteArray contents(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(program, arguments);
    return process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}
} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void importsSamples_data();
    void importsSamples();
    void reimportCountsJobChanges_data();
    void reimportCountsJobChanges();
    void reimportAddsNothing();
    void importsLinkedInArchive();
    void refusesBadInput_data();
    void refusesBadInput();
    void refusesEndlessInput_data();
    void refusesEndlessInput();
    void helpAndVersionNeedNoDisplay_data();
    void helpAndVersionNeedNoDisplay();
    void refusesDamagedDatabaseWithoutTouchingIt();
    void refusesDamageOnlyTheCheckFinds_data();
    void refusesDamageOnlyTheCheckFinds();
    void importsOtherAddressBooks();
    void importsLargeExportsAsTheAppDoes_data();
    void importsLargeExportsAsTheAppDoes();
    void exportsCalendar();
    void exportsEmptyCalendar();
    void exportsContactsVCardAndJson();
    void exportedContactsReimportUnchanged();
    void refusesBadExport_data();
    void refusesBadExport();
    void writesPrepSheet();
    void refusesBadPrepSheet_data();
    void refusesBadPrepSheet();
    void writesReport_data();
    void writesReport();
    void refusesBadReport_data();
    void refusesBadReport();
    void refusesOutputThatIsNoFile_data();
    void refusesOutputThatIsNoFile();
    void exportsToStandardOutput_data();
    void exportsToStandardOutput();
    void readsReadOnlyDatabase_data();
    void readsReadOnlyDatabase();
    void exportOnFullDisk_data();
    void exportOnFullDisk();
    void importIntoNewDatabaseOnFullDisk();
    void cleanup();

private:
    Run exportCalendar(const QStringList &arguments) const
    {
        return coffeechat(QStringList{QStringLiteral("export")} + arguments, m_dir->filePath(QStringLiteral("config")));
    }
    QString databasePath() const { return m_dir->filePath(QStringLiteral("cli.sqlite")); }
    // A database with one interview, with Ada Lovelace and two questions; returns its id.
    qint64 addPrepSheetInterview();
    // A database with `people` contacts and as many interviews, scheduled, for files of some size.
    bool addPeopleAndInterviews(int people);
    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_mounts; // unmounted by cleanup()
};

void TestCommandLine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCommandLine::cleanup()
{
    for (auto it = m_mounts.crbegin(); it != m_mounts.crend(); ++it)
        QVERIFY(PrivateMounts::unmount(*it));
    m_mounts.clear();
    // What a test made read-only or gave away, made removable again.
    runTool(QStringLiteral("chmod"), {QStringLiteral("-R"), QStringLiteral("u+rwX"), m_dir->path()});
}

void TestCommandLine::importsSamples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<int>("skippedLine");
    QTest::newRow("current") << QStringLiteral("Connections_2023-2026_Notes_URL.csv")
                             << QStringLiteral("7 added, 0 updated, 1 skipped") << 9;
    QTest::newRow("2021-2023") << QStringLiteral("Connections_2021-2023_Notes_noURL.csv")
                               << QStringLiteral("4 added, 0 updated, 1 skipped") << 7;
    QTest::newRow("2019-2020") << QStringLiteral("Connections_2019-2020_noNotes_noURL.csv")
                               << QStringLiteral("4 added, 0 updated, 1 skipped") << 4;
    QTest::newRow("Excel") << QStringLiteral("Connections_excel-resaved_US_CRLF.csv")
                           << QStringLiteral("3 added, 0 updated, 1 skipped") << 7;
}

void TestCommandLine::importsSamples()
{
    QFETCH(QString, file);
    QFETCH(QString, summary);
    QFETCH(int, skippedLine);
    const Run run = coffeechat({QStringLiteral("import"), sample(file), QStringLiteral("--database"), databasePath()});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), summary);
    QVERIFY2(lines.value(1).startsWith(QStringLiteral("  line %1 skipped: empty row").arg(skippedLine)),
             qPrintable(run.out));
    QVERIFY(run.err.isEmpty());

    Database db;
    QVERIFY(db.open(databasePath()));
    ContactStore store(&db);
    QCOMPARE(store.count(), summary.section(QLatin1Char(' '), 0, 0).toInt());
}

// A newer export where people moved: the summary counts them and each is listed with the job
// they left, which the contact keeps. The count follows the data: one, then two people.
void TestCommandLine::reimportCountsJobChanges_data()
{
    QTest::addColumn<QList<QByteArrayList>>("replacements");
    QTest::addColumn<QString>("count");
    QTest::addColumn<QStringList>("listed");
    QTest::newRow("one") << QList<QByteArrayList>{{"Contoso Pharmaceuticals,Talent", "Fabrikam,Talent"}}
                         << QStringLiteral("1 person changed jobs")
                         << QStringList{QStringLiteral("  line 5: Olu Specimen changed jobs, was Talent Acquisition "
                                                       "Partner at Contoso Pharmaceuticals")};
    QTest::newRow("two, and one only spelled otherwise")
        << QList<QByteArrayList>{{"Contoso Pharmaceuticals,Talent", "Fabrikam,Talent"},
                                 {"Fourth Coffee,Product Manager", "Fourth Coffee,Head of Product"},
                                 {"Datum Corporation", "Datum Corp."}}
        << QStringLiteral("2 people changed jobs")
        << QStringList{QStringLiteral("  line 5: Olu Specimen changed jobs, was Talent Acquisition Partner at "
                                      "Contoso Pharmaceuticals"),
                       QStringLiteral("  line 8: Ren Invented, MBA, PMP changed jobs, was Product Manager at Fourth "
                                      "Coffee")};
}

void TestCommandLine::reimportCountsJobChanges()
{
    QFETCH(QList<QByteArrayList>, replacements);
    QFETCH(QString, count);
    QFETCH(QStringList, listed);
    const QString original = sample(QStringLiteral("Connections_2023-2026_Notes_URL.csv"));
    QCOMPARE(coffeechat({QStringLiteral("import"), original, QStringLiteral("--database"), databasePath()}).exitCode,
             0);
    QFile file(original);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray newer = file.readAll();
    for (const QByteArrayList &pair : std::as_const(replacements)) {
        QVERIFY2(newer.contains(pair.at(0)), pair.at(0).constData());
        newer.replace(pair.at(0), pair.at(1));
    }
    const QString newerPath = m_dir->filePath(QStringLiteral("newer.csv"));
    QFile out(newerPath);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(newer);
    out.close();

    const Run run = coffeechat({QStringLiteral("import"), newerPath, QStringLiteral("--database"), databasePath()});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.value(0).endsWith(QStringLiteral("; ") + count), qPrintable(run.out));
    QStringList changed;
    for (const QString &line : lines) {
        if (line.contains(QStringLiteral("changed jobs, was")))
            changed << line;
    }
    QCOMPARE(changed, listed);

    Database db;
    QVERIFY(db.open(databasePath()));
    ContactStore store(&db);
    QCOMPARE(store.allPastJobs().size(), listed.size());
}

void TestCommandLine::reimportAddsNothing()
{
    const QStringList args = {QStringLiteral("import"), sample(QStringLiteral("Connections_2023-2026_Notes_URL.csv")),
                              QStringLiteral("--database"), databasePath()};
    QCOMPARE(coffeechat(args).exitCode, 0);
    const Run again = coffeechat(args);
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.startsWith(QStringLiteral("0 added, 0 updated, 1 skipped, 7 already up to date\n")),
             qPrintable(again.out));
}

// LinkedIn's data archive as mailed imports as the Connections.csv in it; one without it is
// refused and creates no database.
void TestCommandLine::importsLinkedInArchive()
{
    const Run refused =
        coffeechat({QStringLiteral("import"), sample(QStringLiteral("LinkedInDataExport_without_connections.zip")),
                    QStringLiteral("--database"), databasePath()});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.startsWith(QStringLiteral(
                 "“LinkedInDataExport_without_connections.zip” holds no Connections.csv, so it has no contacts to "
                 "import (it holds Invitations.csv, messages.csv, Profile.csv).")),
             qPrintable(refused.err));
    QVERIFY(!QFileInfo::exists(databasePath()));

    const Run run =
        coffeechat({QStringLiteral("import"), sample(QStringLiteral("Basic_LinkedInDataExport_12-01-2026.zip")),
                    QStringLiteral("--database"), databasePath()});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), QStringLiteral("Read “Connections.csv” from “Basic_LinkedInDataExport_12-01-2026.zip”."));
    QCOMPARE(lines.value(1), QStringLiteral("7 added, 0 updated, 1 skipped"));
    // The same people as the plain file.
    const Run plain =
        coffeechat({QStringLiteral("import"), sample(QStringLiteral("Connections_2023-2026_Notes_URL.csv")),
                    QStringLiteral("--database"), databasePath()});
    QVERIFY2(plain.out.startsWith(QStringLiteral("0 added, 0 updated, 1 skipped, 7 already up to date\n")),
             qPrintable(plain.out));
}

// The size a file reports is not what reading it gives: reading stops at the limit, whatever
// the file says, and nothing is created.
void TestCommandLine::refusesEndlessInput_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("size"); // of a file made for the row; 0: use `file` as it is
    QTest::newRow("just too large") << QStringLiteral("large.csv") << qint64(64 * 1024 * 1024 + 1);
    if (QFile::exists(QStringLiteral("/dev/zero"))) // reports 0 bytes, never ends
        QTest::newRow("device that never ends") << QStringLiteral("/dev/zero") << qint64(0);
}

void TestCommandLine::refusesEndlessInput()
{
    QFETCH(QString, file);
    QFETCH(qint64, size);
    if (size > 0) {
        file = m_dir->filePath(file);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.write("First Name,Last Name\n") > 0);
        QVERIFY(f.resize(size)); // the rest reads as zeros
    }
    const Run run = coffeechat({QStringLiteral("import"), file, QStringLiteral("--database"), databasePath()});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("is larger than 64 MB")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QFileInfo(file).fileName()), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(databasePath()));
}

// One program: --help and --version answer without a display, as every command does.
void TestCommandLine::helpAndVersionNeedNoDisplay_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << QStringLiteral("coffeechat import FILE");
    QTest::newRow("-h") << QStringList{QStringLiteral("-h")} << QStringLiteral("--database <path>");
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << QStringLiteral("coffeechat 0.");
    QTest::newRow("-v with a file") << QStringList{QStringLiteral("Connections.csv"), QStringLiteral("-v")}
                                    << QStringLiteral("coffeechat 0.");
    QTest::newRow("import --help") << QStringList{QStringLiteral("import"), QStringLiteral("--help")}
                                   << QStringLiteral("Import a LinkedIn Connections.csv");
    QTest::newRow("export --help") << QStringList{QStringLiteral("export"), QStringLiteral("--help")}
                                   << QStringLiteral("Export your data from Coffee Chat");
}

void TestCommandLine::helpAndVersionNeedNoDisplay()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const Run run = coffeechat(arguments);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(expected), qPrintable(run.out + run.err));
}

void TestCommandLine::refusesBadInput_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QTest::newRow("no name column") << QByteArray("Fruit,Colour\nApple,Red\n")
                                    << QStringLiteral("No column with people's names");
    QTest::newRow("binary") << QByteArray("\x7f"
                                          "ELF\x02\x01\x01\0\0\0\0\0",
                                          12)
                            << QStringLiteral("not a text file");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
}

void TestCommandLine::refusesBadInput()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    const QString file = m_dir->filePath(QStringLiteral("input.csv"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    const Run run = coffeechat({QStringLiteral("import"), file, QStringLiteral("--database"), databasePath()});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("input.csv")), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());

    const Run missing = coffeechat({QStringLiteral("import"), m_dir->filePath(QStringLiteral("nope.csv")),
                                    QStringLiteral("--database"), databasePath()});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(QStringLiteral("nope.csv")), qPrintable(missing.err));
}

void TestCommandLine::refusesDamagedDatabaseWithoutTouchingIt()
{
    const QByteArray garbage(10000, 'x');
    QFile f(databasePath());
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(garbage);
    f.close();
    const Run run = coffeechat({QStringLiteral("import"), sample(QStringLiteral("Connections_2023-2026_Notes_URL.csv")),
                                QStringLiteral("--database"), databasePath()});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("not a Coffee Chat database")), qPrintable(run.err));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), garbage);
}

void TestCommandLine::refusesDamageOnlyTheCheckFinds_data()
{
    QTest::addColumn<int>("firstPage");
    QTest::addColumn<int>("lastPage");

    // The header and schema (page 1) are intact, so the file opens; pages after it are not.
    QTest::newRow("pages 2 to 4") << 2 << 4;
    QTest::newRow("page 3") << 3 << 3;
}

// The import command checks the database's integrity while it reads the CSV file; damage it
// finds there is refused like damage found on opening, and the file is left as it was.
void TestCommandLine::refusesDamageOnlyTheCheckFinds()
{
    QFETCH(int, firstPage);
    QFETCH(int, lastPage);

    const QString csv = sample(QStringLiteral("Connections_2023-2026_Notes_URL.csv"));
    QCOMPARE(coffeechat({QStringLiteral("import"), csv, QStringLiteral("--database"), databasePath()}).exitCode, 0);
    const QByteArray bytes = TestDamage::overwriteFilePages(databasePath(), firstPage, lastPage);
    QVERIFY(!bytes.isEmpty());

    const QString other = sample(QStringLiteral("Connections_2021-2023_Notes_noURL.csv"));
    const Run run = coffeechat({QStringLiteral("import"), other, QStringLiteral("--database"), databasePath()});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("is damaged")), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QFile f(databasePath());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), bytes);
    QVERIFY(!QFileInfo::exists(databasePath() + QStringLiteral("-wal"))
            || QFileInfo(databasePath() + QStringLiteral("-wal")).size() == 0);
}

namespace {

// A LinkedIn export of `people` rows, written in parts by the import command: people listed
// twice, empty rows, rows without a URL (matched by name) and, from `changedFrom` on, a new
// employer for everyone.
QByteArray largeExport(int people, int changedFrom)
{
    QByteArray csv = "Notes:\n\"An export.\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n";
    for (int i = 0; i < people; ++i) {
        const int person = i % 7 == 6 ? i - 5 : i; // every seventh row repeats someone
        if (i % 50 == 49) {
            csv += ",,,,,,01 Jan 2024\n";
            continue;
        }
        const QByteArray n = QByteArray::number(person);
        const QByteArray url = person % 11 == 0 ? QByteArray() : "https://www.linkedin.com/in/person-" + n;
        const QByteArray company = i >= changedFrom ? "New Co " + QByteArray::number(person % 13)
                                                    : "Old Co " + QByteArray::number(person % 13);
        csv += "Pat," + n + "," + url + ",," + company + ",Engineer,0" + QByteArray::number(1 + person % 9)
            + " Mar 2023\n";
    }
    return csv;
}

// Every contact, with what an import writes, in id order.
QList<Contact> importedContacts(const QString &databasePath)
{
    Database db;
    if (!db.open(databasePath))
        return {};
    ContactStore store(&db);
    QList<Contact> contacts = store.all();
    for (Contact &c : contacts)
        c.createdAt = c.updatedAt = {};
    return contacts;
}

} // namespace

void TestCommandLine::importsLargeExportsAsTheAppDoes_data()
{
    QTest::addColumn<int>("people");
    QTest::addColumn<bool>("reimport"); // a newer export onto the older one

    QTest::newRow("5,000 rows") << 5000 << false;
    QTest::newRow("5,000 rows again, newer") << 5000 << true;
    QTest::newRow("one part") << 100 << false;
}

// The command writes the first contacts while it still reads the file; what it writes must be
// what the app's import (one plan, then one batch) writes.
void TestCommandLine::importsLargeExportsAsTheAppDoes()
{
    QFETCH(int, people);
    QFETCH(bool, reimport);
    const QString older = m_dir->filePath(QStringLiteral("older.csv"));
    const QString newer = m_dir->filePath(QStringLiteral("newer.csv"));
    for (const auto &[file, changedFrom] : {std::pair{older, people}, std::pair{newer, people / 3}}) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(largeExport(people, changedFrom));
    }
    const QString appDatabase = m_dir->filePath(QStringLiteral("app.sqlite"));
    // The app's import: the summary its preview shows, or empty if it failed.
    auto importInApp = [&](const QString &file) -> QString {
        Database db;
        QFile f(file);
        if (!db.open(appDatabase) || !f.open(QIODevice::ReadOnly))
            return {};
        ContactStore store(&db);
        const ContactImport::Prepared prepared = ContactImport::prepareBytes(f.readAll(), file, store.allForMatching());
        ContactBatch batch = prepared.plan.batch();
        return prepared.ok && store.apply(batch) ? prepared.plan.summary() : QString();
    };
    for (const QString &file : reimport ? QStringList{older, newer} : QStringList{older}) {
        const QString summary = importInApp(file);
        QVERIFY(!summary.isEmpty());
        const Run run = coffeechat({QStringLiteral("import"), file, QStringLiteral("--database"), databasePath()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QCOMPARE(run.out.section(QLatin1Char('\n'), 0, 0), summary);
    }
    const QList<Contact> byCommand = importedContacts(databasePath());
    QVERIFY(byCommand.size() > people / 2);
    QCOMPARE(byCommand, importedContacts(appDatabase));
}

void TestCommandLine::importsOtherAddressBooks()
{
    const Run run =
        coffeechat({QStringLiteral("import"), QStringLiteral(COFFEECHAT_TEST_DATA "/csv/google_contacts.csv"),
                    QStringLiteral("--database"), databasePath()});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(QStringLiteral("2 added, 0 updated, 1 skipped\n")), qPrintable(run.out));

    // vCard files, 3.0 and 4.0: the same summary, the same matching (Ines is known by now).
    const Run v3 = coffeechat({QStringLiteral("import"), sample(QStringLiteral("vcard/apple_contacts_v3.vcf")),
                               QStringLiteral("--database"), databasePath()});
    QCOMPARE(v3.exitCode, 0);
    QVERIFY2(v3.out.startsWith(QStringLiteral("3 added, 0 updated, 1 skipped\n")), qPrintable(v3.out));
    const Run v4 = coffeechat({QStringLiteral("import"), sample(QStringLiteral("vcard/contacts_v4.vcf")),
                               QStringLiteral("--database"), databasePath()});
    QCOMPARE(v4.exitCode, 0);
    QVERIFY2(v4.out.startsWith(QStringLiteral("2 added, 0 updated, 0 skipped\n")), qPrintable(v4.out));
    const Run again = coffeechat({QStringLiteral("import"), sample(QStringLiteral("vcard/contacts_v4.vcf")),
                                  QStringLiteral("--database"), databasePath()});
    QVERIFY2(again.out.startsWith(QStringLiteral("0 added, 0 updated, 0 skipped, 2 already up to date\n")),
             qPrintable(again.out));

    // A file called .vcf that is not one is refused, and nothing is written.
    QTemporaryDir dir;
    const QString fake = dir.filePath(QStringLiteral("contacts.vcf"));
    QFile file(fake);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("First Name,Last Name\nAda,Lovelace\n");
    file.close();
    const Run refused = coffeechat({QStringLiteral("import"), fake, QStringLiteral("--database"), databasePath()});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.startsWith(QStringLiteral("“contacts.vcf” cannot be imported: it is not a vCard file")),
             qPrintable(refused.err));
}

void TestCommandLine::exportsCalendar()
{
    qint64 adaId = 0;
    qint64 comingUp = 0;
    qint64 declined = 0;
    qint64 heldAndThanked = 0;
    {
        Database db;
        QVERIFY(db.open(databasePath()));
        ContactStore contacts(&db);
        ContactBatch batch;
        Contact ada;
        ada.firstName = QStringLiteral("Ada");
        ada.lastName = QStringLiteral("Lovelace");
        batch.inserts = {ada};
        QString error;
        QVERIFY2(contacts.apply(batch, &error), qPrintable(error));
        adaId = contacts.all().constFirst().id;
        OrganisationStore organisations(&db);
        Organisation engines;
        engines.name = QStringLiteral("Analytical Engines");
        QVERIFY(organisations.insert(engines));

        // Chosen so that what is exported does not depend on today's date.
        InterviewStore interviews(&db);
        Interview a;
        a.contactId = adaId;
        a.organisationId = engines.id;
        a.step = Step::Conduct;
        a.scheduledAt = QDateTime(QDate(2099, 5, 4), QTime(10, 0), QTimeZone::UTC); // coming up: an event only
        QVERIFY(interviews.insert(a));
        Interview b = a;
        b.id = 0;
        b.step = Step::Declined; // ended: a referral reminder, no event
        b.scheduledAt = QDateTime(QDate(2026, 1, 10), QTime(10, 0), QTimeZone::UTC);
        b.closedOn = QDate(2026, 1, 15);
        QVERIFY(interviews.insert(b));
        Interview c = a;
        c.id = 0;
        c.step = Step::FollowUp; // held and thanked: an event and a touch-base reminder
        c.scheduledAt = QDateTime(QDate(2026, 1, 18), QTime(10, 0), QTimeZone::UTC);
        c.thankYouSentOn = QDate(2026, 1, 20);
        QVERIFY(interviews.insert(c));
        Interview d = a;
        d.id = 0;
        d.step = Step::Prepare; // not scheduled yet: nothing
        d.scheduledAt = QDateTime();
        QVERIFY(interviews.insert(d));
        comingUp = a.id;
        declined = b.id;
        heldAndThanked = c.id;
    }

    const QString file = m_dir->filePath(QStringLiteral("interviews.ics"));
    const Run run = exportCalendar(
        {QStringLiteral("calendar"), QStringLiteral("-o"), file, QStringLiteral("--database"), databasePath()});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, QStringLiteral("Saved 2 interviews, 2 reminders and 0 events to %1.\n").arg(file));
    QVERIFY(run.err.isEmpty());

    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray ics = f.readAll();
    QVERIFY2(ics.startsWith("BEGIN:VCALENDAR\r\n"), ics.constData());
    QCOMPARE(ics.count("BEGIN:VEVENT"), 4);
    for (const QString &uid : {QStringLiteral("interview-%1@coffeechat").arg(comingUp),
                               QStringLiteral("interview-%1@coffeechat").arg(heldAndThanked),
                               QStringLiteral("reminder-%1-referral@coffeechat").arg(declined),
                               QStringLiteral("reminder-%1-touch-base@coffeechat").arg(heldAndThanked)}) {
        QVERIFY2(ics.contains(QByteArray("\r\nUID:" + uid.toUtf8() + "\r\n")), qPrintable(uid));
    }
    QVERIFY(ics.contains("SUMMARY:Informational interview with Ada Lovelace (Analytical Engines)\r\n"));
    QVERIFY(ics.contains("DTSTART;VALUE=DATE:20260115\r\n"));

    // The long option works too, and a second export replaces the file.
    const Run again = exportCalendar(
        {QStringLiteral("calendar"), QStringLiteral("--output=") + file, QStringLiteral("--database"), databasePath()});
    QCOMPARE(again.exitCode, 0);
    QVERIFY(f.seek(0));
    QCOMPARE(f.readAll().count("BEGIN:VEVENT"), 4);
}

void TestCommandLine::exportsEmptyCalendar()
{
    {
        Database db;
        QVERIFY(db.open(databasePath()));
    }
    const QString file = m_dir->filePath(QStringLiteral("empty.ics"));
    const Run run = exportCalendar(
        {QStringLiteral("calendar"), QStringLiteral("-o"), file, QStringLiteral("--database"), databasePath()});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QStringLiteral("Saved 0 interviews, 0 reminders and 0 events to %1.\n").arg(file));
    QVERIFY(QFileInfo(file).size() > 0);
}

void TestCommandLine::exportsContactsVCardAndJson()
{
    {
        Database db;
        QVERIFY(db.open(databasePath()));
        ContactStore contacts(&db);
        Contact ada;
        ada.firstName = QStringLiteral("Ada");
        ada.lastName = QStringLiteral("Lovelace");
        ada.phone = QStringLiteral("+44 20 7946 0958");
        Contact mallory;
        mallory.firstName = QStringLiteral("=1+2");
        ContactBatch batch;
        batch.inserts = {ada, mallory};
        QString error;
        QVERIFY2(contacts.apply(batch, &error), qPrintable(error));
    }
    const auto run = [&](const QString &kind, const QString &file) {
        return exportCalendar({kind, QStringLiteral("-o"), file, QStringLiteral("--database"), databasePath()});
    };

    const QString csv = m_dir->filePath(QStringLiteral("contacts.csv"));
    Run result = run(QStringLiteral("contacts"), csv);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(result.out, QStringLiteral("Saved 2 contacts to %1.\n").arg(csv));
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QByteArray csvBytes = csvFile.readAll();
    QVERIFY(csvBytes.startsWith("\xEF\xBB\xBF"
                                "First Name,Last Name,"));
    QVERIFY(csvBytes.contains("\r\nAda,Lovelace,,'+44 20 7946 0958,"));
    QVERIFY(csvBytes.contains("\r\n'=1+2,"));

    const QString vcf = m_dir->filePath(QStringLiteral("contacts.vcf"));
    result = run(QStringLiteral("vcard"), vcf);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(result.out, QStringLiteral("Saved 2 contacts to %1.\n").arg(vcf));
    QFile vcfFile(vcf);
    QVERIFY(vcfFile.open(QIODevice::ReadOnly));
    const QByteArray cards = vcfFile.readAll();
    QCOMPARE(cards.count("BEGIN:VCARD\r\n"), 2);
    QCOMPARE(cards.count("VERSION:3.0\r\n"), 2);
    QVERIFY(cards.contains("FN:Ada Lovelace\r\n"));
    QVERIFY(cards.contains("+44 20 7946 0958"));

    const QString json = m_dir->filePath(QStringLiteral("everything.json"));
    result = run(QStringLiteral("json"), json);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.startsWith(QStringLiteral("Saved 2 contacts, 0 organisations, 0 interviews, ")),
             qPrintable(result.out));
    QVERIFY2(result.out.endsWith(QStringLiteral(" to %1.\n").arg(json)), qPrintable(result.out));
    QFile jsonFile(json);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(jsonFile.readAll()).object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("coffeechat-export"));
    QCOMPARE(root.value(QStringLiteral("version")).toInt(), 6);
    QCOMPARE(root.value(QStringLiteral("contacts")).toArray().size(), 2);
}

// `coffeechat export contacts`, then `coffeechat import` of that file into the same database:
// everyone is matched (by URL, e-mail, or name and company) and nothing changes, though the file
// guards cells like "=1+2" with an apostrophe.
void TestCommandLine::exportedContactsReimportUnchanged()
{
    {
        Database db;
        QVERIFY(db.open(databasePath()));
        ContactStore contacts(&db);
        ContactBatch batch;
        batch.inserts = AwkwardContacts::formulaLookalikes();
        QString error;
        QVERIFY2(contacts.apply(batch, &error), qPrintable(error));
    }
    const QString csv = m_dir->filePath(QStringLiteral("contacts.csv"));
    const Run exported = exportCalendar(
        {QStringLiteral("contacts"), QStringLiteral("-o"), csv, QStringLiteral("--database"), databasePath()});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains(",'=1+2,'@Analyst,"));

    const Run imported = coffeechat({QStringLiteral("import"), csv, QStringLiteral("--database"), databasePath()});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QCOMPARE(imported.out, QStringLiteral("0 added, 0 updated, 0 skipped, 5 already up to date\n"));

    Database db;
    QVERIFY(db.open(databasePath()));
    ContactStore store(&db);
    QCOMPARE(store.count(), 5);
    for (const Contact &c : store.all())
        QVERIFY2(!c.company.startsWith(QLatin1Char('\'')), qPrintable(c.company));
}

void TestCommandLine::refusesBadExport_data()
{
    // {dir} stands for the test's temporary folder, {db} for a valid database in it.
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::newRow("no kind") << QStringList{QStringLiteral("--database"), QStringLiteral("{db}")} << 2
                             << QStringLiteral(
                                    "Usage: coffeechat export calendar|contacts|vcard|json -o FILE [--database PATH]");
    QTest::newRow("unknown kind")
        << QStringList{QStringLiteral("addressbook"), QStringLiteral("-o"), QStringLiteral("{dir}/out.ics"),
                       QStringLiteral("--database"), QStringLiteral("{db}")}
        << 2 << QStringLiteral("Unknown export “addressbook”; the kinds are calendar, contacts, vcard and json.");
    QTest::newRow("no -o") << QStringList{QStringLiteral("calendar"), QStringLiteral("--database"),
                                          QStringLiteral("{db}")}
                           << 2 << QStringLiteral("No output file: give one with -o FILE.ics.");
    QTest::newRow("folder missing") << QStringList{QStringLiteral("calendar"), QStringLiteral("-o"),
                                                   QStringLiteral("{dir}/missing/out.ics"),
                                                   QStringLiteral("--database"), QStringLiteral("{db}")}
                                    << 1 << QStringLiteral("Could not write “{dir}/missing/out.ics”");
    QTest::newRow("path is a folder") << QStringList{
        QStringLiteral("calendar"), QStringLiteral("-o"), QStringLiteral("{dir}"), QStringLiteral("--database"),
        QStringLiteral("{db}")} << 1 << QStringLiteral("Could not write “{dir}”");
    QTest::newRow("no database") << QStringList{QStringLiteral("calendar"), QStringLiteral("-o"),
                                                QStringLiteral("{dir}/out.ics"), QStringLiteral("--database"),
                                                QStringLiteral("{dir}/nope.sqlite")}
                                 << 1 << QStringLiteral("There is no Coffee Chat database at “{dir}/nope.sqlite”.");
    QTest::newRow("not a database") << QStringList{QStringLiteral("calendar"), QStringLiteral("-o"),
                                                   QStringLiteral("{dir}/out.ics"), QStringLiteral("--database"),
                                                   QStringLiteral("{dir}/garbage.sqlite")}
                                    << 1 << QStringLiteral("not a Coffee Chat database");
    // The same refusals for the other kinds, each naming its own file type.
    const QList<std::pair<QString, QString>> kinds = {{QStringLiteral("contacts"), QStringLiteral("csv")},
                                                      {QStringLiteral("vcard"), QStringLiteral("vcf")},
                                                      {QStringLiteral("json"), QStringLiteral("json")}};
    for (const auto &[kind, suffix] : kinds) {
        QTest::addRow("%s: no -o", qPrintable(kind))
            << QStringList{kind, QStringLiteral("--database"), QStringLiteral("{db}")} << 2
            << QStringLiteral("No output file: give one with -o FILE.%1.").arg(suffix);
        QTest::addRow("%s: folder missing", qPrintable(kind))
            << QStringList{kind, QStringLiteral("-o"), QStringLiteral("{dir}/missing/out.") + suffix,
                           QStringLiteral("--database"), QStringLiteral("{db}")}
            << 1 << QStringLiteral("Could not write “{dir}/missing/out.%1”").arg(suffix);
        QTest::addRow("%s: path is a folder", qPrintable(kind))
            << QStringList{kind, QStringLiteral("-o"), QStringLiteral("{dir}"), QStringLiteral("--database"),
                           QStringLiteral("{db}")}
            << 1 << QStringLiteral("Could not write “{dir}”");
        QTest::addRow("%s: no database", qPrintable(kind))
            << QStringList{kind, QStringLiteral("-o"), QStringLiteral("{dir}/out.") + suffix,
                           QStringLiteral("--database"), QStringLiteral("{dir}/nope.sqlite")}
            << 1 << QStringLiteral("There is no Coffee Chat database at “{dir}/nope.sqlite”.");
    }
}

void TestCommandLine::refusesBadExport()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    {
        Database db;
        QVERIFY(db.open(databasePath()));
    }
    QFile garbage(m_dir->filePath(QStringLiteral("garbage.sqlite")));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(10000, 'x'));
    garbage.close();
    const QStringList before = QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);

    for (QString &argument : arguments)
        argument.replace(QStringLiteral("{db}"), databasePath()).replace(QStringLiteral("{dir}"), m_dir->path());
    message.replace(QStringLiteral("{dir}"), m_dir->path());
    const Run run = exportCalendar(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    // Nothing written, no database created where none was.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), before);
}

qint64 TestCommandLine::addPrepSheetInterview()
{
    Database db;
    if (!db.open(databasePath()))
        return 0;
    ContactStore contacts(&db);
    ContactBatch batch;
    Contact ada;
    ada.firstName = QStringLiteral("Ada");
    ada.lastName = QStringLiteral("Lovelace");
    batch.inserts = {ada};
    if (!contacts.apply(batch))
        return 0;
    InterviewStore interviews(&db);
    Interview interview;
    interview.topic = QStringLiteral("Careers in computing");
    interview.contactId = batch.inserts.constFirst().id;
    if (!interviews.insert(interview))
        return 0;
    const QList<PlannedQuestion> plan = {{0, QStringLiteral("How did you start?")},
                                         {0, QStringLiteral("Whom else should I ask?")}};
    if (!interviews.setPlan(interview.id, plan))
        return 0;
    return interview.id;
}

void TestCommandLine::writesPrepSheet()
{
    const qint64 id = addPrepSheetInterview();
    QVERIFY(id > 0);
    const QString file = m_dir->filePath(QStringLiteral("Prep sheet – Ada.pdf"));
    const Run run = coffeechat({QStringLiteral("prep-sheet"), QString::number(id), QStringLiteral("-o"), file,
                                QStringLiteral("--database"), databasePath()});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, QStringLiteral("Wrote %1 (1 page)\n").arg(file));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QFile pdf(file);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QCOMPARE(pdf.read(5), QByteArray("%PDF-"));

    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString text = pdfText(file);
    QVERIFY2(text.contains(QStringLiteral("Careers in computing")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Ada Lovelace")), qPrintable(text));
    QVERIFY2(text.indexOf(QStringLiteral("How did you start?"))
                 < text.indexOf(QStringLiteral("Whom else should I ask?")),
             qPrintable(text));
}

void TestCommandLine::refusesBadPrepSheet_data()
{
    // {dir} stands for the test's temporary folder, {db} for a database with interview {id}.
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString usage = QStringLiteral("Usage: coffeechat prep-sheet INTERVIEW_ID -o FILE.pdf [--database PATH]");

    QTest::newRow("no interview") << QStringList{QStringLiteral("-o"), QStringLiteral("{dir}/out.pdf"),
                                                 QStringLiteral("--database"), QStringLiteral("{db}")}
                                  << 2 << usage;
    QTest::newRow("not a number") << QStringList{QStringLiteral("Ada"), QStringLiteral("-o"),
                                                 QStringLiteral("{dir}/out.pdf"), QStringLiteral("--database"),
                                                 QStringLiteral("{db}")}
                                  << 2 << QStringLiteral("“Ada” is not an interview number.\n") + usage;
    QTest::newRow("no -o") << QStringList{QStringLiteral("{id}"), QStringLiteral("--database"), QStringLiteral("{db}")}
                           << 2 << QStringLiteral("No output file: give one with -o FILE.pdf.");
    QTest::newRow("unknown interview")
        << QStringList{QStringLiteral("4711"), QStringLiteral("-o"), QStringLiteral("{dir}/out.pdf"),
                       QStringLiteral("--database"), QStringLiteral("{db}")}
        << 1
        << QStringLiteral("There is no interview with the number 4711.\nInterviews in this database:\n"
                          "  {id}  Careers in computing — Ada Lovelace\n");
    QTest::newRow("folder missing") << QStringList{QStringLiteral("{id}"), QStringLiteral("-o"),
                                                   QStringLiteral("{dir}/missing/out.pdf"),
                                                   QStringLiteral("--database"), QStringLiteral("{db}")}
                                    << 1 << QStringLiteral("Could not write “{dir}/missing/out.pdf”");
    QTest::newRow("path is a folder") << QStringList{
        QStringLiteral("{id}"), QStringLiteral("-o"), QStringLiteral("{dir}"), QStringLiteral("--database"),
        QStringLiteral("{db}")} << 1 << QStringLiteral("Could not write “{dir}”");
    QTest::newRow("standard output")
        << QStringList{QStringLiteral("{id}"), QStringLiteral("-o"), QStringLiteral("-"), QStringLiteral("--database"),
                       QStringLiteral("{db}")}
        << 2 << QStringLiteral("A PDF is not written to standard output: give a file name with -o FILE.pdf");
    QTest::newRow("no database") << QStringList{QStringLiteral("{id}"), QStringLiteral("-o"),
                                                QStringLiteral("{dir}/out.pdf"), QStringLiteral("--database"),
                                                QStringLiteral("{dir}/nope.sqlite")}
                                 << 1 << QStringLiteral("There is no Coffee Chat database at “{dir}/nope.sqlite”.");
    QTest::newRow("not a database") << QStringList{QStringLiteral("{id}"), QStringLiteral("-o"),
                                                   QStringLiteral("{dir}/out.pdf"), QStringLiteral("--database"),
                                                   QStringLiteral("{dir}/garbage.sqlite")}
                                    << 1 << QStringLiteral("not a Coffee Chat database");
}

void TestCommandLine::refusesBadPrepSheet()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const qint64 id = addPrepSheetInterview();
    QVERIFY(id > 0);
    QFile garbage(m_dir->filePath(QStringLiteral("garbage.sqlite")));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(10000, 'x'));
    garbage.close();
    const QStringList before = QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);

    for (QString &argument : arguments) {
        argument.replace(QStringLiteral("{db}"), databasePath()).replace(QStringLiteral("{dir}"), m_dir->path());
        argument.replace(QStringLiteral("{id}"), QString::number(id));
    }
    message.replace(QStringLiteral("{dir}"), m_dir->path()).replace(QStringLiteral("{id}"), QString::number(id));
    // In the test's folder, where a file called "-" would show.
    const Run run = coffeechat(QStringList{QStringLiteral("prep-sheet")} + arguments, Launch{{}, m_dir->path(), false});
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    // Nothing written, no database created where none was.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), before);
}

void TestCommandLine::writesReport_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("summary");
    QTest::newRow("PDF") << QStringLiteral("November.pdf")
                         << QStringLiteral("Wrote the activity report to {file}: 1 activity on 1 page.\n");
    QTest::newRow("CSV") << QStringLiteral("November.CSV")
                         << QStringLiteral("Wrote the activity report to {file}: 1 activity.\n");
}

void TestCommandLine::writesReport()
{
    QFETCH(QString, file);
    QFETCH(QString, summary);
    const qint64 id = addPrepSheetInterview();
    QVERIFY(id > 0);
    {
        Database db;
        QVERIFY(db.open(databasePath()));
        InterviewStore interviews(&db);
        Interview interview = *interviews.interview(id);
        interview.step = Step::Contact;
        interview.outreachSentOn = QDate(2026, 11, 3);
        interview.channel = Channel::LinkedIn;
        QVERIFY(interviews.update(interview));
    }
    const QString path = m_dir->filePath(file);
    const Run run = coffeechat({QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-11-01"),
                                QStringLiteral("--to"), QStringLiteral("2026-11-30"), QStringLiteral("-o"), path,
                                QStringLiteral("--database"), databasePath()});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, QString(summary).replace(QStringLiteral("{file}"), path));
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    if (file.endsWith(QStringLiteral(".CSV"))) {
        QCOMPARE(bytes,
                 QByteArray("\xEF\xBB\xBF"
                            "Date,Activity,With,Organisation,How,Details\r\n"
                            "2026-11-03,Contact made,Ada Lovelace,,LinkedIn message,Careers in computing\r\n"));
        return;
    }
    QVERIFY(bytes.startsWith("%PDF-"));
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString text = pdfText(path);
    QVERIFY2(text.contains(QStringLiteral("1 contact made.")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Ada Lovelace")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Careers in computing")), qPrintable(text));
}

void TestCommandLine::refusesBadReport_data()
{
    // {dir} stands for the test's temporary folder, {db} for a database with an interview.
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QStringList period = {QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"),
                                QStringLiteral("2026-11-30")};
    const QStringList db = {QStringLiteral("--database"), QStringLiteral("{db}")};
    const QStringList out = {QStringLiteral("-o"), QStringLiteral("{dir}/out.pdf")};
    QTest::newRow("no --from") << QStringList{QStringLiteral("--to"), QStringLiteral("2026-11-30")} + out + db << 2
                               << QStringLiteral("No --from date: give one as YYYY-MM-DD.");
    QTest::newRow("not a date") << QStringList{QStringLiteral("--from"), QStringLiteral("last week"),
                                               QStringLiteral("--to"), QStringLiteral("2026-11-30")}
            + out + db << 2 << QStringLiteral("“last week” is not a date: give --from as YYYY-MM-DD");
    QTest::newRow("31 February") << QStringList{QStringLiteral("--from"), QStringLiteral("2026-02-01"),
                                                QStringLiteral("--to"), QStringLiteral("2026-02-31")}
            + out + db << 2 << QStringLiteral("“2026-02-31” is not a date");
    QTest::newRow("ends before it begins") << QStringList{QStringLiteral("--from"), QStringLiteral("2026-12-01"),
                                                          QStringLiteral("--to"), QStringLiteral("2026-11-01")}
            + out + db << 2 << QStringLiteral("The report would end (2026-11-01) before it begins (2026-12-01).");
    QTest::newRow("no -o") << period + db << 2 << QStringLiteral("No output file: give one with -o FILE.pdf");
    QTest::newRow("standard output") << period + QStringList{QStringLiteral("-o"), QStringLiteral("-")} + db << 2
                                     << QStringLiteral("No output file");
    QTest::newRow("other ending") << period + QStringList{QStringLiteral("-o"), QStringLiteral("{dir}/out.docx")} + db
                                  << 2 << QStringLiteral("“{dir}/out.docx” is neither .pdf nor .csv");
    QTest::newRow("folder missing") << period
            + QStringList{QStringLiteral("-o"), QStringLiteral("{dir}/missing/out.csv")}
            + db << 1 << QStringLiteral("Could not write “{dir}/missing/out.csv”");
    QTest::newRow("path is a folder") << period + QStringList{QStringLiteral("-o"), QStringLiteral("{dir}/x.pdf")} + db
                                      << 1 << QStringLiteral("Could not write “{dir}/x.pdf”");
    QTest::newRow("damaged database") << period + out
            + QStringList{QStringLiteral("--database"), QStringLiteral("{dir}/garbage.sqlite")}
                                      << 1 << QStringLiteral("garbage.sqlite");
    QTest::newRow("no database") << period + out
            + QStringList{QStringLiteral("--database"), QStringLiteral("{dir}/none.sqlite")}
                                 << 1 << QStringLiteral("none.sqlite");
}

void TestCommandLine::refusesBadReport()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QVERIFY(addPrepSheetInterview() > 0);
    QFile garbage(m_dir->filePath(QStringLiteral("garbage.sqlite")));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(10000, 'x'));
    garbage.close();
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("x.pdf")));
    const QStringList before = QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    for (QString &argument : arguments)
        argument.replace(QStringLiteral("{db}"), databasePath()).replace(QStringLiteral("{dir}"), m_dir->path());
    message.replace(QStringLiteral("{dir}"), m_dir->path());
    const Run run = coffeechat(QStringList{QStringLiteral("report")} + arguments, Launch{{}, m_dir->path(), false});
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    // Nothing written, no database created where none was.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), before);
}

bool TestCommandLine::addPeopleAndInterviews(int people)
{
    Database db;
    if (!db.open(databasePath()))
        return false;
    ContactStore contacts(&db);
    ContactBatch batch;
    for (int i = 0; i < people; ++i) {
        Contact c;
        c.firstName = QStringLiteral("Person");
        c.lastName = QString::number(i);
        c.email = QStringLiteral("person%1@example.com").arg(i);
        c.company = QStringLiteral("Company %1").arg(i % 17);
        batch.inserts << c;
    }
    if (!contacts.apply(batch))
        return false;
    InterviewStore interviews(&db);
    for (const Contact &c : std::as_const(batch.inserts)) {
        Interview interview;
        interview.contactId = c.id;
        interview.step = Step::Conduct;
        interview.topic = QStringLiteral("Careers at %1").arg(c.company);
        interview.scheduledAt = QDateTime(QDate(2099, 5, 4), QTime(10, 0), QTimeZone::UTC).addDays(c.id);
        if (!interviews.insert(interview))
            return false;
    }
    return true;
}

void TestCommandLine::refusesOutputThatIsNoFile_data()
{
    QTest::addColumn<QStringList>("command"); // before -o
    QTest::addColumn<QString>("node"); // what is at the output path
    const QList<QStringList> commands = {{QStringLiteral("export"), QStringLiteral("calendar")},
                                         {QStringLiteral("export"), QStringLiteral("contacts")},
                                         {QStringLiteral("export"), QStringLiteral("vcard")},
                                         {QStringLiteral("export"), QStringLiteral("json")},
                                         {QStringLiteral("prep-sheet"), QStringLiteral("{id}")}};
    for (const QStringList &command : commands) {
        for (const char *node : {"device", "pipe", "socket"}) {
            QTest::addRow("%s %s: %s", qPrintable(command.at(0)), qPrintable(command.at(1)), node)
                << command << QString::fromLatin1(node);
        }
    }
}

// Writing "to" a device, a pipe or a socket would replace it with a regular file: refused,
// naming it, and it stays what it was.
void TestCommandLine::refusesOutputThatIsNoFile()
{
    QFETCH(QStringList, command);
    QFETCH(QString, node);
    const qint64 id = addPrepSheetInterview();
    QVERIFY(id > 0);
    const QString folder = m_dir->filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(folder));
    const QString output = folder + QStringLiteral("/node");
    QLocalServer server;
    if (node == QLatin1String("device")) {
        if (!PrivateMounts::isRoot())
            QSKIP("Only root may make a device node");
        QVERIFY(
            runTool(QStringLiteral("mknod"), {output, QStringLiteral("c"), QStringLiteral("1"), QStringLiteral("3")}));
    } else if (node == QLatin1String("pipe")) {
        QVERIFY(runTool(QStringLiteral("mkfifo"), {output}));
    } else {
        QVERIFY2(server.listen(output), qPrintable(server.errorString()));
    }
    QVERIFY(QFileInfo::exists(output));
    QVERIFY(!QFileInfo(output).isFile());

    for (QString &argument : command)
        argument.replace(QStringLiteral("{id}"), QString::number(id));
    const Run run =
        coffeechat(command + QStringList{QStringLiteral("-o"), output, QStringLiteral("--database"), databasePath()},
                   m_dir->filePath(QStringLiteral("config")));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("Could not write “%1”: it is not a regular file").arg(output)),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("Nothing was written.")), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QVERIFY(QFileInfo::exists(output));
    QVERIFY(!QFileInfo(output).isFile());
    QCOMPARE(entries(folder), QStringList{QStringLiteral("node")});
}

void TestCommandLine::exportsToStandardOutput_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("start"); // of the export
    QTest::addColumn<QString>("summary");
    QTest::newRow("calendar") << QStringLiteral("calendar") << QByteArray("BEGIN:VCALENDAR\r\n")
                              << QStringLiteral("Saved 3 interviews, 0 reminders and 0 events to standard output.\n");
    QTest::newRow("contacts") << QStringLiteral("contacts")
                              << QByteArray("\xEF\xBB\xBF"
                                            "First Name,Last Name,")
                              << QStringLiteral("Saved 3 contacts to standard output.\n");
    QTest::newRow("vcard") << QStringLiteral("vcard") << QByteArray("BEGIN:VCARD\r\n")
                           << QStringLiteral("Saved 3 contacts to standard output.\n");
    QTest::newRow("json") << QStringLiteral("json") << QByteArray("{")
                          << QStringLiteral("Saved 3 contacts, 0 organisations, 3 interviews, ");
}

// `-o -` writes the export to standard output, and the summary with the messages; no file
// called "-" appears.
void TestCommandLine::exportsToStandardOutput()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, start);
    QFETCH(QString, summary);
    QVERIFY(addPeopleAndInterviews(3));
    const QStringList before = entries(m_dir->path());
    const Run run = coffeechat({QStringLiteral("export"), kind, QStringLiteral("-o"), QStringLiteral("-"),
                                QStringLiteral("--database"), databasePath()},
                               Launch{m_dir->filePath(QStringLiteral("config")), m_dir->path(), false});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.outBytes.startsWith(start), qPrintable(run.out));
    QVERIFY2(run.err.startsWith(summary), qPrintable(run.err));
    QCOMPARE(entries(m_dir->path()), before);
    if (kind == QLatin1String("json")) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.outBytes, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(document.object().value(QStringLiteral("contacts")).toArray().size(), 3);
    }

    // A file that is really called "-" is ./-, as with other commands.
    const Run toFile = coffeechat({QStringLiteral("export"), kind, QStringLiteral("-o"), QStringLiteral("./-"),
                                   QStringLiteral("--database"), databasePath()},
                                  Launch{m_dir->filePath(QStringLiteral("config")), m_dir->path(), false});
    QVERIFY2(toFile.exitCode == 0, qPrintable(toFile.err));
    QVERIFY(contents(m_dir->filePath(QStringLiteral("-"))).startsWith(start));
}

void TestCommandLine::readsReadOnlyDatabase_data()
{
    QTest::addColumn<QString>("situation");
    QTest::addColumn<QString>("reason");
    QTest::newRow("read-only file") << QStringLiteral("read-only file") << QStringLiteral("the file is read-only");
    QTest::newRow("read-only folder") << QStringLiteral("read-only folder")
                                      << QStringLiteral("its folder is read-only");
    QTest::newRow("read-only mount") << QStringLiteral("read-only mount")
                                     << QStringLiteral("the disk it is on is read-only");
    QTest::newRow("full disk") << QStringLiteral("full disk") << QStringLiteral("the disk is full");
}

// A healthy database that cannot be written: the exports and the prep sheet work, an import
// says why it cannot, and the file is left exactly as it was, with nothing beside it.
void TestCommandLine::readsReadOnlyDatabase()
{
    QFETCH(QString, situation);
    QFETCH(QString, reason);
    const bool mounts = situation == QLatin1String("read-only mount") || situation == QLatin1String("full disk");
    if (mounts && !PrivateMounts::available())
        QSKIP("Needs root and unshare, to mount a file system of its own");
    // Root writes read-only files and folders, so the commands run as another user then.
    const bool asNobody = !mounts && PrivateMounts::isRoot();
    if (asNobody && QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
        QSKIP("Needs setpriv, to run as another user than root");

    const QString folder = m_dir->filePath(QStringLiteral("data"));
    const QString database = folder + QStringLiteral("/coffeechat.sqlite");
    const QString out = m_dir->filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QDir().mkpath(out));
    if (situation == QLatin1String("full disk")) {
        QVERIFY(PrivateMounts::mountTmpfs(folder, 8192));
        m_mounts << folder;
    }
    const qint64 id = addPrepSheetInterview();
    QVERIFY(id > 0);
    QVERIFY(QFile::rename(databasePath(), database));
    if (situation == QLatin1String("read-only mount")) {
        QVERIFY(PrivateMounts::mountReadOnly(folder));
        m_mounts << folder;
    } else if (situation == QLatin1String("full disk")) {
        QVERIFY(PrivateMounts::fill(folder));
    } else {
        if (asNobody) {
            QVERIFY(QFile::setPermissions(m_dir->path(),
                                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther
                                              | QFile::ExeOther));
            QVERIFY(runTool(QStringLiteral("chown"), {QStringLiteral("-R"), QString::number(Nobody), folder, out}));
        }
        if (situation == QLatin1String("read-only file"))
            QVERIFY(QFile::setPermissions(database, QFile::ReadOwner));
        else
            QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    }
    const QByteArray bytes = contents(database);
    const QStringList before = entries(folder);
    const Launch launch{m_dir->filePath(QStringLiteral("config")), {}, asNobody};

    const QString json = out + QStringLiteral("/everything.json");
    Run run = coffeechat({QStringLiteral("export"), QStringLiteral("json"), QStringLiteral("-o"), json,
                          QStringLiteral("--database"), database},
                         launch);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.startsWith(QStringLiteral("Saved 1 contact, 0 organisations, 1 interview, ")),
             qPrintable(run.out));
    QCOMPARE(QJsonDocument::fromJson(contents(json)).object().value(QStringLiteral("contacts")).toArray().size(), 1);

    const QString pdf = out + QStringLiteral("/sheet.pdf");
    run = coffeechat({QStringLiteral("prep-sheet"), QString::number(id), QStringLiteral("-o"), pdf,
                      QStringLiteral("--database"), database},
                     launch);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(contents(pdf).startsWith("%PDF-"));

    run = coffeechat({QStringLiteral("import"), sample(QStringLiteral("Connections_2023-2026_Notes_URL.csv")),
                      QStringLiteral("--database"), database},
                     launch);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(
                 QStringLiteral("“%1” is open read-only because %2, so nothing was changed.").arg(database, reason)),
             qPrintable(run.err));
    QVERIFY2(!run.err.contains(QStringLiteral("not a Coffee Chat database")), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());

    QCOMPARE(contents(database), bytes);
    QCOMPARE(entries(folder), before);
}

void TestCommandLine::exportOnFullDisk_data()
{
    QTest::addColumn<QStringList>("command"); // before -o
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("free"); // bytes left on the disk, less than any of the files needs
    const QList<std::pair<QStringList, QString>> commands = {
        {{QStringLiteral("export"), QStringLiteral("json")}, QStringLiteral("out.json")},
        {{QStringLiteral("export"), QStringLiteral("vcard")}, QStringLiteral("out.vcf")},
        {{QStringLiteral("export"), QStringLiteral("contacts")}, QStringLiteral("out.csv")},
        {{QStringLiteral("export"), QStringLiteral("calendar")}, QStringLiteral("out.ics")},
        {{QStringLiteral("prep-sheet"), QStringLiteral("1")}, QStringLiteral("out.pdf")},
    };
    for (const auto &[command, file] : commands) {
        QTest::addRow("%s, no space at all", qPrintable(file)) << command << file << qint64(0);
        // QSaveFile finds this out as it commits, and said "Unknown error".
        QTest::addRow("%s, part of it fits", qPrintable(file)) << command << file << qint64(8 * 1024);
    }
}

// An export that does not fit says that the disk is full, naming the file; the file that was
// there is kept as it was, and nothing is left beside it.
void TestCommandLine::exportOnFullDisk()
{
    QFETCH(QStringList, command);
    QFETCH(QString, file);
    QFETCH(qint64, free);
    if (!PrivateMounts::available())
        QSKIP("Needs root and unshare, to mount a file system of its own");
    QVERIFY(addPeopleAndInterviews(400));
    const QString folder = m_dir->filePath(QStringLiteral("full"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(PrivateMounts::mountTmpfs(folder, 256));
    m_mounts << folder;
    const QString output = folder + QLatin1Char('/') + file;
    {
        QFile previous(output);
        QVERIFY(previous.open(QIODevice::WriteOnly));
        QVERIFY(previous.write("the previous export\n") > 0);
    }
    QVERIFY(PrivateMounts::fill(folder, free));
    const QStringList before = entries(folder);

    const Run run =
        coffeechat(command + QStringList{QStringLiteral("-o"), output, QStringLiteral("--database"), databasePath()},
                   m_dir->filePath(QStringLiteral("config")));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(QStringLiteral("Could not write “%1”: the disk is full (").arg(output)),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("Nothing was written.")), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(contents(output), QByteArray("the previous export\n"));
    QCOMPARE(entries(folder), before);
}

// A new database on a full disk: the import says so and leaves no empty file behind.
void TestCommandLine::importIntoNewDatabaseOnFullDisk()
{
    if (!PrivateMounts::available())
        QSKIP("Needs root and unshare, to mount a file system of its own");
    const QString folder = m_dir->filePath(QStringLiteral("full"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(PrivateMounts::mountTmpfs(folder, 256));
    m_mounts << folder;
    QVERIFY(PrivateMounts::fill(folder));
    const QStringList before = entries(folder);
    const QString database = folder + QStringLiteral("/new.sqlite");
    const Run run = coffeechat({QStringLiteral("import"), sample(QStringLiteral("Connections_2023-2026_Notes_URL.csv")),
                                QStringLiteral("--database"), database});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(
                 QStringLiteral("A new database could not be created at “%1”: the disk that holds “%1” is full.")
                     .arg(database)),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("Nothing was left behind.")), qPrintable(run.err));
    QVERIFY2(!run.err.contains(QStringLiteral("rollback")), qPrintable(run.err));
    QCOMPARE(entries(folder), before);
}

COFFEECHAT_PRIVATE_MOUNTS_MAIN(TestCommandLine, QCoreApplication)
#include "tst_commandline.moc"
