#include "documents/prepsheet.h"
#include "domain/timetext.h"

#include "storage/contactstore.h"
#include "storage/interviewstore.h"
#include "storage/organisationstore.h"

#include <QRegularExpression>

namespace {

// QTextDocument's own HTML subset: simple selectors, margins, colours and cell padding.
// Sizes are in points so the sheet prints the same on any printer.
const char *const StyleSheet =
    "body { font-size: 10pt; color: #1d1d1f; }"
    "h1 { font-size: 19pt; font-weight: 600; margin-top: 0px; margin-bottom: 2px; color: #14213d; }"
    "h2 { font-size: 11pt; font-weight: 700; margin-top: 10px; margin-bottom: 3px; color: #1f4e79; }"
    "p { margin-top: 0px; margin-bottom: 2px; }"
    "ul, ol { margin-top: 0px; margin-bottom: 0px; -qt-list-indent: 1; }"
    "li { margin-bottom: 1px; }"
    ".kicker { font-size: 8pt; color: #6b6b6b; margin-bottom: 2px; }"
    ".subtitle { font-size: 12pt; color: #333333; margin-bottom: 6px; }"
    ".label { color: #6b6b6b; }"
    ".missing { color: #8a8a8a; font-style: italic; }"
    ".question { font-weight: 600; }";

// User text as HTML: escaped, and the line breaks they typed kept.
QString escaped(const QString &text)
{
    QString html = text.trimmed().toHtmlEscaped();
    html.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return html;
}

QString missing(const QString &explanation)
{
    return QStringLiteral("<span class=\"missing\">") + explanation.toHtmlEscaped() + QStringLiteral("</span>");
}

QString textOr(const QString &text, const QString &explanation)
{
    return text.trimmed().isEmpty() ? missing(explanation) : escaped(text);
}

QString heading(const QString &text)
{
    return QStringLiteral("<h2>") + text.toHtmlEscaped() + QStringLiteral("</h2>");
}

QString factRow(const QString &label, const QString &valueHtml)
{
    return QStringLiteral(
               "<tr><td class=\"label\" width=\"33%\" style=\"padding: 1px 8px 1px 0px; white-space: nowrap;\">")
        + label.toHtmlEscaped() + QStringLiteral("</td><td style=\"padding: 1px 0px;\">") + valueHtml
        + QStringLiteral("</td></tr>");
}

QString factTable(const QString &rows)
{
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\">") + rows
        + QStringLiteral("</table>");
}

} // namespace

std::optional<PrepSheet> PrepSheet::collect(qint64 interviewId, const InterviewStore &interviews,
                                            const ContactStore &contacts, const OrganisationStore &organisations,
                                            QString *error)
{
    const std::optional<Interview> interview = interviews.interview(interviewId);
    if (!interview) {
        if (error)
            *error = tr("There is no interview with the number %1.").arg(interviewId);
        return std::nullopt;
    }
    PrepSheet sheet;
    sheet.interview = *interview;
    if (interview->contactId > 0)
        sheet.contact = contacts.contact(interview->contactId).value_or(Contact());
    if (interview->introducedById > 0) {
        if (const std::optional<Contact> introducer = contacts.contact(interview->introducedById))
            sheet.introducedByName = introducer->displayName();
    }
    if (interview->organisationId > 0) {
        if (const std::optional<Organisation> organisation = organisations.organisation(interview->organisationId))
            sheet.organisationName = organisation->name.trimmed();
    }
    if (sheet.organisationName.isEmpty())
        sheet.organisationName = sheet.contact.company.trimmed();
    sheet.questions = interviews.plan(interviewId);
    return sheet;
}

QString PrepSheet::title() const
{
    const QString topic = interview.topic.trimmed();
    const QString name = contact.displayName();
    if (topic.isEmpty())
        return name.isEmpty() ? tr("Informational interview") : tr("Informational interview with %1").arg(name);
    return name.isEmpty() ? topic : tr("%1 — %2").arg(topic, name);
}

QString PrepSheet::suggestedFileName() const
{
    QString subject = contact.displayName();
    if (subject.isEmpty())
        subject = interview.topic.trimmed();
    // Characters that Windows, macOS or Linux refuse in a name, and control characters.
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f\\x7f]"));
    subject.replace(unsafe, QStringLiteral(" "));
    subject = subject.simplified();
    subject.truncate(80);
    subject = subject.trimmed();
    while (subject.startsWith(QLatin1Char('.'))) // no hidden files
        subject.remove(0, 1);
    const QString base = subject.isEmpty() ? tr("Prep sheet") : tr("Prep sheet – %1").arg(subject);
    return base + QStringLiteral(".pdf");
}

QString PrepSheet::toHtml(int extraNoteRoom) const
{
    const QString name = contact.displayName();
    const int minutes = interview.lengthMinutes > 0 ? interview.lengthMinutes : Interview::DefaultLengthMinutes;
    // The spin box allows 10 to 90 minutes, so the plural form is all English needs.
    const QString length = tr("%1 minutes").arg(minutes);

    QString html =
        QStringLiteral("<html><head><style>") + QLatin1String(StyleSheet) + QStringLiteral("</style></head><body>");

    // Title: the topic, then who it is with.
    html += QStringLiteral("<p class=\"kicker\">") + tr("INFORMATIONAL INTERVIEW · PREP SHEET").toHtmlEscaped()
        + QStringLiteral("</p>");
    const QString topic = interview.topic.trimmed();
    html += QStringLiteral("<h1>") + (topic.isEmpty() ? tr("Informational interview").toHtmlEscaped() : escaped(topic))
        + QStringLiteral("</h1>");
    QString with = name.isEmpty() ? missing(tr("Nobody chosen yet"))
                                  : QStringLiteral("<b>") + escaped(name) + QStringLiteral("</b>");
    const QString position = contact.position.trimmed();
    if (!position.isEmpty() && !organisationName.isEmpty())
        with = tr("with %1, %2 at %3").toHtmlEscaped().arg(with, escaped(position), escaped(organisationName));
    else if (!position.isEmpty() || !organisationName.isEmpty())
        with = tr("with %1, %2").toHtmlEscaped().arg(with, escaped(position.isEmpty() ? organisationName : position));
    else
        with = tr("with %1").toHtmlEscaped().arg(with);
    html += QStringLiteral("<p class=\"subtitle\">") + with + QStringLiteral("</p><hr>");

    // Who, and when and where, side by side.
    QString who;
    who += factRow(tr("Name"), name.isEmpty() ? missing(tr("Nobody chosen yet")) : escaped(name));
    who += factRow(tr("Role"), textOr(position, tr("Not recorded")));
    who += factRow(tr("Organisation"), textOr(organisationName, tr("Not recorded")));
    who += factRow(tr("Connection"), textOr(interview.connection, tr("Not recorded")));
    if (!introducedByName.trimmed().isEmpty()) // most people are not introduced: no line then
        who += factRow(tr("Introduced by"), escaped(introducedByName));

    QString when;
    if (interview.scheduledAt.isValid()) {
        const QDateTime start = interview.scheduledAt.toLocalTime();
        const QDateTime end = start.addSecs(qint64(minutes) * 60);
        when += factRow(tr("Date"), escaped(locale.toString(start.date(), QLocale::LongFormat)));
        when += factRow(
            tr("Time"),
            escaped(tr("%1 – %2").arg(TimeText::time(start.time(), locale), TimeText::time(end.time(), locale))));
    } else {
        when += factRow(tr("Date"), missing(tr("Not scheduled yet")));
    }
    when += factRow(tr("Length"), escaped(tr("%1, as agreed").arg(length)));
    when += factRow(tr("Medium"),
                    interview.medium == Medium::Unknown ? missing(tr("Not decided yet"))
                                                        : escaped(MediumNames::displayName(interview.medium)));
    when += factRow(tr("Where"), textOr(interview.location, tr("Not decided yet")));
    if (interview.kind == InterviewKind::DecidingOnOffer) {
        when += factRow(tr("Offer"),
                        interview.offerDeadline.isValid() ? escaped(
                            tr("to answer by %1").arg(locale.toString(interview.offerDeadline, QLocale::LongFormat)))
                                                          : missing(tr("No deadline recorded")));
    }

    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                           "<td width=\"50%\" valign=\"top\" style=\"padding-right: 14px;\">")
        + heading(tr("Who")) + factTable(who)
        + QStringLiteral("</td><td width=\"50%\" valign=\"top\" style=\"padding-left: 14px;\">")
        + heading(tr("When and where")) + factTable(when) + QStringLiteral("</td></tr></table>");

    html += heading(tr("What I want to learn"));
    html += QStringLiteral("<p>")
        + textOr(interview.learningGoals, tr("Not written yet: decide what you want to learn before you go."))
        + QStringLiteral("</p>");

    html += heading(tr("Research notes"));
    html +=
        QStringLiteral("<p>") + textOr(interview.researchNotes, tr("No research notes yet.")) + QStringLiteral("</p>");
    QStringList links;
    for (const QString &link : interview.links) {
        if (!link.trimmed().isEmpty())
            links << QStringLiteral("<li>") + escaped(link) + QStringLiteral("</li>");
    }
    if (!links.isEmpty())
        html += QStringLiteral("<ul>") + links.join(QString()) + QStringLiteral("</ul>");

    html += heading(tr("Agenda"));
    if (!interview.agenda.trimmed().isEmpty()) {
        html += QStringLiteral("<p>") + escaped(interview.agenda) + QStringLiteral("</p>");
    } else {
        // The agenda the guides suggest, for learning about a field or for deciding on an offer.
        const QStringList steps = interview.kind == InterviewKind::DecidingOnOffer
            ? QStringList{tr("Thank them for their time, and say where you are: an offer you want to decide on well."),
                          tr("Your questions about the team, the manager and how people grow (below), most "
                             "important first."),
                          tr("What they would change, and what has kept them here."),
                          tr("The close: thank them, and ask whom else on the team you could talk to before you "
                             "answer.")}
            : QStringList{tr("Small talk: thank them for their time and say in a sentence why you asked to meet."),
                          tr("Your questions, below, most important first."),
                          tr("The close: thank them, ask whether you may follow up, and who else you should talk to.")};
        html += QStringLiteral("<ol>");
        for (const QString &step : steps)
            html += QStringLiteral("<li>") + step.toHtmlEscaped() + QStringLiteral("</li>");
        html += QStringLiteral("</ol>");
    }

    html += heading(tr("Questions"));
    if (questions.isEmpty()) {
        html += QStringLiteral("<p>") + missing(tr("No questions chosen yet.")) + QStringLiteral("</p>");
    } else {
        // Each question is followed by a ruled, empty cell: the space for notes during the talk.
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\">");
        int number = 0;
        for (const PlannedQuestion &question : questions) {
            ++number;
            html +=
                QStringLiteral("<tr><td class=\"question\" width=\"4%\" valign=\"top\" style=\"padding-top: 5px;\">")
                + QString::number(number) + QStringLiteral(".</td><td class=\"question\" style=\"padding-top: 5px;\">")
                + escaped(question.text) + QStringLiteral("</td></tr>")
                + QStringLiteral("<tr><td></td><td style=\"border-bottom: 1px solid #c8c8c8; padding-bottom: %1px;\">"
                                 "&nbsp;<br>&nbsp;</td></tr>")
                      .arg(2 + qMax(0, extraNoteRoom));
        }
        html += QStringLiteral("</table>");
    }

    html += heading(tr("Reminders"));
    html += QStringLiteral("<ul>");
    html += QStringLiteral("<li>")
        + (interview.kind == InterviewKind::DecidingOnOffer
               ? tr("This is to help you decide: listen for how the team really works, not for a sales pitch.")
               : tr("This is a conversation to learn, not a request for a job."))
              .toHtmlEscaped()
        + QStringLiteral("</li>");
    html += QStringLiteral("<li>")
        + tr("Keep to the agreed time (%1); offer to stop when it is up.").arg(length).toHtmlEscaped()
        + QStringLiteral("</li>");
    html +=
        QStringLiteral("<li>") + tr("Send a thank-you note within two days.").toHtmlEscaped() + QStringLiteral("</li>");
    html += QStringLiteral("</ul>");

    html += QStringLiteral("</body></html>");
    return html;
}
