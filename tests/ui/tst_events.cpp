// Drives the Events page as a user would: a networking event with people to look up, the
// conversations held there becoming interviews at Follow up, Today's thank-you reminders, and
// undo. Set COFFEECHAT_SCREENSHOT_DIR to save screenshots.

#include "contactdialog.h"
#include "datefield.h"
#include "eventdialog.h"
#include "eventsview.h"
#include "mainwindow.h"
#include "models/eventlistmodel.h"
#include "models/todaymodel.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/eventstore.h"
#include "storage/interviewstore.h"
#include "todayview.h"
#include "translations.h"
#include "uitest.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace UiTest;

class TestEvents : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void eventFromPlanToConversations();
    void deletedEventKeepsItsInterviews();
    void unsavedEventAsksBeforeClosing();
    void tabReachesEveryControl();
    void todayListsEventsComingUp();

private:
    qint64 addContact(const QString &first, const QString &last);
    QList<Interview> interviewsAt(qint64 eventId) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    QDateTime m_now;
};

void TestEvents::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(QCoreApplication::instance());
}

void TestEvents::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("e.sqlite"))));
    // Monday 23 November 2026, 9:00.
    m_now = QDateTime(QDate(2026, 11, 23), QTime(9, 0));
    m_workspace = std::make_unique<Workspace>(m_db.get(), [this] { return m_now; });
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->resize(1280, 760);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(!m_workspace->isLoading());
}

void TestEvents::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    m_db.reset();
}

qint64 TestEvents::addContact(const QString &first, const QString &last)
{
    Contact c;
    c.firstName = first;
    c.lastName = last;
    c.position = u"Data engineer"_s;
    c.company = u"Contoso"_s;
    ContactBatch batch;
    batch.inserts << c;
    if (!m_workspace->contacts->apply(batch))
        return 0;
    return batch.inserts.constFirst().id;
}

QList<Interview> TestEvents::interviewsAt(qint64 eventId) const
{
    QList<Interview> result;
    for (const Interview &i : m_workspace->interviews->all()) {
        if (i.eventId == eventId)
            result << i;
    }
    return result;
}

// Before: the event, a contact and a name to research. After: "We talked" with each makes an
// interview at Follow up, met there; the name becomes a contact on the way; Today asks for the
// thank-you notes. Undo takes a conversation back whole.
void TestEvents::eventFromPlanToConversations()
{
    const qint64 sam = addContact(u"Sam"_s, u"Lee"_s);
    m_workspace->undoStack->clear();
    QTest::keyClick(m_window.get(), Qt::Key_6, Qt::ControlModifier);
    QCOMPARE(m_window->currentPage(), MainWindow::EventsPage);
    auto *view = m_window->findChild<EventsView *>();
    QVERIFY(view && view->isVisible());
    QVERIFY(child<QLabel>(view, u"eventsEmpty"_s)->isVisible());

    qint64 eventId = 0;
    bool done = false;
    whenModal<EventDialog>([&](EventDialog *dialog) {
        [&] {
            QCOMPARE(dialog->windowTitle(), u"New Event"_s);
            QTest::keyClicks(child<QLineEdit>(dialog, u"eventName"_s), u"Data & AI meetup"_s);
            auto *when = child<DateTimeField>(dialog, u"eventWhen"_s);
            child<QCheckBox>(when, u"set"_s)->click();
            child<QDateTimeEdit>(when, QString())->setDateTime(QDateTime(QDate(2026, 11, 20), QTime(18, 30)));
            QTest::keyClicks(child<QLineEdit>(dialog, u"eventPlace"_s), u"The Lab, 4 Quay St"_s);
            QTest::keyClicks(child<QPlainTextEdit>(dialog, u"eventNotes"_s), u"Talks from the platform team"_s);
            dialog->addContact(sam);
            dialog->addContact(sam); // listed once
            whenModal<QInputDialog>([](QInputDialog *input) {
                input->setTextValue(u"Jordan Park"_s);
                input->accept();
            });
            child<QPushButton>(dialog, u"addEventName"_s)->click();
            QCOMPARE(dialog->people().size(), 2);
            QCOMPARE(dialog->people().at(1), (EventPerson{0, u"Jordan Park"_s, QString()}));
            auto *list = child<QListWidget>(dialog, u"eventPeople"_s);
            QCOMPARE(list->item(0)->text(), u"Sam Lee — Data engineer, Contoso"_s);
            QCOMPARE(list->item(1)->text(), u"Jordan Park — to research"_s);
            QVERIFY(dialog->hasUnsavedChanges());
            screenshot(dialog, u"event-before"_s);

            // After the event: Sam.
            dialog->setCurrentPerson(0);
            child<QPushButton>(dialog, u"recordConversation"_s)->click();
            eventId = dialog->eventId();
            QVERIFY(eventId > 0); // saved first
            QVERIFY(!dialog->hasUnsavedChanges());
            QCOMPARE(interviewsAt(eventId).size(), 1);
            QVERIFY(!child<QPushButton>(dialog, u"recordConversation"_s)->isEnabled());
            QVERIFY(child<QPushButton>(dialog, u"openEventInterview"_s)->isEnabled());
            QVERIFY(list->item(0)->text().endsWith(u"You talked: interview at Follow up"_s));
            QCOMPARE(child<QLabel>(dialog, u"eventStatus"_s)->text(),
                     u"An interview with Sam Lee starts at Follow up: send your thank-you within two days, while "
                     u"they remember the conversation."_s);

            // Jordan, a name until now: the contact dialog asks for the details first.
            whenModal<ContactDialog>([](ContactDialog *contact) {
                QCOMPARE(contact->contact().firstName, u"Jordan"_s);
                QCOMPARE(contact->contact().lastName, u"Park"_s);
                contact->accept();
            });
            dialog->setCurrentPerson(1);
            child<QPushButton>(dialog, u"recordConversation"_s)->click();
            QCOMPARE(interviewsAt(eventId).size(), 2);
            QVERIFY(dialog->people().at(1).contactId > 0);
            screenshot(dialog, u"event-after"_s);
        }();
        dialog->reject();
        done = true;
    });
    child<QPushButton>(view, u"newEventButton"_s)->click();
    QTRY_VERIFY(done);

    const NetworkingEvent stored = *m_workspace->events->event(eventId);
    QCOMPARE(stored.name, u"Data & AI meetup"_s);
    QCOMPARE(stored.startsAt, QDateTime(QDate(2026, 11, 20), QTime(18, 30)).toUTC());
    QCOMPARE(stored.place, u"The Lab, 4 Quay St"_s);
    const QList<Interview> met = interviewsAt(eventId);
    for (const Interview &i : met) {
        QCOMPARE(i.step, Step::FollowUp);
        QCOMPARE(i.scheduledAt, stored.startsAt);
        QCOMPARE(i.connection, u"We met at Data & AI meetup"_s);
        QCOMPARE(i.location, u"The Lab, 4 Quay St"_s);
    }
    QCOMPARE(met.at(0).contactId, sam);
    const qint64 jordan = met.at(1).contactId;
    QCOMPARE(m_workspace->contacts->contact(jordan)->displayName(), u"Jordan Park"_s);

    // The list counts them; Today asks for both thank-you notes (the event was on Friday).
    QTableView *table = view->table();
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, EventListModel::PeopleColumn).data().toInt(), 2);
    QCOMPARE(table->model()->index(0, EventListModel::ConversationsColumn).data().toInt(), 2);
    screenshot(m_window.get(), u"events-page"_s);
    int thanks = 0;
    for (int row = 0; row < m_workspace->todayModel->rowCount(); ++row) {
        if (Reminder::Kind(m_workspace->todayModel->index(row, 0).data(TodayModel::KindRole).toInt())
            == Reminder::Kind::SendThankYou)
            ++thanks;
    }
    QCOMPARE(thanks, 2);

    // One undo takes Jordan's conversation back: the interview, the contact, and Jordan is a name again.
    QUndoStack *undo = m_workspace->undoStack;
    QCOMPARE(undo->command(undo->index() - 1)->text(), u"Conversation with Jordan Park at Data & AI meetup"_s);
    // Edit › Undo shows the "&" as it is, not as a shortcut.
    QCOMPARE(undo->undoText(), u"Conversation with Jordan Park at Data && AI meetup"_s);
    undo->undo();
    QCOMPARE(interviewsAt(eventId).size(), 1);
    QVERIFY(!m_workspace->contacts->contact(jordan));
    QCOMPARE(m_workspace->events->people(eventId).at(1), (EventPerson{0, u"Jordan Park"_s, QString()}));
    undo->redo();
    QCOMPARE(interviewsAt(eventId).size(), 2);
}

void TestEvents::deletedEventKeepsItsInterviews()
{
    const qint64 sam = addContact(u"Sam"_s, u"Lee"_s);
    NetworkingEvent e;
    e.name = u"Alumni evening"_s;
    QVERIFY(m_workspace->events->insert(e, {{sam, u"Sam Lee"_s, QString()}}));
    Interview met;
    met.contactId = sam;
    met.step = Step::FollowUp;
    met.eventId = e.id;
    QVERIFY(m_workspace->interviews->insert(met));
    m_workspace->undoStack->clear();

    m_window->showPage(MainWindow::EventsPage);
    auto *view = m_window->findChild<EventsView *>();
    view->selectEvent(e.id);
    QCOMPARE(view->currentEventId(), e.id);
    child<QPushButton>(view, u"deleteEventButton"_s)->click();
    QVERIFY(!m_workspace->events->event(e.id));
    QCOMPARE(m_workspace->interviews->interview(met.id)->eventId, 0);
    QCOMPARE(view->table()->model()->rowCount(), 0);
    m_workspace->undoStack->undo();
    QCOMPARE(m_workspace->events->people(e.id).size(), 1);
    QCOMPARE(m_workspace->interviews->interview(met.id)->eventId, e.id);
    QCOMPARE(view->table()->model()->rowCount(), 1);
}

// Closing with something typed asks; Cancel keeps the dialog and what was typed.
void TestEvents::unsavedEventAsksBeforeClosing()
{
    EventDialog dialog(m_workspace.get(), 0, m_window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.hasUnsavedChanges());
    QTest::keyClicks(child<QLineEdit>(&dialog, u"eventName"_s), u"Career fair"_s);
    QVERIFY(dialog.hasUnsavedChanges());
    whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Cancel)->click(); });
    dialog.reject();
    QVERIFY(dialog.isVisible());
    whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Save)->click(); });
    dialog.reject();
    QVERIFY(!dialog.isVisible());
    QCOMPARE(m_workspace->events->all().size(), 1);
    QCOMPARE(m_workspace->events->all().at(0).name, u"Career fair"_s);
}

// An event in the next days is on Today, with whom to look up; it opens the event, and is no
// reminder to mark done. Past ones and those further ahead are not listed.
void TestEvents::todayListsEventsComingUp()
{
    const qint64 sam = addContact(u"Sam"_s, u"Lee"_s);
    const auto add = [this](const QString &name, const QDateTime &at, const QList<EventPerson> &people) {
        NetworkingEvent e;
        e.name = name;
        e.startsAt = at.toUTC();
        e.place = u"The Lab"_s;
        m_workspace->events->insert(e, people);
        return e.id;
    };
    const qint64 tomorrow = add(u"Data meetup"_s, m_now.addDays(1).addSecs(9 * 3600),
                                {{sam, u"Sam Lee"_s, QString()}, {0, u"Jordan Park"_s, QString()}});
    add(u"Last week's"_s, m_now.addDays(-7), {});
    add(u"Next month's"_s, m_now.addDays(30), {});
    add(u"Thursday's"_s, m_now.addDays(3), {});
    TodayModel *today = m_workspace->todayModel;
    QTRY_COMPARE(today->rowCount(), 2);
    QCOMPARE(today->index(0, TodayModel::WhatColumn).data().toString(), u"Networking event: Data meetup"_s);
    QCOMPARE(today->index(0, TodayModel::WhenColumn).data().toString(), u"Tomorrow, 18:00"_s);
    QCOMPARE(today->index(0, TodayModel::WhoColumn).data().toString(), u"Look up Sam Lee, Jordan Park"_s);
    QCOMPARE(today->index(1, TodayModel::WhoColumn).data().toString(), u"The Lab"_s);
    QCOMPARE(today->index(0, 0).data(TodayModel::EventIdRole).toLongLong(), tomorrow);
    QCOMPARE(m_window->tabs()->tabText(MainWindow::TodayPage), u"Today (2)"_s);

    m_window->showPage(MainWindow::TodayPage);
    QTreeView *list = m_window->today()->list();
    list->setCurrentIndex(today->index(0, 0));
    QVERIFY(!child<QPushButton>(m_window->today(), u"reminderDoneButton"_s)->isEnabled());
    QVERIFY(!child<QPushButton>(m_window->today(), u"reminderDismissButton"_s)->isEnabled());
    bool opened = false;
    whenModal<EventDialog>([&](EventDialog *dialog) {
        opened = dialog->eventId() == tomorrow;
        dialog->reject();
    });
    Q_EMIT list->activated(list->currentIndex());
    QTRY_VERIFY(opened);
    QCOMPARE(m_window->currentPage(), MainWindow::EventsPage);

    // Renamed: Today follows.
    NetworkingEvent e = *m_workspace->events->event(tomorrow);
    e.name = u"Data & AI meetup"_s;
    QVERIFY(m_workspace->events->update(e, m_workspace->events->people(tomorrow)));
    QCOMPARE(today->index(0, TodayModel::WhatColumn).data().toString(), u"Networking event: Data & AI meetup"_s);
}

// Tab goes from the name through the fields, the list and its buttons to Save and Close, and
// round to the name: nothing is left out of the cycle.
void TestEvents::tabReachesEveryControl()
{
    EventDialog dialog(m_workspace.get(), 0, m_window.get());
    dialog.addPerson({0, u"Jordan Park"_s, QString()});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QWidget *name = child<QLineEdit>(&dialog, u"eventName"_s);
    QStringList reached;
    QWidget *w = name;
    for (int step = 0; step < 60; ++step) {
        w = w->nextInFocusChain();
        if (w == name)
            break;
        if (w->isVisibleTo(&dialog) && w->focusPolicy() & Qt::TabFocus && !w->objectName().isEmpty())
            reached << w->objectName();
    }
    QCOMPARE(w, name); // a cycle through the name
    for (const QString &expected :
         {u"eventPlace"_s, u"eventNotes"_s, u"eventPeople"_s, u"addEventContact"_s, u"recordConversation"_s})
        QVERIFY2(reached.contains(expected), qPrintable(expected + u" not reached: "_s + reached.join(u", "_s)));
    QVERIFY2(reached.indexOf(u"eventPlace"_s) < reached.indexOf(u"eventPeople"_s), qPrintable(reached.join(u", "_s)));
    bool save = false;
    for (QWidget *x = name->nextInFocusChain(); x != name; x = x->nextInFocusChain())
        save = save || x == child<QDialogButtonBox>(&dialog, u"dialogButtons"_s)->button(QDialogButtonBox::Save);
    QVERIFY(save);
    dialog.done(QDialog::Rejected);
}

QTEST_MAIN(TestEvents)
#include "tst_events.moc"
