#pragma once

#include "workflow/reminders.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class ContactStore;
class InterviewStore;
class OrganisationStore;
class QuestionStore;
class EventStore;
class TemplateStore;

// Every export of the user's data, behind one call that File › Export and `coffeechat export`
// both make, so the two cannot drift apart: the same data collected the same way, the same
// file written through QSaveFile, the same summary.
//
// Design note: this sits in its own small library, coffeechat_exports, because it reaches the
// calendar (KCalendarCore) and vCard (KContacts) writers, which link Qt Gui; coffeechat_core and
// coffeechat_export stay Qt Core only.
class Exports
{
    Q_DECLARE_TR_FUNCTIONS(Exports)
public:
    enum class Kind { Calendar, ContactsCsv, ContactsVCard, Json };

    // How a kind is named on the command line and offered in a file dialog.
    struct KindInfo {
        Kind kind;
        QString name; // after `coffeechat export`
        QString suffix; // of its files, without the dot
        QString defaultFileName; // offered by the save dialog
        QString fileFilter; // for the save dialog, translated
        QString title; // of the save dialog and of error messages, translated
    };
    static QList<KindInfo> kinds();
    static KindInfo info(Kind kind);
    static std::optional<Kind> kindNamed(const QString &name);

    // Where the data comes from, and what decides which reminders exist.
    struct Sources {
        const ContactStore &contacts;
        const OrganisationStore &organisations;
        const InterviewStore &interviews;
        const QuestionStore &questions;
        const TemplateStore &templates;
        const EventStore &events;
        QDateTime now = QDateTime::currentDateTime();
        ReminderSettings reminders = ReminderSettings::load();
    };

    // Writes the file (whole or not at all). On success returns true and sets *summary to a
    // sentence with the counts that names the file; on failure sets *error, naming the file.
    static bool run(Kind kind, const Sources &sources, const QString &path, QString *summary, QString *error);
};
