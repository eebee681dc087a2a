// LinkedIn's data archive as it is mailed: Connections.csv is found inside a ZIP and imported
// exactly as the plain file; archives without it, damaged or oversized ones are refused.
#include "import/contactimport.h"
#include "import/linkedinarchive.h"

#include <KZip>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QByteArray testData(const QString &relative)
{
    QFile f(QStringLiteral(COFFEECHAT_TEST_DATA "/") + relative);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// entries: path inside the archive → contents.
bool writeZip(const QString &path, const QList<QPair<QString, QByteArray>> &entries)
{
    KZip zip(path);
    if (!zip.open(QIODevice::WriteOnly))
        return false;
    for (const auto &[name, data] : entries) {
        if (!zip.writeFile(name, data))
            return false;
    }
    return zip.close();
}
} // namespace

using Entries = QList<QPair<QString, QByteArray>>;

class TestLinkedInArchive : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void importsConnectionsFromTheArchive_data();
    void importsConnectionsFromTheArchive();
    void refusesArchivesItCannotUse_data();
    void refusesArchivesItCannotUse();
    void recognisesZipBySignature_data();
    void recognisesZipBySignature();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QByteArray m_connections;
};

void TestLinkedInArchive::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_connections = testData(u"linkedin/Connections_2023-2026_Notes_URL.csv"_s);
    QVERIFY(!m_connections.isEmpty());
}

void TestLinkedInArchive::importsConnectionsFromTheArchive_data()
{
    QTest::addColumn<QStringList>("others"); // other files in the archive, each with a little text
    QTest::addColumn<QString>("connectionsPath"); // where Connections.csv is, inside the archive
    QTest::addColumn<QString>("decoyPath"); // a deeper second Connections.csv, empty: none
    QTest::addColumn<QString>("archiveName");

    const QStringList basic{u"Invitations.csv"_s, u"messages.csv"_s, u"Profile.csv"_s, u"Skills.csv"_s};
    QTest::newRow("basic export, at the top")
        << basic << u"Connections.csv"_s << QString() << u"Basic_LinkedInDataExport_12-01-2026.zip"_s;
    QTest::newRow("complete export, in a folder")
        << basic << u"Complete_LinkedInDataExport_12-01-2026/Connections.csv"_s << QString()
        << u"Complete_LinkedInDataExport_12-01-2026.zip"_s;
    QTest::newRow("other letter case") << QStringList() << u"export/CONNECTIONS.CSV"_s << QString()
                                       << u"linkedin.ZIP"_s;
    QTest::newRow("the shallowest of two")
        << basic << u"Connections.csv"_s << u"old/2024/Connections.csv"_s << u"two.zip"_s;
    QTest::newRow("no .zip in the name") << basic << u"Connections.csv"_s << QString() << u"download"_s;
    QTest::newRow("name with spaces and accents")
        << basic << u"Données/Connections.csv"_s << QString() << u"Mes données LinkedIn (1).zip"_s;
}

// The archive imports exactly as the Connections.csv in it, and says which file it read.
void TestLinkedInArchive::importsConnectionsFromTheArchive()
{
    QFETCH(QStringList, others);
    QFETCH(QString, connectionsPath);
    QFETCH(QString, decoyPath);
    QFETCH(QString, archiveName);

    Entries entries;
    for (const QString &other : std::as_const(others))
        entries.append({other, "Header\n" + other.toUtf8() + "\n"});
    if (!decoyPath.isEmpty())
        entries.append({decoyPath, "First Name,Last Name\nDecoy,Person\n"});
    entries.append({connectionsPath, m_connections});
    const QString zipPath = m_dir->filePath(archiveName);
    QVERIFY(writeZip(zipPath, entries));
    const QString csvPath = m_dir->filePath(u"Connections.csv"_s);
    {
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write(m_connections);
    }

    const ContactImport::Prepared fromZip = ContactImport::prepare(zipPath, nullptr);
    QVERIFY2(fromZip.ok, qPrintable(fromZip.error));
    QCOMPARE(fromZip.archiveEntry, connectionsPath);
    QCOMPARE(fromZip.filePath, zipPath);
    const ContactImport::Prepared fromCsv = ContactImport::prepare(csvPath, nullptr);
    QVERIFY2(fromCsv.ok, qPrintable(fromCsv.error));
    QVERIFY(fromCsv.archiveEntry.isEmpty());
    QCOMPARE(fromZip.plan.summary(), fromCsv.plan.summary());
    QCOMPARE(fromZip.plan.size(), fromCsv.plan.size());
    QVERIFY(fromZip.plan.size() > 0);
    for (qsizetype i = 0; i < fromZip.plan.size(); ++i) {
        QCOMPARE(fromZip.plan.entry(i).contact.displayName(), fromCsv.plan.entry(i).contact.displayName());
        QCOMPARE(fromZip.plan.entry(i).contact.linkedInUrl, fromCsv.plan.entry(i).contact.linkedInUrl);
    }
}

void TestLinkedInArchive::refusesArchivesItCannotUse_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("expected"); // parts of the message, in order

    QTest::newRow("without Connections.csv")
        << u"without"_s
        << QStringList{u"“export.zip” holds no Connections.csv"_s, u"Invitations.csv"_s, u"messages.csv"_s,
                       u"include Connections"_s, u"Nothing was imported."_s};
    QTest::newRow("many other files") << u"many"_s
                                      << QStringList{u"holds no Connections.csv"_s, u"and 4 more"_s,
                                                     u"Nothing was imported."_s};
    QTest::newRow("empty archive") << u"empty"_s
                                   << QStringList{u"“export.zip” is an empty archive"_s, u"Nothing was imported."_s};
    QTest::newRow("cut short") << u"truncated"_s
                               << QStringList{u"“export.zip” looks like a ZIP archive but cannot be opened"_s,
                                              u"Nothing was imported."_s};
    QTest::newRow("zip bomb: larger than 64 MB unpacked")
        << u"bomb"_s
        << QStringList{u"“Connections.csv” in “export.zip” is larger than 64 MB"_s, u"nothing was imported"_s};
    QTest::newRow("Connections.csv that is not text")
        << u"binary"_s
        << QStringList{u"“export.zip” cannot be imported"_s,
                       u"It was read from “Connections.csv” inside the archive."_s};
    QTest::newRow("Connections.csv without names")
        << u"nonames"_s << QStringList{u"“export.zip”"_s, u"inside the archive"_s};
}

// Nothing is imported from an archive that cannot be used, and the message names the archive.
void TestLinkedInArchive::refusesArchivesItCannotUse()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, expected);
    const QString zipPath = m_dir->filePath(u"export.zip"_s);
    if (kind == u"without"_s) {
        QVERIFY(writeZip(zipPath, {{u"Invitations.csv"_s, "a"}, {u"messages.csv"_s, "b"}, {u"Profile.csv"_s, "c"}}));
    } else if (kind == u"many"_s) {
        Entries entries;
        for (int i = 1; i <= 12; ++i)
            entries.append({u"File %1.csv"_s.arg(i), "x"});
        QVERIFY(writeZip(zipPath, entries));
    } else if (kind == u"empty"_s) {
        QVERIFY(writeZip(zipPath, {}));
    } else if (kind == u"truncated"_s) {
        QVERIFY(writeZip(zipPath, {{u"Connections.csv"_s, m_connections}, {u"Profile.csv"_s, "x"}}));
        QFile file(zipPath);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(file.size() / 2));
    } else if (kind == u"bomb"_s) {
        // 65 MiB of one repeated line packs into well under a megabyte.
        QByteArray huge = "First Name,Last Name\n";
        huge += QByteArray("Ada,Lovelace\n").repeated(65 * 1024 * 1024 / 13 + 1);
        QVERIFY(writeZip(zipPath, {{u"Connections.csv"_s, huge}}));
        QVERIFY(QFileInfo(zipPath).size() < 4 * 1024 * 1024);
    } else if (kind == u"binary"_s) {
        QByteArray binary(4096, '\0');
        for (int i = 0; i < binary.size(); ++i)
            binary[i] = char(i * 7);
        QVERIFY(writeZip(zipPath, {{u"Connections.csv"_s, binary}}));
    } else if (kind == u"nonames"_s) {
        QVERIFY(writeZip(zipPath, {{u"Connections.csv"_s, ""}}));
    }

    const ContactImport::Prepared prepared = ContactImport::prepare(zipPath, nullptr);
    QVERIFY(!prepared.ok || !prepared.hasNameColumn());
    if (prepared.ok)
        return; // a file without a name column: refused by the preview and the command (tst_commandline)
    qsizetype from = 0;
    for (const QString &part : std::as_const(expected)) {
        const qsizetype at = prepared.error.indexOf(part, from);
        QVERIFY2(at >= 0, qPrintable(u"“%1” not found in: %2"_s.arg(part, prepared.error)));
        from = at + part.size();
    }
}

void TestLinkedInArchive::recognisesZipBySignature_data()
{
    QTest::addColumn<QByteArray>("start");
    QTest::addColumn<bool>("zip");
    QTest::newRow("local file header") << QByteArray("PK\x03\x04", 4) << true;
    QTest::newRow("empty archive") << QByteArray("PK\x05\x06", 4) << true;
    QTest::newRow("csv") << QByteArray("Firs") << false;
    QTest::newRow("PK text") << QByteArray("PK,x") << false;
    QTest::newRow("nothing") << QByteArray() << false;
    QTest::newRow("short") << QByteArray("PK") << false;
}

void TestLinkedInArchive::recognisesZipBySignature()
{
    QFETCH(QByteArray, start);
    QFETCH(bool, zip);
    QCOMPARE(LinkedInArchive::isZip(start), zip);
}

QTEST_GUILESS_MAIN(TestLinkedInArchive)
#include "tst_linkedinarchive.moc"
