// Drives the question bank page and an interview's question plan as a user would: search,
// categories, add/edit/favourite/delete with undo, sharing files, and dragging questions into
// the plan. Set COFFEECHAT_SCREENSHOT_DIR to save screenshots of both.

#include "interviewdialog.h"
#include "interviewplaneditor.h"
#include "mainwindow.h"
#include "models/contactlistmodel.h"
#include "models/interviewplanmodel.h"
#include "models/questionbankmodel.h"
#include "questionbankview.h"
#include "questions/questionbankfile.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/interviewstore.h"
#include "storage/questionstore.h"
#include "translations.h"
#include "uitest.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace UiTest;

namespace {

// A drag from `mime` released over `row` of `view` (above the item), or below the last row
// when row is -1, sent as the events a real drag delivers.
void dropOn(QAbstractItemView *view, QMimeData *mime, int row, Qt::DropAction action)
{
    QPoint pos;
    if (row < 0) {
        pos = QPoint(view->viewport()->width() / 2, view->viewport()->height() - 2);
    } else {
        const QRect rect = view->visualRect(view->model()->index(row, 0));
        pos = QPoint(rect.center().x(), rect.top() + 1);
    }
    QDragEnterEvent enter(pos, action, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &enter);
    QDragMoveEvent move(pos, action, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &move);
    QDropEvent drop(QPointF(pos), action, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &drop);
}

QStringList planTexts(const InterviewStore *store, qint64 interviewId)
{
    QStringList texts;
    for (const PlannedQuestion &q : store->plan(interviewId))
        texts << q.text;
    return texts;
}

} // namespace

class TestQuestionBank : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheShippedBank();
    void searchAndCategoriesNarrowTheList_data();
    void searchAndCategoriesNarrowTheList();
    void addEditFavouriteDeleteWithUndo();
    void importsAndExportsFiles();
    void bankFileDroppedOnTheWindowIsImported();
    void questionsAreDraggedIntoThePlan();
    void planIsReorderedAndEdited();
    void layoutIsRestored();

private:
    QuestionBankView *bank();
    QTableView *table();
    int shownRows();
    qint64 addInterview();
    InterviewDialog *openPrepare(qint64 interviewId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

void TestQuestionBank::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(QCoreApplication::instance());
}

void TestQuestionBank::init()
{
    QSettings().clear(); // no layout left by an earlier run
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("q.sqlite"))));
    m_workspace = std::make_unique<Workspace>(m_db.get());
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->resize(1280, 760);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(!m_window->workspace()->contactChoices->isLoading());
    m_window->showPage(MainWindow::QuestionsPage);
    // Shortcuts such as Delete only reach an active window.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestQuestionBank::cleanup()
{
    if (QWidget *modal = QApplication::activeModalWidget())
        modal->close();
    m_window.reset();
    m_workspace.reset();
    m_db.reset();
}

QuestionBankView *TestQuestionBank::bank()
{
    return m_window->questionBankView();
}

QTableView *TestQuestionBank::table()
{
    return child<QTableView>(bank(), QStringLiteral("questionTable"));
}

int TestQuestionBank::shownRows()
{
    return table()->model()->rowCount();
}

qint64 TestQuestionBank::addInterview()
{
    Contact c;
    c.firstName = QStringLiteral("Noor");
    c.lastName = QStringLiteral("Haddad");
    c.company = QStringLiteral("Tidewater Energy");
    ContactBatch batch;
    batch.inserts << c;
    if (!m_workspace->contacts->apply(batch))
        return 0;
    Interview interview;
    interview.contactId = batch.inserts.constFirst().id;
    interview.topic = QStringLiteral("Grid planning");
    interview.step = Step::Prepare;
    if (!m_window->workspace()->interviews->insert(interview))
        return 0;
    return interview.id;
}

InterviewDialog *TestQuestionBank::openPrepare(qint64 interviewId)
{
    InterviewDialog *dialog = m_window->openInterview(interviewId, Step::Prepare);
    if (dialog)
        dialog->resize(1200, 780);
    return dialog;
}

void TestQuestionBank::showsTheShippedBank()
{
    const int shipped = int(QuestionBankFile::defaults().size());
    QVERIFY(shipped >= 60);
    QCOMPARE(shownRows(), shipped);
    auto *categories = child<QListView>(bank(), QStringLiteral("questionCategories"));
    QCOMPARE(categories->model()->index(0, 0).data().toString(), QStringLiteral("All Questions (%1)").arg(shipped));
    QVERIFY(categories->model()->index(1, 0).data().toString().startsWith(QStringLiteral("Favourites (")));
    QCOMPARE(categories->model()->rowCount(), 2 + 9); // All, Favourites, and the nine shipped categories
    QCOMPARE(m_window->tabs()->tabText(MainWindow::QuestionsPage), QStringLiteral("Questions"));
    screenshot(m_window.get(), QStringLiteral("question-bank"));
}

void TestQuestionBank::searchAndCategoriesNarrowTheList_data()
{
    QTest::addColumn<QString>("category"); // a category row's label prefix, or empty for All
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("mustShow"); // a question every result contains (case-insensitive)

    QTest::newRow("words in any order") << QString() << QStringLiteral("talk else") << QStringLiteral("talk");
    QTest::newRow("case-insensitive") << QString() << QStringLiteral("TYPICAL") << QStringLiteral("typical");
    QTest::newRow("favourites") << QStringLiteral("Favourites") << QString() << QString();
    QTest::newRow("one category") << QStringLiteral("Skills") << QString() << QString();
    QTest::newRow("category and search") << QStringLiteral("Career path") << QStringLiteral("first")
                                         << QStringLiteral("first");
}

void TestQuestionBank::searchAndCategoriesNarrowTheList()
{
    QFETCH(QString, category);
    QFETCH(QString, search);
    QFETCH(QString, mustShow);
    const int all = shownRows();
    auto *categories = child<QListView>(bank(), QStringLiteral("questionCategories"));
    if (!category.isEmpty()) {
        for (int row = 0; row < categories->model()->rowCount(); ++row) {
            const QModelIndex index = categories->model()->index(row, 0);
            if (index.data().toString().startsWith(category + QStringLiteral(" (")))
                categories->setCurrentIndex(index);
        }
    }
    QTest::keyClicks(child<QLineEdit>(bank(), QStringLiteral("questionSearch")), search);
    QVERIFY(shownRows() > 0);
    QVERIFY(shownRows() < all);
    for (int row = 0; row < shownRows(); ++row) {
        const QModelIndex text = table()->model()->index(row, QuestionBankModel::TextColumn);
        if (!mustShow.isEmpty())
            QVERIFY2(text.data(QuestionBankModel::SearchTextRole).toString().contains(mustShow, Qt::CaseInsensitive),
                     qPrintable(text.data().toString()));
        if (category == QStringLiteral("Favourites"))
            QVERIFY(text.data(QuestionBankModel::FavouriteRole).toBool());
        else if (!category.isEmpty())
            QCOMPARE(text.data(QuestionBankModel::CategoryRole).toString(), category);
    }
    if (search.size() > 4)
        screenshot(m_window.get(), QStringLiteral("question-search"));
}

void TestQuestionBank::addEditFavouriteDeleteWithUndo()
{
    QUndoStack *undo = m_workspace->undoStack;
    const int before = shownRows();
    const QString text = QStringLiteral("What would you tell someone starting out in grid planning today?");

    whenModal<QDialog>([text](QDialog *dialog) {
        child<QPlainTextEdit>(dialog, QStringLiteral("questionText"))->setPlainText(text);
        child<QComboBox>(dialog, QStringLiteral("questionCategory"))->setCurrentText(QStringLiteral("Energy"));
        dialog->accept();
    });
    child<QAction>(bank(), QStringLiteral("newQuestionAction"))->trigger();
    QCOMPARE(shownRows(), before + 1);
    QCOMPARE(bank()->selectedIds().size(), 1);
    const qint64 id = bank()->selectedIds().constFirst();
    QCOMPARE(m_window->workspace()->questions->question(id)->category, QStringLiteral("Energy"));
    QCOMPARE(child<QListView>(bank(), QStringLiteral("questionCategories"))->model()->rowCount(), 2 + 10);

    // Edit: the new wording is saved; undo brings back the old one.
    whenModal<QDialog>([](QDialog *dialog) {
        child<QPlainTextEdit>(dialog, QStringLiteral("questionText"))
            ->setPlainText(QStringLiteral("  What surprised you   most? "));
        dialog->accept();
    });
    child<QAction>(bank(), QStringLiteral("editQuestionAction"))->trigger();
    QCOMPARE(m_window->workspace()->questions->question(id)->text, QStringLiteral("What surprised you most?"));
    undo->undo();
    QCOMPARE(m_window->workspace()->questions->question(id)->text, text);

    // Favourite, with its own undo step.
    QAction *favourite = child<QAction>(bank(), QStringLiteral("favouriteQuestionAction"));
    QVERIFY(favourite->isEnabled());
    QVERIFY(!favourite->isChecked());
    favourite->trigger();
    QVERIFY(m_window->workspace()->questions->question(id)->favourite);
    QVERIFY(favourite->isChecked());
    undo->undo();
    QVERIFY(!m_window->workspace()->questions->question(id)->favourite);

    // Delete with the Delete key; undo brings it back with the same id.
    // Shortcuts only reach the active window; the dialogs above took that away.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_Delete);
    QCOMPARE(shownRows(), before);
    QVERIFY(!m_window->workspace()->questions->question(id));
    undo->undo();
    QCOMPARE(shownRows(), before + 1);
    QVERIFY(m_window->workspace()->questions->question(id));
    undo->undo(); // the addition
    QCOMPARE(shownRows(), before);
    undo->redo();
    QCOMPARE(m_window->workspace()->questions->question(id)->text, text);
}

void TestQuestionBank::importsAndExportsFiles()
{
    const int before = shownRows();
    Question shared;
    shared.text = QStringLiteral("Which meetups in this city are worth my evenings?");
    shared.category = QStringLiteral("Resources and referrals");
    shared.tiara = Tiara::Resources;
    Question known = QuestionBankFile::defaults().constFirst();
    const QString file = m_dir->filePath(QStringLiteral("shared.json"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QuestionBankFile::serialize({shared, known}));
    }
    bank()->importFile(file);
    QCOMPARE(shownRows(), before + 1);
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("Imported 1 question from “shared.json”; 1 was already in your bank."));
    m_workspace->undoStack->undo();
    QCOMPARE(shownRows(), before);

    // A broken file is refused as a whole with a message naming it; nothing changes.
    const QString broken = m_dir->filePath(QStringLiteral("broken.json"));
    {
        QFile out(broken);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(
            R"({"format": "coffeechat-question-bank", "version": 1, "questions": [{"text": "Fine?"}, {"category": "x"}]})");
    }
    QString shownError;
    whenModal<QDialog>([&shownError](QDialog *box) {
        shownError = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_label"))->text();
        box->reject();
    });
    bank()->importFile(broken);
    QVERIFY2(shownError.contains(QStringLiteral("broken.json")) && shownError.contains(QStringLiteral("Question 2")),
             qPrintable(shownError));
    QCOMPARE(shownRows(), before);

    // Export: everything shown (here: one category), read back.
    auto *categories = child<QListView>(bank(), QStringLiteral("questionCategories"));
    categories->setCurrentIndex(categories->model()->index(2, 0));
    const int shown = shownRows();
    const QString exported = m_dir->filePath(QStringLiteral("export.json"));
    QString error;
    QVERIFY2(bank()->exportTo(exported, &error), qPrintable(error));
    const QuestionBankFile::Result read = QuestionBankFile::read(exported);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.questions.size(), shown);
    QVERIFY(!bank()->exportTo(m_dir->filePath(QStringLiteral("missing/dir/export.json")), &error));
    QVERIFY(error.contains(QStringLiteral("export.json")));
}

void TestQuestionBank::bankFileDroppedOnTheWindowIsImported()
{
    m_window->showPage(MainWindow::ContactsPage);
    Question shared;
    shared.text = QStringLiteral("What do you read to keep up with battery chemistry?");
    const QString file = m_dir->filePath(QStringLiteral("dropped.json"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QuestionBankFile::serialize({shared}));
    }
    const int before = int(m_window->workspace()->questions->all().size());
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(file)});
    const QPoint pos = m_window->rect().center();
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QCOMPARE(int(m_window->workspace()->questions->all().size()), before + 1);
    QCOMPARE(m_window->tabs()->currentIndex(), int(MainWindow::QuestionsPage));
}

void TestQuestionBank::questionsAreDraggedIntoThePlan()
{
    const qint64 interviewId = addInterview();
    QVERIFY(interviewId);
    InterviewDialog *dialog = openPrepare(interviewId);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *checklist = child<QListWidget>(dialog, QStringLiteral("checklist"));
    const auto agendaOrQuestionsDone = [checklist] {
        for (int i = 0; i < checklist->count(); ++i) {
            if (checklist->item(i)->text().contains(QStringLiteral("choose questions")))
                return checklist->item(i)->data(Qt::UserRole).toBool();
        }
        return false;
    };
    QVERIFY(!agendaOrQuestionsDone());

    auto *bankList = child<QListView>(dialog, QStringLiteral("planBankList"));
    auto *planList = child<QListView>(dialog, QStringLiteral("planList"));
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("planBankSearch")), QStringLiteral("typical"));
    QVERIFY(bankList->model()->rowCount() >= 1);
    // Two questions picked with the mouse and dragged onto the empty plan.
    bankList->selectionModel()->select(bankList->model()->index(0, QuestionBankModel::TextColumn),
                                       QItemSelectionModel::ClearAndSelect);
    child<QLineEdit>(dialog, QStringLiteral("planBankSearch"))->clear();
    const QModelIndexList picked = {bankList->model()->index(0, QuestionBankModel::TextColumn),
                                    bankList->model()->index(1, QuestionBankModel::TextColumn)};
    std::unique_ptr<QMimeData> mime(bankList->model()->mimeData(picked));
    QVERIFY(mime);
    dropOn(planList, mime.get(), -1, Qt::CopyAction);
    const QStringList firstTwo = {picked.at(0).data().toString(), picked.at(1).data().toString()};
    QCOMPARE(planTexts(m_window->workspace()->interviews, interviewId), firstTwo);
    QCOMPARE(planList->model()->rowCount(), 2);
    QVERIFY(agendaOrQuestionsDone());

    // A third, dropped above the first; one already planned is not added twice.
    const QModelIndex third = bankList->model()->index(5, QuestionBankModel::TextColumn);
    std::unique_ptr<QMimeData> more(bankList->model()->mimeData({third, picked.at(0)}));
    dropOn(planList, more.get(), 0, Qt::CopyAction);
    QCOMPARE(planTexts(m_window->workspace()->interviews, interviewId),
             QStringList({third.data().toString(), firstTwo.at(0), firstTwo.at(1)}));

    // Each drop is one undo step, and the checklist follows.
    m_workspace->undoStack->undo();
    QCOMPARE(planTexts(m_window->workspace()->interviews, interviewId), firstTwo);
    m_workspace->undoStack->undo();
    QVERIFY(planTexts(m_window->workspace()->interviews, interviewId).isEmpty());
    QVERIFY(!agendaOrQuestionsDone());
    m_workspace->undoStack->redo();
    m_workspace->undoStack->redo();
    QCOMPARE(planList->model()->rowCount(), 3);

    // Double-click (activate) adds to the end; the bank counts the use.
    bankList->setCurrentIndex(bankList->model()->index(7, QuestionBankModel::TextColumn));
    child<QPushButton>(dialog, QStringLiteral("addToPlanButton"))->click();
    QCOMPARE(planList->model()->rowCount(), 4);
    const qint64 lastId = m_window->workspace()->interviews->plan(interviewId).constLast().questionId;
    QCOMPARE(m_window->workspace()->questions->question(lastId)->usageCount, 1);
    screenshot(dialog, QStringLiteral("prepare-plan"));

    // Adding it again changes nothing and says why.
    const int undoBefore = m_workspace->undoStack->count();
    child<QPushButton>(dialog, QStringLiteral("addToPlanButton"))->click();
    QCOMPARE(planList->model()->rowCount(), 4);
    QCOMPARE(m_workspace->undoStack->count(), undoBefore);
    const QString advice = child<QLabel>(dialog, QStringLiteral("planAdvice"))->text();
    QVERIFY2(advice.startsWith(QStringLiteral("“%1” is already in the plan.")
                                   .arg(m_window->workspace()->questions->question(lastId)->text)),
             qPrintable(advice));
    dialog->reject();
}

void TestQuestionBank::planIsReorderedAndEdited()
{
    const qint64 interviewId = addInterview();
    const QList<Question> bankQuestions = m_window->workspace()->questions->all();
    QVERIFY(m_window->workspace()->interviews->setPlan(interviewId,
                                                       {{bankQuestions.at(0).id, bankQuestions.at(0).text},
                                                        {bankQuestions.at(1).id, bankQuestions.at(1).text},
                                                        {bankQuestions.at(2).id, bankQuestions.at(2).text}}));
    InterviewDialog *dialog = openPrepare(interviewId);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    auto *planList = child<QListView>(dialog, QStringLiteral("planList"));
    const auto texts = [this, interviewId] { return planTexts(m_window->workspace()->interviews, interviewId); };
    const QString a = bankQuestions.at(0).text, b = bankQuestions.at(1).text, c = bankQuestions.at(2).text;

    // Dragging the first below the last.
    planList->selectionModel()->select(planList->model()->index(0, 0), QItemSelectionModel::ClearAndSelect);
    std::unique_ptr<QMimeData> rows(planList->model()->mimeData({planList->model()->index(0, 0)}));
    dropOn(planList, rows.get(), -1, Qt::MoveAction);
    QCOMPARE(texts(), QStringList({b, c, a}));

    // The buttons move the selection and keep it selected.
    planList->selectionModel()->select(planList->model()->index(2, 0), QItemSelectionModel::ClearAndSelect);
    child<QPushButton>(dialog, QStringLiteral("planUpButton"))->click();
    QCOMPARE(texts(), QStringList({b, a, c}));
    child<QPushButton>(dialog, QStringLiteral("planUpButton"))->click();
    QCOMPARE(texts(), QStringList({a, b, c}));
    QVERIFY(!child<QPushButton>(dialog, QStringLiteral("planUpButton"))->isEnabled());

    // An own question, written for this conversation only.
    whenModal<QInputDialog>([](QInputDialog *input) {
        input->setTextValue(QStringLiteral("How did the 2021 storm change your planning?"));
        input->accept();
    });
    child<QPushButton>(dialog, QStringLiteral("ownQuestionButton"))->click();
    QCOMPARE(texts().size(), 4);
    const PlannedQuestion own = m_window->workspace()->interviews->plan(interviewId).constLast();
    QVERIFY(own.isCustom());
    QCOMPARE(own.text, QStringLiteral("How did the 2021 storm change your planning?"));
    QVERIFY(m_window->workspace()->questions->all().size() == bankQuestions.size()); // not in the bank

    // Rewording a planned question changes this plan only.
    QVERIFY(planList->model()->setData(planList->model()->index(0, 0), QStringLiteral("What got you into grid work?")));
    QCOMPARE(texts().constFirst(), QStringLiteral("What got you into grid work?"));
    QCOMPARE(m_window->workspace()->questions->question(bankQuestions.at(0).id)->text, a);

    // Delete removes the selected ones from the plan, not from the bank.
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    planList->setFocus();
    planList->selectionModel()->select(planList->model()->index(1, 0), QItemSelectionModel::ClearAndSelect);
    QTest::keyClick(planList, Qt::Key_Delete);
    QCOMPARE(texts().size(), 3);
    QVERIFY(!texts().contains(b));
    QVERIFY(m_window->workspace()->questions->question(bankQuestions.at(1).id));
    dialog->reject();
}

void TestQuestionBank::layoutIsRestored()
{
    QHeaderView *header = table()->horizontalHeader();
    header->resizeSection(QuestionBankModel::CategoryColumn, 233);
    table()->sortByColumn(QuestionBankModel::UsageColumn, Qt::DescendingOrder);
    m_window.reset(); // closing saves the layout
    m_workspace = std::make_unique<Workspace>(m_db.get());
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    header = table()->horizontalHeader();
    QCOMPARE(header->sectionSize(QuestionBankModel::CategoryColumn), 233);
    QCOMPARE(header->sortIndicatorSection(), int(QuestionBankModel::UsageColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
}

QTEST_MAIN(TestQuestionBank)
#include "tst_questionbank.moc"
