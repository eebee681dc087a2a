#include "appearance.h"
#include "contactdialog.h"
#include "contactsview.h"
#include "interviewdialog.h"
#include "itemviews.h"
#include "mainwindow.h"
#include "pipelineview.h"
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
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStyleOptionButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

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
    void indicatorsRead_data();
    void indicatorsRead();
    void focusColourReads_data();
    void focusColourReads();
    void focusIsVisible();
    void labelsAndPageKeys();
    void keyboardOnlyWalk_data();
    void keyboardOnlyWalk();

private:
    // Adds a contact; returns its id, 0 on failure.
    qint64 addContact(const QString &first, const QString &last, const QString &company);

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
    Appearance::apply(Appearance::Scheme::System); // as the app starts: the focus frame's style
}

void TestKeyboard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(u"k.sqlite"_s)));
    m_workspace = std::make_unique<Workspace>(m_db.get());
    m_contact = addContact(u"Ada"_s, u"Lovelace"_s, u"Analytical Engines"_s);
    QVERIFY(m_contact > 0);
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

qint64 TestKeyboard::addContact(const QString &first, const QString &last, const QString &company)
{
    Contact contact;
    contact.firstName = first;
    contact.lastName = last;
    contact.company = company;
    ContactBatch batch;
    batch.inserts = {contact};
    return m_workspace->contacts->apply(batch) ? batch.inserts.constFirst().id : 0;
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
    QStringList problems = mnemonicProblems(dialog) + unnamedControls(dialog) + tabOrderProblems(dialog);
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
        problems += tabOrderProblems(dialog);
        // It opens in the first field, not on the tabs.
        if (page == 0 && dialog->focusWidget() != dialog->findChild<QWidget *>(u"profileName"_s))
            problems << u"opens with the focus on %1"_s.arg(
                dialog->focusWidget() ? QString::fromLatin1(dialog->focusWidget()->metaObject()->className())
                                      : u"nothing"_s);
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
    const QStringList problems = mnemonicProblems(dialog) + unnamedControls(dialog) + tabOrderProblems(dialog);
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

void TestKeyboard::indicatorsRead_data()
{
    QTest::addColumn<Appearance::Scheme>("scheme");
    QTest::newRow("light") << Appearance::Scheme::Light;
    QTest::newRow("dark") << Appearance::Scheme::Dark;
}

// A radio button's and a check box's edge read at 3:1 on the window (WCAG 1.4.11), and a chosen
// radio button shows its dot: Fusion's fade into a dark window.
void TestKeyboard::indicatorsRead()
{
    QFETCH(Appearance::Scheme, scheme);
    Appearance::apply(scheme);
    const auto restore = qScopeGuard([] { Appearance::apply(Appearance::Scheme::System); });
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *off = new QRadioButton(u"Follow the system"_s, &window);
    auto *on = new QRadioButton(u"Dark"_s, &window);
    auto *box = new QCheckBox(u"Sent"_s, &window);
    on->setChecked(true);
    for (QWidget *w : {static_cast<QWidget *>(off), static_cast<QWidget *>(on), static_cast<QWidget *>(box)})
        layout->addWidget(w);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QColor background = window.palette().color(QPalette::Window);
    // Pixels of the indicator that read at 3:1 on the window.
    const auto reading = [&](QAbstractButton *button, QStyle::SubElement element) {
        QStyleOptionButton option;
        option.initFrom(button);
        const QRect indicator = button->style()->subElementRect(element, &option, button);
        const QImage image = button->grab().toImage();
        int count = 0;
        for (int y = indicator.top(); y <= indicator.bottom(); ++y) {
            for (int x = indicator.left(); x <= indicator.right(); ++x) {
                if (Appearance::contrastRatio(
                        image.pixelColor(x * image.devicePixelRatio(), y * image.devicePixelRatio()), background)
                    >= 3.0)
                    ++count;
            }
        }
        return count;
    };
    const int ring = reading(off, QStyle::SE_RadioButtonIndicator);
    QVERIFY2(ring >= 20, qPrintable(u"%1 pixels"_s.arg(ring)));
    const int ringAndDot = reading(on, QStyle::SE_RadioButtonIndicator);
    QVERIFY2(ringAndDot >= ring + 6, qPrintable(u"%1 pixels, %2 without the dot"_s.arg(ringAndDot).arg(ring)));
    const int square = reading(box, QStyle::SE_CheckBoxIndicator);
    QVERIFY2(square >= 24, qPrintable(u"%1 pixels"_s.arg(square)));
}

void TestKeyboard::focusColourReads_data()
{
    QTest::addColumn<QPalette>("palette");
    QPalette pale; // a highlight too light to read on white
    pale.setColor(QPalette::Window, QColor(250, 250, 250));
    pale.setColor(QPalette::Base, Qt::white);
    pale.setColor(QPalette::Highlight, QColor(200, 225, 255));
    pale.setColor(QPalette::HighlightedText, Qt::black);
    pale.setColor(QPalette::Text, Qt::black);
    QPalette dim = pale; // one too dark to read on black
    dim.setColor(QPalette::Window, QColor(20, 20, 20));
    dim.setColor(QPalette::Base, Qt::black);
    dim.setColor(QPalette::Highlight, QColor(20, 40, 90));
    dim.setColor(QPalette::HighlightedText, Qt::white);
    dim.setColor(QPalette::Text, Qt::white);
    QPalette grey = pale; // no hue at all
    grey.setColor(QPalette::Highlight, QColor(230, 230, 230));
    QTest::newRow("the style's") << QApplication::style()->standardPalette();
    QTest::newRow("pale highlight") << pale;
    QTest::newRow("dark, dim highlight") << dim;
    QTest::newRow("grey highlight") << grey;
    Appearance::apply(Appearance::Scheme::Dark);
    QTest::newRow("Coffee Chat's dark") << QApplication::palette();
    Appearance::apply(Appearance::Scheme::System);
}

// WCAG's non-text contrast: the focus frame reads at 3:1 on the window, on fields, and on a
// selected row, whatever the palette.
void TestKeyboard::focusColourReads()
{
    QFETCH(QPalette, palette);
    const QColor focus = Appearance::focusColour(palette);
    for (const auto role : {QPalette::Window, QPalette::Base}) {
        const qreal ratio = Appearance::contrastRatio(focus, palette.color(role));
        QVERIFY2(ratio >= 3.0,
                 qPrintable(u"%1 on %2: %3:1"_s.arg(focus.name(), palette.color(role).name()).arg(ratio)));
    }
    const QColor selection = palette.color(QPalette::Highlight);
    QVERIFY(Appearance::contrastRatio(Appearance::focusColour(palette, selection), selection) >= 3.0);
}

// Every kind of control shows the keyboard's focus in that colour: a push button (the default
// one too, which looks different focused), a check box, a field, a table's current row.
void TestKeyboard::focusIsVisible()
{
    QDialog dialog;
    auto *field = new QLineEdit(&dialog);
    auto *box = new QCheckBox(u"Remember"_s, &dialog);
    auto *combo = new QComboBox(&dialog);
    combo->addItems({u"E-mail"_s, u"LinkedIn"_s});
    auto *date = new QDateEdit(QDate(2026, 12, 6), &dialog);
    auto *text = new QPlainTextEdit(u"Notes"_s, &dialog);
    text->setTabChangesFocus(true); // as every text area in the app
    auto *empty = new QListView(&dialog);
    QStandardItemModel nothing;
    empty->setModel(&nothing);
    auto *tabs = new QTabBar(&dialog);
    tabs->addTab(u"First"_s);
    tabs->addTab(u"Second"_s);
    tabs->setFocusPolicy(Qt::StrongFocus);
    auto *table = new QTableView(&dialog);
    ItemViews::setUpTable(table);
    QStandardItemModel model(3, 2);
    for (int row = 0; row < 3; ++row)
        model.setItem(row, 0, new QStandardItem(u"Row %1"_s.arg(row)));
    table->setModel(&model);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"Cancel"_s);
    auto *layout = new QVBoxLayout(&dialog);
    const QList<QWidget *> order = {box, combo, date, text, empty, tabs, table};
    layout->addWidget(field);
    for (QWidget *widget : order)
        layout->addWidget(widget);
    layout->addWidget(buttons);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    field->setFocus();
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isDefault());
    const QImage defaultUnfocused = ok->grab().toImage();
    QStringList unseen;
    for (QWidget *expected : order + QList<QWidget *>{ok, buttons->button(QDialogButtonBox::Cancel)}) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        // Tab goes on through a date's day, month and year before it leaves the field.
        for (int section = 0; section < 3 && qobject_cast<QDateEdit *>(QApplication::focusWidget())
             && QApplication::focusWidget() != expected;
             ++section)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), expected);
        if (expected == table)
            QTest::keyClick(table, Qt::Key_Down); // a current, selected row
        if (const int pixels = focusFramePixels(); pixels < 20)
            unseen << u"%1 (%2 pixels)"_s.arg(QString::fromLatin1(expected->metaObject()->className())).arg(pixels);
        if (expected == ok)
            QVERIFY(ok->grab().toImage() != defaultUnfocused);
        screenshot(&dialog,
                   u"focus-"_s + QString::fromLatin1(expected->metaObject()->className()) + expected->objectName());
    }
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), field);
    if (focusFramePixels() < 20)
        unseen << u"QLineEdit"_s;
    QVERIFY2(unseen.isEmpty(), qPrintable(unseen.join(u", "_s)));
}

// A label's Alt+letter reaches its control even where that is made of several (the clock), and
// Ctrl+Page Down and Up go from tab to tab.
void TestKeyboard::labelsAndPageKeys()
{
    InterviewDialog *dialog = m_window->openInterview(m_interview, Step::Conduct);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    auto *steps = dialog->findChild<QTabWidget *>(u"stepTabs"_s);
    QTRY_VERIFY(steps->currentWidget()->isAncestorOf(QApplication::focusWidget())); // in the first field
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_I, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), dialog->findChild<QWidget *>(u"countdownStart"_s));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(steps->currentIndex(), StepNames::number(Step::FollowUp) - 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_R, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), dialog->findChild<QWidget *>(u"referralList"_s));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(steps->currentIndex(), StepNames::number(Step::Conduct) - 1);
    dialog->reject();

    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->showPage(MainWindow::TodayPage);
    m_window->findChild<QTabWidget *>()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageUp, Qt::ControlModifier); // wraps round
    QCOMPARE(m_window->currentPage(), MainWindow::ProgressPage);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(m_window->currentPage(), MainWindow::TodayPage);
}

// The walk, from the keyboard alone: find a person on Contacts, start an interview with
// them, move it two steps on the board, write the message it waits for and copy it. At each
// step the control with the focus shows it.
void TestKeyboard::keyboardOnlyWalk_data()
{
    QTest::addColumn<Appearance::Scheme>("scheme");
    QTest::newRow("light") << Appearance::Scheme::Light;
    QTest::newRow("dark") << Appearance::Scheme::Dark;
}

void TestKeyboard::keyboardOnlyWalk()
{
    QFETCH(Appearance::Scheme, scheme);
    Appearance::apply(scheme);
    const auto restore = qScopeGuard([] { Appearance::apply(Appearance::Scheme::System); });
    const QString shots = QString::fromLatin1(QTest::currentDataTag()) + u"-walk-"_s;
    const qint64 graceId = addContact(u"Grace"_s, u"Hopper"_s, u"Remington Rand"_s);
    QVERIFY(graceId > 0);
    QApplication::clipboard()->clear();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QStringList unseen;
    const auto press = [](QKeyCombination key) {
        QWidget *target = QApplication::focusWidget();
        QVERIFY2(target, "nothing has the focus");
        QTest::keyClick(target, key.key(), key.keyboardModifiers());
    };
    const auto focusShown = [&unseen, &shots](const QString &where) {
        QWidget *focus = QApplication::focusWidget();
        if (!focus || !focus->isVisible())
            unseen << where + u": nothing visible has the focus"_s;
        else if (focusFramePixels() < 20)
            unseen << u"%1: %2 %3 does not show it has the focus"_s.arg(
                where, QString::fromLatin1(focus->metaObject()->className()), focus->objectName());
        else
            screenshot(focus->window(), shots + where);
    };

    press(Qt::CTRL | Qt::Key_3);
    press(QKeySequence(QKeySequence::Find)[0]);
    QTest::keyClicks(QApplication::focusWidget(), u"hopper"_s);
    focusShown(u"search"_s);
    press(Qt::Key_Tab); // into the list of people: Grace is the one left, and current
    QTableView *contacts = m_window->contactsView()->findChild<QTableView *>();
    QCOMPARE(QApplication::focusWidget(), contacts);
    focusShown(u"contacts"_s);
    press(Qt::CTRL | Qt::SHIFT | Qt::Key_I); // Start Interview

    InterviewDialog *page = nullptr;
    QTRY_VERIFY((page = qobject_cast<InterviewDialog *>(QApplication::activeWindow())));
    focusShown(u"interview-page"_s);
    const qint64 started = page->interviewId();
    QCOMPARE(m_workspace->interviews->interview(started)->contactId, graceId);
    // Research needs what the conversation is to teach: Alt+L, type it, Ctrl+S to save.
    press(Qt::ALT | Qt::Key_L);
    QCOMPARE(QApplication::focusWidget(), page->findChild<QWidget *>(u"learningGoalsEdit"_s));
    QTest::keyClicks(QApplication::focusWidget(), u"How a compiler team decides what to build"_s);
    focusShown(u"interview-learn"_s);
    press(QKeySequence(QKeySequence::Save)[0]);
    QTRY_VERIFY(!m_workspace->interviews->interview(started)->learningGoals.isEmpty());
    QPointer<InterviewDialog> closing = page;
    press(Qt::Key_Escape);
    QTRY_VERIFY(!closing || !closing->isVisible());
    m_window->activateWindow(); // the window manager's part, which the offscreen platform leaves out
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

    // Back on the board, the new card has the focus; two steps forward.
    QCOMPARE(m_window->currentPage(), MainWindow::InterviewsPage);
    focusShown(u"board"_s);
    press(Qt::CTRL | Qt::SHIFT | Qt::Key_Right);
    press(Qt::CTRL | Qt::SHIFT | Qt::Key_Right);
    QCOMPARE(m_workspace->interviews->interview(started)->step, Step::Prepare);
    focusShown(u"board-moved"_s);

    press(Qt::CTRL | Qt::Key_M); // the message it waits for
    QCOMPARE(m_window->currentPage(), MainWindow::MessagesPage);
    focusShown(u"composer"_s);
    // Copy to Clipboard; the message still has places to fill in, and says so: Tab to Yes, Space.
    // (The offscreen platform does not always make the box the active window, as a window manager
    // would: the keys go to the box's focused control. Whether a focused button shows it is
    // focusIsVisible's part.)
    whenModal<QMessageBox>([&unseen, &shots](QMessageBox *box) {
        QAbstractButton *yes = box->button(QMessageBox::Yes);
        for (int tab = 0; tab < 4 && box->focusWidget() != yes; ++tab)
            QTest::keyClick(box->focusWidget(), Qt::Key_Tab);
        if (box->focusWidget() != yes)
            unseen << u"“Message not finished”: Tab does not reach Yes"_s;
        screenshot(box, shots + u"message-not-finished"_s);
        QTest::keyClick(box->focusWidget(), Qt::Key_Space);
    });
    press(Qt::ALT | Qt::Key_O);
    QTRY_VERIFY(QApplication::clipboard()->text().contains(u"Grace"_s));
    QVERIFY2(unseen.isEmpty(), qPrintable(unseen.join(u'\n')));
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
