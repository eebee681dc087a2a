#include "contactdialog.h"
#include "contactsview.h"
#include "interviewdialog.h"
#include "mainwindow.h"
#include "searchdialog.h"
#include "settingsdialog.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/interviewstore.h"
#include "translations.h"
#include "uitest.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace UiTest;

// What a keyboard user meets in every window and on every page: each Alt+letter reaches one
// control, and no label shows a literal "&".
class TestKeyboard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void mainWindowPages_data();
    void mainWindowPages();
    void interviewPageTabs_data();
    void interviewPageTabs();
    void settingsPages_data();
    void settingsPages();
    void contactDialog();
    void searchDialog();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_contact = 0;
    qint64 m_interview = 0;
};

void TestKeyboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(QCoreApplication::instance());
}

void TestKeyboard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(u"k.sqlite"_s)));
    m_workspace = std::make_unique<Workspace>(m_db.get());
    Contact ada;
    ada.firstName = u"Ada"_s;
    ada.lastName = u"Lovelace"_s;
    ada.company = u"Analytical Engines"_s;
    ContactBatch batch;
    batch.inserts = {ada};
    QVERIFY(m_workspace->contacts->apply(batch));
    m_contact = batch.inserts.constFirst().id;
    Interview interview;
    interview.contactId = m_contact;
    interview.topic = u"What a data team lead does all day"_s;
    QVERIFY(m_workspace->interviews->insert(interview));
    m_interview = interview.id;
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->resize(1200, 760);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(!m_workspace->isLoading());
}

void TestKeyboard::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    m_db.reset();
}

void TestKeyboard::mainWindowPages_data()
{
    QTest::addColumn<int>("page");
    for (const auto &[name, page] : {std::pair{"Today", MainWindow::TodayPage},
                                     {"Interviews", MainWindow::InterviewsPage},
                                     {"Contacts", MainWindow::ContactsPage},
                                     {"Organisations", MainWindow::OrganisationsPage},
                                     {"Questions", MainWindow::QuestionsPage},
                                     {"Messages", MainWindow::MessagesPage}})
        QTest::newRow(name) << int(page);
}

void TestKeyboard::mainWindowPages()
{
    QFETCH(int, page);
    m_window->showPage(MainWindow::Page(page));
    QCoreApplication::processEvents();
    const QStringList problems = mnemonicProblems(m_window.get()) + unnamedControls(m_window.get());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestKeyboard::interviewPageTabs_data()
{
    QTest::addColumn<Step>("step");
    for (Step step : {Step::Research, Step::Identify, Step::Prepare, Step::Contact, Step::Conduct, Step::FollowUp})
        QTest::newRow(qPrintable(StepNames::displayName(step))) << step;
}

void TestKeyboard::interviewPageTabs()
{
    QFETCH(Step, step);
    InterviewDialog *dialog = m_window->openInterview(m_interview, step);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    // The keyboard starts in the tab's first field.
    QWidget *page = dialog->findChild<QTabWidget *>(u"stepTabs"_s)->currentWidget();
    QTRY_VERIFY2(page->isAncestorOf(QApplication::focusWidget()),
                 QApplication::focusWidget() ? QApplication::focusWidget()->metaObject()->className() : "nothing");
    QStringList problems = mnemonicProblems(dialog) + unnamedControls(dialog);
    // The dates' check boxes say what they are of ("Outreach: Sent", "Follow-up: Sent").
    QStringList boxNames;
    const auto boxes = page->findChildren<QCheckBox *>();
    for (QCheckBox *box : boxes) {
        if (!box->isVisibleTo(dialog))
            continue;
        const QString name = QAccessible::queryAccessibleInterface(box)->text(QAccessible::Name);
        if (boxNames.contains(name))
            problems << u"two check boxes called “%1”"_s.arg(name);
        boxNames << name;
    }
    // What this step needs is reached with Tab, to be read.
    const bool checklistReachable = child<QWidget>(dialog, u"checklist"_s)->focusPolicy() & Qt::TabFocus;
    dialog->reject();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QVERIFY(checklistReachable);
}

void TestKeyboard::settingsPages_data()
{
    QTest::addColumn<int>("page");
    for (int page = 0; page < 4; ++page)
        QTest::newRow(qPrintable(QString::number(page))) << page;
}

void TestKeyboard::settingsPages()
{
    QFETCH(int, page);
    QStringList problems;
    whenModal<SettingsDialog>([&problems, page](SettingsDialog *dialog) {
        dialog->pages()->setCurrentIndex(page);
        QCoreApplication::processEvents();
        problems = mnemonicProblems(dialog) + unnamedControls(dialog);
        // Advice is never drawn as a disabled label (announced as unavailable, and faint).
        const auto labels = dialog->findChildren<QLabel *>();
        for (const QLabel *label : labels) {
            if (label->isVisibleTo(dialog) && !label->isEnabled())
                problems << u"disabled label “%1”"_s.arg(label->text());
        }
        dialog->reject();
    });
    m_window->findChild<QAction *>(u"configureAction"_s)->trigger();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestKeyboard::contactDialog()
{
    m_window->showPage(MainWindow::ContactsPage);
    m_window->contactsView()->selectContact(m_contact);
    m_window->contactsView()->editAction()->trigger();
    auto *dialog = m_window->findChild<ContactDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    const QStringList problems = mnemonicProblems(dialog) + unnamedControls(dialog);
    dialog->done(QDialog::Rejected);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestKeyboard::searchDialog()
{
    SearchDialog *dialog = m_window->searchDialog();
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    const QStringList problems = mnemonicProblems(dialog) + unnamedControls(dialog);
    dialog->reject();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
