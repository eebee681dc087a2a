#include "messages/templatefile.h"
#include "storage/database.h"
#include "storage/templatestore.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestTemplateStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void shippedTemplatesCoverEveryKind();
    void defaultFile_data();
    void defaultFile();
    void newDatabaseIsSeededWithTheDefaults();
    void reopeningSeedsNothingAgainAndKeepsEdits();
    void allIsSortedByKindThenName();
    void insertUpdateRemoveRestore();
    void aTemplateNeedsAName();
    void updatingAMissingTemplateFails();
    void missingAndRestoredDefaults();

private:
    void open();
    MessageTemplate make(MessageKind kind, const QString &name, const QString &body = u"Hi"_s) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<TemplateStore> m_store;
    QList<MessageTemplate> m_defaults;
};

void TestTemplateStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_defaults = TemplateFile::defaults();
}

void TestTemplateStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    open();
}

void TestTemplateStore::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

void TestTemplateStore::open()
{
    m_store.reset();
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->open(m_dir->filePath(u"t.sqlite"_s)), qPrintable(m_db->errorString()));
    m_store = std::make_unique<TemplateStore>(m_db.get());
}

MessageTemplate TestTemplateStore::make(MessageKind kind, const QString &name, const QString &body) const
{
    MessageTemplate t;
    t.kind = kind;
    t.name = name;
    t.subject = u"Subject of "_s + name;
    t.body = body;
    return t;
}

void TestTemplateStore::shippedTemplatesCoverEveryKind()
{
    QSet<MessageKind> kinds;
    QSet<QString> keys;
    for (const MessageTemplate &t : std::as_const(m_defaults)) {
        kinds.insert(t.kind);
        QVERIFY(!t.defaultKey.isEmpty());
        QVERIFY2(!keys.contains(t.defaultKey), qPrintable(t.defaultKey));
        keys.insert(t.defaultKey);
        QVERIFY(!t.subject.isEmpty());
        QVERIFY(t.body.contains(u"{{my.signature}}"_s));
    }
    for (MessageKind kind : MessageKindNames::all()) {
        QVERIFY2(kinds.contains(kind), qPrintable(MessageKindNames::key(kind)));
        QVERIFY(!MessageKindNames::displayName(kind).isEmpty());
        QCOMPARE(MessageKindNames::fromKey(MessageKindNames::key(kind)).value(), kind);
    }
    QVERIFY(!MessageKindNames::fromKey(u"letter"_s));
}

void TestTemplateStore::defaultFile_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("one") << QByteArray(R"({"format": "coffeechat-message-templates", "version": 1, "templates": [
        {"key": "k", "kind": "thank-you", "name": " Thanks ", "subject": "S", "body": "B"}]})")
                         << 1 << QString();
    QTest::newRow("not json") << QByteArray("{\n\"format\": ") << 0 << u"line 2"_s;
    QTest::newRow("other format") << QByteArray(R"({"format": "coffeechat-question-bank", "version": 1})") << 0
                                  << u"not a Coffee Chat template file"_s;
    QTest::newRow("newer") << QByteArray(R"({"format": "coffeechat-message-templates", "version": 9, "templates": []})")
                           << 0 << u"version 9"_s;
    QTest::newRow("unknown kind") << QByteArray(
        R"({"format": "coffeechat-message-templates", "version": 1, "templates": [
        {"kind": "thank-you", "name": "A", "body": "B"}, {"kind": "postcard", "name": "A", "body": "B"}]})")
                                  << 0 << u"Template 2"_s;
    QTest::newRow("no body") << QByteArray(R"({"format": "coffeechat-message-templates", "version": 1, "templates": [
        {"kind": "outreach", "name": "A", "body": "  "}]})")
                             << 0 << u"Template 1"_s;
}

void TestTemplateStore::defaultFile()
{
    QFETCH(QByteArray, json);
    QFETCH(int, count);
    QFETCH(QString, errorPart);
    const TemplateFile::Result result = TemplateFile::parse(json);
    QCOMPARE(result.templates.size(), count);
    QCOMPARE(result.ok(), errorPart.isEmpty());
    QVERIFY2(result.error.contains(errorPart), qPrintable(result.error));
    if (count == 1) {
        QCOMPARE(result.templates.first().name, u"Thanks"_s);
        QCOMPARE(result.templates.first().kind, MessageKind::ThankYou);
        QCOMPARE(result.templates.first().defaultKey, u"k"_s);
    }
}

void TestTemplateStore::newDatabaseIsSeededWithTheDefaults()
{
    const QList<MessageTemplate> all = m_store->all();
    QCOMPARE(all.size(), m_defaults.size());
    QVERIFY(m_store->missingDefaults().isEmpty());
    for (const MessageTemplate &shipped : std::as_const(m_defaults)) {
        const auto stored = std::find_if(all.cbegin(), all.cend(),
                                         [&](const MessageTemplate &t) { return t.defaultKey == shipped.defaultKey; });
        QVERIFY(stored != all.cend());
        QCOMPARE(stored->name, shipped.name);
        QCOMPARE(stored->subject, shipped.subject);
        QCOMPARE(stored->body, shipped.body);
        QCOMPARE(stored->kind, shipped.kind);
        QVERIFY(stored->isShipped());
        QVERIFY(stored->createdAt.isValid());
    }
}

void TestTemplateStore::reopeningSeedsNothingAgainAndKeepsEdits()
{
    MessageTemplate edited = m_store->byKind(MessageKind::ThankYou).first();
    edited.body = u"My own words"_s;
    QVERIFY(m_store->update(edited));
    const qint64 gone = m_store->byKind(MessageKind::TouchBase).first().id;
    QVERIFY(m_store->remove({gone}));

    open();
    QCOMPARE(m_store->all().size(), m_defaults.size() - 1);
    QCOMPARE(m_store->messageTemplate(edited.id)->body, u"My own words"_s);
    QVERIFY(!m_store->messageTemplate(gone));
    QCOMPARE(m_store->missingDefaults().size(), 1);
}

void TestTemplateStore::allIsSortedByKindThenName()
{
    QVERIFY(m_store->remove([&] {
        QList<qint64> ids;
        for (const MessageTemplate &t : m_store->all())
            ids << t.id;
        return ids;
    }()));
    for (const auto &[kind, name] : {std::pair{MessageKind::TouchBase, u"b"_s},
                                     {MessageKind::Outreach, u"zeta"_s},
                                     {MessageKind::ThankYou, u"a"_s},
                                     {MessageKind::Outreach, u"Alpha"_s}}) {
        MessageTemplate t = make(kind, name);
        QVERIFY(m_store->insert(t));
    }
    QStringList names;
    for (const MessageTemplate &t : m_store->all())
        names << t.name;
    QCOMPARE(names, (QStringList{u"Alpha"_s, u"zeta"_s, u"a"_s, u"b"_s}));
    QCOMPARE(m_store->byKind(MessageKind::Outreach).size(), 2);
    QVERIFY(m_store->byKind(MessageKind::FollowUp).isEmpty());
}

void TestTemplateStore::insertUpdateRemoveRestore()
{
    QSignalSpy inserted(m_store.get(), &TemplateStore::templatesInserted);
    QSignalSpy updated(m_store.get(), &TemplateStore::templateUpdated);
    QSignalSpy removed(m_store.get(), &TemplateStore::templatesRemoved);

    MessageTemplate mine = make(MessageKind::FollowUp, u"  Second nudge  "_s, u"Hi {{contact.first_name}}"_s);
    QVERIFY(m_store->insert(mine));
    QVERIFY(mine.id > 0);
    QCOMPARE(mine.name, u"Second nudge"_s);
    QVERIFY(!mine.isShipped());
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().first().value<QList<qint64>>(), QList<qint64>{mine.id});
    QCOMPARE(m_store->messageTemplate(mine.id).value_or(MessageTemplate{}), mine);

    mine.kind = MessageKind::TouchBase;
    mine.subject = u"New subject"_s;
    QVERIFY(m_store->update(mine));
    QCOMPARE(updated.size(), 1);
    QCOMPARE(m_store->messageTemplate(mine.id).value_or(MessageTemplate{}), mine);

    const auto taken = m_store->remove({mine.id, 999999});
    QVERIFY(taken);
    QCOMPARE(*taken, QList<MessageTemplate>{mine});
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().first().value<QList<qint64>>(), QList<qint64>{mine.id});
    QVERIFY(!m_store->messageTemplate(mine.id));

    // Undo brings it back exactly, under the same id.
    QVERIFY(m_store->restore(*taken));
    QCOMPARE(m_store->messageTemplate(mine.id).value_or(MessageTemplate{}), mine);
    QCOMPARE(inserted.size(), 2);
}

void TestTemplateStore::aTemplateNeedsAName()
{
    QSignalSpy inserted(m_store.get(), &TemplateStore::templatesInserted);
    MessageTemplate nameless = make(MessageKind::Outreach, u"  "_s);
    QString error;
    QVERIFY(!m_store->insert(nameless, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(nameless.id, 0);

    MessageTemplate existing = m_store->all().first();
    const MessageTemplate before = existing;
    existing.name.clear();
    QVERIFY(!m_store->update(existing));
    QCOMPARE(m_store->messageTemplate(existing.id).value_or(MessageTemplate{}), before);
    QCOMPARE(inserted.size(), 0);
}

void TestTemplateStore::updatingAMissingTemplateFails()
{
    QSignalSpy updated(m_store.get(), &TemplateStore::templateUpdated);
    MessageTemplate ghost = make(MessageKind::Outreach, u"Ghost"_s);
    ghost.id = 424242;
    QString error;
    QVERIFY(!m_store->update(ghost, &error));
    QVERIFY(error.contains(u"no longer exists"_s));
    QCOMPARE(updated.size(), 0);
}

void TestTemplateStore::missingAndRestoredDefaults()
{
    QList<qint64> shippedIds;
    for (const MessageTemplate &t : m_store->all())
        shippedIds << t.id;
    QVERIFY(m_store->remove(shippedIds.mid(0, 2)));
    MessageTemplate mine = make(MessageKind::Outreach, u"Mine"_s);
    QVERIFY(m_store->insert(mine));
    QCOMPARE(m_store->missingDefaults().size(), 2);

    QSignalSpy inserted(m_store.get(), &TemplateStore::templatesInserted);
    const auto restored = m_store->restoreDefaults();
    QVERIFY(restored);
    QCOMPARE(restored->size(), 2);
    QCOMPARE(inserted.size(), 1);
    QVERIFY(m_store->missingDefaults().isEmpty());
    QCOMPARE(m_store->all().size(), m_defaults.size() + 1);
    // Nothing left to restore: nothing written, nothing announced.
    QCOMPARE(m_store->restoreDefaults().value_or(QList<qint64>{-1}), QList<qint64>{});
    QCOMPARE(inserted.size(), 1);
}

QTEST_GUILESS_MAIN(TestTemplateStore)
#include "tst_templatestore.moc"
