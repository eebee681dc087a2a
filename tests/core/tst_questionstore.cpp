#include "questions/questionbankfile.h"
#include "storage/database.h"
#include "storage/interviewstore.h"
#include "storage/questionstore.h"

#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestQuestionStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void newDatabaseIsSeededWithTheDefaults();
    void reopeningSeedsNothingAgain();
    void allIsSortedByCategoryThenText();
    void insertUpdateRemoveRestore();
    void failedWritesChangeNothingAndStayQuiet();
    void removeKeepsPlanTextAndRestoreRelinks();
    void usageCountCountsPlans();
    void insertNewSkipsQuestionsAlreadyInTheBank();
    void insertNewIsAllOrNothing();
    void missingAndRestoredDefaults();
    void categoriesInUseSorted();
    void questionsKeepTheOrderAsked();

private:
    void open();
    void close();
    qint64 addQuestion(const QString &text, const QString &category = {});
    qint64 addInterview();
    qint64 idOfDefault(const QString &key) const;
    QStringList texts(const QList<Question> &questions) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QuestionStore> m_questions;
    std::unique_ptr<InterviewStore> m_interviews;
    QList<Question> m_defaults;
};

void TestQuestionStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_defaults = QuestionBankFile::defaults();
    QVERIFY(m_defaults.size() >= 60);
}

void TestQuestionStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    open();
}

void TestQuestionStore::cleanup()
{
    close();
    m_dir.reset();
}

void TestQuestionStore::open()
{
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("q.sqlite"))), qPrintable(m_db->errorString()));
    m_questions = std::make_unique<QuestionStore>(m_db.get());
    m_interviews = std::make_unique<InterviewStore>(m_db.get());
}

void TestQuestionStore::close()
{
    m_interviews.reset();
    m_questions.reset();
    m_db.reset();
}

qint64 TestQuestionStore::addQuestion(const QString &text, const QString &category)
{
    Question q;
    q.text = text;
    q.category = category;
    QString error;
    if (!m_questions->insert(q, &error)) {
        qWarning("adding a question failed: %s", qPrintable(error));
        return 0;
    }
    return q.id;
}

qint64 TestQuestionStore::addInterview()
{
    Interview i;
    i.topic = QStringLiteral("Topic");
    i.step = Step::Prepare;
    QString error;
    if (!m_interviews->insert(i, &error)) {
        qWarning("adding an interview failed: %s", qPrintable(error));
        return 0;
    }
    return i.id;
}

qint64 TestQuestionStore::idOfDefault(const QString &key) const
{
    for (const Question &q : m_questions->all()) {
        if (q.defaultKey == key)
            return q.id;
    }
    return 0;
}

QStringList TestQuestionStore::texts(const QList<Question> &questions) const
{
    QStringList result;
    for (const Question &q : questions)
        result << q.text;
    return result;
}

void TestQuestionStore::newDatabaseIsSeededWithTheDefaults()
{
    const QList<Question> all = m_questions->all();
    QCOMPARE(all.size(), m_defaults.size());
    QHash<QString, Question> byKey;
    for (const Question &q : all) {
        QVERIFY(q.id > 0);
        QVERIFY(q.createdAt.isValid());
        QCOMPARE(q.usageCount, 0);
        byKey.insert(q.defaultKey, q);
    }
    for (const Question &shipped : std::as_const(m_defaults)) {
        QVERIFY2(byKey.contains(shipped.defaultKey), qPrintable(shipped.defaultKey));
        const Question &stored = byKey.value(shipped.defaultKey);
        QCOMPARE(stored.text, shipped.text);
        QCOMPARE(stored.category, shipped.category);
        QCOMPARE(stored.tiara, shipped.tiara);
        QCOMPARE(stored.notes, shipped.notes);
        QCOMPARE(stored.favourite, shipped.favourite);
    }
    QVERIFY(m_questions->missingDefaults().isEmpty());
}

// The defaults are added once, after migrating: edits and deletions stay as the user
// left them.
void TestQuestionStore::reopeningSeedsNothingAgain()
{
    close();
    open();
    QCOMPARE(m_questions->all().size(), m_defaults.size());

    const QString editedKey = m_defaults.at(0).defaultKey;
    const QString deletedKey = m_defaults.at(1).defaultKey;
    Question edited = *m_questions->question(idOfDefault(editedKey));
    edited.text = QStringLiteral("How did you really get started?");
    edited.favourite = !edited.favourite;
    QString error;
    QVERIFY2(m_questions->update(edited, &error), qPrintable(error));
    QVERIFY(m_questions->remove({idOfDefault(deletedKey)}));
    const qint64 mine = addQuestion(QStringLiteral("What would you have liked to know in your first month?"));
    QVERIFY(mine > 0);

    close();
    open();
    QCOMPARE(m_db->schemaVersion(), Database::SchemaVersion);
    QCOMPARE(m_questions->all().size(), m_defaults.size());
    const std::optional<Question> afterReopen = m_questions->question(edited.id);
    QVERIFY(afterReopen);
    QCOMPARE(afterReopen->text, edited.text);
    QCOMPARE(afterReopen->favourite, edited.favourite);
    QCOMPARE(afterReopen->defaultKey, editedKey);
    QCOMPARE(idOfDefault(deletedKey), qint64(0));
    QVERIFY(m_questions->question(mine));
    QCOMPARE(texts(m_questions->missingDefaults()), QStringList{m_defaults.at(1).text});
}

void TestQuestionStore::allIsSortedByCategoryThenText()
{
    addQuestion(QStringLiteral("apples?"), QStringLiteral("advice"));
    addQuestion(QStringLiteral("Zebras?"), QStringLiteral("ADVICE"));
    addQuestion(QStringLiteral("No category?"));
    const QList<Question> all = m_questions->all();
    QCOMPARE(all.constFirst().text, QStringLiteral("No category?"));
    for (qsizetype i = 1; i < all.size(); ++i) {
        const int byCategory = all.at(i - 1).category.compare(all.at(i).category, Qt::CaseInsensitive);
        QVERIFY2(byCategory < 0
                     || (byCategory == 0 && all.at(i - 1).text.compare(all.at(i).text, Qt::CaseInsensitive) <= 0),
                 qPrintable(all.at(i - 1).text + QStringLiteral(" / ") + all.at(i).text));
    }
}

void TestQuestionStore::insertUpdateRemoveRestore()
{
    QSignalSpy inserted(m_questions.get(), &QuestionStore::questionsInserted);
    QSignalSpy updated(m_questions.get(), &QuestionStore::questionUpdated);
    QSignalSpy removed(m_questions.get(), &QuestionStore::questionsRemoved);

    Question q;
    q.id = 9999; // ignored: insert always makes a new question
    q.text = QStringLiteral("  What would you change about how you got here?  ");
    q.category = QStringLiteral(" Career path ");
    q.tiara = Tiara::Advice;
    q.notes = QStringLiteral("Ask after the career story.\n'; DROP TABLE questions; --");
    q.favourite = true;
    q.defaultKey = QStringLiteral("not-shipped");
    QString error;
    QVERIFY2(m_questions->insert(q, &error), qPrintable(error));
    QVERIFY(q.id > 0);
    QVERIFY(q.id != 9999);
    QVERIFY(q.createdAt.isValid());
    QCOMPARE(q.createdAt, q.updatedAt);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.constFirst().constFirst().value<QList<qint64>>(), QList<qint64>{q.id});

    std::optional<Question> stored = m_questions->question(q.id);
    QVERIFY(stored);
    QCOMPARE(stored->text, QStringLiteral("What would you change about how you got here?"));
    QCOMPARE(stored->category, QStringLiteral("Career path"));
    QCOMPARE(stored->tiara, Tiara::Advice);
    QCOMPARE(stored->notes, q.notes);
    QVERIFY(stored->favourite);
    QCOMPARE(stored->createdAt, q.createdAt);
    QCOMPARE(m_questions->all().size(), m_defaults.size() + 1);

    Question changed = *stored;
    changed.text = QStringLiteral("What would you do differently?");
    changed.category.clear();
    changed.tiara = Tiara::None;
    changed.notes.clear();
    changed.favourite = false;
    QTest::qWait(2); // so updatedAt moves on
    QVERIFY2(m_questions->update(changed, &error), qPrintable(error));
    QCOMPARE(updated.size(), 1);
    QCOMPARE(updated.constFirst().constFirst().toLongLong(), q.id);
    stored = m_questions->question(q.id);
    QCOMPARE(stored->text, changed.text);
    QCOMPARE(stored->category, QString());
    QCOMPARE(stored->tiara, Tiara::None);
    QCOMPARE(stored->notes, QString());
    QVERIFY(!stored->favourite);
    QCOMPARE(stored->createdAt, q.createdAt);
    QVERIFY(stored->updatedAt > q.updatedAt);
    QCOMPARE(*stored, changed);

    const std::optional<QList<QuestionRecord>> records = m_questions->remove({q.id, 424242});
    QVERIFY(records);
    QCOMPARE(records->size(), 1); // the missing id is ignored
    QCOMPARE(records->constFirst().question, *stored);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.constFirst().constFirst().value<QList<qint64>>(), QList<qint64>{q.id});
    QVERIFY(!m_questions->question(q.id));

    // Removing nothing is not news.
    QVERIFY(m_questions->remove({424242}));
    QCOMPARE(removed.size(), 1);

    // Undo brings it back as it was, with its id.
    inserted.clear();
    QVERIFY2(m_questions->restore(*records, &error), qPrintable(error));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.constFirst().constFirst().value<QList<qint64>>(), QList<qint64>{q.id});
    QCOMPARE(*m_questions->question(q.id), *stored);
}

void TestQuestionStore::failedWritesChangeNothingAndStayQuiet()
{
    QSignalSpy inserted(m_questions.get(), &QuestionStore::questionsInserted);
    QSignalSpy updated(m_questions.get(), &QuestionStore::questionUpdated);

    Question gone;
    gone.id = 424242;
    gone.text = QStringLiteral("Gone?");
    QString error;
    QVERIFY(!m_questions->update(gone, &error));
    QVERIFY2(error.contains(QStringLiteral("no longer exists")), qPrintable(error));

    // Restoring a question whose id is taken again fails as a whole.
    const qint64 id = addQuestion(QStringLiteral("Which part of the job is hardest?"));
    inserted.clear();
    QuestionRecord clash;
    clash.question = *m_questions->question(id);
    QuestionRecord fresh;
    fresh.question.id = 515151;
    fresh.question.text = QStringLiteral("Restored together with the clash?");
    fresh.question.createdAt = fresh.question.updatedAt = QDateTime::currentDateTimeUtc();
    QString clashError;
    QVERIFY(!m_questions->restore({fresh, clash}, &clashError));
    QVERIFY(!clashError.isEmpty());
    QVERIFY(!m_questions->question(515151));

    QCOMPARE(inserted.size(), 0);
    QCOMPARE(updated.size(), 0);
    QCOMPARE(m_questions->all().size(), m_defaults.size() + 1);

    // A later success reports no error.
    Question later;
    later.text = QStringLiteral("What comes next?");
    QString laterError;
    QVERIFY(m_questions->insert(later, &laterError));
    QVERIFY(laterError.isEmpty());
}

// Plans keep what was planned when a bank question goes; undo links them up again.
void TestQuestionStore::removeKeepsPlanTextAndRestoreRelinks()
{
    const qint64 asked = addQuestion(QStringLiteral("What does a good first year look like?"));
    const qint64 other = addQuestion(QStringLiteral("Who should I talk to next?"));
    const qint64 first = addInterview();
    const qint64 second = addInterview();
    const QList<PlannedQuestion> firstPlan = {
        {other, QStringLiteral("Who should I talk to next?")},
        {0, QStringLiteral("What changed after the merger?")},
        {asked, QStringLiteral("What does a good first year look like, for you?")}};
    const QList<PlannedQuestion> secondPlan = {{asked, QStringLiteral("What does a good first year look like?")}};
    QString error;
    QVERIFY2(m_interviews->setPlan(first, firstPlan, &error), qPrintable(error));
    QVERIFY2(m_interviews->setPlan(second, secondPlan, &error), qPrintable(error));
    QCOMPARE(m_questions->question(asked)->usageCount, 2);
    // A practice run of the first plan: its copy links to the bank too.
    PracticeRun run;
    run.interviewId = first;
    run.questions = firstPlan;
    QVERIFY2(m_interviews->insertPracticeRun(run, &error), qPrintable(error));

    const std::optional<QList<QuestionRecord>> records = m_questions->remove({asked});
    QVERIFY(records);
    QCOMPARE(records->size(), 1);
    QCOMPARE(records->constFirst().question.usageCount, 2);
    QCOMPARE(records->constFirst().planLinks, (QList<QuestionRecord::PlanLink>{{first, 2}, {second, 0}}));
    QCOMPARE(records->constFirst().practiceLinks, (QList<QuestionRecord::PracticeLink>{{run.id, 2}}));
    QVERIFY(m_interviews->practiceRun(run.id)->questions.at(2).isCustom());

    // The text stays, the link goes.
    QList<PlannedQuestion> unlinked = firstPlan;
    unlinked[2].questionId = 0;
    QCOMPARE(m_interviews->plan(first), unlinked);
    QVERIFY(m_interviews->plan(first).at(2).isCustom());
    QCOMPARE(m_interviews->plan(second), (QList<PlannedQuestion>{{0, secondPlan.at(0).text}}));
    QCOMPARE(m_questions->question(other)->usageCount, 1);

    QVERIFY2(m_questions->restore(*records, &error), qPrintable(error));
    QCOMPARE(m_interviews->plan(first), firstPlan);
    QCOMPARE(m_interviews->plan(second), secondPlan);
    QCOMPARE(m_interviews->practiceRun(run.id)->questions, firstPlan);
    QCOMPARE(m_questions->question(asked)->usageCount, 2);
    // The question written for the interview stays its own.
    QVERIFY(m_interviews->plan(first).at(1).isCustom());
}

void TestQuestionStore::usageCountCountsPlans()
{
    const qint64 a = addQuestion(QStringLiteral("What is a normal week like?"));
    const qint64 b = addQuestion(QStringLiteral("What would you read to learn the field?"));
    const qint64 first = addInterview();
    const qint64 second = addInterview();
    QCOMPARE(m_questions->question(a)->usageCount, 0);

    QVERIFY(m_interviews->setPlan(first, {{a, QStringLiteral("A?")}, {b, QStringLiteral("B?")}}));
    QVERIFY(m_interviews->setPlan(second, {{a, QStringLiteral("A?")}, {0, QStringLiteral("Mine?")}}));
    QCOMPARE(m_questions->question(a)->usageCount, 2);
    QCOMPARE(m_questions->question(b)->usageCount, 1);
    for (const Question &q : m_questions->all()) {
        if (q.id != a && q.id != b)
            QCOMPARE(q.usageCount, 0);
    }
    const QList<Question> some = m_questions->questions({b, a});
    QCOMPARE(some.at(0).usageCount, 1);
    QCOMPARE(some.at(1).usageCount, 2);

    QVERIFY(m_interviews->setPlan(first, {{b, QStringLiteral("B?")}}));
    QCOMPARE(m_questions->question(a)->usageCount, 1);
    QVERIFY(m_interviews->remove(second));
    QCOMPARE(m_questions->question(a)->usageCount, 0);
    QCOMPARE(m_questions->question(b)->usageCount, 1);
}

void TestQuestionStore::insertNewSkipsQuestionsAlreadyInTheBank()
{
    const QString existing = m_defaults.at(0).text;
    QSignalSpy inserted(m_questions.get(), &QuestionStore::questionsInserted);

    auto make = [](const QString &text, const QString &key = {}) {
        Question q;
        q.text = text;
        q.category = QStringLiteral("Shared");
        q.defaultKey = key;
        q.usageCount = 7;
        return q;
    };
    QList<Question> incoming = {
        make(QStringLiteral("   ") + existing.toUpper() + QStringLiteral("  ")), // already in the bank
        make(QStringLiteral("What do you wish you had known?"), m_defaults.at(1).defaultKey),
        make(QStringLiteral("what do you wish you had KNOWN? ")), // twice in the file
        make(QStringLiteral("  ")),
        make(QStringLiteral("Which meetings matter?")),
    };
    QString error;
    const std::optional<QList<qint64>> added = m_questions->insertNew(incoming, &error);
    QVERIFY2(added, qPrintable(error));
    QCOMPARE(added->size(), 2);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.constFirst().constFirst().value<QList<qint64>>(), *added);

    // The list now holds what was stored.
    QCOMPARE(
        texts(incoming),
        (QStringList{QStringLiteral("What do you wish you had known?"), QStringLiteral("Which meetings matter?")}));
    QCOMPARE(incoming.at(0).id, added->at(0));
    QCOMPARE(incoming.at(1).id, added->at(1));
    const QList<Question> stored = m_questions->questions(*added);
    QCOMPARE(texts(stored), texts(incoming));
    for (const Question &q : stored) {
        // A shared file cannot pose as a shipped question.
        QVERIFY(q.defaultKey.isEmpty());
        QCOMPARE(q.usageCount, 0);
        QCOMPARE(q.category, QStringLiteral("Shared"));
    }
    QCOMPARE(m_questions->all().size(), m_defaults.size() + 2);
    QVERIFY(m_questions->missingDefaults().isEmpty());

    // Importing the same file again adds nothing and says nothing.
    QList<Question> again = {make(QStringLiteral("Which meetings matter?"))};
    const std::optional<QList<qint64>> none = m_questions->insertNew(again);
    QVERIFY(none);
    QVERIFY(none->isEmpty());
    QVERIFY(again.isEmpty());
    QCOMPARE(inserted.size(), 1);
}

void TestQuestionStore::insertNewIsAllOrNothing()
{
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON questions WHEN NEW.text = 'Boom?' "
                                      "BEGIN SELECT RAISE(ABORT, 'refused'); END")));
    }
    QSignalSpy inserted(m_questions.get(), &QuestionStore::questionsInserted);
    QList<Question> incoming(3);
    incoming[0].text = QStringLiteral("First of three?");
    incoming[1].text = QStringLiteral("Boom?");
    incoming[2].text = QStringLiteral("Third of three?");
    const QList<Question> before = incoming;

    QString error;
    QVERIFY(!m_questions->insertNew(incoming, &error));
    QVERIFY2(error.contains(QStringLiteral("refused")), qPrintable(error));
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(incoming, before);
    QCOMPARE(m_questions->all().size(), m_defaults.size());
    for (const Question &q : m_questions->all())
        QVERIFY(q.text != QStringLiteral("First of three?"));
}

void TestQuestionStore::missingAndRestoredDefaults()
{
    QVERIFY(m_questions->missingDefaults().isEmpty());
    const std::optional<QList<qint64>> nothing = m_questions->restoreDefaults();
    QVERIFY(nothing);
    QVERIFY(nothing->isEmpty());

    const QStringList goneKeys = {m_defaults.at(2).defaultKey, m_defaults.at(5).defaultKey,
                                  m_defaults.constLast().defaultKey};
    QList<qint64> ids;
    for (const QString &key : goneKeys)
        ids << idOfDefault(key);
    QVERIFY(!ids.contains(0));
    QVERIFY(m_questions->remove(ids));
    // An edited default is still there: it is not missing.
    Question edited = *m_questions->question(idOfDefault(m_defaults.at(3).defaultKey));
    edited.text = QStringLiteral("My own wording?");
    QVERIFY(m_questions->update(edited));

    const QList<Question> missing = m_questions->missingDefaults();
    QStringList missingKeys;
    for (const Question &q : missing)
        missingKeys << q.defaultKey;
    QCOMPARE(missingKeys, goneKeys); // in the shipped order

    QSignalSpy inserted(m_questions.get(), &QuestionStore::questionsInserted);
    QString error;
    const std::optional<QList<qint64>> restored = m_questions->restoreDefaults(&error);
    QVERIFY2(restored, qPrintable(error));
    QCOMPARE(restored->size(), 3);
    QCOMPARE(inserted.size(), 1);
    QVERIFY(m_questions->missingDefaults().isEmpty());
    QCOMPARE(m_questions->all().size(), m_defaults.size());
    const QList<Question> back = m_questions->questions(*restored);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(back.at(i).defaultKey, goneKeys.at(i));
        QCOMPARE(back.at(i).text, missing.at(i).text);
    }
    QCOMPARE(m_questions->question(edited.id)->text, QStringLiteral("My own wording?"));

    // Undo of a deletion brings a default back with its key, so it is not missing either.
    const std::optional<QList<QuestionRecord>> records = m_questions->remove({restored->at(0)});
    QVERIFY(records);
    QCOMPARE(m_questions->missingDefaults().size(), 1);
    QVERIFY(m_questions->restore(*records));
    QVERIFY(m_questions->missingDefaults().isEmpty());
}

void TestQuestionStore::categoriesInUseSorted()
{
    QSet<QString> shipped;
    for (const Question &q : std::as_const(m_defaults))
        shipped.insert(q.category);
    QStringList expected(shipped.begin(), shipped.end());
    expected << QStringLiteral("negotiation") << QStringLiteral("Zoo keeping");
    std::sort(expected.begin(), expected.end(),
              [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });

    addQuestion(QStringLiteral("How are offers made?"), QStringLiteral("  negotiation "));
    addQuestion(QStringLiteral("Who feeds the lions?"), QStringLiteral("Zoo keeping"));
    addQuestion(QStringLiteral("Who feeds the penguins?"), QStringLiteral("Zoo keeping"));
    addQuestion(QStringLiteral("Uncategorised?"));
    QCOMPARE(m_questions->categories(), expected);
}

void TestQuestionStore::questionsKeepTheOrderAsked()
{
    const qint64 a = addQuestion(QStringLiteral("A?"));
    const qint64 b = addQuestion(QStringLiteral("B?"));
    const qint64 c = addQuestion(QStringLiteral("C?"));
    QCOMPARE(texts(m_questions->questions({c, a, 424242, b})),
             (QStringList{QStringLiteral("C?"), QStringLiteral("A?"), QStringLiteral("B?")}));
    QCOMPARE(texts(m_questions->questions({b})), QStringList{QStringLiteral("B?")});
    QVERIFY(m_questions->questions({}).isEmpty());
}

QTEST_GUILESS_MAIN(TestQuestionStore)
#include "tst_questionstore.moc"
