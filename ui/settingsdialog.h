#pragma once

#include "workflow/interviewdefaults.h"
#include "workflow/reminders.h"

#include <QDialog>

class QPlainTextEdit;
class QSpinBox;
class QTabWidget;

// Settings › Configure Coffee Chat: what new interviews start with and when reminders fall
// due. It edits copies; the caller applies and saves them when the dialog is accepted.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(const InterviewDefaults &defaults, const ReminderSettings &reminders, QWidget *parent = nullptr);

    InterviewDefaults interviewDefaults() const;
    ReminderSettings reminderSettings() const;
    QTabWidget *pages() const { return m_pages; }

private:
    QWidget *createInterviewsPage(const InterviewDefaults &defaults);
    QWidget *createRemindersPage(const ReminderSettings &reminders);
    void restoreDefaults();

    QTabWidget *m_pages;
    QSpinBox *m_length;
    QPlainTextEdit *m_agenda;
    QSpinBox *m_thankYou;
    QSpinBox *m_secondPerson;
    QSpinBox *m_followUp;
    QSpinBox *m_firstTouchBase;
    QSpinBox *m_touchBaseEvery;
    QSpinBox *m_upcoming;
};
