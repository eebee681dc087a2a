// Drives the conversation view as a user would: Conduct's Hold the Conversation… (questions one
// at a time, notes, the clock's marks, the end page and the thank-you note) and Prepare's
// Practise… (practice runs kept with the interview, shown on Prepare, undoable). Set
// COFFEECHAT_SCREENSHOT_DIR to save screenshots of the view.

#include "composerdialog.h"
#include "composerwidget.h"
#include "contactpicker.h"
#include "conversationdialog.h"
#include "countdownwidget.h"
#include "interviewdialog.h"
#include "mainwindow.h"
#include "models/conversationmodel.h"
#include "models/todaymodel.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/interviewstore.h"
#include "storage/questionstore.h"
#include "translations.h"
#include "uitest.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace UiTest;

class TestConversation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void conversationRecordsEachQuestionAndLeadsToThanks();
    void notesAreWrittenAsTheyAreTyped();
    void conversationWithoutQuestions();
    void practiceRunsAreKeptShownAndUndoable();
    void emptyPracticeRunIsForgotten();
    void pastPracticeRunOpensAndIsDeleted();

private:
    qint64 addContact(const QString &first, const QString &last);
    // An interview with Ada at `step`, planned with a bank question (TIARA-tagged) and two of its own.
    qint64 addInterview(Step step);
    InterviewDialog *openDialog(qint64 interviewId, Step step);
    QPushButton *button(QWidget *in, const QString &name) { return child<QPushButton>(in, name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    QDateTime m_now;
    qint64 m_ada = 0;
    qint64 m_sam = 0;
    Question m_bankQuestion;
};

void TestConversation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(QCoreApplication::instance());
}

void TestConversation::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("c.sqlite"))));
    // Monday 23 November 2026, 9:00.
    m_now = QDateTime(QDate(2026, 11, 23), QTime(9, 0));
    m_workspace = std::make_unique<Workspace>(m_db.get(), [this] { return m_now; });
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->resize(1280, 760);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(!m_workspace->isLoading());
    m_ada = addContact(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
    m_sam = addContact(QStringLiteral("Sam"), QStringLiteral("Lee"));
    for (const Question &q : m_workspace->questions->all()) {
        if (q.tiara == Tiara::Trends) {
            m_bankQuestion = q;
            break;
        }
    }
    QVERIFY(m_bankQuestion.id > 0);
}

void TestConversation::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    m_db.reset();
}

qint64 TestConversation::addContact(const QString &first, const QString &last)
{
    Contact c;
    c.firstName = first;
    c.lastName = last;
    ContactBatch batch;
    batch.inserts << c;
    if (!m_workspace->contacts->apply(batch))
        return 0;
    return batch.inserts.constFirst().id;
}

qint64 TestConversation::addInterview(Step step)
{
    Interview interview;
    interview.topic = QStringLiteral("What analysts do all day");
    interview.step = step;
    interview.contactId = m_ada;
    interview.learningGoals = QStringLiteral("How they spend a week");
    interview.agenda = QStringLiteral("Introductions, questions, thanks");
    interview.lengthMinutes = 20;
    interview.outreachSentOn = m_now.date().addDays(-7);
    interview.replyReceivedOn = m_now.date().addDays(-5);
    interview.scheduledAt = m_now.addSecs(3600).toUTC(); // in an hour
    if (!m_workspace->interviews->insert(interview))
        return 0;
    m_workspace->interviews->setPlan(interview.id,
                                     {{m_bankQuestion.id, m_bankQuestion.text},
                                      {0, QStringLiteral("What surprised you in your first year?")},
                                      {0, QStringLiteral("Whom else should I talk to?")}});
    m_workspace->undoStack->clear();
    return interview.id;
}

InterviewDialog *TestConversation::openDialog(qint64 interviewId, Step step)
{
    InterviewDialog *dialog = m_window->openInterview(interviewId, step);
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        qWarning("the interview page did not appear");
    return dialog;
}

// The conversation, question by question: notes on each, asked or skipped, the clock's gentle
// marks, and the end page's thank-you note, which records the conversation as held and moves the
// interview to Follow up. Two undo steps take it all back.
void TestConversation::conversationRecordsEachQuestionAndLeadsToThanks()
{
    const qint64 id = addInterview(Step::Conduct);
    InterviewDialog *page = openDialog(id, Step::Conduct);
    QVERIFY(page);
    auto *summary = child<QLabel>(page, u"conversationSummary"_s);
    QCOMPARE(summary->text(), u"Your 3 questions one at a time, with the clock and a notes box for each."_s);

    bool checked = false;
    whenModal<ConversationDialog>([&](ConversationDialog *view) {
        [&] {
            QCOMPARE(view->mode(), ConversationDialog::Mode::Conversation);
            QCOMPARE(view->windowTitle(), u"Conversation with Ada Lovelace"_s);
            QCOMPARE(view->currentRow(), 0);
            QCOMPARE(child<QLabel>(view, u"questionText"_s)->text(), m_bankQuestion.text);
            QCOMPARE(child<QLabel>(view, u"questionTiara"_s)->text(), u"Trends: Where the field is heading"_s);
            QCOMPARE(child<QLabel>(view, u"questionPosition"_s)->text(), u"Question 1 of 3 · Not asked yet"_s);
            auto *notes = child<QPlainTextEdit>(view, u"questionNotes"_s);
            QTest::keyClicks(notes, u"AI tooling everywhere"_s);
            // Ctrl+Return: asked, and on to the next one still open.
            QCOMPARE(view->focusWidget(), notes); // typing goes into the notes at once
            QTest::keyClick(notes, Qt::Key_Return, Qt::ControlModifier);
            QCOMPARE(view->currentRow(), 1);
            QCOMPARE(child<QLabel>(view, u"questionTiara"_s)->text(), u"Your own question"_s);
            QVERIFY(notes->toPlainText().isEmpty());
            button(view, u"skipQuestion"_s)->click();
            QCOMPARE(view->currentRow(), 2);
            QTest::keyClicks(notes, u"Talk to Grace in the data team"_s);
            button(view, u"askedQuestion"_s)->click();
            // Every question done: Previous and the list go back to one.
            QCOMPARE(view->model()->count(QuestionState::Open), 0);
            button(view, u"previousQuestion"_s)->click();
            QCOMPARE(view->currentRow(), 1);
            QCOMPARE(child<QLabel>(view, u"questionPosition"_s)->text(), u"Question 2 of 3 · Skipped"_s);
            auto *list = child<QListView>(view, u"conversationQuestions"_s);
            list->setCurrentIndex(view->model()->index(0));
            QCOMPARE(notes->toPlainText(), u"AI tooling everywhere"_s);
            QTest::keyClicks(child<QPlainTextEdit>(view, u"conversationNotes"_s), u"Warm, generous with time"_s);

            // The clock: nothing said at first, then halfway, then wrapping up, then over.
            qint64 ms = 0;
            CountdownWidget *clock = view->countdown();
            clock->setTimeSource([&ms] { return ms; });
            auto *mark = child<QLabel>(view, u"timeMark"_s);
            clock->start();
            QVERIFY(mark->isHidden());
            ms = 10 * 60 * 1000;
            clock->updateDisplay();
            QCOMPARE(mark->text(), u"Halfway through: 10 minutes left. Keep to the questions that matter most."_s);
            QVERIFY(!mark->isHidden());
            ms = 16 * 60 * 1000;
            clock->updateDisplay();
            QVERIFY(mark->text().startsWith(u"4 minutes left — time to wrap up"_s));
            screenshot(view, u"conversation"_s);
            ms = 21 * 60 * 1000;
            clock->updateDisplay();
            QVERIFY(mark->text().startsWith(u"The agreed time is up."_s));

            whenModal<ComposerDialog>([&](ComposerDialog *composer) {
                QCOMPARE(composer->composer()->kind(), MessageKind::ThankYou);
                checked = true;
                composer->reject();
            });
            button(view, u"endConversation"_s)->click();
            QVERIFY(view->isEndPageShown());
            QCOMPARE(child<QLabel>(view, u"endSummary"_s)->text(),
                     u"You asked 2 of 3 questions and skipped 1.\nIt took 21 minutes, 1 minute more than planned.\n"
                     u"Your notes are kept with the interview, on its Conduct tab."_s);
            screenshot(view, u"conversation-end"_s);
            button(view, u"writeThankYou"_s)->click();
        }();
        if (view->isVisible())
            view->reject();
    });
    button(page, u"holdConversationButton"_s)->click();
    QTRY_VERIFY(checked);

    InterviewStore *store = m_workspace->interviews;
    const QList<PlannedQuestion> plan = store->plan(id);
    QCOMPARE(plan.at(0).state, QuestionState::Asked);
    QCOMPARE(plan.at(0).notes, u"AI tooling everywhere"_s);
    QCOMPARE(plan.at(1).state, QuestionState::Skipped);
    QCOMPARE(plan.at(2).notes, u"Talk to Grace in the data team"_s);
    Interview held = *store->interview(id);
    QCOMPARE(held.conversationNotes, u"Warm, generous with time"_s);
    // Held now, not in an hour as planned, and on to Follow up.
    QCOMPARE(held.scheduledAt, m_now.toUTC());
    QCOMPARE(held.step, Step::FollowUp);
    QCOMPARE(summary->text(), u"2 of 3 questions asked; notes on 2."_s);
    QCOMPARE(child<QPlainTextEdit>(page, u"conversationNotesEdit"_s)->toPlainText(), u"Warm, generous with time"_s);

    // Undo: first the move (and the time), then the notes.
    QUndoStack *undo = m_workspace->undoStack;
    QCOMPARE(undo->count(), 2);
    undo->undo();
    held = *store->interview(id);
    QCOMPARE(held.step, Step::Conduct);
    QCOMPARE(held.scheduledAt, m_now.addSecs(3600).toUTC());
    QCOMPARE(held.conversationNotes, u"Warm, generous with time"_s);
    undo->undo();
    QCOMPARE(store->interview(id)->conversationNotes, QString());
    QCOMPARE(store->plan(id).at(0).state, QuestionState::Open);
    QVERIFY(store->plan(id).at(0).notes.isEmpty());
    undo->redo();
    QCOMPARE(store->plan(id), plan);
    page->reject();
}

// What is typed lands in the database a moment later, before the view is closed: a crash loses
// nothing. The plan editor keeps the notes with their question when the plan is reordered.
void TestConversation::notesAreWrittenAsTheyAreTyped()
{
    const qint64 id = addInterview(Step::Conduct);
    InterviewDialog *page = openDialog(id, Step::Conduct);
    InterviewStore *store = m_workspace->interviews;
    bool done = false;
    whenModal<ConversationDialog>([&](ConversationDialog *view) {
        QTest::keyClicks(child<QPlainTextEdit>(view, u"questionNotes"_s), u"Typed, not yet closed"_s);
        QTRY_COMPARE(store->plan(id).at(0).notes, u"Typed, not yet closed"_s);
        QCOMPARE(m_workspace->undoStack->count(), 0); // one undo step, once closed
        view->reject();
        done = true;
    });
    button(page, u"holdConversationButton"_s)->click();
    QTRY_VERIFY(done);
    QCOMPARE(m_workspace->undoStack->count(), 1);
    QCOMPARE(m_workspace->undoStack->undoText(), u"Notes of the Conversation with Ada Lovelace"_s);
    QCOMPARE(store->interview(id)->step, Step::Conduct); // closing is not ending
    page->reject();
}

void TestConversation::conversationWithoutQuestions()
{
    const qint64 id = addInterview(Step::Conduct);
    QVERIFY(m_workspace->interviews->setPlan(id, {}));
    InterviewDialog *page = openDialog(id, Step::Conduct);
    QCOMPARE(child<QLabel>(page, u"conversationSummary"_s)->text(), u"The clock, and room for your notes."_s);
    bool done = false;
    whenModal<ConversationDialog>([&](ConversationDialog *view) {
        QCOMPARE(view->currentRow(), -1);
        QVERIFY(child<QLabel>(view, u"questionText"_s)->text().startsWith(u"No questions are planned yet"_s));
        QVERIFY(!button(view, u"askedQuestion"_s)->isEnabled());
        QTest::keyClick(view, Qt::Key_Return, Qt::ControlModifier); // nothing to mark
        QTest::keyClicks(child<QPlainTextEdit>(view, u"conversationNotes"_s), u"Only notes"_s);
        view->reject();
        done = true;
    });
    button(page, u"holdConversationButton"_s)->click();
    QTRY_VERIFY(done);
    QCOMPARE(m_workspace->interviews->interview(id)->conversationNotes, u"Only notes"_s);
    page->reject();
}

// Practise… on Prepare: a run with a friend, the same questions and clock, notes on what to
// improve; kept with the interview and shown on Prepare; it moves nothing and reminds of nothing.
void TestConversation::practiceRunsAreKeptShownAndUndoable()
{
    const qint64 id = addInterview(Step::Prepare);
    InterviewDialog *page = openDialog(id, Step::Prepare);
    auto *practiceSummary = child<QLabel>(page, u"practiceSummary"_s);
    auto *pastRuns = child<QToolButton>(page, u"pastPracticeRuns"_s);
    QVERIFY(practiceSummary->text().startsWith(u"Practise the questions with a friend or family member"_s));
    QVERIFY(pastRuns->isHidden());
    auto *checklist = child<QListWidget>(page, u"checklist"_s);
    const auto practiseAdvice = [checklist]() -> QListWidgetItem * {
        for (int row = 0; row < checklist->count(); ++row) {
            if (checklist->item(row)->text().contains(u"Practise the questions"_s))
                return checklist->item(row);
        }
        return nullptr;
    };
    QVERIFY(practiseAdvice());
    QVERIFY(!practiseAdvice()->data(Qt::UserRole).toBool()); // advice, not met yet
    QVERIFY(practiseAdvice()->text().endsWith(u"(advice)"_s));
    const int todayRows = m_workspace->todayModel->rowCount();

    bool done = false;
    whenModal<ConversationDialog>([&](ConversationDialog *view) {
        [&] {
            QCOMPARE(view->mode(), ConversationDialog::Mode::Practice);
            QCOMPARE(view->model()->rowCount(), 3);
            QCOMPARE(view->model()->count(QuestionState::Open), 3);
            child<ContactPicker>(view, u"practicePartner"_s)->setContactId(m_sam);
            QTest::keyClicks(child<QPlainTextEdit>(view, u"questionNotes"_s), u"Rambled"_s);
            button(view, u"askedQuestion"_s)->click();
            button(view, u"askedQuestion"_s)->click();
            QTest::keyClicks(child<QPlainTextEdit>(view, u"conversationNotes"_s), u"Shorter introduction"_s);
            qint64 ms = 0;
            view->countdown()->setTimeSource([&ms] { return ms; });
            view->countdown()->start();
            ms = 14 * 60 * 1000 + 20 * 1000;
            view->countdown()->pause();
            screenshot(view, u"practice"_s);
            button(view, u"endConversation"_s)->click();
            QCOMPARE(child<QLabel>(view, u"endSummary"_s)->text(),
                     u"You asked 2 of 3 questions and skipped 0.\nIt took 14 minutes of the 20 minutes planned.\n"
                     u"Not reached: 1 question.\nPractised with Sam Lee.\n"
                     u"This run is kept with the interview: 1 practice run so far.\n\nWhat to improve:\n"
                     u"Shorter introduction"_s);
            QVERIFY(!view->findChild<QPushButton *>(u"writeThankYou"_s));
            button(view, u"closeEndPage"_s)->click();
        }();
        if (view->isVisible())
            view->reject();
        done = true;
    });
    button(page, u"practiseButton"_s)->click();
    QTRY_VERIFY(done);

    InterviewStore *store = m_workspace->interviews;
    const QList<PracticeRun> runs = store->practiceRuns(id);
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.at(0).partnerId, m_sam);
    QCOMPARE(runs.at(0).notes, u"Shorter introduction"_s);
    QCOMPARE(runs.at(0).elapsedSeconds, 14 * 60 + 20);
    QCOMPARE(runs.at(0).askedCount(), 2);
    QCOMPARE(runs.at(0).questions.at(0).notes, u"Rambled"_s);
    QCOMPARE(runs.at(0).startedAt, m_now.toUTC());
    QVERIFY(store->plan(id).at(0).notes.isEmpty()); // the real plan is untouched
    const QString day = QLocale().toString(m_now.date(), QLocale::LongFormat);
    QCOMPARE(practiceSummary->text(), u"Practised once, on %1 with Sam Lee."_s.arg(day));
    QVERIFY(!pastRuns->isHidden());
    QCOMPARE(pastRuns->menu()->actions().size(), 1);
    QVERIFY(pastRuns->menu()->actions().at(0)->text().endsWith(u", with Sam Lee · 2 of 3 asked"_s));
    // The checklist's advice is met; the interview stays where it was, and Today has nothing new.
    QVERIFY(practiseAdvice());
    QVERIFY(practiseAdvice()->data(Qt::UserRole).toBool());
    QCOMPARE(m_workspace->workflowContext(id).practiceRunCount, 1);
    QCOMPARE(store->interview(id)->step, Step::Prepare);
    QCOMPARE(m_workspace->todayModel->rowCount(), todayRows);
    screenshot(page, u"interview-practised"_s);

    // One undo step forgets the run; redo brings it back as it was.
    QUndoStack *undo = m_workspace->undoStack;
    QCOMPARE(undo->undoText(), u"Practice Run for Ada Lovelace"_s);
    undo->undo();
    QCOMPARE(store->practiceRunCount(id), 0);
    QTRY_VERIFY(pastRuns->isHidden());
    undo->redo();
    QCOMPARE(store->practiceRuns(id), runs);
    QCOMPARE(practiceSummary->text(), u"Practised once, on %1 with Sam Lee."_s.arg(day));
    page->reject();
}

// Opened and closed with nothing done: no run kept, nothing under Undo.
void TestConversation::emptyPracticeRunIsForgotten()
{
    const qint64 id = addInterview(Step::Prepare);
    InterviewDialog *page = openDialog(id, Step::Prepare);
    bool done = false;
    whenModal<ConversationDialog>([&](ConversationDialog *view) {
        // Stored while open: a crash keeps what was typed.
        QCOMPARE(m_workspace->interviews->practiceRunCount(id), 1);
        view->reject();
        done = true;
    });
    button(page, u"practiseButton"_s)->click();
    QTRY_VERIFY(done);
    QCOMPARE(m_workspace->interviews->practiceRunCount(id), 0);
    QCOMPARE(m_workspace->undoStack->count(), 0);
    page->reject();
}

// An earlier run opens from Past Runs with its notes, can be added to, and deleted undoably.
void TestConversation::pastPracticeRunOpensAndIsDeleted()
{
    const qint64 id = addInterview(Step::Prepare);
    PracticeRun run;
    run.interviewId = id;
    run.startedAt = m_now.addDays(-2).toUTC();
    run.elapsedSeconds = 600;
    run.notes = u"Too fast"_s;
    run.questions = m_workspace->interviews->plan(id);
    run.questions[0].state = QuestionState::Asked;
    QVERIFY(m_workspace->interviews->insertPracticeRun(run));
    InterviewDialog *page = openDialog(id, Step::Prepare);
    QCOMPARE(child<QLabel>(page, u"practiceSummary"_s)->text(),
             u"Practised once, on %1."_s.arg(QLocale().toString(m_now.date().addDays(-2), QLocale::LongFormat)));

    bool done = false;
    whenModal<ConversationDialog>([&](ConversationDialog *view) {
        [&] {
            QCOMPARE(child<QPlainTextEdit>(view, u"conversationNotes"_s)->toPlainText(), u"Too fast"_s);
            QCOMPARE(view->countdown()->elapsedSeconds(), 600);
            QCOMPARE(view->currentRow(), 1); // the first still open
            QTest::keyClicks(child<QPlainTextEdit>(view, u"conversationNotes"_s), u", slow down"_s);
        }();
        view->reject();
        done = true;
    });
    child<QToolButton>(page, u"pastPracticeRuns"_s)->menu()->actions().at(0)->trigger();
    QTRY_VERIFY(done);
    InterviewStore *store = m_workspace->interviews;
    QCOMPARE(store->practiceRun(run.id)->notes, u"Too fast, slow down"_s);
    QCOMPARE(m_workspace->undoStack->undoText(), u"Notes of a Practice Run for Ada Lovelace"_s);
    m_workspace->undoStack->undo();
    QCOMPARE(store->practiceRun(run.id)->notes, u"Too fast"_s);

    done = false;
    whenModal<ConversationDialog>([&](ConversationDialog *view) {
        // Asked first; No keeps it.
        whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::No)->click(); });
        button(view, u"deletePracticeRun"_s)->click();
        QVERIFY(view->isVisible());
        whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
        button(view, u"deletePracticeRun"_s)->click();
        done = true;
    });
    child<QToolButton>(page, u"pastPracticeRuns"_s)->menu()->actions().at(0)->trigger();
    QTRY_VERIFY(done);
    QCOMPARE(store->practiceRunCount(id), 0);
    QTRY_VERIFY(child<QToolButton>(page, u"pastPracticeRuns"_s)->isHidden());
    QCOMPARE(m_workspace->undoStack->undoText(), u"Delete Practice Run"_s);
    m_workspace->undoStack->undo();
    QCOMPARE(store->practiceRuns(id).size(), 1);
    QCOMPARE(store->practiceRun(run.id)->notes, u"Too fast"_s);
    page->reject();
}

QTEST_MAIN(TestConversation)
#include "tst_conversation.moc"
