#pragma once

#include "domain/contact.h"
#include "domain/interview.h"
#include "domain/question.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

class ContactStore;
class InterviewStore;
class OrganisationStore;

// The page a job seeker takes to the coffee meeting: who, when and where, what they want to
// learn, the agenda, the chosen questions with room for notes, and a few reminders.
//
// Design note: this is plain data and HTML, so it stays in coffeechat_core (Qt Core only).
// Laying the HTML out into pages and writing PDF needs Qt Gui and lives in core/print/.
// Everything the user typed is escaped here; the HTML never names a file or a URL.
struct PrepSheet {
    Q_DECLARE_TR_FUNCTIONS(PrepSheet)
public:
    Interview interview;
    Contact contact; // empty when nobody is chosen yet
    QString organisationName; // the organisation record, else the company on the contact
    QString introducedByName;
    QList<PlannedQuestion> questions; // in the order they will be asked
    QLocale locale; // formats the date and time

    // Everything the sheet shows about one stored interview. On an unknown id returns nothing
    // and sets *error to a message for the user.
    static std::optional<PrepSheet> collect(qint64 interviewId, const InterviewStore &interviews,
                                            const ContactStore &contacts, const OrganisationStore &organisations,
                                            QString *error);

    // "What product managers do all day — Ada Lovelace", for the PDF's title and the footer.
    QString title() const;
    // e.g. "Prep sheet – Ada Lovelace.pdf": no characters that file systems refuse.
    QString suggestedFileName() const;
    // The sheet in the HTML subset QTextDocument renders. Under each question are two empty
    // ruled lines for notes, and extraNoteRoom more pixels (at 96 per inch): the printed
    // document gives the questions what the last page leaves free.
    QString toHtml(int extraNoteRoom = 0) const;
};
