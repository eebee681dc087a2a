#pragma once

#include "appearance.h"
#include "messages/myprofile.h"
#include "workflow/interviewdefaults.h"
#include "workflow/reminders.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTabWidget;

// Settings › Configure Coffee Chat: who the messages come from, what new interviews start
// with and when reminders fall due. It edits copies; the caller applies and saves them when the dialog is accepted.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(const MyProfile &profile, const InterviewDefaults &defaults, const ReminderSettings &reminders,
                   QWidget *parent = nullptr);

    MyProfile profile() const;
    InterviewDefaults interviewDefaults() const;
    ReminderSettings reminderSettings() const;
    Appearance::Scheme colorScheme() const;
    void setColorScheme(Appearance::Scheme scheme);
    QTabWidget *pages() const { return m_pages; }

private:
    QWidget *createProfilePage(const MyProfile &profile);
    QWidget *createInterviewsPage(const InterviewDefaults &defaults);
    QWidget *createRemindersPage(const ReminderSettings &reminders);
    QWidget *createAppearancePage();
    void restoreDefaults();

    QTabWidget *m_pages;
    QLineEdit *m_name;
    QLineEdit *m_email;
    QLineEdit *m_exploring = nullptr;
    QPlainTextEdit *m_signature;
    QSpinBox *m_length;
    QPlainTextEdit *m_agenda;
    QSpinBox *m_thankYou;
    QSpinBox *m_secondPerson;
    QSpinBox *m_followUp;
    QSpinBox *m_firstTouchBase;
    QSpinBox *m_touchBaseEvery;
    QSpinBox *m_upcoming;
    QCheckBox *m_notifications;
    QButtonGroup *m_scheme;
};
