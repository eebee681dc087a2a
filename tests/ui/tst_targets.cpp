// Drives the Targets page as a user would: marking employers of the network as targets (and one
// where they know nobody), rating them, seeing whom they know at each with the reason, and
// starting an interview from a suggestion; with undo. Set COFFEECHAT_SCREENSHOT_DIR to save
// screenshots.

#include "addtargetdialog.h"
#include "interviewdialog.h"
#include "mainwindow.h"
#include "messages/myprofile.h"
#include "models/networkcache.h"
#include "models/starterlistmodel.h"
#include "models/targetlistmodel.h"
#include "models/todaymodel.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/interviewstore.h"
#include "storage/organisationstore.h"
#include "targetsview.h"
#include "translations.h"
#include "uitest.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace UiTest;

class TestTargets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void fromNetworkToFirstInterview();
    void targetWhereNobodyIsKnown();
    void ratingReordersTheList();
    void todayProposesTheNextPerson();
    void peopleFilteredByWhoAnswers();
    void organisationsSuggestMerging();

private:
    qint64 addContact(const QString &first, const QString &last, const QString &company, const QString &position,
                      Relationship relationship = Relationship::LinkedIn);
    // Adds a target through the dialog, typing `typed`; the name it was given.
    void addThroughDialog(const QString &typed);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    TargetsView *m_view = nullptr;
};

void TestTargets::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(QCoreApplication::instance());
}

void TestTargets::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("t.sqlite"))));
    addContact(u"Lin"_s, u"Park"_s, u"Contoso"_s, u"Product Manager"_s);
    addContact(u"Ali"_s, u"Khan"_s, u"Contoso Ltd"_s, u"Software Engineer"_s, Relationship::Alumni);
    addContact(u"Kim"_s, u"Ode"_s, u"Contoso, Inc."_s, u"Head of Product"_s);
    addContact(u"Zed"_s, u"Moss"_s, u"Fabrikam"_s, u"Designer"_s);
    addContact(u"Meg"_s, u"Alt"_s, u"Metaswitch"_s, u"Engineer"_s);
    m_workspace = std::make_unique<Workspace>(m_db.get());
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->resize(1280, 760);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(!m_workspace->isLoading());
    m_view = m_window->findChild<TargetsView *>();
    QVERIFY(m_view);
}

void TestTargets::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    m_db.reset();
}

qint64 TestTargets::addContact(const QString &first, const QString &last, const QString &company,
                               const QString &position, Relationship relationship)
{
    ContactStore store(m_db.get());
    Contact c;
    c.firstName = first;
    c.lastName = last;
    c.company = company;
    c.position = position;
    c.relationship = relationship;
    ContactBatch batch;
    batch.inserts << c;
    return store.apply(batch) ? batch.inserts.constFirst().id : 0;
}

void TestTargets::addThroughDialog(const QString &typed)
{
    bool seen = false;
    whenModal<AddTargetDialog>([&](AddTargetDialog *dialog) {
        auto *search = child<QLineEdit>(dialog, u"employerSearch"_s);
        QTest::keyClicks(search, typed);
        screenshot(dialog, u"add-target-"_s + typed.simplified().replace(u' ', u'-').toLower());
        QTest::keyClick(search, Qt::Key_Return);
        seen = true;
    });
    m_view->addAction()->trigger();
    QVERIFY(seen);
}

// The network's employers, found by part of a name, become targets; at each, the people known
// there are ranked with the reason, and one click starts an interview with the first.
void TestTargets::fromNetworkToFirstInterview()
{
    QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(m_window->currentPage(), MainWindow::TargetsPage);
    QVERIFY(child<QLabel>(m_view, u"noTargets"_s)->isVisible());
    auto *table = child<QTableView>(m_view, u"targetTable"_s);
    QVERIFY(!table->isVisible());

    // The dialog lists the network's employers, most people first, every spelling as one.
    bool listed = false;
    whenModal<AddTargetDialog>([&](AddTargetDialog *dialog) {
        auto *employers = child<QTableView>(dialog, u"employerTable"_s);
        QCOMPARE(employers->model()->rowCount(), 3);
        QCOMPARE(employers->model()->index(0, 0).data().toString(), u"Contoso"_s);
        QCOMPARE(employers->model()->index(0, 1).data().toInt(), 3);
        QCOMPARE(child<QLabel>(dialog, u"employerCount"_s)->text(), u"3 employers in your network"_s);
        // Part of a word finds every employer it begins a word of: "meta" finds Metaswitch.
        QTest::keyClicks(child<QLineEdit>(dialog, u"employerSearch"_s), u"meta"_s);
        QCOMPARE(employers->model()->rowCount(), 1);
        QCOMPARE(child<QLabel>(dialog, u"employerCount"_s)->text(), u"1 of 3 employers"_s);
        listed = true;
        dialog->reject();
    });
    m_view->addAction()->trigger();
    QVERIFY(listed);
    QCOMPARE(m_workspace->undoStack->count(), 0);

    addThroughDialog(u"conto"_s);
    QTRY_VERIFY(table->isVisible());
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, TargetListModel::NameColumn).data().toString(), u"Contoso"_s);
    QCOMPARE(table->model()->index(0, TargetListModel::StatusColumn).data().toString(), u"Active"_s);
    QCOMPARE(table->model()->index(0, TargetListModel::AdvocacyColumn).data().toString(), u"3 people · 1 close"_s);
    const std::optional<Organisation> contoso = m_workspace->organisations->findByName(u"Contoso"_s);
    QVERIFY(contoso && contoso->target);
    QCOMPARE(m_workspace->organisations->all().size(), 1); // the other employers stay derived

    // Whom to ask first: the alumna, then by relevance to what the user explores, then seniority.
    auto *people = child<QTableView>(m_view, u"starterTable"_s);
    QVERIFY(people->isVisible());
    QCOMPARE(child<QLabel>(m_view, u"peopleTitle"_s)->text(), u"People you know at Contoso"_s);
    const auto column = [people](int c) {
        QStringList values;
        for (int row = 0; row < people->model()->rowCount(); ++row)
            values << people->model()->index(row, c).data().toString();
        return values;
    };
    QCOMPARE(column(StarterListModel::NameColumn), (QStringList{u"Ali Khan"_s, u"Kim Ode"_s, u"Lin Park"_s}));
    auto *roles = child<QLineEdit>(m_view, u"exploringRoles"_s);
    roles->setFocus();
    QTest::keyClicks(roles, u"product management"_s);
    QTest::keyClick(roles, Qt::Key_Return);
    QCOMPARE(MyProfile::load().exploring, QStringList{u"product management"_s});
    QCOMPARE(column(StarterListModel::NameColumn), (QStringList{u"Ali Khan"_s, u"Lin Park"_s, u"Kim Ode"_s}));
    QCOMPARE(column(StarterListModel::WhyColumn),
             (QStringList{u"alumni"_s, u"LinkedIn connection · works in product management"_s,
                          u"LinkedIn connection · works in product · senior leader"_s}));
    screenshot(m_window.get(), u"targets"_s);

    // Start Interview with the one chosen (the first without an interview is chosen).
    QCOMPARE(people->currentIndex().row(), 0);
    auto *start = child<QPushButton>(m_view, u"startInterviewButton"_s);
    QVERIFY(start->isEnabled());
    QTest::mouseClick(start, Qt::LeftButton);
    QTRY_COMPARE(m_workspace->interviews->all().size(), 1);
    // The interview page opens on it, over the Targets page, where the user goes on.
    QPointer<InterviewDialog> page;
    QTRY_VERIFY((page = m_window->findChild<InterviewDialog *>()) && page->isVisible());
    QCOMPARE(m_window->currentPage(), MainWindow::TargetsPage);
    page->close();
    QTRY_VERIFY(!page || !page->isVisible());
    // Now they have an interview under way: the button opens it, and starts no second one.
    QTRY_COMPARE(start->text(), u"O&pen Interview"_s);
    QTest::mouseClick(start, Qt::LeftButton);
    QTRY_VERIFY((page = m_window->findChild<InterviewDialog *>()) && page->isVisible());
    QCOMPARE(m_workspace->interviews->all().size(), 1);
    page->close();
    QTRY_VERIFY(!page || !page->isVisible());
    const Interview interview = m_workspace->interviews->all().constFirst();
    QCOMPARE(m_workspace->contacts->contact(interview.contactId)->firstName, u"Ali"_s);
    QCOMPARE(interview.organisationId, contoso->id); // "Contoso Ltd" is the target Contoso
    QTRY_COMPARE(people->model()->index(0, StarterListModel::InterviewColumn).data().toString(), u"At Research"_s);

    // Undo: the interview, then the target (the organisation it made).
    m_window->findChild<QAction *>(u"undoAction"_s)->trigger();
    QTRY_VERIFY(m_workspace->interviews->all().isEmpty());
    m_window->findChild<QAction *>(u"undoAction"_s)->trigger();
    QTRY_VERIFY(!table->isVisible());
    QVERIFY(!m_workspace->organisations->findByName(u"Contoso"_s));
}

// A name typed where nobody in the network works is a target too, and the page says so; an
// organisation that exists already is marked, not made twice, whichever way it is spelled.
void TestTargets::targetWhereNobodyIsKnown()
{
    Organisation fabrikam;
    fabrikam.name = u"Fabrikam"_s;
    fabrikam.notes = u"Research notes"_s;
    QVERIFY(m_workspace->organisations->insert(fabrikam));
    m_window->showPage(MainWindow::TargetsPage);

    addThroughDialog(u"Tailspin Toys"_s);
    auto *table = child<QTableView>(m_view, u"targetTable"_s);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data().toString(), u"Tailspin Toys"_s);
    QCOMPARE(table->model()->index(0, TargetListModel::AdvocacyColumn).data().toString(), u"Nobody you know yet"_s);
    auto *noPeople = child<QLabel>(m_view, u"noPeople"_s);
    QVERIFY(noPeople->isVisible());
    QVERIFY2(noPeople->text().startsWith(u"Nobody in your contacts works at Tailspin Toys yet."_s),
             qPrintable(noPeople->text()));
    QVERIFY(!child<QPushButton>(m_view, u"startInterviewButton"_s)->isEnabled());

    QCOMPARE(m_view->markTarget(u"FABRIKAM LTD"_s), fabrikam.id);
    QTRY_COMPARE(table->model()->rowCount(), 2);
    QCOMPARE(m_workspace->organisations->all().size(), 2);
    QCOMPARE(m_workspace->organisations->organisation(fabrikam.id)->notes, u"Research notes"_s);
    QCOMPARE(m_view->currentTargetId(), fabrikam.id);

    // A very long name (and one with "&") fits the window as it is.
    const QString longName = u"Ørsted & Søn "_s + QString(300, u'x');
    const qint64 longId = m_view->markTarget(longName);
    QVERIFY(longId > 0);
    QTRY_COMPARE(m_view->currentTargetId(), longId);
    QVERIFY2(m_window->minimumSizeHint().width() <= 1280,
             qPrintable(QString::number(m_window->minimumSizeHint().width())));
    QCOMPARE(m_window->width(), 1280);
    m_window->findChild<QAction *>(u"undoAction"_s)->trigger();
    QTRY_COMPARE(table->model()->rowCount(), 2);
    m_view->selectTarget(fabrikam.id);

    // Nothing but punctuation names nobody: refused, in the dialog too.
    QCOMPARE(m_view->markTarget(u" !!! ... --- "_s), 0);
    bool refused = false;
    whenModal<AddTargetDialog>([&](AddTargetDialog *dialog) {
        QTest::keyClicks(child<QLineEdit>(dialog, u"employerSearch"_s), u"!!! ..."_s);
        QCOMPARE(child<QTableView>(dialog, u"employerTable"_s)->model()->rowCount(), 0);
        refused = !child<QPushButton>(dialog, u"addTargetButton"_s)->isEnabled();
        dialog->reject();
    });
    m_view->addAction()->trigger();
    QVERIFY(refused);

    // Removed from the targets with Delete: kept as an organisation with its notes; the page
    // goes on to the one left.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_Delete);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QVERIFY(!m_workspace->organisations->organisation(fabrikam.id)->target);
    QCOMPARE(child<QLabel>(m_view, u"peopleTitle"_s)->text(), u"People you know at Tailspin Toys"_s);
    QCOMPARE(m_view->currentTargetId(),
             table->model()->index(0, 0).data(TargetListModel::OrganisationIdRole).toLongLong());
    m_window->findChild<QAction *>(u"undoAction"_s)->trigger();
    QTRY_COMPARE(table->model()->rowCount(), 2);
}

// Motivation and Posting are chosen in place; the list re-sorts, the chosen target stays
// chosen, and each choice is a step of Undo.
void TestTargets::ratingReordersTheList()
{
    m_window->showPage(MainWindow::TargetsPage);
    const qint64 contoso = m_view->markTarget(u"Contoso"_s);
    const qint64 fabrikam = m_view->markTarget(u"Fabrikam"_s);
    auto *table = child<QTableView>(m_view, u"targetTable"_s);
    QTRY_COMPARE(table->model()->rowCount(), 2);
    QCOMPARE(table->model()->index(0, 0).data(TargetListModel::OrganisationIdRole).toLongLong(), contoso);
    m_view->selectTarget(fabrikam);

    const QModelIndex motivation = table->model()->index(1, TargetListModel::MotivationColumn);
    table->setCurrentIndex(motivation);
    table->edit(motivation);
    QComboBox *combo = nullptr;
    QTRY_VERIFY((combo = table->findChild<QComboBox *>()));
    QCOMPARE(combo->count(), 4);
    combo->hidePopup();
    combo->setCurrentIndex(3);
    Q_EMIT combo->activated(3);
    QTRY_COMPARE(m_workspace->organisations->organisation(fabrikam)->motivation, 3);
    QTRY_COMPARE(table->model()->index(0, 0).data(TargetListModel::OrganisationIdRole).toLongLong(), fabrikam);
    QCOMPARE(m_view->currentTargetId(), fabrikam);
    QCOMPARE(table->model()->index(0, TargetListModel::MotivationColumn).data().toString(), u"★★★"_s);
    m_window->findChild<QAction *>(u"undoAction"_s)->trigger();
    QTRY_COMPARE(table->model()->index(0, 0).data(TargetListModel::OrganisationIdRole).toLongLong(), contoso);
    QCOMPARE(m_workspace->organisations->organisation(fabrikam)->motivation, 0);
}

// No reply a week after the outreach to the first person at an active target: Today names the
// next person there, and choosing the row starts an interview with them at that employer.
void TestTargets::todayProposesTheNextPerson()
{
    m_window->showPage(MainWindow::TargetsPage);
    const qint64 contoso = m_view->markTarget(u"Contoso"_s);
    QTRY_VERIFY(m_workspace->targetModel->activeIds().contains(contoso));
    QList<NetworkPerson> there = m_workspace->network->network().peopleAt(u"Contoso"_s);
    const auto idOf = [&there](const QString &name) {
        for (const NetworkPerson &p : std::as_const(there)) {
            if (p.name == name)
                return p.contactId;
        }
        return qint64(0);
    };
    Interview first;
    first.contactId = idOf(u"Ali Khan"_s);
    first.organisationId = contoso;
    first.step = Step::Contact;
    first.outreachSentOn = QDate::currentDate().addDays(-7); // at least five business days
    QVERIFY(m_workspace->interviews->insert(first));

    m_window->showPage(MainWindow::TodayPage);
    auto *list = child<QTreeView>(m_window.get(), u"todayList"_s);
    QModelIndex suggestion;
    QTRY_VERIFY([&] {
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            const QModelIndex index = list->model()->index(row, TodayModel::WhatColumn);
            if (index.data(TodayModel::SuggestedContactRole).toLongLong() != 0)
                suggestion = index;
        }
        return suggestion.isValid();
    }());
    QCOMPARE(suggestion.data().toString(), u"Contact Kim Ode next at Contoso"_s);
    screenshot(m_window.get(), u"today-next-person"_s);
    list->setCurrentIndex(suggestion);
    Q_EMIT list->activated(suggestion);
    QTRY_COMPARE(m_workspace->interviews->all().size(), 2);
    const Interview second = m_workspace->interviews->all().constLast();
    QCOMPARE(second.contactId, idOf(u"Kim Ode"_s));
    QCOMPARE(second.organisationId, contoso);
    QPointer<InterviewDialog> page;
    QTRY_VERIFY((page = m_window->findChild<InterviewDialog *>()) && page->isVisible());
    page->close();
}

// Who answers, from the dates recorded: the people at a target filtered by it.
void TestTargets::peopleFilteredByWhoAnswers()
{
    m_window->showPage(MainWindow::TargetsPage);
    const qint64 contoso = m_view->markTarget(u"Contoso"_s);
    QVERIFY(contoso > 0);
    const QList<NetworkPerson> there = m_workspace->network->network().peopleAt(u"Contoso"_s);
    const auto idOf = [&there](const QString &name) {
        for (const NetworkPerson &p : there) {
            if (p.name == name)
                return p.contactId;
        }
        return qint64(0);
    };
    const auto reachOut = [&](const QString &name, const QDate &replied) {
        Interview i;
        i.contactId = idOf(name);
        i.organisationId = contoso;
        i.step = Step::Contact;
        i.outreachSentOn = QDate(2026, 11, 4);
        i.replyReceivedOn = replied;
        QVERIFY(m_workspace->interviews->insert(i));
    };
    reachOut(u"Ali Khan"_s, QDate(2026, 11, 5));
    reachOut(u"Kim Ode"_s, QDate());
    auto *people = child<QTableView>(m_view, u"starterTable"_s);
    auto *show = child<QComboBox>(m_view, u"answersFilter"_s);
    QTRY_COMPARE(people->model()->rowCount(), 3);
    const auto shown = [&](const QString &choice) {
        show->setCurrentIndex(show->findText(choice));
        QStringList names;
        for (int row = 0; row < people->model()->rowCount(); ++row)
            names << people->model()->index(row, StarterListModel::NameColumn).data().toString();
        return names;
    };
    QCOMPARE(shown(u"Quick to answer"_s), QStringList{u"Ali Khan"_s});
    QCOMPARE(people->currentIndex().row(), 0);
    QCOMPARE(shown(u"No reply yet"_s), QStringList{u"Kim Ode"_s});
    QCOMPARE(shown(u"Not contacted yet"_s), QStringList{u"Lin Park"_s});
    QVERIFY(child<QPushButton>(m_view, u"startInterviewButton"_s)->isEnabled());
    QCOMPARE(shown(u"Slow to answer"_s), QStringList());
    auto *noPeople = child<QLabel>(m_view, u"noPeople"_s);
    QVERIFY(noPeople->isVisible());
    QCOMPARE(noPeople->text(), u"Nobody you know at Contoso is “Slow to answer”. Choose Everyone to see them all."_s);
    QVERIFY(!child<QPushButton>(m_view, u"startInterviewButton"_s)->isEnabled());
    QCOMPARE(shown(u"Everyone"_s).size(), 3);
    screenshot(m_window.get(), u"targets-answers"_s);
}

// Two organisations that look like one employer: the Organisations page suggests merging them,
// the user chooses which name to keep, and Undo takes the merge back.
void TestTargets::organisationsSuggestMerging()
{
    Organisation google;
    google.name = u"Google"_s;
    QVERIFY(m_workspace->organisations->insert(google));
    Organisation llc;
    llc.name = u"Google LLC"_s;
    llc.notes = u"Their notes"_s;
    QVERIFY(m_workspace->organisations->insert(llc));
    m_window->showPage(MainWindow::OrganisationsPage);
    auto *suggestion = child<QWidget>(m_window.get(), u"duplicateSuggestion"_s);
    QTRY_VERIFY(suggestion->isVisible());
    QCOMPARE(child<QLabel>(suggestion, u"duplicateText"_s)->text(), u"“Google” and “Google LLC” look like one employer."_s);
    screenshot(m_window.get(), u"organisations-merge"_s);
    whenModal<QMessageBox>([](QMessageBox *box) { child<QPushButton>(box, u"keepSecond"_s)->click(); });
    QTest::mouseClick(child<QPushButton>(suggestion, u"mergeButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!m_workspace->organisations->organisation(google.id));
    QCOMPARE(m_workspace->organisations->organisation(llc.id)->notes, u"Their notes"_s);
    QTRY_VERIFY(!suggestion->isVisible());
    QCOMPARE(m_workspace->undoStack->undoText(), u"Merge “Google” into “Google LLC”"_s);
    m_window->findChild<QAction *>(u"undoAction"_s)->trigger();
    QTRY_VERIFY(m_workspace->organisations->organisation(google.id));
    QTRY_VERIFY(suggestion->isVisible());
}

QTEST_MAIN(TestTargets)
#include "tst_targets.moc"
