#include "models/contactlistmodel.h"
#include "storage/contactstore.h"
#include "storage/database.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestContactListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void loadsAndSortsByLastName();
    void sortsByColumn_data();
    void sortsByColumn();
    void filters_data();
    void filters();
    void filterFollowsTypingOnAndBack_data();
    void filterFollowsTypingOnAndBack();
    void followsStoreChangesWithRowSignals();
    void updateMovesRowAndRespectsFilter();
    void largeImportResets();
    void loadsInBackgroundWithoutLosingChanges();
    void sortAndFilterMadeWhileReadingApply_data();
    void sortAndFilterMadeWhileReadingApply();

private:
    qint64 add(const QString &first, const QString &last, const QString &company, QDate connected = {});
    QStringList column(int col) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ContactStore> m_store;
    std::unique_ptr<ContactListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestContactListModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("m.sqlite"))));
    m_store = std::make_unique<ContactStore>(m_db.get());
    add(QStringLiteral("Ada"), QStringLiteral("Lovelace"), QStringLiteral("Analytical"), QDate(2020, 5, 1));
    add(QStringLiteral("Alan"), QStringLiteral("Turing"), QStringLiteral("Bletchley"), QDate(2018, 1, 8));
    add(QStringLiteral("Grace"), QStringLiteral("Hopper"), QStringLiteral("Navy"), QDate(2024, 9, 9));
    add(QStringLiteral("Édith"), QStringLiteral("Clarke"), QString(), {});
    m_model = std::make_unique<ContactListModel>(m_store.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestContactListModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_store.reset();
    m_db.reset();
}

qint64 TestContactListModel::add(const QString &first, const QString &last, const QString &company, QDate connected)
{
    ContactBatch batch;
    Contact c;
    c.firstName = first;
    c.lastName = last;
    c.company = company;
    c.connectedOn = connected;
    batch.inserts << c;
    if (!m_store->apply(batch))
        return 0;
    return batch.inserts.constFirst().id;
}

QStringList TestContactListModel::column(int col) const
{
    QStringList values;
    for (int row = 0; row < m_model->rowCount(); ++row)
        values << m_model->index(row, col).data(ContactListModel::SortRole).toString();
    return values;
}

void TestContactListModel::loadsAndSortsByLastName()
{
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->columnCount(), int(ContactListModel::ColumnCount));
    QCOMPARE(column(ContactListModel::NameColumn),
             (QStringList{QStringLiteral("Édith Clarke"), QStringLiteral("Grace Hopper"),
                          QStringLiteral("Ada Lovelace"), QStringLiteral("Alan Turing")}));
    QCOMPARE(m_model->headerData(ContactListModel::CompanyColumn, Qt::Horizontal).toString(),
             QStringLiteral("Company"));
    // The order is not what the column shows first, so the header says it.
    QCOMPARE(m_model->headerData(ContactListModel::NameColumn, Qt::Horizontal, Qt::ToolTipRole).toString(),
             QStringLiteral("Sorted by last name, then first name"));
}

void TestContactListModel::sortsByColumn_data()
{
    QTest::addColumn<int>("sortColumn");
    QTest::addColumn<int>("order");
    QTest::addColumn<QStringList>("expectedNames");
    QTest::newRow("company ascending, empty last")
        << int(ContactListModel::CompanyColumn) << int(Qt::AscendingOrder)
        << QStringList{QStringLiteral("Ada Lovelace"), QStringLiteral("Alan Turing"), QStringLiteral("Grace Hopper"),
                       QStringLiteral("Édith Clarke")};
    QTest::newRow("company descending, empty still last")
        << int(ContactListModel::CompanyColumn) << int(Qt::DescendingOrder)
        << QStringList{QStringLiteral("Grace Hopper"), QStringLiteral("Alan Turing"), QStringLiteral("Ada Lovelace"),
                       QStringLiteral("Édith Clarke")};
    QTest::newRow("connected on descending")
        << int(ContactListModel::ConnectedOnColumn) << int(Qt::DescendingOrder)
        << QStringList{QStringLiteral("Grace Hopper"), QStringLiteral("Ada Lovelace"), QStringLiteral("Alan Turing"),
                       QStringLiteral("Édith Clarke")};
    QTest::newRow("name descending") << int(ContactListModel::NameColumn) << int(Qt::DescendingOrder)
                                     << QStringList{QStringLiteral("Alan Turing"), QStringLiteral("Ada Lovelace"),
                                                    QStringLiteral("Grace Hopper"), QStringLiteral("Édith Clarke")};
}

void TestContactListModel::sortsByColumn()
{
    QFETCH(int, sortColumn);
    QFETCH(int, order);
    QFETCH(QStringList, expectedNames);
    QPersistentModelIndex ada = m_model->index(2, 0);
    QCOMPARE(ada.data().toString(), QStringLiteral("Ada Lovelace"));
    m_model->sort(sortColumn, Qt::SortOrder(order));
    QCOMPARE(column(ContactListModel::NameColumn), expectedNames);
    QVERIFY(ada.isValid());
    QCOMPARE(ada.data().toString(), QStringLiteral("Ada Lovelace"));
}

void TestContactListModel::filters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expectedNames");
    QTest::newRow("empty shows all") << QString()
                                     << QStringList{QStringLiteral("Édith Clarke"), QStringLiteral("Grace Hopper"),
                                                    QStringLiteral("Ada Lovelace"), QStringLiteral("Alan Turing")};
    QTest::newRow("prefix") << QStringLiteral("a")
                            << QStringList{QStringLiteral("Ada Lovelace"), QStringLiteral("Alan Turing")};
    QTest::newRow("company") << QStringLiteral("bletch") << QStringList{QStringLiteral("Alan Turing")};
    QTest::newRow("accent-insensitive") << QStringLiteral("edith") << QStringList{QStringLiteral("Édith Clarke")};
    QTest::newRow("nothing") << QStringLiteral("zz") << QStringList{};
    QTest::newRow("spaces only") << QStringLiteral("   ")
                                 << QStringList{QStringLiteral("Édith Clarke"), QStringLiteral("Grace Hopper"),
                                                QStringLiteral("Ada Lovelace"), QStringLiteral("Alan Turing")};
}

void TestContactListModel::filters()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expectedNames);
    m_model->setFilterText(text);
    QCOMPARE(column(ContactListModel::NameColumn), expectedNames);
    QCOMPARE(m_model->totalCount(), 4);
}

// Typing on only narrows the rows already shown; deleting or changing a word looks at everyone.
void TestContactListModel::filterFollowsTypingOnAndBack_data()
{
    QTest::addColumn<QStringList>("typed");
    QTest::addColumn<QStringList>("expectedNames");
    const QString ada = QStringLiteral("Ada Lovelace");
    const QString alan = QStringLiteral("Alan Turing");
    QTest::newRow("narrowing") << QStringList{QStringLiteral("a"), QStringLiteral("al")} << QStringList{alan};
    QTest::newRow("back again") << QStringList{QStringLiteral("a"), QStringLiteral("al"), QStringLiteral("a")}
                                << QStringList{ada, alan};
    QTest::newRow("second word") << QStringList{QStringLiteral("a"), QStringLiteral("a "), QStringLiteral("a l")}
                                 << QStringList{ada};
    QTest::newRow("word replaced") << QStringList{QStringLiteral("ada"), QStringLiteral("grace")}
                                   << QStringList{QStringLiteral("Grace Hopper")};
    QTest::newRow("word shortened") << QStringList{QStringLiteral("turing"), QStringLiteral("t")} << QStringList{alan};
    QTest::newRow("cleared") << QStringList{QStringLiteral("navy"), QString()}
                             << QStringList{QStringLiteral("Édith Clarke"), QStringLiteral("Grace Hopper"), ada, alan};
}

void TestContactListModel::filterFollowsTypingOnAndBack()
{
    QFETCH(QStringList, typed);
    QFETCH(QStringList, expectedNames);
    for (const QString &text : std::as_const(typed))
        m_model->setFilterText(text);
    QCOMPARE(column(ContactListModel::NameColumn), expectedNames);
}

void TestContactListModel::followsStoreChangesWithRowSignals()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    const qint64 id = add(QStringLiteral("Katherine"), QStringLiteral("Johnson"), QStringLiteral("NASA"));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 2); // between Hopper and Lovelace
    QCOMPARE(m_model->rowOf(id), 2);
    ContactBatch remove;
    remove.removals << id;
    QVERIFY(m_store->apply(remove));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(reset.size(), 0);
}

void TestContactListModel::updateMovesRowAndRespectsFilter()
{
    m_model->setFilterText(QStringLiteral("a"));
    QCOMPARE(m_model->rowCount(), 2);
    // Grace does not match "a"; renaming her company to Apollo brings her in.
    Contact grace;
    for (int row = 0; row < 4; ++row) {
        const Contact c = m_model->contact(m_store->all().at(row).id);
        if (c.firstName == QStringLiteral("Grace"))
            grace = c;
    }
    grace.company = QStringLiteral("Apollo");
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    ContactBatch batch;
    batch.updates << grace;
    QVERIFY(m_store->apply(batch));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(
        column(ContactListModel::NameColumn),
        (QStringList{QStringLiteral("Grace Hopper"), QStringLiteral("Ada Lovelace"), QStringLiteral("Alan Turing")}));
    // Renaming Ada to Zelda moves her after Turing.
    Contact ada = m_model->contact(m_model->contactId(1));
    ada.lastName = QStringLiteral("Zuse");
    batch = {};
    batch.updates << ada;
    QVERIFY(m_store->apply(batch));
    QCOMPARE(column(ContactListModel::NameColumn),
             (QStringList{QStringLiteral("Grace Hopper"), QStringLiteral("Alan Turing"), QStringLiteral("Ada Zuse")}));
}

void TestContactListModel::largeImportResets()
{
    ContactBatch batch;
    for (int i = 0; i < 1200; ++i) {
        Contact c;
        c.firstName = QStringLiteral("Person");
        c.lastName = QStringLiteral("Number %1").arg(i);
        batch.inserts << c;
    }
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy total(m_model.get(), &ContactListModel::totalCountChanged);
    QVERIFY(m_store->apply(batch));
    // Read again off the UI thread; the list stays as it was meanwhile.
    QVERIFY(m_model->isLoading());
    QCOMPARE(m_model->rowCount(), 4);
    QTRY_COMPARE(m_model->rowCount(), 1204);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(total.size(), 1);
    // Numeric collation: "Number 2" before "Number 10".
    const int two = m_model->rowOf(batch.inserts.at(2).id);
    const int ten = m_model->rowOf(batch.inserts.at(10).id);
    QVERIFY(two < ten);

    // Taking them away again needs nothing read: at once, in one reset.
    ContactBatch undo;
    for (const Contact &c : std::as_const(batch.inserts))
        undo.removals << c.id;
    QVERIFY(m_store->apply(undo));
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(reset.size(), 2);
}

void TestContactListModel::loadsInBackgroundWithoutLosingChanges()
{
    ContactListModel model(m_store.get(), ContactListModel::Loading::InBackground);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(&model, &ContactListModel::loadingFinished);
    QVERIFY(model.isLoading());
    QCOMPARE(model.rowCount(), 0);
    // A change that races the background read must still show up.
    const qint64 id = add(QStringLiteral("Katherine"), QStringLiteral("Johnson"), QStringLiteral("NASA"));
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(model.rowCount(), 5);
    QVERIFY(model.rowOf(id) >= 0);
}

void TestContactListModel::sortAndFilterMadeWhileReadingApply_data()
{
    QTest::addColumn<int>("sortColumn");
    QTest::addColumn<int>("order");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("expectedNames");
    QTest::newRow("as it was") << int(ContactListModel::NameColumn) << int(Qt::AscendingOrder) << QString()
                               << QStringList{QStringLiteral("Édith Clarke"), QStringLiteral("Grace Hopper"),
                                              QStringLiteral("Ada Lovelace"), QStringLiteral("Alan Turing")};
    QTest::newRow("connected on, newest first")
        << int(ContactListModel::ConnectedOnColumn) << int(Qt::DescendingOrder) << QString()
        << QStringList{QStringLiteral("Grace Hopper"), QStringLiteral("Ada Lovelace"), QStringLiteral("Alan Turing"),
                       QStringLiteral("Édith Clarke")};
    QTest::newRow("company descending, filtered")
        << int(ContactListModel::CompanyColumn) << int(Qt::DescendingOrder) << QStringLiteral("a")
        << QStringList{QStringLiteral("Alan Turing"), QStringLiteral("Ada Lovelace")};
}

// The list is indexed and sorted on the worker thread in the order asked for when the read began;
// a sort or filter chosen meanwhile is applied to what arrives.
void TestContactListModel::sortAndFilterMadeWhileReadingApply()
{
    QFETCH(int, sortColumn);
    QFETCH(int, order);
    QFETCH(QString, filter);
    QFETCH(QStringList, expectedNames);
    m_tester.reset();
    m_model = std::make_unique<ContactListModel>(m_store.get(), ContactListModel::Loading::InBackground);
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCoreApplication::sendPostedEvents(m_model.get(), QEvent::MetaCall); // the read begins
    QVERIFY(m_model->isLoading());
    m_model->sort(sortColumn, Qt::SortOrder(order));
    m_model->setFilterText(filter);
    QTRY_VERIFY(!m_model->isLoading());
    QCOMPARE(column(ContactListModel::NameColumn), expectedNames);
    QCOMPARE(m_model->totalCount(), 4);
}

QTEST_GUILESS_MAIN(TestContactListModel)
#include "tst_contactlistmodel.moc"
