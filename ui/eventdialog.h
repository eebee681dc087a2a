#pragma once

#include "domain/networkingevent.h"

#include <QDialog>

struct Workspace;
class DateTimeField;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

// One networking event: when and where, notes, the people to look up beforehand (contacts or
// names still to research), and, after it, each conversation held there, which becomes an
// interview that starts at Follow up. Field edits are saved as one undoable change, on Save.
class EventDialog : public QDialog
{
    Q_OBJECT
public:
    // eventId 0: a new event, stored on the first Save.
    EventDialog(Workspace *workspace, qint64 eventId, QWidget *parent = nullptr);

    qint64 eventId() const { return m_event.id; }
    NetworkingEvent editedEvent() const;
    QList<EventPerson> people() const { return m_people; }
    bool hasUnsavedChanges() const;
    // Saves the fields and the list; false (with a message shown) if the database refused them.
    bool save();

    void addPerson(const EventPerson &person);
    void addContact(qint64 contactId);
    void removeSelected();
    int currentPerson() const;
    void setCurrentPerson(int row);
    // The conversation with the chosen person took place: saves, makes a contact of a name to
    // research (asking for the details), and starts an interview at Follow up, met at the event,
    // all one undoable step. Returns the interview's id, or 0.
    qint64 recordConversation();
    // The interview held with the person at this event, or 0.
    qint64 interviewWith(const EventPerson &person) const;

    void accept() override;
    void reject() override;

private:
    void load();
    void refreshPeople();
    void updateButtons();
    void chooseContact();
    void askForName();
    void editNote();
    void openInterview();

    Workspace *m_workspace;
    NetworkingEvent m_event; // as stored
    QList<EventPerson> m_people; // as edited
    QList<EventPerson> m_storedPeople;

    QLineEdit *m_name;
    DateTimeField *m_when;
    QLineEdit *m_place;
    QPlainTextEdit *m_notes;
    QListWidget *m_list;
    QPushButton *m_addContact;
    QPushButton *m_addName;
    QPushButton *m_editNote;
    QPushButton *m_remove;
    QPushButton *m_talked;
    QPushButton *m_openInterview;
    QLabel *m_status;
};
