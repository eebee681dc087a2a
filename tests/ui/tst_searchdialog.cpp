// Edit › Search Everything… (Ctrl+K) in the real window: typing finds records of every kind,
// grouped, and Return or a double-click opens each on its page, an interview at the tab that
// shows what was found.
#include "contactsview.h"
#include "interviewdialog.h"
#include "mainwindow.h"
#include "messages/messagerecords.h"
#include "models/contactlistmodel.h"
#include "models/searchresultsmodel.h"
#include "organisationsview.h"
#include "questionbankview.h"
#include "searchdialog.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/messagestore.h"
#include "storage/organisationstore.h"
#include "storage/questionstore.h"
#include "translations.h"
#include "uitest.h"

#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

class TestSearchDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void opensWhatWasFound_data();
    void opensWhatWasFound();
    void arrowsMoveThroughTheResultsWhileTyping();
    void followsChangesWhileOpen();
    void saysWhenTheListIsCut();

private:
    SearchDialog *openSearch();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_ada = 0;
    qint64 m_grace = 0;
    qint64 m_organisation = 0;
    qint64 m_interview = 0;
    qint64 m_question = 0;
};

void TestSearchDialog::initTestCase()
{
    installTranslations(QCoreApplication::instance());
    QStandardPaths::setTestModeEnabled(true);
}

void TestSearchDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(u"search.sqlite"_s)));
    {
        ContactStore contacts(m_db.get());
        ContactBatch batch;
        Contact ada;
        ada.firstName = u"Ada"_s;
        ada.lastName = u"Lovelace"_s;
        ada.company = u"Analytical Engines"_s;
        Contact grace;
        grace.firstName = u"Grace"_s;
        grace.lastName = u"Hopper"_s;
        grace.notes = u"Knows the Lisbon data scene"_s;
        batch.inserts << ada << grace;
        QVERIFY(contacts.apply(batch));
        m_ada = batch.inserts.at(0).id;
        m_grace = batch.inserts.at(1).id;
        Organisation org;
        org.name = u"Fabrikam"_s;
        org.notes = u"Hiring for the Porto office"_s;
        QVERIFY(OrganisationStore(m_db.get()).insert(org));
        m_organisation = org.id;
        Interview interview;
        interview.contactId = m_ada;
        interview.organisationId = org.id;
        interview.topic = u"what a product analyst does"_s;
        interview.conversationNotes = u"Recommended the quarterly meetup"_s;
        interview.step = Step::FollowUp;
        QVERIFY(InterviewStore(m_db.get()).insert(interview));
        m_interview = interview.id;
        SentMessageRecord sent;
        sent.interviewId = interview.id;
        sent.kind = MessageKind::ThankYou;
        sent.body = u"Thank you for the tip about roadmaps"_s;
        sent.sentOn = QDate(2026, 12, 3);
        QVERIFY(MessageStore(m_db.get()).insertSent(sent));
        Question question;
        question.text = u"Which habits helped you most?"_s;
        question.category = u"Growth"_s;
        QVERIFY(QuestionStore(m_db.get()).insert(question));
        m_question = question.id;
    }
    m_workspace = std::make_unique<Workspace>(m_db.get());
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->resize(1100, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(QTest::qWaitFor([this] { return !m_workspace->isLoading(); }, 10000));
}

void TestSearchDialog::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    m_db.reset();
    m_dir.reset();
}

SearchDialog *TestSearchDialog::openSearch()
{
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get()))
        return nullptr;
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    SearchDialog *dialog = m_window->findChild<SearchDialog *>();
    if (!dialog || !QTest::qWaitFor([dialog] { return dialog->isVisible() && !dialog->isReading(); }, 10000))
        return nullptr;
    return dialog;
}

void TestSearchDialog::opensWhatWasFound_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("group"); // the first group shown
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("tab"); // of the interview page; -1 for other kinds

    QTest::newRow("a contact by a word of the notes")
        << u"lisbon"_s << u"Contacts (1)"_s << int(Search::Kind::Contact) << -1;
    QTest::newRow("an organisation by its notes")
        << u"porto office"_s << u"Organisations (1)"_s << int(Search::Kind::Organisation) << -1;
    QTest::newRow("an interview by its conversation notes")
        << u"quarterly"_s << u"Interviews (1)"_s << int(Search::Kind::Interview) << int(Step::Conduct);
    QTest::newRow("an interview by a sent message")
        << u"roadmaps"_s << u"Interviews (1)"_s << int(Search::Kind::Interview) << int(Step::FollowUp);
    QTest::newRow("a question") << u"habits"_s << u"Questions (1)"_s << int(Search::Kind::Question) << -1;
}

void TestSearchDialog::opensWhatWasFound()
{
    QFETCH(QString, query);
    QFETCH(int, kind);
    QFETCH(int, tab);
    SearchDialog *dialog = openSearch();
    QVERIFY(dialog);
    QCOMPARE(QApplication::focusWidget(), dialog->field());
    QTest::keyClicks(dialog->field(), query);
    QCOMPARE(dialog->model()->rowCount(), 1);
    QTEST(dialog->model()->index(0, 0).data().toString(), "group");
    auto *status = dialog->findChild<QLabel *>(u"searchStatus"_s);
    QCOMPARE(status->text(), u"1 result. Return opens the one selected."_s);
    UiTest::screenshot(dialog, u"search-%1"_s.arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));

    QTest::keyClick(dialog->field(), Qt::Key_Return);
    QVERIFY(!dialog->isVisible());
    switch (Search::Kind(kind)) {
    case Search::Kind::Contact:
        QCOMPARE(m_window->tabs()->currentIndex(), int(MainWindow::ContactsPage));
        QCOMPARE(m_window->contactsView()->selectedContactIds(), QList<qint64>{m_grace});
        break;
    case Search::Kind::Organisation:
        QCOMPARE(m_window->tabs()->currentIndex(), int(MainWindow::OrganisationsPage));
        QCOMPARE(m_window->organisationsView()->currentOrganisationId(), m_organisation);
        break;
    case Search::Kind::Question:
        QCOMPARE(m_window->tabs()->currentIndex(), int(MainWindow::QuestionsPage));
        QCOMPARE(m_window->questionBankView()->selectedIds(), QList<qint64>{m_question});
        break;
    case Search::Kind::Event:
        QFAIL("no event in this test's data");
        break;
    case Search::Kind::Interview: {
        InterviewDialog *page = nullptr;
        QVERIFY(
            QTest::qWaitFor([&] { return (page = m_window->findChild<InterviewDialog *>()) && page->isVisible(); }));
        QCOMPARE(page->findChild<QTabWidget *>(u"stepTabs"_s)->currentIndex(), tab);
        page->close();
        break;
    }
    }
}

void TestSearchDialog::arrowsMoveThroughTheResultsWhileTyping()
{
    // Both contacts match "a" (Ada, Analytical; Grace's notes do not), and so do the interview
    // and the organisation: Down in the field moves the selection, Return opens it.
    m_window->contactsView()->focusSearch();
    QTest::keyClicks(QApplication::focusWidget(), u"grace"_s); // hides Ada on the Contacts page
    SearchDialog *dialog = openSearch();
    QVERIFY(dialog);
    dialog->field()->selectAll();
    QTest::keyClicks(dialog->field(), u"lovelace"_s);
    QCOMPARE(dialog->model()->rowCount(), 2); // the contact, and her interview
    const QModelIndex first = dialog->view()->currentIndex();
    QCOMPARE(first.data(SearchResultsModel::IdRole).toLongLong(), m_ada);
    // One Down to the interview: the Interviews heading is passed over, and the last hit stays.
    const auto currentId = [dialog] {
        return dialog->view()->currentIndex().data(SearchResultsModel::IdRole).toLongLong();
    };
    QTest::keyClick(dialog->field(), Qt::Key_Down);
    QCOMPARE(currentId(), m_interview);
    QCOMPARE(dialog->view()->currentIndex().data(SearchResultsModel::KindRole).toInt(), int(Search::Kind::Interview));
    QTest::keyClick(dialog->field(), Qt::Key_Down);
    QCOMPARE(currentId(), m_interview);
    QCOMPARE(QApplication::focusWidget(), dialog->field());
    // The same in the list itself.
    dialog->view()->setFocus();
    QTest::keyClick(dialog->view(), Qt::Key_Up);
    QCOMPARE(currentId(), m_ada);
    QTest::keyClick(dialog->view(), Qt::Key_Down);
    QCOMPARE(currentId(), m_interview);
    dialog->field()->setFocus();
    QTest::keyClick(dialog->field(), Qt::Key_Up);
    QTest::keyClick(dialog->field(), Qt::Key_Up);
    QCOMPARE(currentId(), m_ada);
    QTest::keyClick(dialog->field(), Qt::Key_Return);
    // The contact was hidden by the page's own search: it is shown, and selected.
    QCOMPARE(m_window->tabs()->currentIndex(), int(MainWindow::ContactsPage));
    QCOMPARE(m_window->contactsView()->selectedContactIds(), QList<qint64>{m_ada});

    // Reopened, the dialog keeps the query, selected for typing over.
    dialog = openSearch();
    QVERIFY(dialog);
    QCOMPARE(dialog->field()->text(), u"lovelace"_s);
    QCOMPARE(dialog->field()->selectedText(), u"lovelace"_s);
    QVERIFY(dialog->model()->hit(dialog->view()->currentIndex())); // Return opens something
    QTest::keyClick(dialog, Qt::Key_Escape);
    QVERIFY(!dialog->isVisible());
}

void TestSearchDialog::followsChangesWhileOpen()
{
    SearchDialog *dialog = openSearch();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->field(), u"zanzibar"_s);
    QCOMPARE(dialog->model()->rowCount(), 0);
    QCOMPARE(dialog->findChild<QLabel *>(u"searchStatus"_s)->text(), u"Nothing found for “zanzibar”."_s);
    std::optional<Contact> grace = m_workspace->contacts->contact(m_grace);
    QVERIFY(grace);
    ContactBatch batch;
    grace->notes = u"Moved to Zanzibar"_s;
    batch.updates << *grace;
    QVERIFY(m_workspace->contacts->apply(batch));
    QVERIFY(QTest::qWaitFor([dialog] { return dialog->model()->rowCount() == 1; }, 10000));
    QCOMPARE(dialog->view()->currentIndex().data(SearchResultsModel::IdRole).toLongLong(), m_grace);
}

void TestSearchDialog::saysWhenTheListIsCut()
{
    ContactBatch batch;
    for (int n = 1; n <= 1234; ++n) {
        Contact c;
        c.firstName = u"Zed"_s;
        c.lastName = u"Number %1"_s.arg(n);
        batch.inserts << c;
    }
    QVERIFY(m_workspace->contacts->apply(batch));
    SearchDialog *dialog = openSearch();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->field(), u"zed"_s);
    QTRY_COMPARE(dialog->model()->rowCount(), 1);
    auto *status = dialog->findChild<QLabel *>(u"searchStatus"_s);
    QCOMPARE(status->text(),
             u"1,234 results; the first 50 of each kind are listed, add a word to narrow them. "
             u"Return opens the one selected."_s);
    QCOMPARE(dialog->model()->rowCount(dialog->model()->index(0, 0)), 50);

    // A long paste that finds nothing is not echoed in full.
    dialog->field()->setText(QString(500, u'q'));
    QVERIFY(status->text().startsWith(u"Nothing found for “qqqq"_s));
    QVERIFY2(status->text().size() < 120, qPrintable(status->text()));
    QVERIFY(status->text().contains(u'…'));
}

QTEST_MAIN(TestSearchDialog)
#include "tst_searchdialog.moc"
