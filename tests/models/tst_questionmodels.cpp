#include "models/conversationmodel.h"
#include "models/interviewplanmodel.h"
#include "models/questionbankmodel.h"
#include "models/questioncategorymodel.h"
#include "models/questionfiltermodel.h"
#include "storage/database.h"
#include "storage/interviewstore.h"
#include "storage/questionstore.h"

#include <QAbstractItemModelTester>
#include <QDataStream>
#include <QIODevice>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// Plans written as letters: an upper-case letter is the bank question with id 1 for A, 2 for
// B...; a lower-case letter a question written for the interview; '_' one with blank text.
QList<PlannedQuestion> fromLetters(const QString &letters)
{
    QList<PlannedQuestion> result;
    for (QChar c : letters) {
        if (c == u'_')
            result.append({0, u"   "_s});
        else if (c.isUpper())
            result.append({c.unicode() - u'A' + 1, QString(c)});
        else
            result.append({0, QString(c)});
    }
    return result;
}

QString letters(const QList<PlannedQuestion> &plan)
{
    QString result;
    for (const PlannedQuestion &q : plan)
        result += q.text.trimmed().isEmpty() ? u"_"_s : q.text;
    return result;
}

Question make(const QString &text, const QString &category, Tiara tiara, bool favourite = false,
              const QString &notes = {})
{
    Question q;
    q.text = text;
    q.category = category;
    q.tiara = tiara;
    q.favourite = favourite;
    q.notes = notes;
    return q;
}

} // namespace

class TestQuestionModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    // QuestionBankModel
    void bankLoadsTheStore();
    void bankFollowsStore();
    void bankUsageFollowsPlans();
    void bankMimeRoundTrip();

    // QuestionFilterModel
    void filter_data();
    void filter();
    void filterFollowsChanges();

    // QuestionCategoryModel
    void categoryCounts();
    void categoryCountsFollowTheBank();

    // PlanEdits
    void planMoved_data();
    void planMoved();
    void planInserted_data();
    void planInserted();
    void planRemoved_data();
    void planRemoved();

    // InterviewPlanModel
    void planModelShowsThePlan();
    void planDropFromBank();
    void planInternalMove();
    void planRefusesOtherInterviewsRows();
    void planSetDataEditsText();
    void planFollowsBankRemovals();

    // ConversationModel
    void conversationShowsQuestionsAndTags();
    void conversationMarksAndNotes();
    void conversationNextOpen_data();
    void conversationNextOpen();

private:
    template<typename Model>
    Model *track(std::unique_ptr<Model> model);
    QuestionBankModel *bankModel();
    QuestionFilterModel *filterModel(QuestionBankModel *bank);
    InterviewPlanModel *planModel(qint64 interviewId);
    void useFixture();
    qint64 addInterview();
    qint64 idOf(const QString &text) const;
    // Plan changes the model asks for are made at once, as the UI's undo command would.
    void applyRequests(InterviewPlanModel *model);
    static QStringList column(const QAbstractItemModel *model, int column, int role = Qt::DisplayRole);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QuestionStore> m_questions;
    std::unique_ptr<InterviewStore> m_interviews;
    std::vector<std::unique_ptr<QAbstractItemModel>> m_models;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

void TestQuestionModels::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestQuestionModels::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->open(m_dir->filePath(u"questions.sqlite"_s)), qPrintable(m_db->errorString()));
    m_questions = std::make_unique<QuestionStore>(m_db.get());
    m_interviews = std::make_unique<InterviewStore>(m_db.get());
}

void TestQuestionModels::cleanup()
{
    m_testers.clear();
    // Proxies and followers were created after their sources: destroy them first.
    while (!m_models.empty())
        m_models.pop_back();
    m_interviews.reset();
    m_questions.reset();
    m_db.reset();
    m_dir.reset();
}

template<typename Model>
Model *TestQuestionModels::track(std::unique_ptr<Model> model)
{
    Model *raw = model.get();
    m_models.push_back(std::move(model));
    m_testers.push_back(
        std::make_unique<QAbstractItemModelTester>(raw, QAbstractItemModelTester::FailureReportingMode::QtTest));
    return raw;
}

QuestionBankModel *TestQuestionModels::bankModel()
{
    return track(std::make_unique<QuestionBankModel>(m_questions.get(), m_interviews.get()));
}

QuestionFilterModel *TestQuestionModels::filterModel(QuestionBankModel *bank)
{
    auto proxy = std::make_unique<QuestionFilterModel>();
    proxy->setSourceModel(bank);
    proxy->sort(QuestionBankModel::CategoryColumn);
    return track(std::move(proxy));
}

InterviewPlanModel *TestQuestionModels::planModel(qint64 interviewId)
{
    return track(std::make_unique<InterviewPlanModel>(m_interviews.get(), m_questions.get(), interviewId));
}

// A small bank instead of the shipped one, so filters have known answers.
void TestQuestionModels::useFixture()
{
    QList<qint64> shipped;
    for (const Question &q : m_questions->all())
        shipped << q.id;
    QVERIFY(m_questions->remove(shipped));
    QList<Question> fixture = {
        make(u"How did you start?"_s, u"Career path"_s, Tiara::Insights, true, u"A good opener"_s),
        make(u"What does a normal week look like?"_s, u"Day-to-day work"_s, Tiara::Insights),
        make(u"Which skills matter most?"_s, u"Skills"_s, Tiara::Advice, true),
        make(u"Where is the industry heading?"_s, u"Industry trends"_s, Tiara::Trends),
        make(u"Who else should I talk to?"_s, u"Resources and referrals"_s, Tiara::Resources, false,
             u"Ask for an introduction"_s),
        make(u"What project would show you my skills?"_s, u"skills"_s, Tiara::Assignments),
    };
    QString error;
    const std::optional<QList<qint64>> added = m_questions->insertNew(fixture, &error);
    QVERIFY2(added, qPrintable(error));
    QCOMPARE(added->size(), 6);
}

qint64 TestQuestionModels::addInterview()
{
    Interview i;
    i.topic = u"Topic"_s;
    i.step = Step::Prepare;
    if (!m_interviews->insert(i))
        return 0;
    return i.id;
}

qint64 TestQuestionModels::idOf(const QString &text) const
{
    for (const Question &q : m_questions->all()) {
        if (q.text == text)
            return q.id;
    }
    return 0;
}

void TestQuestionModels::applyRequests(InterviewPlanModel *model)
{
    connect(model, &InterviewPlanModel::planChangeRequested, m_interviews.get(),
            [this, model](const QList<PlannedQuestion> &plan) {
                QString error;
                QVERIFY2(m_interviews->setPlan(model->interviewId(), plan, &error), qPrintable(error));
            });
}

QStringList TestQuestionModels::column(const QAbstractItemModel *model, int column, int role)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values << model->index(row, column).data(role).toString();
    return values;
}

// --- QuestionBankModel ---------------------------------------------------------------------

void TestQuestionModels::bankLoadsTheStore()
{
    QuestionBankModel *bank = bankModel();
    const QList<Question> all = m_questions->all();
    QCOMPARE(bank->rowCount(), all.size());
    QCOMPARE(bank->columnCount(), int(QuestionBankModel::ColumnCount));
    QCOMPARE(bank->questions(), all);

    const Question first = all.constFirst();
    QCOMPARE(bank->index(0, QuestionBankModel::TextColumn).data().toString(), first.text);
    QCOMPARE(bank->index(0, QuestionBankModel::CategoryColumn).data().toString(), first.category);
    QCOMPARE(bank->index(0, QuestionBankModel::TiaraColumn).data().toString(), TiaraNames::displayName(first.tiara));
    QCOMPARE(bank->index(0, QuestionBankModel::UsageColumn).data().toInt(), 0);
    QCOMPARE(bank->index(0, 0).data(QuestionBankModel::QuestionIdRole).toLongLong(), first.id);
    QCOMPARE(bank->index(0, 0).data(QuestionBankModel::FavouriteRole).toBool(), first.favourite);
    QCOMPARE(bank->index(0, QuestionBankModel::FavouriteColumn).data().toString().isEmpty(), !first.favourite);
    QCOMPARE(bank->rowOf(first.id), 0);
    QCOMPARE(bank->rowOf(424242), -1);
    QVERIFY(bank->flags(bank->index(0, 1)) & Qt::ItemIsDragEnabled);
    QCOMPARE(bank->headerData(QuestionBankModel::TextColumn, Qt::Horizontal).toString(), u"Question"_s);
}

void TestQuestionModels::bankFollowsStore()
{
    useFixture();
    QuestionBankModel *bank = bankModel();
    QCOMPARE(bank->rowCount(), 6);
    QSignalSpy inserted(bank, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(bank, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(bank, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(bank, &QAbstractItemModel::modelReset);

    Question added = make(u"What would you read?"_s, u"Resources and referrals"_s, Tiara::Resources);
    QVERIFY(m_questions->insert(added));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(bank->rowCount(), 7);
    const int row = bank->rowOf(added.id);
    QCOMPARE(row, 6);
    QCOMPARE(bank->index(row, QuestionBankModel::TextColumn).data().toString(), added.text);

    QList<Question> two = {make(u"One more?"_s, {}, Tiara::None), make(u"And another?"_s, {}, Tiara::None)};
    QVERIFY(m_questions->insertNew(two));
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(bank->rowCount(), 9);

    added.text = u"What would you read first?"_s;
    added.favourite = true;
    QVERIFY(m_questions->update(added));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.constFirst().at(0).toModelIndex().row(), row);
    QCOMPARE(bank->index(row, QuestionBankModel::TextColumn).data().toString(), u"What would you read first?"_s);
    QVERIFY(bank->index(row, 0).data(QuestionBankModel::FavouriteRole).toBool());

    const qint64 start = idOf(u"How did you start?"_s);
    const std::optional<QList<QuestionRecord>> records = m_questions->remove({start, added.id});
    QVERIFY(records);
    QCOMPARE(removed.size(), 2);
    QCOMPARE(bank->rowCount(), 7);
    QCOMPARE(bank->rowOf(start), -1);
    QCOMPARE(bank->rowOf(added.id), -1);
    QCOMPARE(bank->questions().size(), m_questions->all().size());

    QVERIFY(m_questions->restore(*records));
    QCOMPARE(bank->rowCount(), 9);
    QVERIFY(bank->rowOf(start) >= 0);
    QCOMPARE(bank->question(bank->rowOf(added.id)).text, u"What would you read first?"_s);
    QCOMPARE(reset.size(), 0); // row by row, never a reset
}

void TestQuestionModels::bankUsageFollowsPlans()
{
    useFixture();
    QuestionBankModel *bank = bankModel();
    const qint64 week = idOf(u"What does a normal week look like?"_s);
    const qint64 skills = idOf(u"Which skills matter most?"_s);
    const auto usage = [bank](qint64 id) {
        return bank->index(bank->rowOf(id), QuestionBankModel::UsageColumn).data().toInt();
    };
    QSignalSpy changed(bank, &QAbstractItemModel::dataChanged);

    const qint64 first = addInterview();
    const qint64 second = addInterview();
    QVERIFY(m_interviews->setPlan(first, {{week, u"W?"_s}, {skills, u"S?"_s}}));
    QCOMPARE(usage(week), 1);
    QCOMPARE(usage(skills), 1);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.constFirst().at(0).toModelIndex().column(), int(QuestionBankModel::UsageColumn));

    QVERIFY(m_interviews->setPlan(second, {{week, u"W?"_s}, {0, u"Mine?"_s}}));
    QCOMPARE(usage(week), 2);
    QCOMPARE(usage(skills), 1);
    QCOMPARE(changed.size(), 3); // only what changed

    QVERIFY(m_interviews->remove(first));
    QCOMPARE(usage(week), 1);
    QCOMPARE(usage(skills), 0);
    QCOMPARE(bank->index(bank->rowOf(week), QuestionBankModel::UsageColumn).data(Qt::ToolTipRole).toString(),
             u"Used in 1 interview plan(s)"_s);
}

void TestQuestionModels::bankMimeRoundTrip()
{
    useFixture();
    QuestionBankModel *bank = bankModel();
    QCOMPARE(bank->mimeTypes(), (QStringList{QuestionBankModel::MimeType, u"text/plain"_s}));
    QCOMPARE(bank->supportedDragActions(), Qt::CopyAction);

    // Selection order and several columns of one row: the ids come once each, in row order.
    const QModelIndexList indexes = {bank->index(4, QuestionBankModel::TextColumn), bank->index(1, 0),
                                     bank->index(4, QuestionBankModel::CategoryColumn), bank->index(2, 3)};
    std::unique_ptr<QMimeData> mime(bank->mimeData(indexes));
    QVERIFY(mime);
    QCOMPARE(QuestionBankModel::idsFromMime(mime.get()),
             (QList<qint64>{bank->question(1).id, bank->question(2).id, bank->question(4).id}));
    QCOMPARE(mime->text(),
             QStringList({bank->question(1).text, bank->question(2).text, bank->question(4).text}).join(u'\n'));

    QVERIFY(!bank->mimeData({}));
    QVERIFY(QuestionBankModel::idsFromMime(nullptr).isEmpty());
    QMimeData plain;
    plain.setText(u"Just text"_s);
    QVERIFY(QuestionBankModel::idsFromMime(&plain).isEmpty());
    QMimeData garbage;
    garbage.setData(QuestionBankModel::MimeType, QByteArrayLiteral("xy"));
    QVERIFY(QuestionBankModel::idsFromMime(&garbage).isEmpty());
}

// --- QuestionFilterModel -------------------------------------------------------------------

using Scope = QuestionFilterModel::Scope;

void TestQuestionModels::filter_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected"); // sorted by category, then question

    const QString start = u"How did you start?"_s;
    const QString week = u"What does a normal week look like?"_s;
    const QString skills = u"Which skills matter most?"_s;
    const QString heading = u"Where is the industry heading?"_s;
    const QString talk = u"Who else should I talk to?"_s;
    const QString project = u"What project would show you my skills?"_s;

    QTest::newRow("all") << int(Scope::All) << QString() << QString()
                         << QStringList{start, week, heading, talk, project, skills};
    QTest::newRow("favourites") << int(Scope::Favourites) << QString() << QString() << QStringList{start, skills};
    QTest::newRow("category, either case")
        << int(Scope::Category) << u"Skills"_s << QString() << QStringList{project, skills};
    QTest::newRow("category in capitals")
        << int(Scope::Category) << u"SKILLS"_s << QString() << QStringList{project, skills};
    QTest::newRow("category with one question")
        << int(Scope::Category) << u"Industry trends"_s << QString() << QStringList{heading};
    QTest::newRow("category not in use") << int(Scope::Category) << u"Salary"_s << QString() << QStringList();
    QTest::newRow("one word in texts and categories")
        << int(Scope::All) << QString() << u"skills"_s << QStringList{project, skills};
    QTest::newRow("two words, any order") << int(Scope::All) << QString() << u"week normal"_s << QStringList{week};
    QTest::newRow("spaces and case") << int(Scope::All) << QString() << u"  NORMAL \t  Week "_s << QStringList{week};
    QTest::newRow("every word must match") << int(Scope::All) << QString() << u"normal heading"_s << QStringList();
    QTest::newRow("part of a word") << int(Scope::All) << QString() << u"indus"_s << QStringList{heading};
    QTest::newRow("in the notes") << int(Scope::All) << QString() << u"introduction"_s << QStringList{talk};
    QTest::newRow("TIARA tag") << int(Scope::All) << QString() << u"advice"_s << QStringList{skills};
    QTest::newRow("category and text words") << int(Scope::All) << QString() << u"career start"_s << QStringList{start};
    QTest::newRow("only spaces") << int(Scope::All) << QString() << u"   "_s
                                 << QStringList{start, week, heading, talk, project, skills};
    QTest::newRow("favourites and search") << int(Scope::Favourites) << QString() << u"start"_s << QStringList{start};
    QTest::newRow("favourites, search elsewhere") << int(Scope::Favourites) << QString() << u"week"_s << QStringList();
    QTest::newRow("category and search") << int(Scope::Category) << u"skills"_s << u"project"_s << QStringList{project};
    QTest::newRow("nothing matches") << int(Scope::All) << QString() << u"zeppelin"_s << QStringList();
}

void TestQuestionModels::filter()
{
    QFETCH(int, kind);
    QFETCH(QString, category);
    QFETCH(QString, search);
    QFETCH(QStringList, expected);

    useFixture();
    QuestionFilterModel *proxy = filterModel(bankModel());
    QCOMPARE(proxy->rowCount(), 6);
    proxy->setScope({Scope::Kind(kind), category});
    proxy->setSearchText(search);
    QCOMPARE(proxy->scope(), (Scope{Scope::Kind(kind), category}));
    QCOMPARE(column(proxy, QuestionBankModel::TextColumn), expected);

    // And back.
    proxy->setScope({});
    proxy->setSearchText({});
    QCOMPARE(proxy->rowCount(), 6);
}

void TestQuestionModels::filterFollowsChanges()
{
    useFixture();
    QuestionBankModel *bank = bankModel();
    QuestionFilterModel *proxy = filterModel(bank);
    proxy->setScope({Scope::Favourites, {}});
    QCOMPARE(column(proxy, QuestionBankModel::TextColumn),
             (QStringList{u"How did you start?"_s, u"Which skills matter most?"_s}));

    Question week = *m_questions->question(idOf(u"What does a normal week look like?"_s));
    week.favourite = true;
    QVERIFY(m_questions->update(week));
    QCOMPARE(column(proxy, QuestionBankModel::TextColumn),
             (QStringList{u"How did you start?"_s, week.text, u"Which skills matter most?"_s}));

    Question added = make(u"Any advice for a career changer?"_s, u"Advice"_s, Tiara::Advice, true);
    QVERIFY(m_questions->insert(added));
    QCOMPARE(column(proxy, QuestionBankModel::TextColumn),
             (QStringList{added.text, u"How did you start?"_s, week.text, u"Which skills matter most?"_s}));

    proxy->setSearchText(u"skills"_s);
    QCOMPARE(column(proxy, QuestionBankModel::TextColumn), QStringList{u"Which skills matter most?"_s});
    QVERIFY(m_questions->remove({idOf(u"Which skills matter most?"_s)}));
    QCOMPARE(proxy->rowCount(), 0);

    // Sorting by the other columns.
    proxy->setScope({});
    proxy->setSearchText({});
    proxy->sort(QuestionBankModel::TextColumn);
    const QStringList texts = column(proxy, QuestionBankModel::TextColumn);
    QCOMPARE(texts.constFirst(), added.text);
    QCOMPARE(texts.constLast(), u"Who else should I talk to?"_s);
    const qint64 talk = idOf(u"Who else should I talk to?"_s);
    QVERIFY(m_interviews->setPlan(addInterview(), {{talk, u"T?"_s}}));
    proxy->sort(QuestionBankModel::UsageColumn, Qt::DescendingOrder);
    QCOMPARE(proxy->index(0, QuestionBankModel::TextColumn).data().toString(), u"Who else should I talk to?"_s);
}

// --- QuestionCategoryModel -----------------------------------------------------------------

void TestQuestionModels::categoryCounts()
{
    useFixture();
    auto *categories = track(std::make_unique<QuestionCategoryModel>(bankModel()));
    // "Skills" and "skills" are one category, shown as first seen.
    QStringList lines = column(categories, 0);
    for (QString &line : lines)
        line = line.toLower();
    QCOMPARE(lines,
             (QStringList{u"all questions (6)"_s, u"favourites (2)"_s, u"career path (1)"_s, u"day-to-day work (1)"_s,
                          u"industry trends (1)"_s, u"resources and referrals (1)"_s, u"skills (2)"_s}));
    QCOMPARE(categories->scope(0), (Scope{Scope::All, {}}));
    QCOMPARE(categories->scope(1), (Scope{Scope::Favourites, {}}));
    QCOMPARE(categories->scope(2), (Scope{Scope::Category, u"Career path"_s}));
    QCOMPARE(categories->index(2).data(QuestionCategoryModel::CategoryRole).toString(), u"Career path"_s);
    QCOMPARE(categories->index(2).data(QuestionCategoryModel::ScopeKindRole).toInt(), int(Scope::Category));
    QCOMPARE(categories->scope(99), Scope{});
    QCOMPARE(categories->rowOf({Scope::Category, u"Industry trends"_s}), 4);
    QCOMPARE(categories->rowOf({Scope::Favourites, {}}), 1);
    QCOMPARE(categories->rowOf({Scope::Category, u"Salary"_s}), -1);
}

void TestQuestionModels::categoryCountsFollowTheBank()
{
    useFixture();
    auto *categories = track(std::make_unique<QuestionCategoryModel>(bankModel()));
    QSignalSpy changed(categories, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(categories, &QAbstractItemModel::modelReset);

    // Same categories: counts change in place.
    Question week = *m_questions->question(idOf(u"What does a normal week look like?"_s));
    week.favourite = true;
    QVERIFY(m_questions->update(week));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.constFirst().at(0).toModelIndex().row(), 1);
    QCOMPARE(categories->index(1).data().toString(), u"Favourites (3)"_s);

    Question more = make(u"What do you look for in a CV?"_s, u"Career path"_s, Tiara::Advice);
    QVERIFY(m_questions->insert(more));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(categories->index(0).data().toString(), u"All Questions (7)"_s);
    QCOMPARE(categories->index(2).data().toString(), u"Career path (2)"_s);

    // A new category: a new row, in order.
    Question salary = make(u"How are salaries set?"_s, u"Compensation"_s, Tiara::Insights);
    QVERIFY(m_questions->insert(salary));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(categories->rowOf({Scope::Category, u"Compensation"_s}), 3);
    QCOMPARE(categories->index(3).data().toString(), u"Compensation (1)"_s);

    // Moving the last question out of a category takes the category away.
    salary.category = u"Career path"_s;
    QVERIFY(m_questions->update(salary));
    QCOMPARE(categories->rowOf({Scope::Category, u"Compensation"_s}), -1);
    QCOMPARE(categories->index(2).data().toString(), u"Career path (3)"_s);

    QVERIFY(m_questions->remove({idOf(u"Where is the industry heading?"_s)}));
    QCOMPARE(categories->rowOf({Scope::Category, u"Industry trends"_s}), -1);
    QCOMPARE(categories->index(0).data().toString(), u"All Questions (7)"_s);
}

// --- PlanEdits -----------------------------------------------------------------------------

void TestQuestionModels::planMoved_data()
{
    QTest::addColumn<QString>("plan");
    QTest::addColumn<QList<int>>("rows");
    QTest::addColumn<int>("to");
    QTest::addColumn<QString>("expected");

    QTest::newRow("one row onto itself") << u"ABCDEF"_s << QList<int>{0} << 0 << u"ABCDEF"_s;
    QTest::newRow("one row before the next") << u"ABCDEF"_s << QList<int>{0} << 1 << u"ABCDEF"_s;
    QTest::newRow("one row down by one") << u"ABCDEF"_s << QList<int>{0} << 2 << u"BACDEF"_s;
    QTest::newRow("one row down to the middle") << u"ABCDEF"_s << QList<int>{1} << 4 << u"ACDBEF"_s;
    QTest::newRow("first to the end") << u"ABCDEF"_s << QList<int>{0} << 6 << u"BCDEFA"_s;
    QTest::newRow("last to the top") << u"ABCDEF"_s << QList<int>{5} << 0 << u"FABCDE"_s;
    QTest::newRow("one row up by one") << u"ABCDEF"_s << QList<int>{3} << 2 << u"ABDCEF"_s;
    QTest::newRow("last to the end") << u"ABCDEF"_s << QList<int>{5} << 6 << u"ABCDEF"_s;
    QTest::newRow("two non-adjacent to the top") << u"ABCDEF"_s << QList<int>{1, 3} << 0 << u"BDACEF"_s;
    QTest::newRow("rows in any order") << u"ABCDEF"_s << QList<int>{3, 1} << 0 << u"BDACEF"_s;
    QTest::newRow("two non-adjacent to the end") << u"ABCDEF"_s << QList<int>{1, 3} << 6 << u"ACEFBD"_s;
    QTest::newRow("two non-adjacent down") << u"ABCDEF"_s << QList<int>{1, 3} << 5 << u"ACEBDF"_s;
    QTest::newRow("two non-adjacent up") << u"ABCDEF"_s << QList<int>{2, 5} << 1 << u"ACFBDE"_s;
    QTest::newRow("around the target") << u"ABCDEF"_s << QList<int>{4, 1} << 3 << u"ACBEDF"_s;
    QTest::newRow("every other row to the end") << u"ABCDEF"_s << QList<int>{0, 2, 4} << 6 << u"BDFACE"_s;
    QTest::newRow("every other row to the top") << u"ABCDEF"_s << QList<int>{5, 3, 1} << 0 << u"BDFACE"_s;
    QTest::newRow("adjacent block onto itself") << u"ABCDEF"_s << QList<int>{1, 2} << 2 << u"ABCDEF"_s;
    QTest::newRow("adjacent block just below itself") << u"ABCDEF"_s << QList<int>{1, 2} << 3 << u"ABCDEF"_s;
    QTest::newRow("adjacent block down") << u"ABCDEF"_s << QList<int>{1, 2} << 5 << u"ADEBCF"_s;
    QTest::newRow("target inside a gapped selection") << u"ABCDEF"_s << QList<int>{1, 3} << 3 << u"ACBDEF"_s;
    QTest::newRow("duplicate rows") << u"ABCDEF"_s << QList<int>{0, 0, 1} << 4 << u"CDABEF"_s;
    QTest::newRow("rows out of range are ignored") << u"ABCDEF"_s << QList<int>{-1, 9, 1} << 0 << u"BACDEF"_s;
    QTest::newRow("target past the end") << u"ABCDEF"_s << QList<int>{0} << 99 << u"BCDEFA"_s;
    QTest::newRow("target before the start") << u"ABCDEF"_s << QList<int>{5} << -3 << u"FABCDE"_s;
    QTest::newRow("no rows") << u"ABCDEF"_s << QList<int>{} << 2 << u"ABCDEF"_s;
    QTest::newRow("all rows") << u"ABCDEF"_s << QList<int>{0, 1, 2, 3, 4, 5} << 3 << u"ABCDEF"_s;
    QTest::newRow("custom questions move too") << u"AbCd"_s << QList<int>{1, 3} << 0 << u"bdAC"_s;
    QTest::newRow("empty plan") << QString() << QList<int>{0} << 0 << QString();
    QTest::newRow("single row") << u"A"_s << QList<int>{0} << 1 << u"A"_s;
}

void TestQuestionModels::planMoved()
{
    QFETCH(QString, plan);
    QFETCH(QList<int>, rows);
    QFETCH(int, to);
    QFETCH(QString, expected);
    const QList<PlannedQuestion> result = PlanEdits::moved(fromLetters(plan), rows, to);
    QCOMPARE(letters(result), expected);
    QCOMPARE(result, fromLetters(expected)); // ids travel with their text
}

void TestQuestionModels::planInserted_data()
{
    QTest::addColumn<QString>("plan");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("questions");
    QTest::addColumn<QString>("expected");

    QTest::newRow("at the top") << u"ABC"_s << 0 << u"D"_s << u"DABC"_s;
    QTest::newRow("at the end") << u"ABC"_s << 3 << u"DE"_s << u"ABCDE"_s;
    QTest::newRow("in the middle, in order") << u"ABC"_s << 1 << u"ED"_s << u"AEDBC"_s;
    QTest::newRow("past the end") << u"ABC"_s << 99 << u"D"_s << u"ABCD"_s;
    QTest::newRow("before the start") << u"ABC"_s << -5 << u"D"_s << u"DABC"_s;
    QTest::newRow("already planned is skipped") << u"ABC"_s << 1 << u"BD"_s << u"ADBC"_s;
    QTest::newRow("all already planned") << u"ABC"_s << 1 << u"CAB"_s << u"ABC"_s;
    QTest::newRow("twice in the drop") << u"ABC"_s << 1 << u"DD"_s << u"ADBC"_s;
    QTest::newRow("custom questions are never duplicates") << u"AxC"_s << 3 << u"xx"_s << u"AxCxx"_s;
    QTest::newRow("blank text is skipped") << u"AB"_s << 1 << u"_C_"_s << u"ACB"_s;
    QTest::newRow("into an empty plan") << QString() << 0 << u"AB"_s << u"AB"_s;
    QTest::newRow("nothing") << u"AB"_s << 1 << QString() << u"AB"_s;
}

void TestQuestionModels::planInserted()
{
    QFETCH(QString, plan);
    QFETCH(int, row);
    QFETCH(QString, questions);
    QFETCH(QString, expected);
    const QList<PlannedQuestion> result = PlanEdits::inserted(fromLetters(plan), row, fromLetters(questions));
    QCOMPARE(letters(result), expected);
    QCOMPARE(result, fromLetters(expected));
}

void TestQuestionModels::planRemoved_data()
{
    QTest::addColumn<QString>("plan");
    QTest::addColumn<QList<int>>("rows");
    QTest::addColumn<QString>("expected");

    QTest::newRow("first") << u"ABCDE"_s << QList<int>{0} << u"BCDE"_s;
    QTest::newRow("last") << u"ABCDE"_s << QList<int>{4} << u"ABCD"_s;
    QTest::newRow("several, any order") << u"ABCDE"_s << QList<int>{4, 0, 2} << u"BD"_s;
    QTest::newRow("twice") << u"ABCDE"_s << QList<int>{1, 1} << u"ACDE"_s;
    QTest::newRow("out of range") << u"ABCDE"_s << QList<int>{9, -1} << u"ABCDE"_s;
    QTest::newRow("none") << u"ABCDE"_s << QList<int>{} << u"ABCDE"_s;
    QTest::newRow("all") << u"AbC"_s << QList<int>{0, 1, 2} << QString();
    QTest::newRow("custom") << u"AbC"_s << QList<int>{1} << u"AC"_s;
}

void TestQuestionModels::planRemoved()
{
    QFETCH(QString, plan);
    QFETCH(QList<int>, rows);
    QFETCH(QString, expected);
    QCOMPARE(PlanEdits::removed(fromLetters(plan), rows), fromLetters(expected));
}

// --- InterviewPlanModel --------------------------------------------------------------------

void TestQuestionModels::planModelShowsThePlan()
{
    useFixture();
    const qint64 interview = addInterview();
    const qint64 other = addInterview();
    const qint64 week = idOf(u"What does a normal week look like?"_s);
    InterviewPlanModel *model = planModel(interview);
    QCOMPARE(model->interviewId(), interview);
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(model->flags({}) & Qt::ItemIsDropEnabled);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);

    const QList<PlannedQuestion> planned = {{0, u"What changed after the merger?"_s},
                                            {week, u"What does a normal week look like, for you?"_s}};
    QVERIFY(m_interviews->setPlan(interview, planned));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model->plan(), planned);
    QCOMPARE(
        column(model, 0),
        (QStringList{u"1. What changed after the merger?"_s, u"2. What does a normal week look like, for you?"_s}));
    QCOMPARE(column(model, 0, Qt::EditRole), (QStringList{planned.at(0).text, planned.at(1).text}));
    QCOMPARE(model->index(0).data(InterviewPlanModel::QuestionIdRole).toLongLong(), qint64(0));
    QVERIFY(model->index(0).data(InterviewPlanModel::IsCustomRole).toBool());
    QCOMPARE(model->index(1).data(InterviewPlanModel::QuestionIdRole).toLongLong(), week);
    QVERIFY(!model->index(1).data(InterviewPlanModel::IsCustomRole).toBool());
    const Qt::ItemFlags flags = model->flags(model->index(1));
    QVERIFY(flags & Qt::ItemIsEditable);
    QVERIFY(flags & Qt::ItemIsDragEnabled);
    QVERIFY(!(flags & Qt::ItemIsDropEnabled));

    // Another interview's plan is none of its business.
    QVERIFY(m_interviews->setPlan(other, {{week, u"W?"_s}}));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model->rowCount(), 2);

    // Deleting the interview and undoing it brings the plan back.
    const std::optional<InterviewRecord> record = m_interviews->record(interview);
    QVERIFY(record);
    QVERIFY(m_interviews->remove(interview));
    QVERIFY(m_interviews->restore(*record));
    QCOMPARE(model->plan(), planned);
}

void TestQuestionModels::planDropFromBank()
{
    useFixture();
    QuestionBankModel *bank = bankModel();
    const qint64 interview = addInterview();
    const qint64 week = idOf(u"What does a normal week look like?"_s);
    const qint64 talk = idOf(u"Who else should I talk to?"_s);
    const qint64 start = idOf(u"How did you start?"_s);
    QVERIFY(m_interviews->setPlan(interview, {{0, u"Mine?"_s}, {week, u"Week?"_s}}));
    InterviewPlanModel *model = planModel(interview);
    QSignalSpy requested(model, &InterviewPlanModel::planChangeRequested);
    applyRequests(model);

    QCOMPARE(model->mimeTypes(), (QStringList{InterviewPlanModel::RowsMimeType, QuestionBankModel::MimeType}));
    std::unique_ptr<QMimeData> mime(bank->mimeData(
        {bank->index(bank->rowOf(talk), 1), bank->index(bank->rowOf(week), 1), bank->index(bank->rowOf(start), 1)}));
    QVERIFY(mime);
    QVERIFY(model->canDropMimeData(mime.get(), Qt::CopyAction, 1, 0, {}));
    QVERIFY(!model->canDropMimeData(mime.get(), Qt::CopyAction, -1, -1, model->index(0)));
    QVERIFY(!model->dropMimeData(mime.get(), Qt::CopyAction, -1, -1, model->index(0)));
    QCOMPARE(requested.size(), 0);

    // Dropped between the two planned questions; the one already planned is not added twice.
    QVERIFY(model->dropMimeData(mime.get(), Qt::CopyAction, 1, 0, {}));
    QCOMPARE(requested.size(), 1);
    const QList<PlannedQuestion> expected = {
        {0, u"Mine?"_s}, {start, u"How did you start?"_s}, {talk, u"Who else should I talk to?"_s}, {week, u"Week?"_s}};
    QCOMPARE(requested.constFirst().at(0).value<QList<PlannedQuestion>>(), expected);
    QCOMPARE(requested.constFirst().at(1).toString(), u"Add 2 question(s) to the plan"_s);
    QCOMPARE(model->plan(), expected);
    QCOMPARE(m_interviews->plan(interview), expected);
    QCOMPARE(bank->index(bank->rowOf(talk), QuestionBankModel::UsageColumn).data().toInt(), 1);

    // Everything already planned: nothing to do.
    QVERIFY(!model->dropMimeData(mime.get(), Qt::CopyAction, 0, 0, {}));
    QCOMPARE(requested.size(), 1);

    // Anywhere but between rows (row -1) appends.
    const qint64 skills = idOf(u"Which skills matter most?"_s);
    mime.reset(bank->mimeData({bank->index(bank->rowOf(skills), 0)}));
    QVERIFY(model->dropMimeData(mime.get(), Qt::CopyAction, -1, -1, {}));
    QCOMPARE(model->plan().constLast(), (PlannedQuestion{skills, u"Which skills matter most?"_s}));
    QCOMPARE(model->rowCount(), 5);

    // Plain text, or ids of questions since deleted, are not a bank drop.
    QMimeData plain;
    plain.setText(u"Who else?"_s);
    QVERIFY(!model->canDropMimeData(&plain, Qt::CopyAction, 0, 0, {}));
    QVERIFY(!model->dropMimeData(&plain, Qt::CopyAction, 0, 0, {}));
    const qint64 heading = idOf(u"Where is the industry heading?"_s);
    mime.reset(bank->mimeData({bank->index(bank->rowOf(heading), 0)}));
    QVERIFY(m_questions->remove({heading}));
    QVERIFY(!model->dropMimeData(mime.get(), Qt::CopyAction, 0, 0, {}));
    QCOMPARE(requested.size(), 2);
    QCOMPARE(model->fromBank({skills, heading, start}),
             (QList<PlannedQuestion>{{skills, u"Which skills matter most?"_s}, {start, u"How did you start?"_s}}));
}

void TestQuestionModels::planInternalMove()
{
    const qint64 interview = addInterview();
    QVERIFY(m_interviews->setPlan(interview, fromLetters(u"abcdef"_s)));
    InterviewPlanModel *model = planModel(interview);
    QCOMPARE(model->supportedDragActions(), Qt::MoveAction);
    QVERIFY(model->supportedDropActions() & Qt::MoveAction);
    QSignalSpy requested(model, &InterviewPlanModel::planChangeRequested);
    applyRequests(model);

    // Rows 4 and 1, selected in that order, dropped at the top.
    std::unique_ptr<QMimeData> mime(model->mimeData({model->index(4), model->index(1)}));
    QVERIFY(mime);
    QCOMPARE(mime->text(), u"b\ne"_s);
    QVERIFY(model->canDropMimeData(mime.get(), Qt::MoveAction, 0, 0, {}));
    // The model rearranges itself from the store; the view must not remove the source rows.
    QVERIFY(!model->dropMimeData(mime.get(), Qt::MoveAction, 0, 0, {}));
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.constFirst().at(1).toString(), u"Reorder questions"_s);
    QCOMPARE(letters(model->plan()), u"beacdf"_s);
    QCOMPARE(letters(m_interviews->plan(interview)), u"beacdf"_s);

    // Rows 0 and 3 (b and c now) to the end.
    mime.reset(model->mimeData({model->index(0), model->index(3)}));
    QVERIFY(!model->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, {}));
    QCOMPARE(letters(model->plan()), u"eadfbc"_s);

    // A drop that changes nothing asks for nothing.
    mime.reset(model->mimeData({model->index(2)}));
    QVERIFY(!model->dropMimeData(mime.get(), Qt::MoveAction, 3, 0, {}));
    QCOMPARE(requested.size(), 2);
    QCOMPARE(letters(model->plan()), u"eadfbc"_s);
    QVERIFY(!model->mimeData({}));
}

void TestQuestionModels::planRefusesOtherInterviewsRows()
{
    const qint64 first = addInterview();
    const qint64 second = addInterview();
    QVERIFY(m_interviews->setPlan(first, fromLetters(u"abc"_s)));
    QVERIFY(m_interviews->setPlan(second, fromLetters(u"xyz"_s)));
    InterviewPlanModel *firstModel = planModel(first);
    InterviewPlanModel *secondModel = planModel(second);
    QSignalSpy requested(firstModel, &InterviewPlanModel::planChangeRequested);

    std::unique_ptr<QMimeData> mime(secondModel->mimeData({secondModel->index(2)}));
    QVERIFY(!firstModel->dropMimeData(mime.get(), Qt::MoveAction, 0, 0, {}));
    QVERIFY(!firstModel->dropMimeData(mime.get(), Qt::CopyAction, 0, 0, {}));
    QCOMPARE(requested.size(), 0);
    QCOMPARE(letters(firstModel->plan()), u"abc"_s);

    QMimeData garbage;
    garbage.setData(InterviewPlanModel::RowsMimeType, QByteArrayLiteral("nonsense"));
    QVERIFY(!firstModel->dropMimeData(&garbage, Qt::MoveAction, 0, 0, {}));
    QByteArray noRows;
    {
        QDataStream stream(&noRows, QIODevice::WriteOnly);
        stream << first << QList<int>();
    }
    QMimeData empty;
    empty.setData(InterviewPlanModel::RowsMimeType, noRows);
    QVERIFY(!firstModel->dropMimeData(&empty, Qt::MoveAction, 0, 0, {}));
    QVERIFY(!firstModel->dropMimeData(nullptr, Qt::MoveAction, 0, 0, {}));
    QCOMPARE(requested.size(), 0);
}

void TestQuestionModels::planSetDataEditsText()
{
    useFixture();
    const qint64 interview = addInterview();
    const qint64 week = idOf(u"What does a normal week look like?"_s);
    QVERIFY(m_interviews->setPlan(interview, {{0, u"Mine?"_s}, {week, u"What does a normal week look like?"_s}}));
    InterviewPlanModel *model = planModel(interview);
    QSignalSpy requested(model, &InterviewPlanModel::planChangeRequested);
    applyRequests(model);

    QVERIFY(model->setData(model->index(1), u"  What does a normal week look like at your company?  "_s));
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.constFirst().at(1).toString(), u"Edit planned question"_s);
    // The plan keeps its own wording and its link to the bank; the bank is unchanged.
    const QList<PlannedQuestion> expected = {{0, u"Mine?"_s},
                                             {week, u"What does a normal week look like at your company?"_s}};
    QCOMPARE(model->plan(), expected);
    QCOMPARE(m_questions->question(week)->text, u"What does a normal week look like?"_s);

    QVERIFY(!model->setData(model->index(1), expected.at(1).text)); // unchanged
    QVERIFY(!model->setData(model->index(0), u"   "_s)); // blank
    QVERIFY(!model->setData(model->index(0), u"Other?"_s, Qt::DisplayRole));
    QCOMPARE(requested.size(), 1);
    QCOMPARE(model->plan(), expected);
}

// A bank question deleted while its plan is open: the plan keeps the text and must not hold
// on to the old id, or the next change to the plan would point at a question that is gone.
void TestQuestionModels::planFollowsBankRemovals()
{
    useFixture();
    const qint64 interview = addInterview();
    const qint64 week = idOf(u"What does a normal week look like?"_s);
    const qint64 start = idOf(u"How did you start?"_s);
    QVERIFY(m_interviews->setPlan(interview, {{start, u"How did you start?"_s}, {week, u"Week?"_s}}));
    InterviewPlanModel *model = planModel(interview);
    applyRequests(model);

    const std::optional<QList<QuestionRecord>> records = m_questions->remove({week});
    QVERIFY(records);
    QCOMPARE(model->plan(), m_interviews->plan(interview));
    QVERIFY(model->index(1).data(InterviewPlanModel::IsCustomRole).toBool());

    // Reordering afterwards works.
    std::unique_ptr<QMimeData> mime(model->mimeData({model->index(1)}));
    QVERIFY(!model->dropMimeData(mime.get(), Qt::MoveAction, 0, 0, {}));
    QCOMPARE(model->plan(), (QList<PlannedQuestion>{{0, u"Week?"_s}, {start, u"How did you start?"_s}}));
    QVERIFY(m_interviews->setPlan(interview, {{start, u"How did you start?"_s}, {0, u"Week?"_s}})); // its undo

    // Undoing the deletion links the plan up again.
    QVERIFY(m_questions->restore(*records));
    QCOMPARE(model->plan(), (QList<PlannedQuestion>{{start, u"How did you start?"_s}, {week, u"Week?"_s}}));
    QVERIFY(!model->index(1).data(InterviewPlanModel::IsCustomRole).toBool());

    // Bank changes that do not touch the plan leave the model alone.
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    Question added = make(u"Unrelated?"_s, {}, Tiara::None);
    QVERIFY(m_questions->insert(added));
    QVERIFY(m_questions->remove({added.id}));
    QCOMPARE(reset.size(), 0);
}

QTEST_GUILESS_MAIN(TestQuestionModels)
void TestQuestionModels::conversationShowsQuestionsAndTags()
{
    ConversationModel *model = track(std::make_unique<ConversationModel>());
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(model->nextOpen(-1), -1);
    model->setQuestions({{4, u"What changed this year?"_s}, {0, u"Mine?"_s, QuestionState::Asked, u"Yes"_s}},
                        {{4, Tiara::Trends}});
    QCOMPARE(column(model, 0), QStringList({u"1. What changed this year?"_s, u"2. Mine?"_s}));
    QCOMPARE(model->index(0).data(ConversationModel::QuestionTextRole).toString(), u"What changed this year?"_s);
    QCOMPARE(Tiara(model->index(0).data(ConversationModel::TiaraRole).toInt()), Tiara::Trends);
    QCOMPARE(model->tiara(1), Tiara::None);
    QCOMPARE(model->tiara(7), Tiara::None);
    QCOMPARE(model->index(0).data(Qt::ToolTipRole).toString(), u"Trends · Not asked yet"_s);
    QCOMPARE(model->index(1).data(Qt::ToolTipRole).toString(), u"Asked\nYes"_s);
    QCOMPARE(model->index(1).data(Qt::EditRole).toString(), u"Yes"_s);
    QVERIFY(!(model->flags(model->index(0)) & Qt::ItemIsEditable)); // written in the view's notes box
}

void TestQuestionModels::conversationMarksAndNotes()
{
    ConversationModel *model = track(std::make_unique<ConversationModel>());
    model->setQuestions({{0, u"A?"_s}, {0, u"B?"_s}});
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    model->setState(1, QuestionState::Skipped);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.constFirst().at(0).toModelIndex().row(), 1);
    model->setState(1, QuestionState::Skipped); // no change, no signal
    model->setState(5, QuestionState::Asked); // no such row
    QCOMPARE(changed.size(), 1);
    QVERIFY(model->setData(model->index(0), u"Long answer"_s));
    QVERIFY(model->setData(model->index(0), int(QuestionState::Asked), ConversationModel::StateRole));
    QVERIFY(!model->setData(model->index(0), 99, ConversationModel::StateRole));
    QVERIFY(!model->setData(model->index(0), u"x"_s, Qt::DisplayRole));
    QCOMPARE(changed.size(), 3);
    QCOMPARE(model->count(QuestionState::Asked), 1);
    QCOMPARE(model->count(QuestionState::Skipped), 1);
    QCOMPARE(model->count(QuestionState::Open), 0);
    QCOMPARE(model->questions(),
             QList<PlannedQuestion>({{0, u"A?"_s, QuestionState::Asked, u"Long answer"_s},
                                     {0, u"B?"_s, QuestionState::Skipped, QString()}}));
}

void TestQuestionModels::conversationNextOpen_data()
{
    QTest::addColumn<QString>("states"); // o open, a asked, s skipped
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("next");
    QTest::newRow("from the start") << u"ooo"_s << -1 << 0;
    QTest::newRow("the following one") << u"ooo"_s << 0 << 1;
    QTest::newRow("over done ones") << u"oaso"_s << 0 << 3;
    QTest::newRow("wraps round") << u"oaa"_s << 2 << 0;
    QTest::newRow("only itself") << u"aoa"_s << 1 << 1;
    QTest::newRow("all done") << u"asa"_s << 0 << -1;
}

void TestQuestionModels::conversationNextOpen()
{
    QFETCH(QString, states);
    QFETCH(int, from);
    QFETCH(int, next);
    QList<PlannedQuestion> questions;
    for (QChar c : states) {
        questions.append({0, QString(c),
                          c == u'a'       ? QuestionState::Asked
                              : c == u's' ? QuestionState::Skipped
                                          : QuestionState::Open,
                          QString()});
    }
    ConversationModel *model = track(std::make_unique<ConversationModel>());
    model->setQuestions(questions);
    QCOMPARE(model->nextOpen(from), next);
}

#include "tst_questionmodels.moc"
