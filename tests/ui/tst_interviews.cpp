// Drives the interview planner as a user would: the interview page, the pipeline board,
// the Today list and the conversation countdown. Set COFFEECHAT_SCREENSHOT_DIR to save
// screenshots of the pages while the tests run.

#include "commands/interviewcommands.h"
#include "contactpicker.h"
#include "countdownwidget.h"
#include "datefield.h"
#include "exportcontroller.h"
#include "interviewcarddelegate.h"
#include "interviewdialog.h"
#include "mainwindow.h"
#include "models/contactlistmodel.h"
#include "models/interviewfiltermodel.h"
#include "models/interviewlistmodel.h"
#include "models/todaymodel.h"
#include "organisationsview.h"
#include "pipelineview.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/interviewstore.h"
#include "storage/organisationstore.h"
#include "todayview.h"
#include "translations.h"
#include "uitest.h"
#include "workflow/interviewdefaults.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace UiTest;

class TestInterviews : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void referralsKeepTheirDatesThroughUndo();
    void cleanup();
    void takeOneContactFromResearchToCompleted();
    void refusedBoardMoveExplainsAndMovesNothing();
    void boardMoveIsOneUndoStep();
    void deleteFromTheBoardIsUndoable();
    void todayListsWhatIsDue_data();
    void todayListsWhatIsDue();
    void todayItemOpensTheRightPlace();
    void todayItemsAreDoneSnoozedAndDismissed();
    void todayAsksToThankTheIntroducer();
    void newInterviewClosedUntouchedLeavesNothing();
    void checklistFollowsTyping();
    void offerConversationIsChosenOnResearch();
    void boardIsUsedFromTheKeyboardAtAnyWidth_data();
    void boardIsUsedFromTheKeyboardAtAnyWidth();
    void cardsSayEachThingOnce_data();
    void cardsSayEachThingOnce();
    void contactWithInterviewsIsNotDeleted();
    void organisationPageShowsPeopleAndInterviews();
    void countdownKeepsTime();
    void exportsCalendarFromTheMenu();

private:
    qint64 addContact(const QString &first, const QString &last, const QString &company);
    InterviewDialog *openDialog(qint64 interviewId);
    void clickAdvance(InterviewDialog *dialog);
    Step stepOf(qint64 id) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    QDateTime m_now;
};

void TestInterviews::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(QCoreApplication::instance());
}

void TestInterviews::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("i.sqlite"))));
    // Monday 23 November 2026, 9:00.
    m_now = QDateTime(QDate(2026, 11, 23), QTime(9, 0));
    m_workspace = std::make_unique<Workspace>(m_db.get(), [this] { return m_now; });
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->resize(1280, 760);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(!m_workspace->isLoading());
}

// Add and remove a referral, undo and redo: the day it was recorded stays, a referral recorded
// before dates were kept comes back without one, and adding one already there undoes nothing.
void TestInterviews::referralsKeepTheirDatesThroughUndo()
{
    const qint64 ada = addContact(QStringLiteral("Ada"), QStringLiteral("Lovelace"), QStringLiteral("Engines"));
    const qint64 alan = addContact(QStringLiteral("Alan"), QStringLiteral("Turing"), QString());
    const qint64 grace = addContact(QStringLiteral("Grace"), QStringLiteral("Hopper"), QString());
    Interview interview;
    interview.contactId = ada;
    InterviewStore *store = m_workspace->interviews;
    QVERIFY(store->insert(interview));
    QUndoStack *undo = m_workspace->undoStack;
    undo->clear();

    const QDate monday = m_now.date();
    QVERIFY(InterviewCommands::addReferral(undo, store, interview.id, alan, QStringLiteral("Alan"), monday));
    QCOMPARE(store->referralRecords(interview.id), QList<Referral>({{alan, monday}}));
    m_now = m_now.addDays(3); // redo on a later day keeps the first
    undo->undo();
    QVERIFY(store->referralRecords(interview.id).isEmpty());
    undo->redo();
    QCOMPARE(store->referralRecords(interview.id), QList<Referral>({{alan, monday}}));

    // Already there: nothing recorded, nothing to undo.
    const int entries = undo->count();
    QVERIFY(InterviewCommands::addReferral(undo, store, interview.id, alan, QStringLiteral("Alan"), m_now.date()));
    QCOMPARE(undo->count(), entries);
    QCOMPARE(store->referralRecords(interview.id), QList<Referral>({{alan, monday}}));

    // Removed and brought back with its date; one without a date comes back without one.
    QVERIFY(store->addReferral(interview.id, grace, QDate())); // as migrated from schema 7
    QVERIFY(InterviewCommands::removeReferral(undo, store, interview.id, alan, QStringLiteral("Alan")));
    QVERIFY(InterviewCommands::removeReferral(undo, store, interview.id, grace, QStringLiteral("Grace")));
    QVERIFY(store->referralRecords(interview.id).isEmpty());
    undo->undo();
    undo->undo();
    const QList<Referral> back = store->referralRecords(interview.id);
    QCOMPARE(back.size(), 2);
    QVERIFY(back.contains(Referral{alan, monday}));
    QVERIFY(back.contains(Referral{grace, QDate()}));
}

void TestInterviews::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    m_db.reset();
}

qint64 TestInterviews::addContact(const QString &first, const QString &last, const QString &company)
{
    Contact c;
    c.firstName = first;
    c.lastName = last;
    c.company = company;
    c.position = QStringLiteral("Product designer");
    c.relationship = Relationship::Alumni;
    ContactBatch batch;
    batch.inserts << c;
    if (!m_workspace->contacts->apply(batch))
        return 0;
    return batch.inserts.constFirst().id;
}

InterviewDialog *TestInterviews::openDialog(qint64 interviewId)
{
    return m_window->openInterview(interviewId, Step::Research);
}

void TestInterviews::clickAdvance(InterviewDialog *dialog)
{
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("advanceButton")), Qt::LeftButton);
}

Step TestInterviews::stepOf(qint64 id) const
{
    return m_window->workspace()->interviews->interview(id).value_or(Interview()).step;
}

void TestInterviews::takeOneContactFromResearchToCompleted()
{
    const qint64 ana = addContact(QStringLiteral("Ana"), QStringLiteral("Silva"), QStringLiteral("Acme Robotics"));
    QVERIFY(ana);
    const qint64 id = m_window->startInterview(ana);
    QVERIFY(id);
    auto *dialog = m_window->findChild<InterviewDialog *>(QStringLiteral("interviewDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *refusal = child<QLabel>(dialog, QStringLiteral("refusalLabel"));
    QCOMPARE(child<QLabel>(dialog, QStringLiteral("interviewTitle"))->text(),
             QStringLiteral("Informational interview with Ana Silva, Acme Robotics"));

    // Research: refused until the user says what they want to learn.
    clickAdvance(dialog);
    QCOMPARE(stepOf(id), Step::Research);
    QVERIFY(refusal->isVisible());
    QCOMPARE(refusal->text(), QStringLiteral("Research needs what you want to learn from the conversation."));
    child<QPlainTextEdit>(dialog, QStringLiteral("learningGoalsEdit"))
        ->setPlainText(QStringLiteral("How designers move into research roles"));
    screenshot(dialog, QStringLiteral("interview-page"));
    clickAdvance(dialog);
    QCOMPARE(stepOf(id), Step::Identify);
    QVERIFY(!refusal->isVisible());
    QCOMPARE(child<QTabWidget>(dialog, QStringLiteral("stepTabs"))->currentIndex(), 1);

    // Identify: the contact came with the interview. Prepare: the agenda is prefilled.
    clickAdvance(dialog);
    QVERIFY2(stepOf(id) == Step::Prepare, qPrintable(refusal->text()));
    clickAdvance(dialog);
    QCOMPARE(stepOf(id), Step::Contact);

    // Contact: outreach and reply are both needed.
    clickAdvance(dialog);
    QCOMPARE(stepOf(id), Step::Contact);
    QCOMPARE(refusal->text(),
             QStringLiteral("Contact needs an outreach message or a note of how you reached them.\n"
                            "Contact needs the day they replied and agreed to talk."));
    child<QCheckBox>(child<DateField>(dialog, QStringLiteral("outreachSentOn")), QStringLiteral("set"))
        ->setChecked(true);
    child<QCheckBox>(child<DateField>(dialog, QStringLiteral("replyReceivedOn")), QStringLiteral("set"))
        ->setChecked(true);
    clickAdvance(dialog);
    QCOMPARE(stepOf(id), Step::Conduct);
    QCOMPARE(m_window->workspace()->interviews->interview(id)->outreachSentOn, m_now.date());

    // Conduct: a conversation set for tomorrow has not happened yet.
    auto *when = child<DateTimeField>(dialog, QStringLiteral("scheduledAt"));
    child<QCheckBox>(when, QStringLiteral("set"))->setChecked(true);
    child<QDateTimeEdit>(when, QStringLiteral("dateTime"))->setDateTime(m_now.addDays(1));
    clickAdvance(dialog);
    QCOMPARE(stepOf(id), Step::Conduct);
    QVERIFY(refusal->text().startsWith(QStringLiteral("Conduct can move on once the conversation has taken place")));
    m_now = m_now.addDays(1).addSecs(3600);
    clickAdvance(dialog);
    QCOMPARE(stepOf(id), Step::FollowUp);

    // Follow up: the thank-you note is listed at once, due within two days.
    QCOMPARE(m_workspace->todayModel->rowCount(), 1);
    QCOMPARE(m_workspace->todayModel->index(0, TodayModel::WhenColumn).data().toString(),
             QStringLiteral("Due %1").arg(QLocale().dayName(m_now.date().addDays(2).dayOfWeek())));
    m_now = m_now.addDays(2);
    m_workspace->todayModel->refresh();
    QCOMPARE(m_workspace->todayModel->rowCount(), 1);
    QCOMPARE(m_workspace->todayModel->index(0, TodayModel::WhenColumn).data().toString(), QStringLiteral("Due today"));
    QCOMPARE(m_workspace->todayModel->index(0, TodayModel::WhatColumn).data().toString(),
             QStringLiteral("Send a thank-you note"));
    clickAdvance(dialog);
    QCOMPARE(refusal->text(), QStringLiteral("Follow up needs the day you sent your thank-you note."));
    child<QCheckBox>(child<DateField>(dialog, QStringLiteral("thankYouSentOn")), QStringLiteral("set"))
        ->setChecked(true);
    QCOMPARE(child<QPushButton>(dialog, QStringLiteral("advanceButton"))->text(), QStringLiteral("Mark as Completed"));
    clickAdvance(dialog);
    QCOMPARE(stepOf(id), Step::Completed);
    QCOMPARE(m_workspace->todayModel->rowCount(), 0);

    // Every move is in the history, and undo takes the last one back.
    auto *history = child<QListWidget>(dialog, QStringLiteral("historyList"));
    QCOMPARE(history->count(), 7); // started + six moves
    QVERIFY(history->item(6)->text().endsWith(QStringLiteral("Follow up → Completed")));
    QVERIFY(child<QPushButton>(dialog, QStringLiteral("reopenButton"))->isVisibleTo(dialog));
    m_workspace->undoStack->undo();
    QCOMPARE(stepOf(id), Step::FollowUp);
    QCOMPARE(m_window->workspace()->interviews->history(id).size(), 5);
    m_workspace->undoStack->redo();
    QCOMPARE(stepOf(id), Step::Completed);
    dialog->reject();
}

void TestInterviews::refusedBoardMoveExplainsAndMovesNothing()
{
    const qint64 ben = addContact(QStringLiteral("Ben"), QStringLiteral("Okafor"), QStringLiteral("Northwind"));
    Interview interview;
    interview.contactId = ben;
    interview.topic = QStringLiteral("Data journalism");
    QVERIFY(InterviewCommands::addInterview(m_workspace->undoStack, m_window->workspace()->interviews, interview));
    m_window->showPage(MainWindow::InterviewsPage);
    PipelineView *board = m_window->pipeline();
    QCOMPARE(board->columnModel(Step::Research)->rowCount(), 1);

    // Drag the card from Research and drop it on Prepare, as the mouse would.
    StepColumnView *from = board->column(Step::Research);
    std::unique_ptr<QMimeData> mime(from->model()->mimeData({from->model()->index(0, 0)}));
    QVERIFY(mime);
    StepColumnView *to = board->column(Step::Prepare);
    const QPoint pos = to->viewport()->rect().center();
    QDragEnterEvent enter(pos, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(to->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(pos), Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(to->viewport(), &drop);

    QCOMPARE(stepOf(interview.id), Step::Research);
    QCOMPARE(board->refusalText(),
             QStringLiteral("“Ben Okafor” cannot move to Prepare: "
                            "Research needs what you want to learn from the conversation."));
    QCOMPARE(board->columnModel(Step::Research)->rowCount(), 1);
    QCOMPARE(board->columnModel(Step::Prepare)->rowCount(), 0);
    QCOMPARE(m_workspace->undoStack->count(), 1); // only the creation

    // The reasons stay while they are true: another interview changing does not clear them…
    Interview other;
    other.contactId = ben;
    other.topic = QStringLiteral("Newsroom tools");
    QVERIFY(m_window->workspace()->interviews->insert(other));
    other.learningGoals = QStringLiteral("How a newsroom picks its tools.");
    QVERIFY(m_window->workspace()->interviews->update(other));
    QVERIFY(!board->refusalText().isEmpty());
    // …and go once the interview they are about changes (what was missing, filled in on its page).
    Interview filled = *m_window->workspace()->interviews->interview(interview.id);
    filled.learningGoals = QStringLiteral("How a data desk chooses its stories.");
    QVERIFY(m_window->workspace()->interviews->update(filled));
    QCOMPARE(board->refusalText(), QString());

    // A file dragged over the board is not a card: it goes on to the main window, which
    // imports it, and no interview moves.
    QMimeData fileMime;
    fileMime.setUrls({QUrl::fromLocalFile(QStringLiteral("/nonexistent/Connections.csv"))});
    QDropEvent fileDrop(QPointF(pos), Qt::CopyAction, &fileMime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(to->viewport(), &fileDrop);
    QCOMPARE(stepOf(interview.id), Step::Research);
}

void TestInterviews::boardMoveIsOneUndoStep()
{
    const qint64 cara = addContact(QStringLiteral("Cara"), QStringLiteral("Lindqvist"), QStringLiteral("Helio"));
    Interview interview;
    interview.contactId = cara;
    interview.learningGoals = QStringLiteral("What a solar installer's week looks like");
    interview.agenda = QStringLiteral("Questions");
    QVERIFY(InterviewCommands::addInterview(m_workspace->undoStack, m_window->workspace()->interviews, interview));
    PipelineView *board = m_window->pipeline();
    QVERIFY(board->moveInterviews({interview.id}, Step::Contact));
    QCOMPARE(stepOf(interview.id), Step::Contact);
    QCOMPARE(board->columnModel(Step::Contact)->rowCount(), 1);
    QCOMPARE(m_window->workspace()->interviews->history(interview.id).size(), 3);
    // A few more cards for the screenshot: one due, one overdue.
    Interview due;
    due.contactId = addContact(QStringLiteral("Jon"), QStringLiteral("Bergström"), QStringLiteral("Helio"));
    due.topic = QStringLiteral("Grid storage");
    due.step = Step::FollowUp;
    due.scheduledAt = m_now.addDays(-2);
    QVERIFY(m_window->workspace()->interviews->insert(due));
    Interview waiting;
    waiting.contactId = addContact(QStringLiteral("Kim"), QStringLiteral("Adeyemi"), QStringLiteral("Northwind"));
    waiting.topic = QStringLiteral("Newsroom data teams");
    waiting.step = Step::Contact;
    waiting.outreachSentOn = m_now.date().addDays(-10);
    QVERIFY(m_window->workspace()->interviews->insert(waiting));
    m_window->showPage(MainWindow::InterviewsPage);
    screenshot(m_window.get(), QStringLiteral("pipeline"));
    m_workspace->undoStack->undo();
    QCOMPARE(stepOf(interview.id), Step::Research);
    QCOMPARE(m_window->workspace()->interviews->history(interview.id).size(), 0);
    QCOMPARE(board->columnModel(Step::Research)->rowCount(), 1);
    QCOMPARE(board->columnModel(Step::Contact)->rowCount(), 1); // Kim
}

void TestInterviews::deleteFromTheBoardIsUndoable()
{
    Interview interview;
    interview.contactId = addContact(QStringLiteral("Lea"), QStringLiteral("Moreau"), QStringLiteral("Helio"));
    interview.topic = QStringLiteral("Solar permits");
    QVERIFY(InterviewCommands::addInterview(m_workspace->undoStack, m_window->workspace()->interviews, interview));
    m_window->showPage(MainWindow::InterviewsPage);
    PipelineView *board = m_window->pipeline();
    QAction *remove = m_window->findChild<QAction *>(QStringLiteral("deleteInterviewAction"));
    QVERIFY(remove);

    // Nothing selected: nothing deleted, and the status bar says what to do.
    board->column(Step::Contact)->setFocus();
    remove->trigger();
    QVERIFY(m_window->workspace()->interviews->interview(interview.id));
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("Select an interview on the Interviews page first."));

    StepColumnView *column = board->column(Step::Research);
    column->setFocus();
    QTRY_VERIFY(column->hasFocus());
    column->setCurrentIndex(column->model()->index(0, 0));
    remove->trigger();
    QVERIFY(!m_window->workspace()->interviews->interview(interview.id));
    QCOMPARE(board->columnModel(Step::Research)->rowCount(), 0);
    QVERIFY(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Interview deleted.")));
    m_workspace->undoStack->undo();
    QCOMPARE(m_window->workspace()->interviews->interview(interview.id).value_or(Interview()).topic,
             QStringLiteral("Solar permits"));
    QCOMPARE(board->columnModel(Step::Research)->rowCount(), 1);
}

void TestInterviews::todayListsWhatIsDue_data()
{
    QTest::addColumn<QDate>("outreach");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QStringList>("expected");
    const QString second = QStringLiteral("No reply yet: approach a second person there");
    const QString followUp = QStringLiteral("No reply yet: send one polite follow-up");
    // Friday 13 November 2026: 3 business days is Wednesday 18, 7 is Tuesday 24.
    QTest::newRow("two business days later") << QDate(2026, 11, 13) << QDate(2026, 11, 17) << QStringList();
    QTest::newRow("three business days, over a weekend")
        << QDate(2026, 11, 13) << QDate(2026, 11, 18) << QStringList{second};
    QTest::newRow("six business days") << QDate(2026, 11, 13) << QDate(2026, 11, 23) << QStringList{second};
    QTest::newRow("seven business days") << QDate(2026, 11, 13) << QDate(2026, 11, 24) << QStringList{second, followUp};
    // Sent on a Saturday: counting starts on Monday.
    QTest::newRow("saturday + 3") << QDate(2026, 11, 21) << QDate(2026, 11, 25) << QStringList{second};
    QTest::newRow("saturday + 2") << QDate(2026, 11, 21) << QDate(2026, 11, 24) << QStringList();
}

void TestInterviews::todayListsWhatIsDue()
{
    QFETCH(QDate, outreach);
    QFETCH(QDate, today);
    QFETCH(QStringList, expected);
    const qint64 dan = addContact(QStringLiteral("Dan"), QStringLiteral("Moreau"), QStringLiteral("Oakfield"));
    Interview interview;
    interview.contactId = dan;
    interview.step = Step::Contact;
    interview.outreachSentOn = outreach;
    QVERIFY(m_window->workspace()->interviews->insert(interview));
    m_now = QDateTime(today, QTime(8, 30));
    m_workspace->todayModel->refresh();
    QStringList shown;
    QTreeView *list = m_window->today()->list();
    for (int row = 0; row < list->model()->rowCount(); ++row)
        shown << list->model()->index(row, TodayModel::WhatColumn).data().toString();
    QCOMPARE(shown, expected);
    if (!expected.isEmpty()) {
        QCOMPARE(list->model()->index(0, TodayModel::WhoColumn).data().toString(), QStringLiteral("Dan Moreau"));
        QCOMPARE(m_window->tabs()->tabText(MainWindow::TodayPage), QStringLiteral("Today (%1)").arg(expected.size()));
    }
}

void TestInterviews::todayItemOpensTheRightPlace()
{
    const qint64 eva = addContact(QStringLiteral("Eva"), QStringLiteral("Nakamura"), QStringLiteral("Lumen Health"));
    Interview interview;
    interview.contactId = eva;
    interview.topic = QStringLiteral("Hospital IT");
    interview.step = Step::FollowUp;
    interview.scheduledAt = m_now.addDays(-3);
    QVERIFY(m_window->workspace()->interviews->insert(interview));
    Interview upcoming;
    upcoming.contactId = eva;
    upcoming.step = Step::Conduct;
    upcoming.scheduledAt = QDateTime(m_now.date().addDays(1), QTime(14, 0));
    QVERIFY(m_window->workspace()->interviews->insert(upcoming));
    m_window->showPage(MainWindow::TodayPage);
    QTreeView *list = m_window->today()->list();
    QTRY_COMPARE(list->model()->rowCount(), 2);
    QCOMPARE(list->model()->index(0, TodayModel::WhenColumn).data().toString(), QStringLiteral("1 day overdue"));
    QCOMPARE(list->model()->index(1, TodayModel::WhatColumn).data().toString(),
             QStringLiteral("Conversation coming up"));
    QVERIFY(list->model()->index(1, TodayModel::WhenColumn).data().toString().startsWith(QStringLiteral("Tomorrow")));
    screenshot(m_window.get(), QStringLiteral("today"));

    list->setCurrentIndex(list->model()->index(0, 0));
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Return);
    auto *dialog = m_window->findChild<InterviewDialog *>(QStringLiteral("interviewDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->interviewId(), interview.id);
    QCOMPARE(child<QTabWidget>(dialog, QStringLiteral("stepTabs"))->currentIndex(), 5); // Follow up
    dialog->reject();
}

// The repros: a declined interview asks for a referral every day, a conversation
// held yesterday waits for its thank-you. Each is cleared from the keyboard and the buttons,
// kept in the database, and undone.
void TestInterviews::todayItemsAreDoneSnoozedAndDismissed()
{
    const qint64 eva = addContact(QStringLiteral("Eva"), QStringLiteral("Nakamura"), QStringLiteral("Lumen Health"));
    Interview held;
    held.contactId = eva;
    held.topic = QStringLiteral("Hospital IT");
    held.step = Step::Conduct;
    held.outreachSentOn = m_now.date().addDays(-10);
    held.replyReceivedOn = m_now.date().addDays(-8);
    held.scheduledAt = m_now.addDays(-1);
    QVERIFY(m_workspace->interviews->insert(held));
    Interview waiting;
    waiting.contactId = eva;
    waiting.step = Step::Contact;
    waiting.outreachSentOn = QDate(2026, 11, 17); // Tuesday: three business days were Friday
    QVERIFY(m_workspace->interviews->insert(waiting));
    Interview declined;
    declined.contactId = eva;
    declined.step = Step::Declined;
    declined.closedOn = QDate(2026, 7, 26); // "120 days overdue"
    QVERIFY(m_workspace->interviews->insert(declined));

    m_window->showPage(MainWindow::TodayPage);
    TodayView *today = m_window->today();
    QTreeView *list = today->list();
    const auto whats = [&list] {
        QStringList lines;
        for (int row = 0; row < list->model()->rowCount(); ++row)
            lines << list->model()->index(row, TodayModel::WhatColumn).data().toString();
        return lines;
    };
    const QString referral = QStringLiteral("They declined: ask who else you could talk to");
    const QString second = QStringLiteral("No reply yet: approach a second person there");
    const QString thanks = QStringLiteral("Send a thank-you note");
    QTRY_COMPARE(whats(), QStringList({referral, second, thanks}));
    QCOMPARE(list->model()->index(0, TodayModel::WhenColumn).data().toString(), QStringLiteral("120 days overdue"));
    QCOMPARE(list->model()->index(2, TodayModel::WhenColumn).data().toString(), QStringLiteral("Due tomorrow"));
    screenshot(m_window.get(), QStringLiteral("today-actions"));

    // Dismiss the referral ask: the current row counts, no selection needed.
    list->setFocus();
    list->setCurrentIndex(list->model()->index(0, 0));
    auto *dismiss = child<QPushButton>(today, QStringLiteral("reminderDismissButton"));
    QVERIFY(dismiss->isEnabled());
    dismiss->click();
    QCOMPARE(whats(), QStringList({second, thanks}));
    QCOMPARE(list->currentIndex().row(), 0); // the next one is current, for the keyboard
    QVERIFY(m_workspace->interviews->reminderActions().find(
        Reminder{declined.id, Reminder::Kind::AskForReferral, declined.closedOn, {}, {}, Step::FollowUp}));

    // Snooze the second person until tomorrow; it is back then.
    today->findChild<QAction *>(QStringLiteral("snoozeTomorrowAction"))->trigger();
    QCOMPARE(whats(), QStringList({thanks}));

    // Done on the thank-you records it as sent today, and the interview moves to Follow up.
    list->setCurrentIndex(list->model()->index(0, 0));
    child<QPushButton>(today, QStringLiteral("reminderDoneButton"))->click();
    QVERIFY(whats().isEmpty());
    QCOMPARE(m_workspace->interviews->interview(held.id)->thankYouSentOn, m_now.date());
    QCOMPARE(stepOf(held.id), Step::FollowUp);
    QVERIFY(child<QLabel>(today, QStringLiteral("todayEmpty"))->isVisible());
    QVERIFY(
        child<QLabel>(today, QStringLiteral("todayEmpty"))->text().contains(QStringLiteral("Nothing to do right now")));

    // Undo, one decision at a time.
    m_workspace->undoStack->undo();
    QCOMPARE(whats(), QStringList({thanks}));
    QVERIFY(!m_workspace->interviews->interview(held.id)->thankYouSentOn.isValid());
    m_workspace->undoStack->undo();
    QCOMPARE(whats(), QStringList({second, thanks}));
    m_workspace->undoStack->redo();
    QCOMPARE(whats(), QStringList({thanks}));

    // The next day the snoozed one is back; the dismissed one stays away after a restart.
    m_now = m_now.addDays(1);
    m_window.reset();
    m_workspace.reset();
    m_workspace = std::make_unique<Workspace>(m_db.get(), [this] { return m_now; });
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->show();
    QTRY_VERIFY(!m_workspace->isLoading());
    m_window->showPage(MainWindow::TodayPage);
    list = m_window->today()->list();
    QTRY_COMPARE(whats(), QStringList({second, thanks}));
}

// "First and foremost thank your friend who has introduced you": once the conversation is held,
// Today names the introducer, Mark as Sent records the day, and undo takes it back.
void TestInterviews::todayAsksToThankTheIntroducer()
{
    const qint64 eva = addContact(QStringLiteral("Eva"), QStringLiteral("Nakamura"), QStringLiteral("Lumen Health"));
    const qint64 priya = addContact(QStringLiteral("Priya"), QStringLiteral("Shah"), QStringLiteral("Lumen Health"));
    Interview held;
    held.contactId = eva;
    held.introducedById = priya;
    held.topic = QStringLiteral("Hospital IT");
    held.step = Step::FollowUp;
    held.outreachSentOn = m_now.date().addDays(-10);
    held.replyReceivedOn = m_now.date().addDays(-8);
    held.scheduledAt = m_now.addDays(-1);
    held.thankYouSentOn = m_now.date();
    QVERIFY(m_workspace->interviews->insert(held));

    m_window->showPage(MainWindow::TodayPage);
    TodayView *today = m_window->today();
    QTreeView *list = today->list();
    const QString thankPriya = QStringLiteral("Thank Priya Shah for the introduction");
    QTRY_COMPARE(list->model()->rowCount(), 1);
    QCOMPARE(list->model()->index(0, TodayModel::WhatColumn).data().toString(), thankPriya);
    QCOMPARE(list->model()->index(0, TodayModel::WhoColumn).data().toString(), QStringLiteral("Eva Nakamura"));
    QCOMPARE(list->model()->index(0, TodayModel::WhenColumn).data().toString(), QStringLiteral("Due tomorrow"));

    list->setFocus();
    list->setCurrentIndex(list->model()->index(0, 0));
    child<QPushButton>(today, QStringLiteral("reminderDoneButton"))->click();
    QCOMPARE(list->model()->rowCount(), 0);
    const Interview thanked = *m_workspace->interviews->interview(held.id);
    QCOMPARE(thanked.introducerThankedOn, m_now.date());
    QCOMPARE(thanked.step, Step::FollowUp); // a courtesy moves nothing
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("Thanks for the introduction")));

    m_workspace->undoStack->undo();
    QVERIFY(!m_workspace->interviews->interview(held.id)->introducerThankedOn.isValid());
    QCOMPARE(list->model()->index(0, TodayModel::WhatColumn).data().toString(), thankPriya);
    // Snoozing says which task, by the introducer's name.
    list->setCurrentIndex(list->model()->index(0, 0));
    today->findChild<QAction *>(QStringLiteral("snoozeTomorrowAction"))->trigger();
    QVERIFY2(m_window->statusBar()->currentMessage().startsWith(u"“"_s + thankPriya + u"” is back on"_s),
             qPrintable(m_window->statusBar()->currentMessage()));
    m_workspace->undoStack->undo();
    QTRY_COMPARE(list->model()->rowCount(), 1);

    // Renaming the introducer renames the task.
    Contact renamed = *m_workspace->contacts->contact(priya);
    renamed.lastName = QStringLiteral("Shah-Okoro");
    ContactBatch batch;
    batch.updates << renamed;
    QVERIFY(m_workspace->contacts->apply(batch));
    QTRY_COMPARE(list->model()->index(0, TodayModel::WhatColumn).data().toString(),
                 QStringLiteral("Thank Priya Shah-Okoro for the introduction"));
}

// Interviews › New Interview… and Escape: no empty card, no "New interview" under Undo. Choosing
// a person fills in their organisation and how you know them.
void TestInterviews::newInterviewClosedUntouchedLeavesNothing()
{
    const qint64 ana = addContact(QStringLiteral("Ana"), QStringLiteral("Silva"), QStringLiteral("Orbit Labs"));
    m_window->showPage(MainWindow::InterviewsPage);
    QAction *newInterview = m_window->findChild<QAction *>(QStringLiteral("newInterviewAction"));
    QVERIFY(newInterview);
    const int undoBefore = m_workspace->undoStack->count();
    newInterview->trigger();
    auto *dialog = m_window->findChild<InterviewDialog *>(QStringLiteral("interviewDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(m_workspace->interviews->all().size(), 1);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog->isVisible());
    QVERIFY(m_workspace->interviews->all().isEmpty());
    QCOMPARE(m_workspace->undoStack->count(), undoBefore);
    QVERIFY(!m_workspace->undoStack->canRedo());
    QTRY_COMPARE(m_workspace->interviewModel->rowCount(), 0);

    // Again, choosing a person this time.
    newInterview->trigger();
    QTRY_VERIFY(m_window->findChildren<InterviewDialog *>().size() == 1);
    dialog = m_window->findChild<InterviewDialog *>(QStringLiteral("interviewDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *picker = child<ContactPicker>(dialog, QStringLiteral("contactPicker"));
    picker->setContactId(ana);
    QCOMPARE(child<QComboBox>(dialog, QStringLiteral("organisationCombo"))->currentText(),
             QStringLiteral("Orbit Labs"));
    QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("connectionEdit"))->text(),
             RelationshipNames::displayName(Relationship::Alumni));
    QVERIFY(dialog->save());
    dialog->reject();
    const QList<Interview> kept = m_workspace->interviews->all();
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.constFirst().contactId, ana);
    QCOMPARE(m_workspace->organisations->organisation(kept.constFirst().organisationId)->name,
             QStringLiteral("Orbit Labs"));
}

// A conversation after an offer: chosen on Research, with its deadline; the bank opens on its
// questions, the agenda suggests its own, and Today lists the deadline from the week before.
void TestInterviews::offerConversationIsChosenOnResearch()
{
    Interview interview;
    interview.topic = QStringLiteral("The data team at Contoso");
    interview.agenda = InterviewDefaults::standardAgenda(); // as a new interview starts
    QVERIFY(m_workspace->interviews->insert(interview));
    InterviewDialog *dialog = openDialog(interview.id);
    QTRY_VERIFY(dialog->isVisible());
    auto *deadline = child<DateField>(dialog, QStringLiteral("offerDeadline"));
    QVERIFY(!deadline->isVisible()); // exploring: no deadline to ask about

    auto *kind = child<QComboBox>(dialog, QStringLiteral("kindCombo"));
    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_Down);
    QCOMPARE(kind->currentText(), QStringLiteral("Deciding on an offer"));
    QVERIFY(deadline->isVisible());
    QVERIFY(child<QComboBox>(dialog, QStringLiteral("planBankCategory"))
                ->currentText()
                .startsWith(QStringLiteral("Deciding on an offer (")));
    QVERIFY(child<QPlainTextEdit>(dialog, QStringLiteral("agendaEdit"))
                ->placeholderText()
                .contains(QStringLiteral("where you are with the offer")));
    QVERIFY(
        child<QLabel>(dialog, QStringLiteral("prepareHint"))->text().startsWith(u"Ask how the team really works"_s));
    // The new interview's agenda was the usual one: it becomes the offer's, and Ctrl+Z brings it back.
    auto *agenda = child<QPlainTextEdit>(dialog, QStringLiteral("agendaEdit"));
    QCOMPARE(agenda->toPlainText(), InterviewDefaults::offerAgenda());
    agenda->undo();
    QCOMPARE(agenda->toPlainText(), InterviewDefaults::standardAgenda());
    agenda->redo();
    QCOMPARE(agenda->toPlainText(), InterviewDefaults::offerAgenda());
    // Alt+Y reaches the deadline's check box, as its label says: QLabel gives its buddy the focus
    // only when the buddy takes focus, and the field passes it to the check box.
    QLabel *deadlineLabel = nullptr;
    for (QLabel *label : dialog->findChildren<QLabel *>()) {
        if (label->buddy() == deadline)
            deadlineLabel = label;
    }
    QVERIFY(deadlineLabel);
    QCOMPARE(deadlineLabel->text(), QStringLiteral("Answer the offer b&y:"));
    QVERIFY(deadline->focusPolicy() != Qt::NoFocus);
    QCOMPARE(deadline->focusProxy(), child<QCheckBox>(deadline, QStringLiteral("set")));
    child<QCheckBox>(deadline, QStringLiteral("set"))->click();
    QVERIFY(deadline->date().isValid());
    child<QDateEdit>(deadline, QStringLiteral("date"))->setDate(m_now.date().addDays(5));
    screenshot(dialog, QStringLiteral("interview-offer"));
    child<QDialogButtonBox>(dialog, QStringLiteral("dialogButtons"))->button(QDialogButtonBox::Save)->click();
    const Interview saved = *m_workspace->interviews->interview(interview.id);
    QCOMPARE(saved.kind, InterviewKind::DecidingOnOffer);
    QCOMPARE(saved.offerDeadline, m_now.date().addDays(5));
    dialog->reject();

    m_window->showPage(MainWindow::TodayPage);
    QTreeView *list = m_window->today()->list();
    QTRY_COMPARE(list->model()->rowCount(), 1);
    QCOMPARE(list->model()->index(0, TodayModel::WhatColumn).data().toString(), QStringLiteral("Answer the offer"));

    // Back to exploring: the deadline row goes, and so does the reminder; undo brings both back.
    dialog = openDialog(interview.id);
    QTRY_VERIFY(dialog->isVisible());
    kind = child<QComboBox>(dialog, QStringLiteral("kindCombo"));
    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_Up);
    QVERIFY(!child<DateField>(dialog, QStringLiteral("offerDeadline"))->isVisible());
    QCOMPARE(child<QPlainTextEdit>(dialog, QStringLiteral("agendaEdit"))->toPlainText(),
             InterviewDefaults::standardAgenda());
    child<QDialogButtonBox>(dialog, QStringLiteral("dialogButtons"))->button(QDialogButtonBox::Save)->click();
    dialog->reject();
    QTRY_COMPARE(list->model()->rowCount(), 0);
    m_workspace->undoStack->undo();
    QTRY_COMPARE(list->model()->rowCount(), 1);
}

// "What this step needs" follows the fields before Save, and a stale refusal goes.
void TestInterviews::checklistFollowsTyping()
{
    Interview interview;
    interview.topic = QStringLiteral("Hospital IT");
    QVERIFY(m_workspace->interviews->insert(interview));
    InterviewDialog *dialog = openDialog(interview.id);
    QTRY_VERIFY(dialog->isVisible());
    auto *checklist = child<QListWidget>(dialog, QStringLiteral("checklist"));
    const auto met = [checklist](const QString &text) {
        for (int row = 0; row < checklist->count(); ++row) {
            if (checklist->item(row)->text().contains(text))
                return checklist->item(row)->data(Qt::UserRole).toBool();
        }
        return false;
    };
    const QString goals = QStringLiteral("Write down what you want to learn");
    QVERIFY(!met(goals));
    clickAdvance(dialog);
    auto *refusal = child<QLabel>(dialog, QStringLiteral("refusalLabel"));
    QVERIFY(refusal->isVisible());
    auto *edit = child<QPlainTextEdit>(dialog, QStringLiteral("learningGoalsEdit"));
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("How the on-call rota works"));
    QVERIFY(!refusal->isVisible());
    QTRY_VERIFY(met(goals));
    QCOMPARE(stepOf(interview.id), Step::Research); // nothing saved or moved by typing
    whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Discard)->click(); });
    dialog->reject();
}

void TestInterviews::boardIsUsedFromTheKeyboardAtAnyWidth_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1000×650") << QSize(1000, 650);
    QTest::newRow("1600×1000") << QSize(1600, 1000);
}

// Cards fit their columns (no sideways scrolling), say in words what is due, read in full to a
// screen reader, and move with Ctrl+Shift+Right/Left, with the same refusals as a drag.
void TestInterviews::boardIsUsedFromTheKeyboardAtAnyWidth()
{
    QFETCH(QSize, size);
    const qint64 ana =
        addContact(QStringLiteral("Ana"), QStringLiteral("Silva"), QStringLiteral("Datum Corporation International"));
    Organisation datum;
    datum.name = QStringLiteral("Datum Corporation International");
    QVERIFY(m_workspace->organisations->insert(datum));
    Interview interview;
    interview.contactId = ana;
    interview.organisationId = datum.id;
    interview.topic = QStringLiteral("What a platform engineering manager does day to day");
    interview.learningGoals = QStringLiteral("How on-call works");
    QVERIFY(m_workspace->interviews->insert(interview));
    Interview declined;
    declined.contactId = ana;
    declined.step = Step::Declined;
    declined.closedOn = QDate(2026, 11, 20);
    QVERIFY(m_workspace->interviews->insert(declined));
    m_window->resize(size);
    m_window->showPage(MainWindow::InterviewsPage);
    PipelineView *board = m_window->findChild<PipelineView *>(QStringLiteral("pipelineView"));
    auto *research = child<StepColumnView>(board, QStringLiteral("column-research"));
    QTRY_COMPARE(research->model()->rowCount(), 1);
    QTest::qWait(50); // laid out
    for (StepColumnView *column : board->findChildren<StepColumnView *>()) {
        QVERIFY(!column->horizontalScrollBar()->isVisible());
        if (column->model()->rowCount() > 0)
            QVERIFY(column->visualRect(column->model()->index(0, 0)).width() <= column->viewport()->width());
    }
    auto *ended = child<StepColumnView>(board, QStringLiteral("column-ended"));
    QTRY_COMPARE(ended->model()->rowCount(), 1);
    QVERIFY2(ended->model()
                 ->index(0, 0)
                 .data(InterviewListModel::CardStatusRole)
                 .toString()
                 .startsWith(QStringLiteral("Declined · 3 days overdue")),
             qPrintable(ended->model()->index(0, 0).data(InterviewListModel::CardStatusRole).toString()));
    const QString spoken = research->model()->index(0, 0).data(Qt::AccessibleTextRole).toString();
    for (const QString &part : {QStringLiteral("Ana Silva"), QStringLiteral("Datum Corporation International"),
                                QStringLiteral("platform engineering"), QStringLiteral("step 1, Research")})
        QVERIFY2(spoken.contains(part), qPrintable(spoken));
    screenshot(m_window.get(), QStringLiteral("board-%1x%2").arg(size.width()).arg(size.height()));

    research->setFocus();
    research->setCurrentIndex(research->model()->index(0, 0));
    QTest::keyClick(research, Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(stepOf(interview.id), Step::Identify);
    auto *identify = child<StepColumnView>(board, QStringLiteral("column-identify"));
    QVERIFY(identify->hasFocus());
    QCOMPARE(identify->currentIndex().data(InterviewListModel::InterviewIdRole).toLongLong(), interview.id);
    // Identify has its person: on to Prepare, which needs questions before Contact.
    QTest::keyClick(identify, Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
    auto *prepare = child<StepColumnView>(board, QStringLiteral("column-prepare"));
    QCOMPARE(stepOf(interview.id), Step::Prepare);
    QTest::keyClick(prepare, Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(stepOf(interview.id), Step::Prepare); // refused: no questions planned
    QVERIFY(!board->refusalText().isEmpty());
    QTest::keyClick(prepare, Qt::Key_Left, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(stepOf(interview.id), Step::Identify);
    m_workspace->undoStack->undo();
    QCOMPARE(stepOf(interview.id), Step::Prepare);
}

void TestInterviews::cardsSayEachThingOnce_data()
{
    QTest::addColumn<Step>("step");
    QTest::addColumn<QString>("company");
    QTest::addColumn<QString>("topic");
    QTest::addColumn<int>("heldDaysAgo"); // 0: no conversation
    QTest::addColumn<QStringList>("lines");
    QTest::newRow("research: organisation and topic, nothing due")
        << Step::Research << u"Datum Corporation"_s << u"Platform engineering"_s << 0
        << QStringList{u"Datum Corporation"_s, u"Platform engineering"_s};
    QTest::newRow("research, no organisation")
        << Step::Research << QString() << u"Platform engineering"_s << 0 << QStringList{u"Platform engineering"_s};
    QTest::newRow("follow up: everything")
        << Step::FollowUp << u"Lumen Health"_s << u"Hospital IT"_s << 5
        << QStringList{u"Lumen Health"_s, u"Hospital IT"_s, u"Send a thank-you note"_s, u"3 days overdue"_s};
    QTest::newRow("follow up, no topic") << Step::FollowUp << u"Lumen Health"_s << u"  "_s << 1
                                         << QStringList{u"Lumen Health"_s, u"Send a thank-you note"_s,
                                                        u"Due tomorrow"_s};
    QTest::newRow("nothing but the person") << Step::Research << QString() << QString() << 0 << QStringList();
}

// Each thing on a card has its own line (the topic and what to do next once shared one, drawn
// over each other), and a card is as tall as its lines.
void TestInterviews::cardsSayEachThingOnce()
{
    QFETCH(Step, step);
    QFETCH(QString, company);
    QFETCH(QString, topic);
    QFETCH(int, heldDaysAgo);
    QFETCH(QStringList, lines);
    Interview interview;
    interview.contactId = addContact(u"Ana"_s, u"Silva"_s, company);
    if (!company.isEmpty()) {
        Organisation organisation;
        organisation.name = company;
        QVERIFY(m_workspace->organisations->insert(organisation));
        interview.organisationId = organisation.id;
    }
    interview.topic = topic;
    interview.step = step;
    if (heldDaysAgo > 0)
        interview.scheduledAt = m_now.addDays(-heldDaysAgo);
    QVERIFY(m_window->workspace()->interviews->insert(interview));
    InterviewListModel *model = m_workspace->interviewModel;
    QTRY_VERIFY(model->rowOf(interview.id) >= 0);
    const QModelIndex index = model->index(model->rowOf(interview.id), 0);

    QStringList shown;
    for (const InterviewCardDelegate::Line &line : InterviewCardDelegate::lines(index))
        shown << line.text;
    QCOMPARE(shown, lines);

    InterviewCardDelegate delegate;
    QStyleOptionViewItem option;
    option.initFrom(m_window.get());
    const int line = option.fontMetrics.lineSpacing();
    const int height = delegate.sizeHint(option, index).height();
    const int expected = 1 + qMax(1, int(lines.size())); // the person's name, and at least one more
    QVERIFY2(height >= expected * line && height < (expected + 1) * line + 30,
             qPrintable(QStringLiteral("%1 px for %2 lines of %3 px").arg(height).arg(expected).arg(line)));
}

void TestInterviews::contactWithInterviewsIsNotDeleted()
{
    const qint64 fay = addContact(QStringLiteral("Fay"), QStringLiteral("Osei"), QString());
    Interview interview;
    interview.contactId = fay;
    QVERIFY(m_window->workspace()->interviews->insert(interview));
    ContactBatch batch;
    batch.removals << fay;
    QString error;
    QVERIFY(!m_workspace->contacts->apply(batch, &error));
    QVERIFY(error.contains(QStringLiteral("interviews")));
    QVERIFY(m_workspace->contacts->contact(fay).has_value());
}

void TestInterviews::organisationPageShowsPeopleAndInterviews()
{
    const qint64 gus = addContact(QStringLiteral("Gus"), QStringLiteral("Park"), QStringLiteral("Acme Robotics"));
    addContact(QStringLiteral("Hana"), QStringLiteral("Ito"), QStringLiteral(" acme robotics "));
    addContact(QStringLiteral("Ivo"), QStringLiteral("Ruiz"), QStringLiteral("Elsewhere"));
    const qint64 id = m_window->startInterview(gus);
    auto *dialog = m_window->findChild<InterviewDialog *>(QStringLiteral("interviewDialog"));
    QVERIFY(dialog);
    dialog->reject();
    const std::optional<Organisation> acme =
        m_window->workspace()->organisations->findByName(QStringLiteral("Acme Robotics"));
    QVERIFY(acme);
    QCOMPARE(m_window->workspace()->interviews->interview(id)->organisationId, acme->id);
    m_window->showPage(MainWindow::OrganisationsPage);
    m_window->organisationsView()->selectOrganisation(acme->id);
    auto *people = child<QListWidget>(m_window.get(), QStringLiteral("organisationPeople"));
    auto *interviews = child<QListWidget>(m_window.get(), QStringLiteral("organisationInterviews"));
    QCOMPARE(people->count(), 2);
    QCOMPARE(interviews->count(), 1);
    QVERIFY(interviews->item(0)->text().startsWith(QStringLiteral("Gus Park")));
    screenshot(m_window.get(), QStringLiteral("organisation"));

    // Research notes are saved with undo.
    child<QPlainTextEdit>(m_window.get(), QStringLiteral("organisationNotes"))
        ->setPlainText(QStringLiteral("Series B"));
    QVERIFY(m_window->organisationsView()->saveDetails());
    QCOMPARE(m_window->workspace()->organisations->organisation(acme->id)->notes, QStringLiteral("Series B"));
    m_workspace->undoStack->undo();
    QCOMPARE(m_window->workspace()->organisations->organisation(acme->id)->notes, QString());
}

void TestInterviews::countdownKeepsTime()
{
    CountdownWidget countdown;
    qint64 ms = 0;
    countdown.setTimeSource([&ms] { return ms; });
    countdown.setLength(20);
    QCOMPARE(countdown.remainingText(), QStringLiteral("20:00 left"));
    auto *start = countdown.findChild<QPushButton *>(QStringLiteral("countdownStart"));
    QTest::mouseClick(start, Qt::LeftButton);
    QVERIFY(countdown.isRunning());
    ms += 5 * 60 * 1000 + 30 * 1000;
    QCOMPARE(countdown.remainingText(), QStringLiteral("14:30 left"));
    QTest::mouseClick(start, Qt::LeftButton); // pause
    ms += 60 * 60 * 1000;
    QCOMPARE(countdown.remainingText(), QStringLiteral("14:30 left"));
    QTest::mouseClick(start, Qt::LeftButton); // resume
    ms += 15 * 60 * 1000 + 5 * 1000;
    countdown.updateDisplay();
    QCOMPARE(countdown.remainingText(), QStringLiteral("0:35 over: time to thank them and wrap up"));
    QCOMPARE(countdown.findChild<QLabel *>(QStringLiteral("countdownLabel"))->text(), countdown.remainingText());
}

void TestInterviews::exportsCalendarFromTheMenu()
{
    const qint64 lea = addContact(QStringLiteral("Lea"), QStringLiteral("Novak"), QStringLiteral("Quill Press"));
    Interview interview;
    interview.contactId = lea;
    interview.step = Step::Conduct;
    interview.lengthMinutes = 25;
    interview.location = QStringLiteral("Café <b>Nero</b>, Main St; table 4");
    interview.scheduledAt = QDateTime(QDate(2026, 11, 26), QTime(15, 30));
    QVERIFY(m_window->workspace()->interviews->insert(interview));
    const QString path = m_dir->filePath(QStringLiteral("plan.ics"));
    QVERIFY(m_window->exports()->exportTo(Exports::Kind::Calendar, path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString ics = QString::fromUtf8(file.readAll()).replace(QStringLiteral("\r\n "), QString());
    QVERIFY(ics.startsWith(QStringLiteral("BEGIN:VCALENDAR")));
    QVERIFY(ics.contains(QStringLiteral("UID:interview-%1@coffeechat").arg(interview.id)));
    QVERIFY(ics.contains(QStringLiteral("SUMMARY:Informational interview with Lea Novak")));
    QVERIFY(ics.contains(QStringLiteral("LOCATION:Café <b>Nero</b>\\, Main St\\; table 4")));
}

QTEST_MAIN(TestInterviews)
#include "tst_interviews.moc"
