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
#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>

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
    void dialogListsHistoryAndOpensIt_data();
    void dialogListsHistoryAndOpensIt();
    void referrerHiddenBySearchIsKept();
    void openProfileOpensTheBrowser_data();
    void openProfileOpensTheBrowser();
    void currentRowCountsWithoutASelection();
    void rightClickOffersWhatTheMenusDo();

public Q_SLOTS:
    void openUrl(const QUrl &url) { m_opened << url; } // QDesktopServices' handler in the test

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
    QList<QUrl> m_opened;
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

// Ctrl+Down moves the current row without selecting it: the row the user sees as focused is the
// one Edit, Start Interview and Delete act on.
void TestContactsView::currentRowCountsWithoutASelection()
{
    m_table->setFocus();
    m_table->selectionModel()->setCurrentIndex(m_table->model()->index(0, 0), QItemSelectionModel::NoUpdate);
    QTest::keyClick(m_table, Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(m_table->currentIndex().row(), 1);
    QVERIFY(m_table->selectionModel()->selectedRows().isEmpty());
    const qint64 current = m_workspace->contactModel->contactId(m_table->currentIndex().row());
    QVERIFY(m_view->editAction()->isEnabled());
    QVERIFY(m_view->startInterviewAction()->isEnabled());
    QVERIFY(!m_view->deleteAction()->isEnabled()); // deleting, which asks nothing, needs a selection
    QCOMPARE(m_view->selectedContactIds(), QList<qint64>{current});
    QSignalSpy started(m_view.get(), &ContactsView::startInterviewRequested);
    m_view->startInterviewAction()->trigger();
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.constFirst().constFirst().toLongLong(), current);
}

void TestContactsView::rightClickOffersWhatTheMenusDo()
{
    m_table->clearSelection();
    const int row = m_workspace->contactModel->rowOf(m_grace);
    const QPoint at = m_table->visualRect(m_table->model()->index(row, 1)).center();
    QStringList offered;
    QTimer::singleShot(50, this, [&offered] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        for (const QAction *action : menu->actions()) {
            if (!action->isSeparator())
                offered << action->text() + (action->isEnabled() ? QString() : u" (off)"_s);
        }
        menu->close();
    });
    Q_EMIT m_table->customContextMenuRequested(at);
    QCOMPARE(offered, (QStringList{u"&Edit Contact…"_s, u"&Start Interview"_s, u"&Delete"_s, u"&New Contact…"_s}));
    QCOMPARE(m_view->selectedContactIds(), QList<qint64>{m_grace}); // the row clicked
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

// The contact dialog lists the person's interviews and whom they introduced the user to;
// choosing one closes the dialog and opens it (an interview at its step, a person in their own
// dialog), asking first whether to save what was changed.
void TestContactsView::dialogListsHistoryAndOpensIt_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("typed"); // into the last name before choosing
    QTest::addColumn<QMessageBox::StandardButton>("answer"); // to "Save your changes…?"
    QTest::addColumn<QString>("opened"); // "interview <topic>", "contact <first name>" or nothing

    QTest::newRow("their interview") << u"historyInterviews"_s << 0 << QString() << QMessageBox::NoButton
                                     << u"interview Compilers"_s;
    QTest::newRow("an interview they introduced")
        << u"historyReferrals"_s << 0 << QString() << QMessageBox::NoButton << u"interview Orbits"_s;
    QTest::newRow("someone they referred")
        << u"historyReferrals"_s << 1 << QString() << QMessageBox::NoButton << u"contact Mary"_s;
    QTest::newRow("changed, saved first")
        << u"historyInterviews"_s << 0 << u" (retired)"_s << QMessageBox::Save << u"interview Compilers"_s;
    QTest::newRow("changed, discarded") << u"historyInterviews"_s << 0 << u" (retired)"_s << QMessageBox::Discard
                                        << u"interview Compilers"_s;
    QTest::newRow("changed, cancelled") << u"historyInterviews"_s << 0 << u" (retired)"_s << QMessageBox::Cancel
                                        << QString();
}

void TestContactsView::dialogListsHistoryAndOpensIt()
{
    QFETCH(QString, list);
    QFETCH(int, row);
    QFETCH(QString, typed);
    QFETCH(QMessageBox::StandardButton, answer);
    QFETCH(QString, opened);

    Interview compilers;
    compilers.topic = u"Compilers"_s;
    compilers.contactId = m_grace;
    compilers.step = Step::Prepare;
    Interview orbits;
    orbits.topic = u"Orbits"_s;
    orbits.contactId = m_katherine;
    orbits.introducedById = m_grace;
    Interview unrelated;
    unrelated.topic = u"Engines"_s;
    unrelated.contactId = m_ada;
    QVERIFY(m_workspace->interviews->insert(compilers) && m_workspace->interviews->insert(orbits)
            && m_workspace->interviews->insert(unrelated));
    Contact mary;
    mary.firstName = u"Mary"_s;
    mary.lastName = u"Jackson"_s;
    mary.position = u"Engineer"_s;
    mary.company = u"NASA"_s;
    mary.referredById = m_grace;
    ContactBatch batch;
    batch.inserts << mary;
    QVERIFY(m_workspace->contacts->apply(batch));
    QTRY_VERIFY(m_workspace->contactModel->rowOf(batch.inserts.constFirst().id) >= 0);

    QSignalSpy openedInterviews(m_view.get(), &ContactsView::openInterview);
    m_view->selectContact(m_grace);
    m_view->editAction()->trigger();
    QPointer<ContactDialog> dialog = m_view->findChild<ContactDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *interviews = child<QListWidget>(dialog, u"historyInterviews"_s);
    auto *referrals = child<QListWidget>(dialog, u"historyReferrals"_s);
    QCOMPARE(interviews->count(), 1);
    QCOMPARE(interviews->item(0)->text(), u"Compilers · Prepare"_s);
    // Each list under its heading, shown because it has entries.
    for (const QString &heading : {u"&Interviews:"_s, u"Introduced &you to:"_s}) {
        const auto labels = dialog->findChildren<QLabel *>();
        const auto found = std::find_if(labels.cbegin(), labels.cend(),
                                        [&heading](const QLabel *label) { return label->text() == heading; });
        QVERIFY(found != labels.cend());
        QVERIFY2((*found)->isVisible(), qPrintable(heading));
    }
    QCOMPARE(referrals->count(), 2);
    QCOMPARE(referrals->item(0)->text(), u"Katherine Johnson · Orbits · Research"_s);
    QCOMPARE(referrals->item(1)->text(), u"Mary Jackson · Engineer · NASA"_s);
    screenshot(dialog, u"contact-dialog-history"_s);

    if (!typed.isEmpty()) {
        auto *field = child<QLineEdit>(dialog, u"lastName"_s);
        field->setFocus();
        field->end(false);
        QTest::keyClicks(field, typed);
    }
    QString asked;
    if (answer != QMessageBox::NoButton) {
        UiTest::whenModal<QMessageBox>([&asked, answer](QMessageBox *box) {
            asked = box->text();
            box->button(answer)->click();
        });
    }
    auto *chosen = child<QListWidget>(dialog, list);
    chosen->setFocus();
    chosen->setCurrentRow(row);
    QTest::keyClick(chosen, Qt::Key_Return);
    if (answer != QMessageBox::NoButton)
        QTRY_COMPARE(asked, u"Save your changes to this contact before opening it?"_s);

    const QString lastName = m_workspace->contacts->contact(m_grace)->lastName;
    if (opened.isEmpty()) {
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(openedInterviews.size(), 0);
        QCOMPARE(child<QLineEdit>(dialog, u"lastName"_s)->text(), u"Hopper"_s + typed);
        dialog->done(QDialog::Rejected);
    } else {
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        if (opened.startsWith(u"interview "_s)) {
            QCOMPARE(openedInterviews.size(), 1);
            const qint64 id = opened.endsWith(u"Compilers"_s) ? compilers.id : orbits.id;
            QCOMPARE(openedInterviews.constFirst().at(0).toLongLong(), id);
            QCOMPARE(openedInterviews.constFirst().at(1).value<Step>(),
                     id == compilers.id ? Step::Prepare : Step::Research);
        } else {
            QCOMPARE(openedInterviews.size(), 0);
            QPointer<ContactDialog> next;
            QTRY_VERIFY((next = m_view->findChild<ContactDialog *>()) && next != dialog && next->isVisible());
            QCOMPARE(child<QLineEdit>(next, u"firstName"_s)->text(), u"Mary"_s);
            next->done(QDialog::Rejected);
        }
    }
    QCOMPARE(lastName, answer == QMessageBox::Save ? u"Hopper"_s + typed : u"Hopper"_s);
}

// Editing someone while the search hides the person who referred them keeps that referrer.
void TestContactsView::referrerHiddenBySearchIsKept()
{
    Contact katherine = *m_workspace->contacts->contact(m_katherine);
    katherine.referredById = m_grace;
    ContactBatch batch;
    batch.updates << katherine;
    QVERIFY(m_workspace->contacts->apply(batch));
    QTest::keyClicks(m_search, u"katherine"_s);
    QTRY_COMPARE(m_workspace->contactModel->rowCount(), 1);
    m_view->selectContact(m_katherine);
    m_view->editAction()->trigger();
    QPointer<ContactDialog> dialog = m_view->findChild<ContactDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *referredBy = child<QComboBox>(dialog, u"referredBy"_s);
    QCOMPARE(referredBy->currentText(), u"Grace Hopper"_s);
    QVERIFY(!dialog->hasChanges());
    child<QDialogButtonBox>(dialog, QString())->button(QDialogButtonBox::Save)->click();
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QCOMPARE(m_workspace->contacts->contact(m_katherine)->referredById, m_grace);
}

void TestContactsView::openProfileOpensTheBrowser_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QUrl>("opened"); // empty: the button is disabled

    QTest::newRow("a profile") << u"https://www.linkedin.com/in/grace-hopper"_s
                               << QUrl(u"https://www.linkedin.com/in/grace-hopper"_s);
    QTest::newRow("without a scheme") << u" linkedin.com/in/grace-hopper "_s
                                      << QUrl(u"https://linkedin.com/in/grace-hopper"_s);
    QTest::newRow("http") << u"http://www.linkedin.com/in/gh"_s << QUrl(u"http://www.linkedin.com/in/gh"_s);
    QTest::newRow("nothing") << QString() << QUrl();
    QTest::newRow("words") << u"ask Ada for it"_s << QUrl();
    QTest::newRow("a script") << u"javascript:alert(1)"_s << QUrl();
    QTest::newRow("a file") << u"file:///etc/passwd"_s << QUrl();
    QTest::newRow("an e-mail address") << u"mailto:grace@example.com"_s << QUrl();
    QTest::newRow("a host without a dot") << u"localhost/admin"_s << QUrl();
}

void TestContactsView::openProfileOpensTheBrowser()
{
    QFETCH(QString, typed);
    QFETCH(QUrl, opened);
    QDesktopServices::setUrlHandler(u"https"_s, this, "openUrl");
    QDesktopServices::setUrlHandler(u"http"_s, this, "openUrl");
    m_opened.clear();
    m_view->selectContact(m_grace);
    m_view->editAction()->trigger();
    QPointer<ContactDialog> dialog = m_view->findChild<ContactDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *linkedIn = child<QLineEdit>(dialog, u"linkedIn"_s);
    auto *button = child<QPushButton>(dialog, u"openProfile"_s);
    QVERIFY(!button->isEnabled()); // Grace has no profile yet
    linkedIn->setFocus();
    QTest::keyClicks(linkedIn, typed);
    QCOMPARE(button->isEnabled(), !opened.isEmpty());
    if (!opened.isEmpty()) {
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(m_opened, QList<QUrl>{opened});
    }
    QDesktopServices::unsetUrlHandler(u"https"_s);
    QDesktopServices::unsetUrlHandler(u"http"_s);
    dialog->done(QDialog::Rejected);
}

#include "tst_contactsview.moc"
