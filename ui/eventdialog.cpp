#include "eventdialog.h"

#include "commands/eventcommands.h"
#include "commands/interviewcommands.h"
#include "commands/writecommand.h"
#include "contactdialog.h"
#include "contactpicker.h"
#include "datefield.h"
#include "dialogkeys.h"
#include "domain/timetext.h"
#include "hintlabel.h"
#include "interviewdialog.h"
#include "storage/contactstore.h"
#include "storage/eventstore.h"
#include "storage/interviewstore.h"
#include "storage/organisationstore.h"
#include "workspace.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

EventDialog::EventDialog(Workspace *workspace, qint64 eventId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("eventDialog"));
    if (const std::optional<NetworkingEvent> stored = workspace->events->event(eventId)) {
        m_event = *stored;
        m_storedPeople = workspace->events->people(eventId);
        m_people = m_storedPeople;
    }

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("eventName"));
    m_name->setPlaceholderText(tr("e.g. “Product people meetup”, “Alumni evening”"));
    m_when = new DateTimeField(tr("Set"), this);
    m_when->setObjectName(QStringLiteral("eventWhen"));
    m_when->describeAs(tr("When"));
    m_place = new QLineEdit(this);
    m_place->setObjectName(QStringLiteral("eventPlace"));
    m_place->setPlaceholderText(tr("Address, or the link to join"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("eventNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("Who organises it, the programme, what you want to find out there"));
    m_notes->setMaximumHeight(m_notes->fontMetrics().lineSpacing() * 5 + 12);
    auto *form = new QFormLayout;
    form->addRow(tr("&Event:"), m_name);
    form->addRow(tr("&When:"), m_when);
    form->addRow(tr("&Place or link:"), m_place);
    form->addRow(tr("&Notes:"), m_notes);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("eventPeople"));
    m_list->setWordWrap(true);
    m_list->setAccessibleName(tr("People to look up"));
    m_list->setAlternatingRowColors(true); // a person may take several lines
    m_list->setSpacing(2);
    auto *listLabel = new QLabel(tr("People to &look up before you go:"), this);
    listLabel->setBuddy(m_list);
    m_addContact = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add-user")), tr("Add &Contact…"), this);
    m_addContact->setObjectName(QStringLiteral("addEventContact"));
    m_addContact->setToolTip(tr("Someone in your contacts who will be there"));
    m_addName = new QPushButton(tr("Add N&ame…"), this);
    m_addName->setObjectName(QStringLiteral("addEventName"));
    m_addName->setToolTip(tr("A speaker or attendee you do not know yet: a name to research before the event"));
    m_editNote = new QPushButton(tr("N&ote…"), this);
    m_editNote->setObjectName(QStringLiteral("editEventNote"));
    m_editNote->setToolTip(tr("What to find out about them, or what to ask"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeEventPerson"));
    m_talked = new QPushButton(QIcon::fromTheme(QStringLiteral("user-group-new")), tr("We &Talked…"), this);
    m_talked->setObjectName(QStringLiteral("recordConversation"));
    m_talked->setToolTip(tr("You talked with them at the event: start an interview at Follow up, so the "
                            "thank-you note is not forgotten"));
    m_openInterview = new QPushButton(tr("Open &Interview"), this);
    m_openInterview->setObjectName(QStringLiteral("openEventInterview"));
    connect(m_addContact, &QPushButton::clicked, this, &EventDialog::chooseContact);
    connect(m_addName, &QPushButton::clicked, this, &EventDialog::askForName);
    connect(m_editNote, &QPushButton::clicked, this, &EventDialog::editNote);
    connect(m_remove, &QPushButton::clicked, this, &EventDialog::removeSelected);
    connect(m_talked, &QPushButton::clicked, this, &EventDialog::recordConversation);
    connect(m_openInterview, &QPushButton::clicked, this, &EventDialog::openInterview);
    connect(m_list, &QListWidget::currentRowChanged, this, &EventDialog::updateButtons);
    connect(m_list, &QListWidget::itemActivated, this, [this] {
        if (m_openInterview->isEnabled())
            openInterview();
        else
            editNote();
    });
    auto *side = new QVBoxLayout;
    for (QPushButton *button : {m_addContact, m_addName, m_editNote, m_remove})
        side->addWidget(button);
    side->addSpacing(12);
    side->addWidget(m_talked);
    side->addWidget(m_openInterview);
    side->addStretch(1);
    auto *people = new QHBoxLayout;
    people->addWidget(m_list, 1);
    people->addLayout(side);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("eventStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("dialogButtons"));
    connect(buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this, &EventDialog::save);
    connect(buttons->button(QDialogButtonBox::Close), &QPushButton::clicked, this, &EventDialog::reject);
    DialogKeys::pressOnSave(buttons->button(QDialogButtonBox::Save));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(listLabel);
    layout->addLayout(people, 1);
    layout->addWidget(new HintLabel(tr("The guides' advice: look up who will attend and what they work on; keep "
                                       "the conversations short, and ask whether you may follow up. Afterwards, "
                                       "choose each person you talked with and press We Talked: the interview "
                                       "starts at Follow up, with its thank-you reminder."),
                                    this));
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    DialogKeys::tabInLayoutOrder(layout);
    resize(760, 620);

    // A contact renamed or deleted elsewhere shows as it is now.
    connect(m_workspace->contacts, &ContactStore::contactsUpdated, this, &EventDialog::refreshPeople);
    connect(m_workspace->contacts, &ContactStore::contactsRemoved, this, &EventDialog::refreshPeople);
    for (auto signal :
         {&InterviewStore::interviewInserted, &InterviewStore::interviewUpdated, &InterviewStore::interviewRemoved})
        connect(m_workspace->interviews, signal, this, &EventDialog::refreshPeople);
    load();
}

void EventDialog::load()
{
    setWindowTitle(m_event.id ? tr("Event: %1").arg(m_event.name) : tr("New Event"));
    m_name->setText(m_event.name);
    m_when->setDateTime(m_event.startsAt);
    m_place->setText(m_event.place);
    m_notes->setPlainText(m_event.notes);
    refreshPeople();
}

NetworkingEvent EventDialog::editedEvent() const
{
    NetworkingEvent e = m_event;
    e.name = m_name->text().trimmed();
    e.startsAt = m_when->dateTime();
    if (e.startsAt.isValid() && m_event.startsAt.isValid()
        && e.startsAt.toSecsSinceEpoch() == m_event.startsAt.toSecsSinceEpoch())
        e.startsAt = m_event.startsAt; // unchanged; keep the stored form
    else if (e.startsAt.isValid())
        e.startsAt = e.startsAt.toUTC();
    e.place = m_place->text().trimmed();
    e.notes = m_notes->toPlainText();
    return e;
}

bool EventDialog::hasUnsavedChanges() const
{
    if (m_event.id == 0) // new: anything typed or listed
        return !m_name->text().trimmed().isEmpty() || m_when->dateTime().isValid()
            || !m_place->text().trimmed().isEmpty() || !m_notes->toPlainText().trimmed().isEmpty()
            || !m_people.isEmpty();
    return editedEvent() != m_event || m_people != m_storedPeople;
}

bool EventDialog::save()
{
    NetworkingEvent edited = editedEvent();
    if (edited.name.isEmpty()) {
        QMessageBox::information(this, tr("Save Event"), tr("Give the event a name first."));
        m_name->setFocus();
        return false;
    }
    if (m_event.id && !hasUnsavedChanges())
        return true;
    QString error;
    const bool ok = m_event.id == 0
        ? EventCommands::addEvent(m_workspace->undoStack, m_workspace->events, edited, m_people, &error)
        : EventCommands::editEvent(m_workspace->undoStack, m_workspace->events, edited, m_people, &error);
    if (!ok) {
        QMessageBox::warning(this, tr("Save Event"), error);
        return false;
    }
    m_event = *m_workspace->events->event(edited.id);
    m_storedPeople = m_workspace->events->people(edited.id);
    m_people = m_storedPeople;
    setWindowTitle(tr("Event: %1").arg(m_event.name));
    refreshPeople();
    return true;
}

qint64 EventDialog::interviewWith(const EventPerson &person) const
{
    if (m_event.id == 0 || person.contactId == 0)
        return 0;
    for (qint64 id : m_workspace->events->interviewIds(m_event.id)) {
        const std::optional<Interview> interview = m_workspace->interviews->interview(id);
        if (interview && interview->contactId == person.contactId)
            return id;
    }
    return 0;
}

void EventDialog::refreshPeople()
{
    const int current = m_list->currentRow();
    m_list->clear();
    for (EventPerson &person : m_people) {
        // The name follows the contact while it exists; a deleted one leaves its name.
        if (person.contactId) {
            if (const std::optional<Contact> contact = m_workspace->contacts->contact(person.contactId))
                person.name = contact->displayName();
        }
    }
    for (const EventPerson &person : std::as_const(m_people)) {
        QString text = person.name;
        QString detail;
        if (person.contactId) {
            const std::optional<Contact> contact = m_workspace->contacts->contact(person.contactId);
            if (contact && !contact->position.isEmpty())
                detail = contact->company.isEmpty() ? contact->position
                                                    : tr("%1, %2").arg(contact->position, contact->company);
        } else {
            detail = tr("to research");
        }
        if (!detail.isEmpty())
            text = tr("%1 — %2").arg(text, detail);
        if (!person.note.trimmed().isEmpty())
            text += QLatin1Char('\n') + person.note.trimmed();
        if (const qint64 interview = interviewWith(person)) {
            const std::optional<Interview> i = m_workspace->interviews->interview(interview);
            text += QLatin1Char('\n')
                + tr("You talked: interview at %1").arg(StepNames::displayName(i ? i->step : Step::FollowUp));
        }
        auto *item = new QListWidgetItem(text, m_list);
        item->setToolTip(text);
    }
    m_list->setCurrentRow(qMin(current, m_list->count() - 1));
    updateButtons();
}

void EventDialog::updateButtons()
{
    const int row = currentPerson();
    const bool chosen = row >= 0;
    const qint64 interview = chosen ? interviewWith(m_people.at(row)) : 0;
    m_editNote->setEnabled(chosen);
    m_remove->setEnabled(chosen);
    m_talked->setEnabled(chosen && interview == 0);
    m_openInterview->setEnabled(interview != 0);
}

int EventDialog::currentPerson() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_people.size() ? row : -1;
}

void EventDialog::setCurrentPerson(int row)
{
    m_list->setCurrentRow(row);
}

void EventDialog::addPerson(const EventPerson &person)
{
    if (person.contactId) {
        for (int row = 0; row < m_people.size(); ++row) {
            if (m_people.at(row).contactId == person.contactId) { // listed already
                setCurrentPerson(row);
                return;
            }
        }
    }
    m_people << person;
    refreshPeople();
    setCurrentPerson(int(m_people.size()) - 1);
}

void EventDialog::addContact(qint64 contactId)
{
    const std::optional<Contact> contact = m_workspace->contacts->contact(contactId);
    if (contact)
        addPerson({contact->id, contact->displayName(), QString()});
}

void EventDialog::chooseContact()
{
    if (const qint64 id = ContactPicker::choose(m_workspace->contactChoices, tr("Add Contact"),
                                                tr("Who will be there?"), QStringLiteral("eventContactPicker"), this))
        addContact(id);
}

void EventDialog::askForName()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add Name"), tr("Name of someone to research:"),
                                               QLineEdit::Normal, QString(), &ok)
                             .trimmed();
    if (ok && !name.isEmpty())
        addPerson({0, name, QString()});
}

void EventDialog::editNote()
{
    const int row = currentPerson();
    if (row < 0)
        return;
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(
        this, tr("Note"), tr("What to find out about %1, or what to ask:").arg(m_people.at(row).name),
        m_people.at(row).note, &ok);
    if (!ok)
        return;
    m_people[row].note = note.trimmed();
    refreshPeople();
    setCurrentPerson(row);
}

void EventDialog::removeSelected()
{
    const int row = currentPerson();
    if (row < 0)
        return;
    if (interviewWith(m_people.at(row))
        && QMessageBox::question(this, tr("Remove"),
                                 tr("You talked with %1 at this event. Take them off the list? The interview stays.")
                                     .arg(m_people.at(row).name),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
        return;
    m_people.removeAt(row);
    refreshPeople();
}

qint64 EventDialog::recordConversation()
{
    const int row = currentPerson();
    if (row < 0 || !save())
        return 0;
    EventPerson person = m_people.at(row);
    if (const qint64 existing = interviewWith(person))
        return existing;
    if (m_event.startsAt.isValid() && m_event.startsAt > m_workspace->clock()) {
        const auto answer = QMessageBox::question(
            this, tr("We Talked"),
            tr("%1 is still to come (%2). Record a conversation with %3 held now?")
                .arg(m_event.name, TimeText::dateTime(m_event.startsAt.toLocalTime()), person.name),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return 0;
    }
    QUndoStack *stack = m_workspace->undoStack;
    stack->beginMacro(undoText(tr("Conversation with %1 at %2").arg(person.name, m_event.name)));
    bool ok = true;
    QString error;
    if (!person.contactId || !m_workspace->contacts->contact(person.contactId)) {
        // A name to research becomes a contact, with what the user knows of them now.
        Contact contact;
        // "Dana Speaker (keynote, Acme)": the name, and what is in brackets kept as a note.
        QString name = person.name.simplified();
        QStringList notes;
        if (const qsizetype open = name.indexOf(QLatin1Char('(')); open > 0) {
            notes << name.mid(open).remove(QLatin1Char('(')).remove(QLatin1Char(')')).trimmed();
            name = name.left(open).trimmed();
        }
        if (!person.note.trimmed().isEmpty())
            notes << person.note.trimmed();
        const qsizetype space = name.lastIndexOf(QLatin1Char(' '));
        contact.firstName = space > 0 ? name.left(space) : name;
        contact.lastName = space > 0 ? name.mid(space + 1) : QString();
        contact.notes = tr("Met at %1.").arg(m_event.name) + QLatin1Char('\n') + notes.join(QLatin1Char('\n'));
        contact.notes = contact.notes.trimmed();
        contact.source = QStringLiteral("Manual");
        const qint64 id = ContactDialog::addNew(m_workspace->undoStack, m_workspace->contacts, contact, {}, this);
        ok = id != 0;
        if (ok) {
            person.contactId = id;
            if (const std::optional<Contact> created = m_workspace->contacts->contact(id))
                person.name = created->displayName();
            m_people[row] = person;
            ok = EventCommands::editEvent(stack, m_workspace->events, m_event, m_people, &error);
        }
    }
    qint64 interviewId = 0;
    if (ok) {
        const QDateTime now = m_workspace->clock();
        Interview interview;
        interview.connection = tr("We met at %1").arg(m_event.name);
        // Their employer, when it is an organisation already.
        if (const std::optional<Contact> contact = m_workspace->contacts->contact(person.contactId);
            contact && !contact->company.trimmed().isEmpty()) {
            if (const std::optional<Organisation> organisation =
                    m_workspace->organisations->findByCompany(contact->company.trimmed()))
                interview.organisationId = organisation->id;
        }
        interview.contactId = person.contactId;
        interview.eventId = m_event.id;
        interview.step = Step::FollowUp;
        // The conversation was at the event; if its time is not known (or to come), now.
        interview.scheduledAt =
            (m_event.startsAt.isValid() && m_event.startsAt <= now ? m_event.startsAt : now).toUTC();
        interview.location = m_event.place;
        interview.learningGoals = person.note;
        ok = InterviewCommands::addInterview(stack, m_workspace->interviews, interview, &error);
        interviewId = interview.id;
    }
    endMacro(stack, ok);
    if (!ok) {
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("We Talked"), error);
        m_event = m_workspace->events->event(m_event.id).value_or(m_event);
        m_people = m_storedPeople = m_workspace->events->people(m_event.id);
        refreshPeople();
        return 0;
    }
    m_storedPeople = m_people;
    refreshPeople();
    setCurrentPerson(row);
    m_status->setText(tr("An interview with %1 starts at Follow up: send your thank-you within two days, while "
                         "they remember the conversation.")
                          .arg(person.name));
    return interviewId;
}

void EventDialog::openInterview()
{
    const int row = currentPerson();
    const qint64 id = row >= 0 ? interviewWith(m_people.at(row)) : 0;
    if (!id)
        return;
    InterviewDialog dialog(m_workspace, id, this);
    dialog.showStep(Step::FollowUp);
    dialog.exec();
}

void EventDialog::accept()
{
    if (save())
        QDialog::accept();
}

void EventDialog::reject()
{
    if (DialogKeys::mayClose(this, hasUnsavedChanges(), tr("Save your changes to this event?"),
                             [this] { return save(); }))
        QDialog::reject();
}
