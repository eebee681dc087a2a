// The Contacts page on its own, over a workspace as Session makes one: searching, the count,
// selecting, adding and deleting with undo, and handing a contact over for an interview.

#include "contactdialog.h"
#include "contactsview.h"
#include "models/contactlistmodel.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/interviewstore.h"
#include "translations.h"
#include "uitest.h"
#include "workspace.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

using namespace UiTest;

class TestContactsView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void searchNarrowsListAndCount();
    void deleteAsksNothingAndUndoes();
    void deleteRefusedWhileInterviewsExist();
    void newContactHiddenBySearchIsShown();
    void startInterviewHandsOverSelectedContact();
    void closingTheDialogKeepsWhatWasTyped_data();
    void closingTheDialogKeepsWhatWasTyped();

private:
    qint64 addContact(const QString &first, const QString &last, const QString &company);
    void clickRow(qint64 contactId);
    QString countText() const { return m_view->countLabel()->text(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ContactsView> m_view;
    QTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    qint64 m_ada = 0;
    qint64 m_grace = 0;
    qint64 m_katherine = 0;
};

void TestContactsView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(QCoreApplication::instance());
}

void TestContactsView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("v.sqlite"))));
    m_workspace = std::make_unique<Workspace>(m_db.get());
    m_ada = addContact(QStringLiteral("Ada"), QStringLiteral("Lovelace"), QStringLiteral("Analytical Engines"));
    m_grace = addContact(QStringLiteral("Grace"), QStringLiteral("Hopper"), QStringLiteral("US Navy"));
    m_katherine = addContact(QStringLiteral("Katherine"), QStringLiteral("Johnson"), QStringLiteral("NASA"));
    QVERIFY(m_ada && m_grace && m_katherine);

    m_view = std::make_unique<ContactsView>(m_workspace.get(), m_workspace->contactModel);
    m_view->resize(900, 500);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_table = child<QTableView>(m_view.get(), QStringLiteral("contactTable"));
    m_search = child<QLineEdit>(m_view.get(), QStringLiteral("searchField"));
    QVERIFY(m_table && m_search);
    QTRY_VERIFY(!m_workspace->contactModel->isLoading());
}

void TestContactsView::cleanup()
{
    m_view.reset();
    m_workspace.reset();
    m_db.reset();
}

qint64 TestContactsView::addContact(const QString &first, const QString &last, const QString &company)
{
    Contact contact;
    contact.firstName = first;
    contact.lastName = last;
    contact.company = company;
    ContactBatch batch;
    batch.inserts << contact;
    return m_workspace->contacts->apply(batch) ? batch.inserts.constFirst().id : 0;
}

void TestContactsView::clickRow(qint64 contactId)
{
    const int row = m_workspace->contactModel->rowOf(contactId);
    QVERIFY(row >= 0);
    const QRect cell = m_table->visualRect(m_table->model()->index(row, ContactListModel::NameColumn));
    QTest::mouseClick(m_table->viewport(), Qt::LeftButton, {}, cell.center());
}

void TestContactsView::searchNarrowsListAndCount()
{
    QCOMPARE(countText(), QStringLiteral("3 contacts"));
    QVERIFY(m_table->isVisible());
    QVERIFY(!child<QLabel>(m_view.get(), QStringLiteral("emptyHint"))->isVisible());

    QTest::keyClicks(m_search, QStringLiteral("nasa"));
    QCOMPARE(m_table->model()->rowCount(), 1);
    QCOMPARE(countText(), QStringLiteral("1 of 3 contacts"));
    QTest::keyClick(m_search, Qt::Key_Backspace);
    QCOMPARE(countText(), QStringLiteral("1 of 3 contacts")); // "nas" still finds only NASA
    m_search->clear();
    m_search->setFocus(); // as when typing: hiding the table would otherwise move focus here, selecting all
    QTest::keyClicks(m_search, QStringLiteral("<b>zzz"));
    QCOMPARE(m_search->text(), QStringLiteral("<b>zzz"));
    QCOMPARE(countText(), QStringLiteral("0 of 3 contacts"));
    // No empty table: a line says what found no one, as typed (plain text, not markup).
    auto *noMatches = child<QLabel>(m_view.get(), QStringLiteral("noMatchesHint"));
    QVERIFY(noMatches->isVisible());
    QVERIFY(!m_table->isVisible());
    QVERIFY(!child<QLabel>(m_view.get(), QStringLiteral("emptyHint"))->isVisible());
    QCOMPARE(noMatches->textFormat(), Qt::PlainText);
    QVERIFY2(noMatches->text().startsWith(u"No contacts match “<b>zzz”."_s), qPrintable(noMatches->text()));
    UiTest::screenshot(m_view.get(), QStringLiteral("contacts-no-matches"));
    m_search->clear();
    QCOMPARE(countText(), QStringLiteral("3 contacts"));
    QVERIFY(!noMatches->isVisible());
    QVERIFY(m_table->isVisible());
}

void TestContactsView::deleteAsksNothingAndUndoes()
{
    QAction *remove = m_view->deleteAction();
    QVERIFY(!remove->isEnabled()); // nothing selected yet
    clickRow(m_grace);
    QCOMPARE(m_view->selectedContactIds(), QList<qint64>{m_grace});
    QVERIFY(remove->isEnabled());
    QVERIFY(m_view->editAction()->isEnabled());

    // While the page is not showing, its Delete does nothing to what the user cannot see.
    m_view->hide();
    QVERIFY(!remove->isEnabled());
    m_view->show();
    QVERIFY(remove->isEnabled());

    // Deleting is undoable, so it asks nothing and says in the status bar how to undo.
    QSignalSpy status(m_view.get(), &ContactsView::statusMessage);
    remove->trigger();
    QVERIFY(!QApplication::activeModalWidget());
    QVERIFY(!m_workspace->contacts->contact(m_grace));
    QCOMPARE(countText(), QStringLiteral("2 contacts"));
    QCOMPARE(status.size(), 1);
    const QString undoKey = QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText);
    QCOMPARE(status.constFirst().constFirst().toString(),
             QStringLiteral("Deleted 1 contact. Press %1 to undo.").arg(undoKey));
    QVERIFY(!remove->isEnabled());

    m_workspace->undoStack->undo();
    QCOMPARE(m_workspace->contacts->contact(m_grace)->displayName(), QStringLiteral("Grace Hopper"));
    QCOMPARE(countText(), QStringLiteral("3 contacts"));

    // Several at once.
    m_table->selectAll();
    QCOMPARE(m_view->selectedContactIds().size(), 3);
    QVERIFY(!m_view->editAction()->isEnabled()); // edits one at a time
    remove->trigger();
    QCOMPARE(m_workspace->contacts->count(), 0);
    QCOMPARE(status.constLast().constFirst().toString(),
             QStringLiteral("Deleted 3 contacts. Press %1 to undo.").arg(undoKey));
    QVERIFY(child<QLabel>(m_view.get(), QStringLiteral("emptyHint"))->isVisible());
    m_workspace->undoStack->undo();
    QCOMPARE(m_workspace->contacts->count(), 3);
    QCOMPARE(countText(), QStringLiteral("3 contacts"));
}

void TestContactsView::deleteRefusedWhileInterviewsExist()
{
    Interview interview;
    interview.contactId = m_ada;
    QVERIFY(m_workspace->interviews->insert(interview));
    clickRow(m_ada);
    QVERIFY(m_view->deleteAction()->isEnabled());

    QString said;
    whenModal<QMessageBox>([&said](QMessageBox *box) {
        said = box->text();
        box->button(QMessageBox::Ok)->click();
    });
    m_view->deleteAction()->trigger();
    QCOMPARE(said,
             QStringLiteral("Nothing was deleted: 1 interview is with a contact you chose. "
                            "Delete that interview first, or keep the contact."));
    QVERIFY(m_workspace->contacts->contact(m_ada));
    QCOMPARE(m_workspace->undoStack->count(), 0);
    QCOMPARE(countText(), QStringLiteral("3 contacts"));
}

void TestContactsView::newContactHiddenBySearchIsShown()
{
    QTest::keyClicks(m_search, QStringLiteral("nasa"));
    QCOMPARE(countText(), QStringLiteral("1 of 3 contacts"));
    m_view->newAction()->trigger();
    auto *dialog = m_view->findChild<ContactDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("firstName")), QStringLiteral("Marie"));
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("lastName")), QStringLiteral("Curie"));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);

    // The search that would hide her is cleared, and she is selected.
    QTRY_COMPARE(countText(), QStringLiteral("4 contacts"));
    QCOMPARE(m_search->text(), QString());
    const QList<qint64> selected = m_view->selectedContactIds();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(m_workspace->contacts->contact(selected.constFirst())->displayName(), QStringLiteral("Marie Curie"));
    m_workspace->undoStack->undo();
    QCOMPARE(countText(), QStringLiteral("3 contacts"));
}

void TestContactsView::startInterviewHandsOverSelectedContact()
{
    QSignalSpy requested(m_view.get(), &ContactsView::startInterviewRequested);
    QVERIFY(!m_view->startInterviewAction()->isEnabled());
    m_view->selectContact(m_katherine);
    QVERIFY(m_view->startInterviewAction()->isEnabled());
    m_view->startInterviewAction()->trigger();
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.constFirst().constFirst().toLongLong(), m_katherine);
}

QTEST_MAIN(TestContactsView)
// Cancel or Escape with nothing changed closes at once; with a change it asks, and keeping the
// changes leaves the dialog open as it was; discarding changes nothing stored.
void TestContactsView::closingTheDialogKeepsWhatWasTyped_data()
{
    QTest::addColumn<bool>("existing");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("discard");
    QTest::addColumn<QString>("question");

    QTest::newRow("edit, unchanged") << true << QString() << false << QString();
    QTest::newRow("edit, changed, keep") << true << u" (retired)"_s << false
                                         << u"Discard your changes to this contact?"_s;
    QTest::newRow("edit, changed, discard")
        << true << u" (retired)"_s << true << u"Discard your changes to this contact?"_s;
    QTest::newRow("new, empty") << false << QString() << false << QString();
    QTest::newRow("new, typed, keep") << false << u"Rosalind"_s << false << u"Discard this new contact?"_s;
    QTest::newRow("new, typed, discard") << false << u"Rosalind"_s << true << u"Discard this new contact?"_s;
}

void TestContactsView::closingTheDialogKeepsWhatWasTyped()
{
    QFETCH(bool, existing);
    QFETCH(QString, typed);
    QFETCH(bool, discard);
    QFETCH(QString, question);

    if (existing) {
        clickRow(m_grace);
        child<QAction>(m_view.get(), QStringLiteral("editContactAction"))->trigger();
    } else {
        m_view->newAction()->trigger();
    }
    QPointer<ContactDialog> dialog = m_view->findChild<ContactDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *field = child<QLineEdit>(dialog, existing ? QStringLiteral("lastName") : QStringLiteral("firstName"));
    const QString expected = field->text() + typed;
    field->setFocus();
    field->end(false);
    QTest::keyClicks(field, typed);

    QString asked;
    if (!question.isEmpty()) { // else a question would block here, and the test time out
        UiTest::whenModal<QMessageBox>([&asked, discard](QMessageBox *box) {
            asked = box->text();
            box->button(discard ? QMessageBox::Discard : QMessageBox::Cancel)->click();
        });
    }
    QTest::keyClick(dialog, Qt::Key_Escape);
    if (question.isEmpty()) {
        QTRY_VERIFY(!dialog || !dialog->isVisible());
    } else {
        QTRY_COMPARE(asked, question);
        if (discard) {
            QTRY_VERIFY(!dialog || !dialog->isVisible());
        } else {
            QVERIFY(dialog && dialog->isVisible());
            QCOMPARE(field->text(), expected);
            dialog->done(QDialog::Rejected); // as the test's own way out, without asking
        }
    }
    QCOMPARE(m_workspace->contacts->contact(m_grace)->lastName, u"Hopper"_s);
    QCOMPARE(m_workspace->contacts->count(), 3);
    QCOMPARE(m_workspace->undoStack->count(), 0);
}

#include "tst_contactsview.moc"
