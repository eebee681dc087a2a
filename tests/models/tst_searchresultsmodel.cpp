// Search Everything's results as a tree: a group per kind that has hits, the hits under it.
#include "models/searchresultsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Search::Kind;

class TestSearchResultsModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void groupsHitsByKind_data();
    void groupsHitsByKind();
    void describesEachHit();
    void neighboursSkipTheHeadings_data();
    void neighboursSkipTheHeadings();
};

namespace {

Search::Index sampleIndex(int contacts)
{
    QList<Search::Entry> entries;
    for (int i = 1; i <= contacts; ++i)
        entries << Search::Entry{Kind::Contact, i, u"Kim %1"_s.arg(i), u"Analyst · Contoso"_s, {}};
    entries << Search::Entry{
        Kind::Interview,
        100,
        u"Kim 1 · Contoso"_s,
        u"Careers in data"_s,
        {{u"Step"_s, QString(), Step::Prepare}, {u"Agenda"_s, u"Ask Kim about data teams"_s, Step::Prepare}}};
    entries << Search::Entry{Kind::Question, 200, u"What surprised you?"_s, {}, {{u"Notes"_s, u"Kim liked it"_s}}};
    return Search::Index(entries);
}

} // namespace

void TestSearchResultsModel::groupsHitsByKind_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("groups");
    QTest::addColumn<QList<int>>("rows");

    QTest::newRow("nothing") << u""_s << QStringList() << QList<int>();
    QTest::newRow("three kinds") << u"kim"_s
                                 << QStringList{u"Contacts (the first 50 of 60)"_s, u"Interviews (1)"_s,
                                                u"Questions (1)"_s}
                                 << QList<int>{50, 1, 1};
    QTest::newRow("one kind") << u"surprised"_s << QStringList{u"Questions (1)"_s} << QList<int>{1};
    QTest::newRow("nothing found") << u"zebra"_s << QStringList() << QList<int>();
}

void TestSearchResultsModel::groupsHitsByKind()
{
    QFETCH(QString, query);
    QFETCH(QStringList, groups);
    QFETCH(QList<int>, rows);
    SearchResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Search::Index index = sampleIndex(60);
    model.setResults(index.find(u"kim"_s)); // something before, so the change is a reset from it
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setResults(index.find(query));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), groups.size());
    for (int g = 0; g < groups.size(); ++g) {
        const QModelIndex group = model.index(g, 0);
        QCOMPARE(group.data().toString(), groups.at(g));
        QVERIFY(group.data(SearchResultsModel::IsGroupRole).toBool());
        QVERIFY(!(model.flags(group) & Qt::ItemIsSelectable));
        QCOMPARE(model.rowCount(group), rows.at(g));
        QCOMPARE(model.parent(model.index(0, 1, group)), group);
        QVERIFY(model.hit(model.index(0, 0, group)));
        QVERIFY(!model.hit(group));
    }
    QCOMPARE(model.firstHit().isValid(), !groups.isEmpty());
}

void TestSearchResultsModel::describesEachHit()
{
    SearchResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResults(sampleIndex(1).find(u"data teams"_s));
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex hit = model.index(0, SearchResultsModel::FoundColumn, model.index(0, 0));
    QCOMPARE(hit.data().toString(), u"Kim 1 · Contoso — Careers in data"_s);
    QCOMPARE(hit.siblingAtColumn(SearchResultsModel::WhereColumn).data().toString(),
             u"Agenda: Ask Kim about data teams"_s);
    QCOMPARE(hit.data(SearchResultsModel::KindRole).toInt(), int(Kind::Interview));
    QCOMPARE(hit.data(SearchResultsModel::IdRole).toLongLong(), 100);
    QCOMPARE(hit.data(SearchResultsModel::StepRole).toInt(), int(Step::Prepare));
    QVERIFY(hit.data(Qt::AccessibleTextRole).toString().contains(u"Agenda: Ask Kim about data teams"_s));

    model.setResults(sampleIndex(1).find(u"kim contoso"_s));
    const QModelIndex byName = model.index(0, SearchResultsModel::WhereColumn, model.index(0, 0));
    QCOMPARE(byName.data(SearchResultsModel::KindRole).toInt(), int(Kind::Interview));
    QCOMPARE(byName.data().toString(), u"Person and organisation"_s); // found in its title
    model.setResults(sampleIndex(1).find(u"kim 1"_s));
    QCOMPARE(model.index(0, SearchResultsModel::WhereColumn, model.index(0, 0)).data().toString(), u"Name"_s);
    model.setResults(sampleIndex(1).find(u"surprised"_s));
    QCOMPARE(model.index(0, SearchResultsModel::WhereColumn, model.index(0, 0)).data().toString(), u"The question"_s);
}

void TestSearchResultsModel::neighboursSkipTheHeadings_data()
{
    QTest::addColumn<int>("fromGroup"); // -1: no current index
    QTest::addColumn<int>("fromRow"); // -1: the group's heading
    QTest::addColumn<int>("direction");
    QTest::addColumn<int>("toGroup");
    QTest::addColumn<int>("toRow");
    // "kim" finds 3 contacts, 1 interview, 1 question.
    QTest::newRow("down within a group") << 0 << 0 << 1 << 0 << 1;
    QTest::newRow("down over a heading") << 0 << 2 << 1 << 1 << 0;
    QTest::newRow("up over a heading") << 2 << 0 << -1 << 1 << 0;
    QTest::newRow("up into the previous group's last") << 1 << 0 << -1 << 0 << 2;
    QTest::newRow("down at the very end stays") << 2 << 0 << 1 << 2 << 0;
    QTest::newRow("up at the very start stays") << 0 << 0 << -1 << 0 << 0;
    QTest::newRow("from a heading: the first hit") << 1 << -1 << 1 << 0 << 0;
    QTest::newRow("from nothing: the first hit") << -1 << -1 << 1 << 0 << 0;
}

void TestSearchResultsModel::neighboursSkipTheHeadings()
{
    QFETCH(int, fromGroup);
    QFETCH(int, fromRow);
    QFETCH(int, direction);
    QFETCH(int, toGroup);
    QFETCH(int, toRow);
    SearchResultsModel model;
    model.setResults(sampleIndex(3).find(u"kim"_s));
    QCOMPARE(model.rowCount(), 3);
    QModelIndex from;
    if (fromGroup >= 0)
        from = fromRow >= 0 ? model.index(fromRow, 0, model.index(fromGroup, 0)) : model.index(fromGroup, 0);
    const QModelIndex to = model.neighbourHit(from, direction);
    QVERIFY(model.hit(to));
    QCOMPARE(to.parent().row(), toGroup);
    QCOMPARE(to.row(), toRow);
    // From a cell of the second column as well.
    if (fromGroup >= 0 && fromRow >= 0)
        QCOMPARE(model.neighbourHit(from.siblingAtColumn(SearchResultsModel::WhereColumn), direction), to);
}

QTEST_GUILESS_MAIN(TestSearchResultsModel)
#include "tst_searchresultsmodel.moc"
