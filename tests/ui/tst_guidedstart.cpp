// Walks the guided start as a new user would: from a fresh profile and LinkedIn's export of a
// 30,000-person network to a first outreach marked as sent, counting every click, key press and
// drop; then quitting halfway and coming back, skipping every step, and choosing other targets
// and people than suggested. Set COFFEECHAT_SCREENSHOT_DIR to save screenshots of every step.

#include "composerwidget.h"
#include "guidedstartdialog.h"
#include "importcontroller.h"
#include "importpreviewdialog.h"
#include "mainwindow.h"
#include "messages/myprofile.h"
#include "models/networkcache.h"
#include "models/starterlistmodel.h"
#include "models/targetsuggestionmodel.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/interviewstore.h"
#include "storage/organisationstore.h"
#include "translations.h"
#include "uitest.h"

#include <QCheckBox>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace UiTest;

namespace {

// LinkedIn's Connections.csv for a network like a real one: `rows` people at about rows / 5
// employers, a few large ones written several ways, most with a handful. Deterministic.
QByteArray connections(int rows)
{
    static const char *positions[] = {"Product Manager",   "Senior Product Manager", "UX Designer",
                                      "Software Engineer", "Director of Product",    "Product Intern",
                                      "Head of Design",    "Data Scientist",         "Engineering Manager",
                                      "Recruiter",         "VP Engineering",         "Marketing Lead"};
    QRandomGenerator random(11);
    QByteArray csv = "Notes:\n\"When exporting your connection data, you may notice that some of the email "
                     "addresses are missing.\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,"
                     "Connected On";
    int made = 0;
    const auto add = [&](int employer, int count) {
        for (int i = 0; i < count && made < rows; ++i, ++made) {
            const QByteArray name = "Employer " + QByteArray::number(employer);
            const int spelling = employer < 50 ? int(random.bounded(3)) : 0;
            const QByteArray company = spelling == 0 ? name
                : spelling == 1                      ? QByteArray("\"" + name + ", Inc.\"")
                                                     : QByteArray(name.toUpper() + " LLC");
            csv += "\nPerson," + QByteArray::number(made) + ",https://www.linkedin.com/in/person-"
                + QByteArray::number(made) + ",," + company + ',' + positions[random.bounded(int(std::size(positions)))]
                + ",0" + QByteArray::number(1 + made % 9) + " Mar 2025";
        }
    };
    add(0, rows / 20);
    for (int e = 1; e < 10; ++e)
        add(e, rows / 100);
    for (int e = 10; e < 100; ++e)
        add(e, rows / 600);
    for (int e = 100; made < rows; ++e)
        add(e, 1 + int(random.bounded(6)));
    return csv;
}

} // namespace

class TestGuidedStart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void fromExportToFirstOutreach();
    void resumesWhereItWasLeft();
    void everyStepCanBeSkipped();
    void otherTargetsAndPeople();
    void choosingAgainMakesNoDuplicates();
    void keepsWhatItDidNotMake();
    void closedDuringAnImport();
    void readableInBothSchemes_data();
    void readableInBothSchemes();

private:
    qint64 addContact(const QString &first, const QString &last, const QString &company, const QString &position,
                      Relationship relationship = Relationship::LinkedIn);
    void openWindow();
    GuidedStartDialog *guide() const { return m_window->guidedStart(); }
    void click(QAbstractButton *button);
    void type(QWidget *widget, const QString &text);
    void drop(QWidget *widget, const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    int m_interactions = 0;
};

void TestGuidedStart::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(QCoreApplication::instance());
}

void TestGuidedStart::init()
{
    QSettings().clear();
    m_interactions = 0;
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(u"g.sqlite"_s)));
}

void TestGuidedStart::openWindow()
{
    m_workspace = std::make_unique<Workspace>(m_db.get());
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(!m_workspace->isLoading());
}

void TestGuidedStart::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    m_db.reset();
}

qint64 TestGuidedStart::addContact(const QString &first, const QString &last, const QString &company,
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

void TestGuidedStart::click(QAbstractButton *button)
{
    QVERIFY(button);
    QVERIFY2(button->isVisible() && button->isEnabled(), qPrintable(button->text()));
    ++m_interactions;
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestGuidedStart::type(QWidget *widget, const QString &text)
{
    m_interactions += int(text.size());
    QTest::keyClicks(widget, text);
}

void TestGuidedStart::drop(QWidget *widget, const QString &path)
{
    ++m_interactions;
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPoint at = widget->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(widget->window(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropped(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(widget->window(), &dropped);
    QVERIFY(dropped.isAccepted());
}

// The whole path on LinkedIn's cap of 30,000 connections: the guide opens by itself on the fresh
// profile, the export is dropped onto it, a role typed, the five suggested targets and the first
// person at each taken as suggested, and the composer's outreach marked as sent. Every click, key
// press and drop counts; 60 at most.
void TestGuidedStart::fromExportToFirstOutreach()
{
    constexpr int People = 30000;
    const QString csv = m_dir->filePath(u"Connections.csv"_s);
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(connections(People));
    }
    openWindow();
    QVERIFY(m_window->offerGuidedStart()); // a fresh profile: it opens by itself
    GuidedStartDialog *dialog = guide();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->step(), int(GuidedStartProgress::NetworkStep));
    QVERIFY2(mnemonicProblems(dialog).isEmpty(), qPrintable(mnemonicProblems(dialog).join(u"; "_s)));
    screenshot(dialog, u"guide-1-network"_s);

    // 1. The export, dropped onto the guide; the import's own preview confirms it.
    drop(child<QLabel>(dialog, u"guideDropZone"_s), csv);
    ImportPreviewDialog *preview = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((preview = m_window->importController()->previewDialog()) && preview->isVisible(), 60000);
    auto *importButton = child<QPushButton>(preview, u"importButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(importButton->isEnabled(), 60000);
    click(importButton);
    // Once the contacts are in, the next step follows by itself.
    QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), int(GuidedStartProgress::ExploringStep), 120000);
    QCOMPARE(m_workspace->contacts->count(), People);

    // 2. What they explore, with the network's common titles as ideas.
    auto *roles = child<QLineEdit>(dialog, u"guideRoles"_s);
    // The keyboard is back on the guide, not on the window behind it that showed the preview.
    QTRY_COMPARE(QApplication::activeWindow(), dialog);
    QTRY_VERIFY(roles->hasFocus());
    QTRY_VERIFY(!m_workspace->network->isLoading() && !m_workspace->network->network().people().isEmpty());
    click(child<QPushButton>(dialog, u"guideBack"_s)); // a look back, and forward again: no harm
    QCOMPARE(dialog->step(), int(GuidedStartProgress::NetworkStep));
    QVERIFY(child<QLabel>(dialog, u"guideNetworkState"_s)->text().contains(u"30,000 contacts"_s));
    click(child<QPushButton>(dialog, u"guideNext"_s));
    QTRY_VERIFY(roles->hasFocus());
    const QString ideas = child<QLabel>(dialog, u"guideCommonTitles"_s)->text();
    QVERIFY2(ideas.startsWith(u"Common in your network: "_s) && ideas.contains(u"Software Engineer"_s),
             qPrintable(ideas));
    type(roles, u"design"_s);
    type(child<QLineEdit>(dialog, u"guideName"_s), u"Ada Byron"_s); // signs the message
    screenshot(dialog, u"guide-2-exploring"_s);
    click(child<QPushButton>(dialog, u"guideNext"_s));
    QCOMPARE(MyProfile::load().exploring, QStringList{u"design"_s});
    QCOMPARE(MyProfile::load().name, u"Ada Byron"_s);

    // 3. Five targets, suggested from the network and checked.
    QCOMPARE(dialog->step(), int(GuidedStartProgress::TargetsStep));
    TargetSuggestionModel *suggestions = dialog->suggestions();
    QTRY_COMPARE(suggestions->checkedCount(), 5);
    const QStringList chosen = suggestions->checkedNames();
    QVERIFY2(chosen.contains(u"Employer 0"_s), qPrintable(chosen.join(u", "_s))); // 1,500 people there
    QVERIFY(child<QLabel>(dialog, u"guideTargetCount"_s)->text().startsWith(u"5 chosen"_s));
    screenshot(dialog, u"guide-3-targets"_s);
    click(child<QPushButton>(dialog, u"guideNext"_s));
    QCOMPARE(dialog->step(), int(GuidedStartProgress::PeopleStep));
    QCOMPARE(dialog->progress().targets.size(), 5);
    for (qint64 id : dialog->progress().targets)
        QVERIFY(m_workspace->organisations->organisation(id)->target);

    // 4. Whom to ask first at each: the top-ranked, with the reason; one interview each.
    auto *targetList = child<QListWidget>(dialog, u"guideTargetList"_s);
    QCOMPARE(targetList->count(), 5);
    QTRY_VERIFY(dialog->starters()->rowCount() > 0);
    QVERIFY(dialog->starters()->index(0, StarterListModel::WhyColumn).data().toString().contains(u"design"_s));
    screenshot(dialog, u"guide-4-people"_s);
    const QHash<qint64, qint64> people = dialog->progress().chosen;
    QCOMPARE(people.size(), 5);
    click(child<QPushButton>(dialog, u"guideNext"_s));
    QCOMPARE(dialog->step(), int(GuidedStartProgress::MessageStep));
    const QList<qint64> interviews = dialog->progress().interviews;
    QCOMPARE(interviews.size(), 5);
    for (qint64 id : interviews) {
        const Interview interview = *m_workspace->interviews->interview(id);
        QCOMPARE(interview.step, Step::Identify);
        QVERIFY(dialog->progress().targets.contains(interview.organisationId));
        QCOMPARE(interview.contactId, people.value(interview.organisationId));
    }

    // 5. The composer on the first, the outreach filled in and its advice shown.
    ComposerWidget *composer = dialog->composer();
    QVERIFY(composer && composer->isVisible());
    QCOMPARE(composer->interviewId(), interviews.constFirst());
    QCOMPARE(composer->kind(), MessageKind::Outreach);
    const Contact first = *m_workspace->contacts->contact(people.value(dialog->progress().targets.constFirst()));
    QVERIFY2(composer->editor()->toPlainText().contains(u"Hi "_s + first.firstName),
             qPrintable(composer->editor()->toPlainText()));
    QVERIFY(child<QWidget>(composer, u"composerReport"_s)->isVisible());
    QVERIFY(child<QLabel>(dialog, u"guideMessageTitle"_s)->text().startsWith(u"Message 1 of 5"_s));
    QVERIFY2(composer->rendered().message().contains(u"Ada Byron"_s), qPrintable(composer->rendered().message()));
    QVERIFY2(mnemonicProblems(dialog).isEmpty(), qPrintable(mnemonicProblems(dialog).join(u"; "_s)));
    screenshot(dialog, u"guide-5-message"_s);
    // Mark as Sent; the composer asks about the [[brackets]] still to write, and is told to go on.
    bool asked = false;
    whenModal<QMessageBox>([&](QMessageBox *box) {
        asked = true;
        click(box->button(QMessageBox::Yes));
    });
    click(child<QPushButton>(composer, u"markSentButton"_s));
    QTRY_VERIFY(asked);

    // 6. What happens next, in plain words with the days.
    QTRY_COMPARE(dialog->step(), int(GuidedStartProgress::NextStep));
    QVERIFY(m_workspace->interviews->interview(interviews.constFirst())->outreachSentOn.isValid());
    std::printf("Interactions from the first window to Mark as Sent: %d\n", m_interactions);
    std::fflush(stdout);
    QVERIFY2(m_interactions <= 60, qPrintable(QString::number(m_interactions)));
    const QString next = child<QLabel>(dialog, u"guideNextText"_s)->text();
    QVERIFY2(next.contains(u"3 business days"_s) && next.contains(u"7 business days"_s), qPrintable(next));
    QVERIFY2(next.contains(u"4 more people wait"_s), qPrintable(next));
    screenshot(dialog, u"guide-6-next"_s);
    click(child<QPushButton>(dialog, u"guideNext"_s)); // Finish
    QTRY_VERIFY(!m_window->guidedStart());
    QCOMPARE(m_window->currentPage(), MainWindow::TodayPage);
    QVERIFY(GuidedStartProgress::load().ended);
    QVERIFY(!m_window->offerGuidedStart());
}

// Quitting halfway opens the guide again at the step left, with what was chosen; once a message
// is sent or the guide is finished, it no longer opens by itself.
void TestGuidedStart::resumesWhereItWasLeft()
{
    addContact(u"Kim"_s, u"Ode"_s, u"Contoso"_s, u"Product Designer"_s, Relationship::Alumni);
    addContact(u"Lin"_s, u"Park"_s, u"Contoso Ltd"_s, u"Engineer"_s);
    addContact(u"Zed"_s, u"Moss"_s, u"Fabrikam"_s, u"Designer"_s);
    openWindow();
    QVERIFY(!m_window->offerGuidedStart()); // not a fresh profile, and never begun
    {
        // Typed, and the window closed at once: the words are kept.
        GuidedStartDialog *typing = m_window->showGuidedStart();
        typing->goToStep(GuidedStartProgress::ExploringStep);
        QTest::keyClicks(child<QLineEdit>(typing, u"guideRoles"_s), u"marine biology"_s);
        m_window.reset();
        QCOMPARE(MyProfile::load().exploring, QStringList{u"marine biology"_s});
        openWindow();
        QVERIFY(m_window->offerGuidedStart()); // left halfway
        QCOMPARE(guide()->step(), int(GuidedStartProgress::ExploringStep));
        QCOMPARE(child<QLineEdit>(guide(), u"guideRoles"_s)->text(), u"marine biology"_s);
        // Typed and left alone: kept a moment later, on the step.
        child<QLineEdit>(guide(), u"guideRoles"_s)->clear();
        QTest::keyClicks(child<QLineEdit>(guide(), u"guideRoles"_s), u"design"_s);
        QTRY_COMPARE(MyProfile::load().exploring, QStringList{u"design"_s});
        guide()->goToStep(GuidedStartProgress::NetworkStep);
        guide()->close();
        QTRY_VERIFY(!m_window->guidedStart());
        child<QLineEdit>(m_window->showGuidedStart(), u"guideRoles"_s)->clear();
    }
    GuidedStartDialog *dialog = guide();
    QCOMPARE(dialog->step(), int(GuidedStartProgress::NetworkStep));
    click(child<QPushButton>(dialog, u"guideNext"_s));
    child<QLineEdit>(dialog, u"guideRoles"_s)->clear();
    type(child<QLineEdit>(dialog, u"guideRoles"_s), u"UX design"_s);
    click(child<QPushButton>(dialog, u"guideNext"_s));
    QTRY_COMPARE(dialog->suggestions()->checkedCount(), 2); // every employer there is
    click(child<QPushButton>(dialog, u"guideNext"_s));
    QCOMPARE(dialog->step(), int(GuidedStartProgress::PeopleStep));
    dialog->close();
    QTRY_VERIFY(!m_window->guidedStart());

    // The app quits and starts again (the guide closes with the window).
    m_window.reset();
    m_workspace.reset();
    openWindow();
    QVERIFY(m_window->offerGuidedStart());
    dialog = guide();
    QCOMPARE(dialog->step(), int(GuidedStartProgress::PeopleStep));
    QCOMPARE(MyProfile::load().exploring, QStringList{u"UX design"_s});
    auto *targetList = child<QListWidget>(dialog, u"guideTargetList"_s);
    QCOMPARE(targetList->count(), 2);
    QVERIFY2(targetList->item(0)->text().contains(u"Kim Ode"_s), qPrintable(targetList->item(0)->text()));
    click(child<QPushButton>(dialog, u"guideNext"_s));
    QCOMPARE(dialog->step(), int(GuidedStartProgress::MessageStep));
    QCOMPARE(m_workspace->interviews->all().size(), 2);
    // Undo takes the interviews back in one step; the targets stay.
    m_workspace->undoStack->undo();
    QCOMPARE(m_workspace->interviews->all().size(), 0);
    m_workspace->undoStack->redo();
    QCOMPARE(m_workspace->interviews->all().size(), 2);
    dialog->close();
    QTRY_VERIFY(!m_window->guidedStart());

    // A message sent meanwhile: the guide opens on the next one still to write.
    Interview sent = m_workspace->interviews->all().constFirst();
    sent.outreachSentOn = QDate::currentDate();
    QVERIFY(m_workspace->interviews->update(sent));
    QVERIFY(m_window->offerGuidedStart());
    QCOMPARE(guide()->step(), int(GuidedStartProgress::MessageStep));
    QVERIFY(child<QLabel>(guide(), u"guideMessageTitle"_s)->text().startsWith(u"Message 2 of 2"_s));
    // Told not to open at start, it waits for Help › Guided Start.
    child<QCheckBox>(guide(), u"guideAtStart"_s)->click();
    guide()->close();
    QTRY_VERIFY(!m_window->guidedStart());
    QVERIFY(!m_window->offerGuidedStart());
    auto *action = m_window->findChild<QAction *>(u"guidedStartAction"_s);
    QVERIFY(action);
    action->trigger();
    QVERIFY(guide() && guide()->isVisible());
    QCOMPARE(guide()->step(), int(GuidedStartProgress::MessageStep));
    QVERIFY(!child<QCheckBox>(guide(), u"guideAtStart"_s)->isChecked());
    // The list of steps goes to one with a click.
    auto *steps = child<QListWidget>(guide(), u"guideSteps"_s);
    QTest::mouseClick(steps->viewport(), Qt::LeftButton, {},
                      steps->visualItemRect(steps->item(GuidedStartProgress::NextStep)).center());
    QCOMPARE(guide()->step(), int(GuidedStartProgress::NextStep));
    // What happens next offers the one still to write.
    auto *writeNext = child<QPushButton>(guide(), u"guideWriteNext"_s);
    QVERIFY(writeNext->isVisible());
    QVERIFY2(writeNext->text().startsWith(u"&Write to "_s), qPrintable(writeNext->text()));
    writeNext->click();
    QCOMPARE(guide()->step(), int(GuidedStartProgress::MessageStep));
}

// Walking it again, or choosing another person after the interviews were made, never leaves two
// interviews at one employer that the user did not ask for.
void TestGuidedStart::choosingAgainMakesNoDuplicates()
{
    addContact(u"Kim"_s, u"Ode"_s, u"Contoso"_s, u"Head of Product"_s, Relationship::Alumni);
    const qint64 lin = addContact(u"Lin"_s, u"Park"_s, u"Contoso Ltd"_s, u"Product Manager"_s);
    const qint64 zed = addContact(u"Zed"_s, u"Moss"_s, u"Fabrikam"_s, u"Designer"_s);
    openWindow();
    GuidedStartDialog *dialog = m_window->showGuidedStart();
    dialog->goToStep(GuidedStartProgress::TargetsStep);
    QTRY_COMPARE(dialog->suggestions()->checkedCount(), 2);
    click(child<QPushButton>(dialog, u"guideNext"_s));
    click(child<QPushButton>(dialog, u"guideNext"_s));
    QCOMPARE(dialog->step(), int(GuidedStartProgress::MessageStep));
    QCOMPARE(m_workspace->interviews->all().size(), 2);
    // Back: Lin instead of Kim at Contoso. Kim's untouched interview gives way to Lin's.
    click(child<QPushButton>(dialog, u"guideBack"_s));
    auto *people = child<QTableView>(dialog, u"guideStarterTable"_s);
    QTRY_COMPARE(dialog->starters()->rowCount(), 2);
    QCOMPARE(dialog->starters()->index(1, 0).data(StarterListModel::ContactIdRole).toLongLong(), lin);
    people->setCurrentIndex(dialog->starters()->index(1, 0));
    click(child<QPushButton>(dialog, u"guideNext"_s));
    QList<Interview> all = m_workspace->interviews->all();
    QCOMPARE(all.size(), 2);
    QList<qint64> with;
    for (const Interview &i : std::as_const(all))
        with << i.contactId;
    std::sort(with.begin(), with.end());
    QCOMPARE(with, (QList<qint64>{lin, zed}));
    // One step of Undo brings Kim's back and takes Lin's away.
    m_workspace->undoStack->undo();
    all = m_workspace->interviews->all();
    QCOMPARE(all.size(), 2);
    QVERIFY(std::none_of(all.cbegin(), all.cend(), [lin](const Interview &i) { return i.contactId == lin; }));
    m_workspace->undoStack->redo();

    // Lin written to; the guide finished, then walked again from Help: at Contoso, Lin stays the
    // one to ask (under way), and nobody new is started there.
    Interview toLin = *std::find_if(all.cbegin(), all.cend(), [](const Interview &) { return true; });
    for (const Interview &i : m_workspace->interviews->all()) {
        if (i.contactId == lin)
            toLin = i;
    }
    toLin.outreachSentOn = QDate::currentDate();
    QVERIFY(m_workspace->interviews->update(toLin));
    dialog->goToStep(GuidedStartProgress::NextStep);
    click(child<QPushButton>(dialog, u"guideNext"_s)); // Finish
    QTRY_VERIFY(!m_window->guidedStart());
    dialog = m_window->showGuidedStart();
    QCOMPARE(dialog->step(), int(GuidedStartProgress::NetworkStep));
    dialog->goToStep(GuidedStartProgress::TargetsStep);
    QTRY_COMPARE(dialog->suggestions()->checkedCount(), 2);
    click(child<QPushButton>(dialog, u"guideNext"_s));
    auto *targetList = child<QListWidget>(dialog, u"guideTargetList"_s);
    QStringList rows;
    for (int r = 0; r < targetList->count(); ++r)
        rows << targetList->item(r)->text();
    QVERIFY2(rows.join(u"|"_s).contains(u"Ask: Lin Park (under way)"_s), qPrintable(rows.join(u"|"_s)));
    click(child<QPushButton>(dialog, u"guideNext"_s));
    QCOMPARE(m_workspace->interviews->all().size(), 2);
    // Lin has been written to: the message step goes on to the one still to write.
    QVERIFY(child<QLabel>(dialog, u"guideMessageTitle"_s)->text().contains(u"Zed Moss"_s));
}

// Every step can be skipped, even with nothing to work with, and says what to do instead.
void TestGuidedStart::everyStepCanBeSkipped()
{
    ReminderSettings reminders; // what the last step says follows the settings
    reminders.secondPersonAfterBusinessDays = 1;
    reminders.followUpAfterBusinessDays = 5;
    reminders.save();
    openWindow();
    QVERIFY(m_window->offerGuidedStart());
    GuidedStartDialog *dialog = guide();
    auto *skip = child<QPushButton>(dialog, u"guideSkip"_s);
    QVERIFY(child<QLabel>(dialog, u"guideNetworkState"_s)->text().contains(u"no contacts"_s));
    // A file that cannot be read: the message belongs to the guide, and the keyboard comes back
    // to it once the message is closed.
    const QString empty = m_dir->filePath(u"Connections.csv"_s);
    {
        QFile file(empty);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    drop(child<QLabel>(dialog, u"guideDropZone"_s), empty);
    QMessageBox *problem = nullptr;
    QTRY_VERIFY((problem = dialog->findChild<QMessageBox *>()) && problem->isVisible());
    QVERIFY2(problem->text().contains(u"empty"_s), qPrintable(problem->text()));
    problem->accept();
    QTRY_COMPARE(QApplication::activeWindow(), dialog);
    QCOMPARE(dialog->step(), int(GuidedStartProgress::NetworkStep));
    for (int step = 1; step < GuidedStartProgress::StepCount; ++step) {
        click(skip);
        QCOMPARE(dialog->step(), step);
        QVERIFY2(mnemonicProblems(dialog).isEmpty(), qPrintable(mnemonicProblems(dialog).join(u"; "_s)));
    }
    QVERIFY(!skip->isVisible());
    QVERIFY(child<QLabel>(dialog, u"guidePeopleTitle"_s)->text().startsWith(u"No targets chosen"_s));
    QVERIFY(child<QLabel>(dialog, u"guideMessageTitle"_s)->text().startsWith(u"No interview"_s));
    const QString next = child<QLabel>(dialog, u"guideNextText"_s)->text();
    QVERIFY2(next.contains(u"Once you mark a first message as sent, Today suggests a second person at that employer "
                           "after 1 business day without an answer, and one polite follow-up after 5 business days."_s),
             qPrintable(next));
    QCOMPARE(m_workspace->undoStack->count(), 0); // nothing written
    QCOMPARE(child<QPushButton>(dialog, u"guideNext"_s)->text(), u"&Finish"_s);
    // The list on the left goes straight to a step.
    child<QListWidget>(dialog, u"guideSteps"_s)->setCurrentRow(GuidedStartProgress::TargetsStep);
    QCOMPARE(dialog->step(), int(GuidedStartProgress::TargetsStep));
    QVERIFY(child<QLabel>(dialog, u"guideTargetCount"_s)->text().startsWith(u"Nobody in your contacts"_s));
}

// The suggestions are a start: one unchecked, an employer where nobody is known typed in, and
// another person chosen than the first in rank.
void TestGuidedStart::otherTargetsAndPeople()
{
    addContact(u"Kim"_s, u"Ode"_s, u"Contoso"_s, u"Head of Product"_s, Relationship::Alumni);
    const qint64 lin = addContact(u"Lin"_s, u"Park"_s, u"Contoso Ltd"_s, u"Product Manager"_s);
    addContact(u"Zed"_s, u"Moss"_s, u"Fabrikam"_s, u"Designer"_s);
    openWindow();
    GuidedStartDialog *dialog = m_window->showGuidedStart();
    dialog->goToStep(GuidedStartProgress::TargetsStep);
    QTRY_COMPARE(dialog->suggestions()->checkedCount(), 2);
    QCOMPARE(dialog->suggestions()->checkedNames(), (QStringList{u"Contoso"_s, u"Fabrikam"_s}));
    auto *table = child<QTableView>(dialog, u"guideTargetTable"_s);
    // A click on Fabrikam's row unchecks it.
    const QModelIndex fabrikam = table->model()->index(1, TargetSuggestionModel::PeopleColumn);
    QCOMPARE(fabrikam.siblingAtColumn(TargetSuggestionModel::NameColumn).data().toString(), u"Fabrikam"_s);
    ++m_interactions;
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(fabrikam).center());
    QCOMPARE(dialog->suggestions()->checkedNames(), QStringList{u"Contoso"_s});
    // Space on the chosen row checks it again, and once more unchecks it.
    table->setFocus();
    table->setCurrentIndex(fabrikam.siblingAtColumn(TargetSuggestionModel::NameColumn));
    QTest::keyClick(table, Qt::Key_Space);
    QCOMPARE(dialog->suggestions()->checkedNames(), (QStringList{u"Contoso"_s, u"Fabrikam"_s}));
    QTest::keyClick(table, Qt::Key_Space);
    QCOMPARE(dialog->suggestions()->checkedNames(), QStringList{u"Contoso"_s});
    // The search finds an employer by any of its spellings.
    auto *search = child<QLineEdit>(dialog, u"guideTargetSearch"_s);
    QTest::keyClicks(search, u"contoso ltd"_s);
    QCOMPARE(table->model()->rowCount(), 1);
    search->clear();
    QCOMPARE(table->model()->rowCount(), 2);
    // An employer where nobody is known, typed: Enter adds it and stays on the step.
    search->setFocus();
    type(search, u"Northwind Traders"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(dialog->step(), int(GuidedStartProgress::TargetsStep));
    QVERIFY(search->text().isEmpty());
    QCOMPARE(dialog->suggestions()->checkedNames(), (QStringList{u"Northwind Traders"_s, u"Contoso"_s}));
    // Signs only name nothing: Add stays off, and Enter says why.
    QTest::keyClicks(search, u"&&&"_s);
    QVERIFY(!child<QPushButton>(dialog, u"guideAddTarget"_s)->isEnabled());
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(child<QLabel>(dialog, u"guideTargetProblem"_s)->isVisible());
    QVERIFY(child<QLabel>(dialog, u"guideTargetProblem"_s)->text().contains(u"is not a name"_s));
    QCOMPARE(dialog->suggestions()->rowCount(), 3);
    search->clear();
    QVERIFY(!child<QLabel>(dialog, u"guideTargetProblem"_s)->isVisible());
    // Typing a known employer's other spelling checks that employer, not a new one.
    type(search, u"FABRIKAM LTD"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(dialog->suggestions()->checkedNames(), (QStringList{u"Northwind Traders"_s, u"Contoso"_s, u"Fabrikam"_s}));
    QCOMPARE(dialog->suggestions()->rowCount(), 3);
    click(child<QPushButton>(dialog, u"guideNext"_s));
    QCOMPARE(dialog->step(), int(GuidedStartProgress::PeopleStep));
    QCOMPARE(dialog->progress().targets.size(), 3);
    const std::optional<Organisation> northwind = m_workspace->organisations->findByName(u"Northwind Traders"_s);
    QVERIFY(northwind && northwind->target);
    QCOMPARE(m_workspace->undoStack->undoText(), u"Choose 3 targets"_s);

    // Nobody is known at Northwind: said so, and no interview is made there.
    auto *targetList = child<QListWidget>(dialog, u"guideTargetList"_s);
    QVERIFY(targetList->item(0)->text().contains(u"Nobody you know yet"_s));
    QVERIFY(child<QLabel>(dialog, u"guidePeopleEmpty"_s)->isVisible());
    targetList->setCurrentRow(1);
    QTRY_COMPARE(dialog->starters()->employer(), u"Contoso"_s);
    QTRY_COMPARE(dialog->starters()->rowCount(), 2);
    QVERIFY(targetList->item(1)->text().contains(u"Kim Ode"_s)); // an alumna first
    // Lin instead.
    auto *people = child<QTableView>(dialog, u"guideStarterTable"_s);
    int linRow = -1;
    for (int r = 0; r < 2; ++r) {
        if (dialog->starters()->index(r, 0).data(StarterListModel::ContactIdRole).toLongLong() == lin)
            linRow = r;
    }
    QCOMPARE(linRow, 1);
    ++m_interactions;
    QTest::mouseClick(people->viewport(), Qt::LeftButton, {},
                      people->visualRect(dialog->starters()->index(linRow, StarterListModel::NameColumn)).center());
    QVERIFY(targetList->item(1)->text().contains(u"Lin Park"_s));
    click(child<QPushButton>(dialog, u"guideNext"_s));
    const QList<Interview> made = m_workspace->interviews->all();
    QCOMPARE(made.size(), 2); // Contoso and Fabrikam; none at Northwind
    QCOMPARE(made.constFirst().contactId, lin);
    QCOMPARE(made.constFirst().topic, QString()); // nothing explored was given
    QCOMPARE(m_workspace->undoStack->undoText(), u"Start interviews at your targets"_s);
    // Back to the people and on again: the same interviews, not new ones.
    click(child<QPushButton>(dialog, u"guideBack"_s));
    click(child<QPushButton>(dialog, u"guideNext"_s));
    QCOMPARE(m_workspace->interviews->all().size(), 2);
    QCOMPARE(dialog->progress().interviews.size(), 2);
    std::printf("Interactions: %d\n", m_interactions);
}

// The guide only ever takes back interviews it made itself and nobody worked on; it never writes
// over My Profile with what it showed, never tops up an earlier choice of targets, and a step
// that writes nothing leaves Edit › Undo and Redo as they were.
void TestGuidedStart::keepsWhatItDidNotMake()
{
    const qint64 kim = addContact(u"Kim"_s, u"Ode"_s, u"Contoso"_s, u"Head of Product"_s, Relationship::Alumni);
    const qint64 lin = addContact(u"Lin"_s, u"Park"_s, u"Contoso Ltd"_s, u"Product Manager"_s);
    addContact(u"Zed"_s, u"Moss"_s, u"Fabrikam"_s, u"Designer"_s);
    addContact(u"Bo"_s, u"Lee"_s, u"Litware"_s, u"Designer"_s);
    openWindow();
    // The user's own interview with Kim at Contoso, started from the Interviews page.
    const qint64 own = m_window->startInterview(kim);
    QVERIFY(own > 0);
    QPointer<QDialog> page;
    QTRY_VERIFY((page = m_window->findChild<QDialog *>(u"interviewDialog"_s)) && page->isVisible());
    page->close();
    QTRY_VERIFY(!page || !page->isVisible());
    GuidedStartDialog *dialog = m_window->showGuidedStart();
    // My Profile changed elsewhere while the guide shows the second step: closing keeps it.
    dialog->goToStep(GuidedStartProgress::ExploringStep);
    MyProfile profile = MyProfile::load();
    profile.name = u"Changed Elsewhere"_s;
    profile.save();
    dialog->goToStep(GuidedStartProgress::TargetsStep);
    QCOMPARE(MyProfile::load().name, u"Changed Elsewhere"_s);

    // Enter on a search that shows one employer checks that one, not a new "conto".
    QTRY_VERIFY(dialog->suggestions()->rowCount() == 3);
    dialog->suggestions()->preselect({}, 0);
    auto *search = child<QLineEdit>(dialog, u"guideTargetSearch"_s);
    search->setFocus();
    QTest::keyClicks(search, u"conto"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(dialog->suggestions()->checkedNames(), QStringList{u"Contoso"_s});
    QCOMPARE(dialog->suggestions()->rowCount(), 3);
    QCOMPARE(dialog->step(), int(GuidedStartProgress::TargetsStep));
    click(child<QPushButton>(dialog, u"guideNext"_s));
    QCOMPARE(dialog->progress().targets.size(), 1);
    // At Contoso, Kim is under way: the choice. Lin instead.
    auto *targetList = child<QListWidget>(dialog, u"guideTargetList"_s);
    QVERIFY2(targetList->item(0)->text().contains(u"Kim Ode (under way)"_s), qPrintable(targetList->item(0)->text()));
    QTRY_COMPARE(dialog->starters()->rowCount(), 2);
    auto *people = child<QTableView>(dialog, u"guideStarterTable"_s);
    for (int r = 0; r < 2; ++r) {
        if (dialog->starters()->index(r, 0).data(StarterListModel::ContactIdRole).toLongLong() == lin)
            people->setCurrentIndex(dialog->starters()->index(r, 0));
    }
    click(child<QPushButton>(dialog, u"guideNext"_s));
    // The user's interview with Kim stays, untouched as it is: the guide did not make it.
    QVERIFY(m_workspace->interviews->interview(own));
    QCOMPARE(m_workspace->interviews->all().size(), 2);

    // Walked again with the choice kept: one target stays one, not topped up to five.
    dialog->close();
    QTRY_VERIFY(!m_window->guidedStart());
    dialog = m_window->showGuidedStart();
    QCOMPARE(dialog->step(), int(GuidedStartProgress::MessageStep));
    // Undo the interview just made, then walk the targets step again: it writes nothing, so Redo
    // is still there.
    m_workspace->undoStack->undo();
    QVERIFY(m_workspace->undoStack->canRedo());
    dialog->goToStep(GuidedStartProgress::TargetsStep);
    QTRY_COMPARE(dialog->suggestions()->checkedNames(), QStringList{u"Contoso"_s});
    click(child<QPushButton>(dialog, u"guideNext"_s));
    QVERIFY(m_workspace->undoStack->canRedo());
    QCOMPARE(dialog->progress().targets.size(), 1);
}

// The guide closed while the import's preview (its own) is open: nothing is imported, and the
// next import may begin at once.
void TestGuidedStart::closedDuringAnImport()
{
    openWindow();
    const QString csv = m_dir->filePath(u"Connections.csv"_s);
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(connections(20));
    }
    GuidedStartDialog *dialog = m_window->showGuidedStart();
    drop(child<QLabel>(dialog, u"guideDropZone"_s), csv);
    ImportPreviewDialog *preview = nullptr;
    QTRY_VERIFY((preview = m_window->importController()->previewDialog()) && preview->isVisible());
    QCOMPARE(preview->parentWidget(), dialog);
    QVERIFY(m_window->importController()->isBusy());
    dialog->close();
    QTRY_VERIFY(!m_window->guidedStart());
    QTRY_VERIFY(!m_window->importController()->isBusy());
    QCOMPARE(m_workspace->contacts->count(), 0);
    m_window->openFile(csv);
    QTRY_VERIFY((preview = m_window->importController()->previewDialog()) && preview->isVisible());
    QCOMPARE(preview->parentWidget(), m_window.get());
    preview->reject();
}

void TestGuidedStart::readableInBothSchemes_data()
{
    QTest::addColumn<Appearance::Scheme>("scheme");
    QTest::addColumn<QString>("name");
    QTest::newRow("light") << Appearance::Scheme::Light << u"light"_s;
    QTest::newRow("dark") << Appearance::Scheme::Dark << u"dark"_s;
}

// Every step in the light and the dark scheme: each text on it reads at 4.5:1 or better on the
// window (WCAG AA), and a screenshot of each is kept to look at.
void TestGuidedStart::readableInBothSchemes()
{
    QFETCH(Appearance::Scheme, scheme);
    QFETCH(QString, name);
    Appearance::apply(scheme);
    addContact(u"Kim"_s, u"Ode"_s, u"Contoso"_s, u"Head of Product"_s, Relationship::Alumni);
    addContact(u"Lin"_s, u"Park"_s, u"Contoso Ltd"_s, u"Product Manager"_s);
    addContact(u"Zed"_s, u"Moss"_s, u"Fabrikam"_s, u"Product Designer"_s);
    MyProfile profile;
    profile.exploring = {u"product management"_s};
    profile.name = u"Ada Byron"_s;
    profile.save();
    openWindow();
    GuidedStartDialog *dialog = m_window->showGuidedStart();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    for (int step = 0; step < GuidedStartProgress::StepCount; ++step) {
        QTRY_COMPARE(dialog->step(), step);
        if (step == GuidedStartProgress::TargetsStep)
            QTRY_COMPARE(dialog->suggestions()->checkedCount(), 2);
        const auto labels = dialog->findChildren<QLabel *>();
        for (const QLabel *label : labels) {
            if (!label->isVisibleTo(dialog) || label->text().isEmpty())
                continue;
            const qreal ratio = Appearance::contrastRatio(label->palette().color(label->foregroundRole()),
                                                          dialog->palette().color(QPalette::Window));
            QVERIFY2(ratio >= 4.5, qPrintable(u"%1: %2:1"_s.arg(label->text().left(40)).arg(ratio)));
        }
        screenshot(dialog, u"guide-%1-%2"_s.arg(name).arg(step + 1));
        if (step == GuidedStartProgress::MessageStep) {
            whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
            child<QPushButton>(dialog->composer(), u"markSentButton"_s)->click();
        } else if (step + 1 < GuidedStartProgress::StepCount) {
            child<QPushButton>(dialog, u"guideNext"_s)->click();
        }
    }
    QVERIFY(child<QLabel>(dialog, u"guideNextText"_s)->text().contains(u"You wrote to Kim Ode"_s));
    Appearance::apply(Appearance::Scheme::System);
}

QTEST_MAIN(TestGuidedStart)
#include "tst_guidedstart.moc"
