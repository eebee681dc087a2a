// Damaged database files: a real database with contacts, interviews and question plans is
// truncated, has bytes flipped, pages zeroed or overwritten, or a write-ahead log left beside
// it, in more than a hundred ways. Database::open must either succeed, and then reading
// everything must work without a crash, or fail with a message naming the file and leave
// the file's bytes (and any WAL's) exactly as they were.
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/interviewstore.h"
#include "storage/questionstore.h"
#include "storage/templatestore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <map>

namespace {

constexpr quint32 kSeed = 20260625;

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray flipped(QByteArray bytes, const QList<qsizetype> &offsets, QRandomGenerator &rng)
{
    for (qsizetype offset : offsets) {
        if (offset < bytes.size())
            bytes[offset] = char(bytes.at(offset) ^ char(1 + rng.bounded(255))); // never a no-op
    }
    return bytes;
}

// The first words of a refusal, to count refusals by kind.
QString refusalKind(const QString &message)
{
    static const QStringList kinds = {QStringLiteral("is not a Coffee Chat database"),
                                      QStringLiteral("is damaged"),
                                      QStringLiteral("another application"),
                                      QStringLiteral("newer version"),
                                      QStringLiteral("cannot be opened"),
                                      QStringLiteral("failed")};
    for (const QString &kind : kinds) {
        if (message.contains(kind))
            return kind;
    }
    return QStringLiteral("other");
}

} // namespace

class TestCorruptDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void opensOrRefusesCleanly_data();
    void opensOrRefusesCleanly();
    void cleanupTestCase();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QByteArray m_original; // checkpointed: no WAL
    QByteArray m_walBase; // the database file while a WAL holds later commits...
    QByteArray m_wal; // ...and that WAL
    QByteArray m_otherWal; // a WAL of another database
    int m_pageSize = 0;
    int m_contacts = 0;
    int m_interviews = 0;
    std::map<QString, int> m_outcomes;
    int m_variants = 0;
};

void TestCorruptDatabase::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString path = m_dir->filePath(QStringLiteral("original.sqlite"));
    {
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        ContactStore contacts(&db);
        ContactBatch batch;
        for (int i = 0; i < 400; ++i) {
            Contact c;
            c.firstName = QStringLiteral("Person%1").arg(i);
            c.lastName = QStringLiteral("Sample");
            c.company = QStringLiteral("Company %1").arg(i % 37);
            c.position = QStringLiteral("Position %1").arg(i % 11);
            c.email = QStringLiteral("person%1@example.com").arg(i);
            c.notes = QString(i % 50, QLatin1Char('n'));
            c.source = QStringLiteral("LinkedIn");
            batch.inserts << c;
        }
        QString error;
        QVERIFY2(contacts.apply(batch, &error), qPrintable(error));
        QuestionStore questions(&db);
        const QList<Question> bank = questions.all();
        QVERIFY(bank.size() > 10);
        InterviewStore interviews(&db);
        for (int i = 0; i < 40; ++i) {
            Interview interview;
            interview.topic = QStringLiteral("Topic %1").arg(i);
            interview.contactId = batch.inserts.at(i * 7).id;
            interview.researchNotes = QString(200, QLatin1Char('r'));
            QVERIFY2(interviews.insert(interview, &error), qPrintable(error));
            QList<PlannedQuestion> plan;
            for (int q = 0; q < 5; ++q)
                plan << PlannedQuestion{bank.at((i + q) % bank.size()).id, bank.at((i + q) % bank.size()).text};
            plan << PlannedQuestion{0, QStringLiteral("An own question")};
            QVERIFY(interviews.setPlan(interview.id, plan));
        }
        m_contacts = contacts.count();
        m_interviews = interviews.all().size();
    }
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    m_original = readFile(path);
    m_pageSize = (uchar(m_original.at(16)) << 8) | uchar(m_original.at(17));
    if (m_pageSize == 1)
        m_pageSize = 65536;
    QVERIFY(m_pageSize >= 512);
    QVERIFY2(m_original.size() / m_pageSize >= 20, "enough pages to damage in different places");

    // A crash image: the database file and a WAL with commits not yet copied into it.
    const QString walPath = m_dir->filePath(QStringLiteral("wal.sqlite"));
    QVERIFY(writeFile(walPath, m_original));
    {
        Database db;
        QVERIFY(db.open(walPath));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        QVERIFY(q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300) "
                                      "INSERT INTO contacts (first_name, company, created_at, updated_at) "
                                      "SELECT 'Later ' || i, 'Company', 'x', 'x' FROM n")));
        QVERIFY(q.exec(QStringLiteral("UPDATE interviews SET topic = topic || ' (updated)'")));
        // Copied while the connection is open, as a crash would leave them.
        m_walBase = readFile(walPath);
        m_wal = readFile(walPath + QStringLiteral("-wal"));
    }
    QVERIFY(m_wal.size() > 32 + 24 + m_pageSize);

    // A WAL that belongs to a different database (its salts and checksums do not match).
    const QString otherPath = m_dir->filePath(QStringLiteral("other.sqlite"));
    {
        Database db;
        QVERIFY(db.open(otherPath));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO contacts (first_name, created_at, updated_at) VALUES ('Other', 'x', 'x')")));
        m_otherWal = readFile(otherPath + QStringLiteral("-wal"));
    }
    QVERIFY(!m_otherWal.isEmpty());
    qInfo("original database: %lld bytes, %lld pages of %d bytes, %d contacts, %d interviews; WAL: %lld bytes",
          qint64(m_original.size()), qint64(m_original.size() / m_pageSize), m_pageSize, m_contacts, m_interviews,
          qint64(m_wal.size()));
}

void TestCorruptDatabase::opensOrRefusesCleanly_data()
{
    QTest::addColumn<QByteArray>("database");
    QTest::addColumn<QByteArray>("wal"); // empty: none
    QTest::addColumn<bool>("mustOpen");

    QRandomGenerator rng(kSeed);
    const QByteArray &db = m_original;
    const qsizetype size = db.size();
    const qsizetype page = m_pageSize;
    const qsizetype pages = size / page;
    auto pageOffset = [&](qsizetype n) { return (n - 1) * page; }; // pages count from 1

    QTest::newRow("intact") << db << QByteArray() << true;
    QTest::newRow("intact with its WAL") << m_walBase << m_wal << true;

    // Truncated: inside the header, around page boundaries, inside b-tree pages, one byte short.
    const QList<qsizetype> cuts = {1,
                                   15,
                                   16,
                                   50,
                                   99,
                                   100,
                                   101,
                                   512,
                                   page / 2,
                                   page - 1,
                                   page,
                                   page + 1,
                                   2 * page - 1,
                                   2 * page,
                                   2 * page + 100,
                                   3 * page,
                                   4 * page + 7,
                                   5 * page,
                                   (pages / 3) * page,
                                   (pages / 2) * page,
                                   (pages / 2) * page + page / 2,
                                   (pages - 2) * page,
                                   (pages - 1) * page,
                                   (pages - 1) * page + 1,
                                   size - 100,
                                   size - 1};
    for (qsizetype cut : cuts)
        QTest::addRow("truncated at %lld", qint64(cut)) << db.left(cut) << QByteArray() << false;
    for (int i = 0; i < 6; ++i) {
        const qsizetype cut = 100 + qsizetype(rng.bounded(quint32(size - 100)));
        QTest::addRow("truncated at random %lld", qint64(cut)) << db.left(cut) << QByteArray() << false;
    }

    // One byte flipped in the 100-byte header: magic, page size, versions, counters, schema
    // cookie, encoding, user_version, application_id, ...
    const QList<qsizetype> headerBytes = {0,  5,  15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 27, 28, 31, 32, 36,
                                          40, 43, 44, 47, 48, 52, 56, 59, 60, 63, 64, 68, 71, 72, 92, 96, 99};
    for (qsizetype at : headerBytes)
        QTest::addRow("header byte %lld flipped", qint64(at)) << flipped(db, {at}, rng) << QByteArray() << false;
    {
        // A negative user_version once made Database::migrate() index before its steps.
        QByteArray negative = db;
        negative[60] = char(0xFF);
        QTest::newRow("negative user_version") << negative << QByteArray() << false;
    }

    // The schema page (page 1 after the header), then b-tree pages all over the file.
    for (int i = 0; i < 16; ++i) {
        const qsizetype at = 100 + qsizetype(rng.bounded(quint32(page - 100)));
        QTest::addRow("schema page byte %lld flipped", qint64(at)) << flipped(db, {at}, rng) << QByteArray() << false;
    }
    for (int i = 0; i < 12; ++i) {
        // The first bytes of a page are its b-tree header: type, free block, cell count, ...
        const qsizetype p = 2 + qsizetype(rng.bounded(quint32(pages - 1)));
        const qsizetype at = pageOffset(p) + qsizetype(rng.bounded(12));
        QTest::addRow("page %lld header byte %lld flipped", qint64(p), qint64(at))
            << flipped(db, {at}, rng) << QByteArray() << false;
    }
    for (int i = 0; i < 20; ++i) {
        const qsizetype at = page + qsizetype(rng.bounded(quint32(size - page)));
        QTest::addRow("byte %lld flipped", qint64(at)) << flipped(db, {at}, rng) << QByteArray() << false;
    }
    for (int i = 0; i < 12; ++i) {
        const int count = 2 + int(rng.bounded(62));
        QList<qsizetype> offsets;
        for (int k = 0; k < count; ++k)
            offsets << qsizetype(rng.bounded(quint32(size)));
        QTest::addRow("%d bytes flipped anywhere (%d)", count, i) << flipped(db, offsets, rng) << QByteArray() << false;
    }
    for (int i = 0; i < 4; ++i) {
        // A run of damaged bytes inside one page, as a bad sector might leave.
        const qsizetype p = 1 + qsizetype(rng.bounded(quint32(pages)));
        QList<qsizetype> offsets;
        for (qsizetype k = 0; k < 64; ++k)
            offsets << pageOffset(p) + 40 + k * 3;
        QTest::addRow("64 bytes flipped in page %lld", qint64(p)) << flipped(db, offsets, rng) << QByteArray() << false;
    }

    // Whole pages zeroed or overwritten with noise.
    const QList<qsizetype> zeroPages = {1, 2, 3, 4, pages / 4, pages / 2, pages - 1, pages};
    for (qsizetype p : zeroPages) {
        QByteArray damaged = db;
        damaged.replace(pageOffset(p), page, QByteArray(page, '\0'));
        QTest::addRow("page %lld zeroed", qint64(p)) << damaged << QByteArray() << false;
    }
    {
        QByteArray damaged = db;
        damaged.replace(pageOffset(2), 3 * page, QByteArray(3 * page, '\0'));
        QTest::newRow("pages 2-4 zeroed") << damaged << QByteArray() << false;
    }
    for (int i = 0; i < 4; ++i) {
        const qsizetype p = 1 + qsizetype(rng.bounded(quint32(pages)));
        QByteArray noise(page, Qt::Uninitialized);
        for (char &c : noise)
            c = char(rng.bounded(256));
        QByteArray damaged = db;
        damaged.replace(pageOffset(p), page, noise);
        QTest::addRow("page %lld overwritten with noise", qint64(p)) << damaged << QByteArray() << false;
    }

    // A WAL left behind: cut short, damaged, from another database, beside a damaged file.
    const qsizetype frame = 24 + page;
    const QList<qsizetype> walCuts = {
        8, 16, 31, 32, 32 + 12, 32 + frame - 1, 32 + frame, 32 + 2 * frame + 100, m_wal.size() / 2, m_wal.size() - 1};
    for (qsizetype cut : walCuts)
        QTest::addRow("WAL truncated at %lld", qint64(cut)) << m_walBase << m_wal.left(cut) << false;
    const QList<qsizetype> walBytes = {0,
                                       4,
                                       8,
                                       12,
                                       16,
                                       24,
                                       28,
                                       32,
                                       32 + 4,
                                       32 + 8,
                                       32 + 16,
                                       32 + 24 + 10,
                                       32 + frame + 4,
                                       32 + frame + 100,
                                       m_wal.size() - 1};
    for (qsizetype at : walBytes)
        QTest::addRow("WAL byte %lld flipped", qint64(at)) << m_walBase << flipped(m_wal, {at}, rng) << false;
    for (int i = 0; i < 6; ++i) {
        const qsizetype at = 32 + qsizetype(rng.bounded(quint32(m_wal.size() - 32)));
        QTest::addRow("WAL byte %lld flipped at random", qint64(at)) << m_walBase << flipped(m_wal, {at}, rng) << false;
    }
    QTest::newRow("WAL of another database") << m_walBase << m_otherWal << false;
    QTest::newRow("WAL beside an older copy") << db << m_wal << false;
    QTest::newRow("WAL beside a truncated file") << m_walBase.left(m_walBase.size() / 2) << m_wal << false;
    QTest::newRow("WAL beside a flipped header") << flipped(m_walBase, {18, 19}, rng) << m_wal << false;
    {
        QByteArray damaged = m_walBase;
        damaged.replace(pageOffset(2), page, QByteArray(page, '\0'));
        QTest::newRow("WAL beside a zeroed page") << damaged << m_wal << false;
    }
    QTest::newRow("WAL of noise") << m_walBase << QByteArray(m_wal.size(), '\x5a') << false;
}

void TestCorruptDatabase::opensOrRefusesCleanly()
{
    QFETCH(QByteArray, database);
    QFETCH(QByteArray, wal);
    QFETCH(bool, mustOpen);

    const QString dir = m_dir->filePath(QStringLiteral("variant-%1").arg(m_variants++));
    QVERIFY(QDir().mkpath(dir));
    const QString path = dir + QStringLiteral("/coffeechat.sqlite");
    QVERIFY(writeFile(path, database));
    if (!wal.isEmpty())
        QVERIFY(writeFile(path + QStringLiteral("-wal"), wal));

    QString outcome;
    {
        Database db;
        if (db.open(path)) {
            // Everything the app reads at start-up and on its pages.
            ContactStore contacts(&db);
            InterviewStore interviews(&db);
            QuestionStore questions(&db);
            TemplateStore templates(&db);
            const QList<Contact> allContacts = contacts.all();
            const QList<Interview> allInterviews = interviews.all();
            for (const Interview &interview : allInterviews) {
                interviews.plan(interview.id);
                interviews.history(interview.id);
            }
            questions.all();
            templates.all();
            outcome = allContacts.size() >= m_contacts && allInterviews.size() == m_interviews
                ? QStringLiteral("opened, everything readable")
                : QStringLiteral("opened, part of the data readable");
        } else {
            QVERIFY2(!mustOpen, qPrintable(db.errorString()));
            QVERIFY2(db.errorString().contains(QFileInfo(path).absoluteFilePath()),
                     qPrintable(QStringLiteral("the message names the file: ") + db.errorString()));
            outcome = QStringLiteral("refused: ") + refusalKind(db.errorString());
            // Nothing was written: not the file, not the WAL beside it.
            QVERIFY2(readFile(path) == database, "a refused file keeps its bytes");
            if (!wal.isEmpty())
                QVERIFY2(readFile(path + QStringLiteral("-wal")) == wal, "a refused file's WAL keeps its bytes");
        }
    }
    ++m_outcomes[outcome];
    QDir(dir).removeRecursively();
}

void TestCorruptDatabase::cleanupTestCase()
{
    int total = 0;
    for (const auto &[outcome, count] : m_outcomes)
        total += count;
    qInfo("%d damaged variants opened without a crash:", total);
    for (const auto &[outcome, count] : m_outcomes)
        qInfo("  %3d %s", count, qPrintable(outcome));
}

QTEST_GUILESS_MAIN(TestCorruptDatabase)
#include "tst_corruptdatabase.moc"
