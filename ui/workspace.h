#pragma once

#include "workflow/clock.h"
#include "workflow/reminders.h"

class ContactListModel;
class ContactStore;
class Database;
class InterviewStore;
class OrganisationStore;
class QUndoStack;

// What the pages and dialogs of one main window share: the stores, the undo stack, a contact
// list for pickers and the clock. Owned by MainWindow and passed down, never global.
struct Workspace {
    Database *database = nullptr;
    ContactStore *contacts = nullptr;
    InterviewStore *interviews = nullptr;
    OrganisationStore *organisations = nullptr;
    QUndoStack *undoStack = nullptr;
    ContactListModel *contactChoices = nullptr; // unfiltered, for pickers
    Clock clock = systemClock();
    ReminderSettings reminders;
};
