#include "appearance.h"
#include "mainwindow.h"
#include "models/progressbreakdownmodel.h"
#include "progressview.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/interviewstore.h"
#include "storage/organisationstore.h"
#include "translations.h"
#include "uitest.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

#include <optional>

#include <memory>

using namespace Qt::StringLiterals;
using namespace UiTest;

// The Progress page: the figures it shows come from the store, follow its changes and the
// period chosen, and its chart follows the light or dark palette.
class TestProgressView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheFigures();
    void periods_data();
    void periods();
    void breakdownByOrganisation();
    void followsChanges();
    void explainsAnEmptyPeriod();
    void labelsStayReadable_data();
    void labelsStayReadable();
    void coloursFollowThePalette_data();
    void coloursFollowThePalette();
    void openedFromTheViewMenu();

private:
    qint64 addContact(const QString &name, Relationship relationship);
    qint64 addInterview(qint64 contactId, const QString &organisation, QDate outreach, QDate reply = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_workspace;
};

namespace {
// Thursday 10 December 2026: the last four weeks begin on Monday 16 November.
const QDateTime Now(QDate(2026, 12, 10), QTime(12, 0));

QList<int> weekly(const QChart *chart, const QString &series)
{
    QList<int> counts;
    for (QAbstractSeries *s : chart->series()) {
        for (QBarSet *set : static_cast<QBarSeries *>(s)->barSets()) {
            if (set->label() != series)
                continue;
            for (int i = 0; i < set->count(); ++i)
                counts << qRound(set->at(i));
        }
    }
    return counts;
}
} // namespace

void TestProgressView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(QCoreApplication::instance());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestProgressView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(u"p.sqlite"_s)));
    m_workspace = std::make_unique<Workspace>(m_db.get(), [] { return Now; });

    // Ada (alumni, Acme) replied after two days and talked on 24 November, then referred Alan;
    // Grace (LinkedIn, Beta) has not answered; Alan (friend, Acme) answered after four.
    const qint64 ada = addContact(u"Ada"_s, Relationship::Alumni);
    const qint64 grace = addContact(u"Grace"_s, Relationship::LinkedIn);
    const qint64 alan = addContact(u"Alan"_s, Relationship::Friend);
    const qint64 withAda = addInterview(ada, u"Acme"_s, QDate(2026, 11, 16), QDate(2026, 11, 18));
    Interview held = *m_workspace->interviews->interview(withAda);
    held.scheduledAt = QDateTime(QDate(2026, 11, 24), QTime(10, 0));
    held.step = Step::FollowUp;
    held.thankYouSentOn = QDate(2026, 11, 25);
    QVERIFY(m_workspace->interviews->update(held));
    QVERIFY(m_workspace->interviews->addReferral(withAda, alan, QDate(2026, 11, 25)));
    addInterview(grace, u"Beta"_s, QDate(2026, 12, 1));
    addInterview(alan, u"Acme"_s, QDate(2026, 12, 2), QDate(2026, 12, 6));
}

void TestProgressView::cleanup()
{
    m_workspace.reset();
    m_db.reset();
}

qint64 TestProgressView::addContact(const QString &name, Relationship relationship)
{
    Contact contact;
    contact.firstName = name;
    contact.relationship = relationship;
    ContactBatch batch;
    batch.inserts = {contact};
    if (!m_workspace->contacts->apply(batch))
        return 0;
    return batch.inserts.constFirst().id;
}

qint64 TestProgressView::addInterview(qint64 contactId, const QString &organisation, QDate outreach, QDate reply)
{
    qint64 organisationId = 0;
    for (const Organisation &existing : m_workspace->organisations->all()) {
        if (existing.name == organisation)
            organisationId = existing.id;
    }
    if (!organisationId) {
        Organisation made;
        made.name = organisation;
        if (!m_workspace->organisations->insert(made))
            return 0;
        organisationId = made.id;
    }
    Interview interview;
    interview.contactId = contactId;
    interview.organisationId = organisationId;
    interview.step = Step::Contact;
    interview.outreachSentOn = outreach;
    interview.replyReceivedOn = reply;
    if (!m_workspace->interviews->insert(interview))
        return 0;
    return interview.id;
}

void TestProgressView::showsTheFigures()
{
    ProgressView view(m_workspace.get());
    view.resize(900, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    QCOMPARE(child<QLabel>(&view, u"progressSummary"_s)->text(),
             u"Last 4 weeks: 3 reached out, 2 replied (67%), 1 conversation, 1 thank-you note on time, "
             "1 referral."_s);
    QCOMPARE(child<QLabel>(&view, u"replyRateFigure"_s)->accessibleName(), u"replied: 67%"_s);
    QCOMPARE(child<QLabel>(&view, u"replyTimeFigure"_s)->accessibleName(), u"median time to a reply: 3 days"_s);
    QCOMPARE(child<QLabel>(&view, u"conversationRateFigure"_s)->accessibleName(), u"outreach → conversation: 33%"_s);
    QCOMPARE(child<QLabel>(&view, u"referralRateFigure"_s)->accessibleName(), u"conversation → referral: 100%"_s);

    // The weeks of 16, 23 and 30 November and 7 December.
    QChart *chart = view.chart();
    QCOMPARE(chart->series().size(), 1);
    QCOMPARE(static_cast<QBarSeries *>(chart->series().constFirst())->count(), 5);
    auto *weeks = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).constFirst());
    QVERIFY(weeks);
    QCOMPARE(weeks->categories(), QStringList({u"16 Nov"_s, u"23 Nov"_s, u"30 Nov"_s, u"7 Dec"_s}));
    // The same in words for screen readers, the empty week left out.
    QCOMPARE(child<QWidget>(&view, u"progressChartView"_s)->accessibleDescription(),
             u"16 Nov: 1 reached out, 1 reply; 23 Nov: 1 conversation, 1 thank-you note, 1 referral; "
             "30 Nov: 2 reached out, 1 reply."_s);
    QCOMPARE(weekly(chart, u"Reached out"_s), QList<int>({1, 0, 2, 0}));
    QCOMPARE(weekly(chart, u"Replies"_s), QList<int>({1, 0, 1, 0})); // Sunday 6 December ends a week
    QCOMPARE(weekly(chart, u"Conversations"_s), QList<int>({0, 1, 0, 0}));
    QCOMPARE(weekly(chart, u"Thank-you notes"_s), QList<int>({0, 1, 0, 0}));
    QCOMPARE(weekly(chart, u"Referrals"_s), QList<int>({0, 1, 0, 0}));
    auto *counts = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).constFirst());
    QVERIFY(counts);
    QCOMPARE(counts->min(), 0.0);
    QCOMPARE(counts->max(), 4.0); // whole numbers on the ticks

    auto *table = child<QTableView>(&view, u"breakdownTable"_s);
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(table->model()->rowCount(), 3);
    QCOMPARE(table->model()->headerData(0, Qt::Horizontal).toString(), u"How you know them"_s);
    QCOMPARE(table->model()->index(0, 0).data().toString(), u"Alumni"_s);
    QCOMPARE(table->model()->index(0, ProgressBreakdownModel::ReferralsColumn).data().toString(), u"1"_s);
    // Sorting by reply rate puts Grace's LinkedIn connection (no reply) first.
    table->horizontalHeader()->setSortIndicator(ProgressBreakdownModel::ReplyRateColumn, Qt::AscendingOrder);
    QCOMPARE(table->model()->index(0, 0).data().toString(), u"LinkedIn connection"_s);
    screenshot(&view, u"progress-light"_s);
}

void TestProgressView::periods_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("weeks");
    QTest::addColumn<QString>("summaryStart");
    QTest::newRow("4 weeks") << 0 << 4 << u"Last 4 weeks: 3 reached out"_s;
    QTest::newRow("3 months") << 1 << 13 << u"Last 3 months: 3 reached out"_s;
    QTest::newRow("all") << 2 << 4 << u"Since the start: 3 reached out"_s; // from 16 November
}

void TestProgressView::periods()
{
    QFETCH(int, index);
    QFETCH(int, weeks);
    QFETCH(QString, summaryStart);

    ProgressView view(m_workspace.get());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *range = child<QComboBox>(&view, u"progressRange"_s);
    range->setFocus();
    // By keyboard, as a user picks it: Home, then Down as often as needed.
    QTest::keyClick(range, Qt::Key_Home);
    for (int i = 0; i < index; ++i)
        QTest::keyClick(range, Qt::Key_Down);
    QCOMPARE(range->currentIndex(), index);
    QCOMPARE(view.progress().weeks.size(), weeks);
    QCOMPARE(weekly(view.chart(), u"Reached out"_s).size(), weeks);
    QVERIFY2(child<QLabel>(&view, u"progressSummary"_s)->text().startsWith(summaryStart),
             qPrintable(child<QLabel>(&view, u"progressSummary"_s)->text()));
}

void TestProgressView::breakdownByOrganisation()
{
    ProgressView view(m_workspace.get());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *by = child<QComboBox>(&view, u"breakdownBy"_s);
    by->setFocus();
    QTest::keyClick(by, Qt::Key_Down);
    QAbstractItemModel *model = child<QTableView>(&view, u"breakdownTable"_s)->model();
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), u"Organisation"_s);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, 0).data().toString(), u"Acme"_s);
    QCOMPARE(model->index(0, ProgressBreakdownModel::ReachedOutColumn).data().toString(), u"2"_s);
    QCOMPARE(model->index(0, ProgressBreakdownModel::ReplyRateColumn).data().toString(), u"100%"_s);
    QCOMPARE(model->index(1, 0).data().toString(), u"Beta"_s);
    QCOMPARE(model->index(1, ProgressBreakdownModel::ReplyRateColumn).data().toString(), u"0%"_s);
}

void TestProgressView::followsChanges()
{
    ProgressView view(m_workspace.get());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *summary = child<QLabel>(&view, u"progressSummary"_s);
    QVERIFY(summary->text().startsWith(u"Last 4 weeks: 3 reached out"_s));

    // Shown: a new outreach is there once the event loop runs.
    const qint64 id = addInterview(addContact(u"Hedy"_s, Relationship::Colleague), u"Gamma"_s, QDate(2026, 12, 9));
    QTRY_VERIFY2(summary->text().startsWith(u"Last 4 weeks: 4 reached out"_s), qPrintable(summary->text()));
    QCOMPARE(weekly(view.chart(), u"Reached out"_s), QList<int>({1, 0, 2, 1}));

    // Hidden: read again when shown.
    view.hide();
    QVERIFY(m_workspace->interviews->remove(id));
    QCoreApplication::processEvents();
    QVERIFY(summary->text().startsWith(u"Last 4 weeks: 4 reached out"_s));
    view.show();
    QVERIFY(summary->text().startsWith(u"Last 4 weeks: 3 reached out"_s));

    // A referral recorded today counts in this week.
    const qint64 withGrace = m_workspace->interviews->all().at(1).id;
    QVERIFY(
        m_workspace->interviews->addReferral(withGrace, addContact(u"Barbara"_s, Relationship::Unknown), Now.date()));
    QTRY_COMPARE(weekly(view.chart(), u"Referrals"_s), QList<int>({0, 1, 0, 1}));

    // Grace becomes a friend: the table's groups follow.
    auto *table = child<QTableView>(&view, u"breakdownTable"_s);
    std::optional<Contact> grace = m_workspace->contacts->contact(m_workspace->interviews->all().at(1).contactId);
    QVERIFY(grace);
    grace->relationship = Relationship::Friend;
    ContactBatch batch;
    batch.updates = {*grace};
    QVERIFY(m_workspace->contacts->apply(batch));
    QTRY_COMPARE(table->model()->rowCount(), 2);
    QCOMPARE(table->model()->index(0, 0).data().toString(), u"Friend"_s);
    QCOMPARE(table->model()->index(0, ProgressBreakdownModel::ReachedOutColumn).data().toString(), u"2"_s);

    // An organisation renamed: so is its row.
    auto *by = child<QComboBox>(&view, u"breakdownBy"_s);
    by->setCurrentIndex(1);
    Organisation beta;
    for (const Organisation &o : m_workspace->organisations->all()) {
        if (o.name == u"Beta"_s)
            beta = o;
    }
    beta.name = u"Beta Labs"_s;
    QVERIFY(m_workspace->organisations->update(beta));
    QTRY_VERIFY(!table->model()->match(table->model()->index(0, 0), Qt::DisplayRole, u"Beta Labs"_s).isEmpty());
}

void TestProgressView::explainsAnEmptyPeriod()
{
    for (const Interview &interview : m_workspace->interviews->all())
        QVERIFY(m_workspace->interviews->remove(interview.id));
    ProgressView view(m_workspace.get());
    view.resize(900, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(child<QLabel>(&view, u"progressSummary"_s)->text().contains(u"nothing recorded yet"_s));
    QVERIFY(!child<QTableView>(&view, u"breakdownTable"_s)->isVisible());
    QVERIFY(child<QLabel>(&view, u"noOutreachHint"_s)->isVisible());
    QCOMPARE(child<QLabel>(&view, u"replyRateFigure"_s)->accessibleName(), u"replied: –"_s);
    QCOMPARE(weekly(view.chart(), u"Reached out"_s), QList<int>({0, 0, 0, 0}));
    screenshot(&view, u"progress-empty"_s);

    // The first outreach: the table comes back.
    addInterview(addContact(u"Hedy"_s, Relationship::Colleague), u"Gamma"_s, QDate(2026, 12, 9));
    QTRY_VERIFY(child<QTableView>(&view, u"breakdownTable"_s)->isVisible());
    QVERIFY(!child<QLabel>(&view, u"noOutreachHint"_s)->isVisible());
}

void TestProgressView::labelsStayReadable_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("range");
    QTest::addColumn<QString>("firstLabel"); // empty: words or numbers, whichever fits
    QTest::newRow("4 weeks in words") << 700 << int(Progress::Range::FourWeeks) << u"16 Nov"_s;
    QTest::newRow("3 months in words") << 1600 << int(Progress::Range::ThreeMonths) << u"14 Sept"_s;
    QTest::newRow("3 months in numbers") << 700 << int(Progress::Range::ThreeMonths) << u"14/09"_s;
    QTest::newRow("3 months in numbers, en_US")
        << 700 << int(Progress::Range::ThreeMonths) << u"9/13"_s; // weeks from Sunday
    // Every width from narrow to wide: nothing cut short.
    for (int width = 400; width <= 1700; width += 50) {
        QTest::addRow("4 weeks, %d px", width) << width << int(Progress::Range::FourWeeks) << QString();
        QTest::addRow("3 months, %d px", width) << width << int(Progress::Range::ThreeMonths) << QString();
    }
}

void TestProgressView::labelsStayReadable()
{
    QFETCH(int, width);
    QFETCH(int, range);
    QFETCH(QString, firstLabel);
    const QLocale before;
    if (QByteArray(QTest::currentDataTag()).endsWith("en_US"))
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const auto restore = qScopeGuard([before] { QLocale::setDefault(before); });
    ProgressView view(m_workspace.get());
    view.resize(width, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setRange(Progress::Range(range));
    QCoreApplication::processEvents();
    auto *periods = qobject_cast<QBarCategoryAxis *>(view.chart()->axes(Qt::Horizontal).constFirst());
    QVERIFY(periods);
    if (!firstLabel.isEmpty())
        QCOMPARE(periods->categories().constFirst(), firstLabel);
    // What the chart draws: every label whole, none cut short with "…".
    QStringList drawn;
    for (QGraphicsItem *item : view.chart()->scene()->items()) {
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible())
            drawn << text->toPlainText();
    }
    for (const QString &label : periods->categories())
        QVERIFY2(drawn.contains(label), qPrintable(u"“%1” drawn as one of %2"_s.arg(label, drawn.join(u" | "_s))));
    screenshot(&view, u"labels-%1-%2"_s.arg(range).arg(width));
}

void TestProgressView::coloursFollowThePalette_data()
{
    QTest::addColumn<Appearance::Scheme>("scheme");
    QTest::addColumn<QChart::ChartTheme>("theme");
    QTest::newRow("light") << Appearance::Scheme::Light << QChart::ChartThemeLight;
    QTest::newRow("dark") << Appearance::Scheme::Dark << QChart::ChartThemeDark;
}

void TestProgressView::coloursFollowThePalette()
{
    QFETCH(Appearance::Scheme, scheme);
    QFETCH(QChart::ChartTheme, theme);

    Appearance::apply(scheme);
    const auto restore = qScopeGuard([] { Appearance::apply(Appearance::Scheme::System); });
    ProgressView view(m_workspace.get());
    view.resize(900, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.chart()->theme(), theme);
    QCOMPARE(view.chart()->backgroundBrush().color(), view.palette().color(QPalette::Window));
    QCOMPARE(view.chart()->legend()->labelColor(), view.palette().color(QPalette::WindowText));
    for (QAbstractAxis *axis : view.chart()->axes())
        QCOMPARE(axis->labelsColor(), view.palette().color(QPalette::WindowText));
    // Each kind keeps its hue in either scheme (blue for outreach), without outlines.
    const QList<QBarSet *> sets = static_cast<QBarSeries *>(view.chart()->series().constFirst())->barSets();
    QCOMPARE(sets.size(), 5);
    QCOMPARE(sets.constFirst()->label(), u"Reached out"_s);
    QVERIFY(qAbs(sets.constFirst()->color().hslHue() - 210) < 15);
    for (const QBarSet *set : sets)
        QCOMPARE(set->pen().style(), Qt::NoPen);
    // Switching while shown follows at once.
    Appearance::apply(scheme == Appearance::Scheme::Dark ? Appearance::Scheme::Light : Appearance::Scheme::Dark);
    QTRY_VERIFY(view.chart()->theme() != theme);
    QCOMPARE(view.chart()->legend()->labelColor(), view.palette().color(QPalette::WindowText));
    Appearance::apply(scheme);
    QTRY_COMPARE(view.chart()->theme(), theme);
    screenshot(&view, scheme == Appearance::Scheme::Dark ? u"progress-dark"_s : u"progress-light-scheme"_s);
}

void TestProgressView::openedFromTheViewMenu()
{
    MainWindow window(m_workspace.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_9, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::ProgressPage);
    auto *view = window.findChild<ProgressView *>();
    QVERIFY(view && view->isVisible());
    QCOMPARE(view->progress().overall.reachedOut, 3);
    QCOMPARE(window.findChild<QTabWidget *>(u"pages"_s)->tabText(MainWindow::ProgressPage), u"Progress"_s);
}

QTEST_MAIN(TestProgressView)
#include "tst_progressview.moc"
