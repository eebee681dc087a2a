#include "models/templatelistmodel.h"
#include "storage/database.h"
#include "storage/templatestore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestTemplateListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showsTheStoreInItsOrder();
    void rolesCarryTheTemplate();
    void followsInsertsInSortedPlace();
    void renameMovesTheRow_data();
    void renameMovesTheRow();
    void followsRemovalAndRestore();

private:
    QStringList names() const;
    qint64 add(MessageKind kind, const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<TemplateStore> m_store;
    std::unique_ptr<TemplateListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestTemplateListModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestTemplateListModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->open(m_dir->filePath(u"m.sqlite"_s)), qPrintable(m_db->errorString()));
    m_store = std::make_unique<TemplateStore>(m_db.get());
    // Start from an empty list, so each test sees only its own templates.
    QList<qint64> ids;
    for (const MessageTemplate &t : m_store->all())
        ids << t.id;
    QVERIFY(m_store->remove(ids));
    m_model = std::make_unique<TemplateListModel>(m_store.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestTemplateListModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

QStringList TestTemplateListModel::names() const
{
    QStringList result;
    for (int row = 0; row < m_model->rowCount(); ++row)
        result << m_model->index(row).data().toString();
    return result;
}

qint64 TestTemplateListModel::add(MessageKind kind, const QString &name)
{
    MessageTemplate t;
    t.kind = kind;
    t.name = name;
    t.subject = u"About "_s + name;
    t.body = u"Hi {{contact.first_name}}"_s;
    return m_store->insert(t) ? t.id : 0;
}

void TestTemplateListModel::showsTheStoreInItsOrder()
{
    QVERIFY(m_store->restoreDefaults());
    m_model->reload();
    QCOMPARE(m_model->rowCount(), int(m_store->all().size()));
    QVERIFY(m_model->rowCount() > 0);
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->messageTemplate(row), m_store->all().at(row));
}

void TestTemplateListModel::rolesCarryTheTemplate()
{
    const qint64 id = add(MessageKind::ThankYou, u"Warm thanks"_s);
    const QModelIndex index = m_model->index(m_model->rowOf(id));
    QCOMPARE(index.data().toString(), u"Warm thanks"_s);
    QCOMPARE(index.data(TemplateListModel::TemplateIdRole).toLongLong(), id);
    QCOMPARE(index.data(TemplateListModel::KindKeyRole).toString(), u"thank-you"_s);
    QCOMPARE(index.data(TemplateListModel::KindNameRole).toString(),
             MessageKindNames::displayName(MessageKind::ThankYou));
    QCOMPARE(index.data(TemplateListModel::SubjectRole).toString(), u"About Warm thanks"_s);
    QCOMPARE(index.data(TemplateListModel::BodyRole).toString(), u"Hi {{contact.first_name}}"_s);
    QCOMPARE(index.data(TemplateListModel::ShippedRole).toBool(), false);
    QVERIFY(index.data(Qt::ToolTipRole).toString().contains(u"About Warm thanks"_s));
    QVERIFY(m_model->roleNames().contains(TemplateListModel::BodyRole));
}

void TestTemplateListModel::followsInsertsInSortedPlace()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    add(MessageKind::TouchBase, u"Update"_s);
    add(MessageKind::Outreach, u"b"_s);
    add(MessageKind::Outreach, u"A"_s);
    add(MessageKind::ThankYou, u"Thanks"_s);
    QCOMPARE(inserted.size(), 4);
    QCOMPARE(names(), (QStringList{u"A"_s, u"b"_s, u"Thanks"_s, u"Update"_s}));
}

void TestTemplateListModel::renameMovesTheRow_data()
{
    QTest::addColumn<QString>("renamed");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("stays") << u"c2"_s << int(MessageKind::Outreach) << QStringList{u"a"_s, u"c2"_s, u"e"_s, u"t"_s};
    QTest::newRow("to the top") << u"0"_s << int(MessageKind::Outreach) << QStringList{u"0"_s, u"a"_s, u"e"_s, u"t"_s};
    QTest::newRow("down one") << u"f"_s << int(MessageKind::Outreach) << QStringList{u"a"_s, u"e"_s, u"f"_s, u"t"_s};
    QTest::newRow("another kind, to the end")
        << u"c"_s << int(MessageKind::TouchBase) << QStringList{u"a"_s, u"e"_s, u"t"_s, u"c"_s};
}

void TestTemplateListModel::renameMovesTheRow()
{
    QFETCH(QString, renamed);
    QFETCH(int, kind);
    QFETCH(QStringList, expected);
    add(MessageKind::Outreach, u"a"_s);
    const qint64 id = add(MessageKind::Outreach, u"c"_s);
    add(MessageKind::Outreach, u"e"_s);
    add(MessageKind::ThankYou, u"t"_s);

    MessageTemplate t = m_model->messageTemplate(m_model->rowOf(id));
    t.name = renamed;
    t.kind = MessageKind(kind);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_store->update(t));
    QCOMPARE(names(), expected);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_model->messageTemplate(m_model->rowOf(id)), t);
}

void TestTemplateListModel::followsRemovalAndRestore()
{
    add(MessageKind::Outreach, u"a"_s);
    const qint64 b = add(MessageKind::Outreach, u"b"_s);
    add(MessageKind::Outreach, u"c"_s);
    const auto removed = m_store->remove({b});
    QVERIFY(removed);
    QCOMPARE(names(), (QStringList{u"a"_s, u"c"_s}));
    QVERIFY(m_store->restore(*removed));
    QCOMPARE(names(), (QStringList{u"a"_s, u"b"_s, u"c"_s}));
    QCOMPARE(m_model->rowOf(b), 1);
}

QTEST_GUILESS_MAIN(TestTemplateListModel)
#include "tst_templatelistmodel.moc"
