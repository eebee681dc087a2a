#include "gettingstarteddialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QKeySequence>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {
QString item(const QString &title, const QString &text)
{
    return QStringLiteral("<li><b>") + title.toHtmlEscaped() + QStringLiteral("</b> — ") + text.toHtmlEscaped()
        + QStringLiteral("</li>");
}
} // namespace

GettingStartedDialog::GettingStartedDialog(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("gettingStartedDialog"));
    setWindowTitle(tr("Getting Started with Coffee Chat"));
    auto *text = new QTextBrowser(this);
    text->setObjectName(QStringLiteral("gettingStartedText"));
    text->setOpenLinks(false);
    text->setHtml(html(actions));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    resize(680, 640);
    text->setFocus();
}

QString GettingStartedDialog::html(const QList<QAction *> &actions)
{
    QString html;
    html += QStringLiteral("<h2>") + tr("Informational interviews, step by step").toHtmlEscaped()
        + QStringLiteral("</h2><p>")
        + tr("An informational interview is a short, friendly conversation with someone who works in a field you "
             "are curious about: to learn, not to ask for a job. Coffee Chat keeps each one on a card that moves "
             "through six steps, and reminds you of what is due on the Today page.")
              .toHtmlEscaped()
        + QStringLiteral("</p><ol>");
    html += item(tr("Research"), tr("the field, the organisation and what you want to learn."));
    html += item(tr("Identify"),
                 tr("the person: friends, alumni, professors, people you were referred to, LinkedIn connections."));
    html += item(tr("Prepare"),
                 tr("open questions from the question bank, an agenda, and 15 to 30 minutes agreed; "
                    "practise with a friend."));
    html += item(tr("Contact"),
                 tr("write the outreach in Messages; follow up once if there is no reply; a no is a "
                    "chance to ask who else you could talk to."));
    html += item(tr("Conduct"),
                 tr("when, where and how; print the prep sheet, keep to time, take notes, and record "
                    "only with their consent."));
    html += item(tr("Follow up"),
                 tr("a thank-you note within two days, thank whoever introduced you, follow the "
                    "referrals, and touch base later."));
    html += QStringLiteral("</ol>");

    html += QStringLiteral("<h3>") + tr("Bring in your network").toHtmlEscaped() + QStringLiteral("</h3><p>")
        + tr("On LinkedIn, open Me › Settings & Privacy › Data privacy › Get a copy of your data, choose "
             "Connections and request the archive. LinkedIn e-mails a link, usually within minutes. Download the "
             "ZIP file and drop it onto this window, or use File › Import Contacts… There is no need to unpack it.")
              .toHtmlEscaped()
        + QStringLiteral("</p><p>")
        + tr("Contacts exported from Google or Outlook (CSV) and vCard files (.vcf) are imported the same way. "
             "You see what will be added or updated before anything is saved, and Edit › Undo takes an import back.")
              .toHtmlEscaped()
        + QStringLiteral("</p><p>")
        + tr("Help › Guided Start walks you from there to your first message: five target employers suggested "
             "from your network, whom to ask first at each, and the outreach written with you.")
              .toHtmlEscaped()
        + QStringLiteral("</p>");

    html += QStringLiteral("<h3>") + tr("Keyboard shortcuts").toHtmlEscaped()
        + QStringLiteral("</h3><table cellspacing=\"0\" cellpadding=\"3\">");
    for (const QAction *action : actions) {
        const QList<QKeySequence> keys = action->shortcuts();
        if (keys.isEmpty() || action->text().isEmpty())
            continue;
        QStringList shown;
        for (const QKeySequence &key : keys)
            shown << key.toString(QKeySequence::NativeText);
        const QVariant fixedName = action->property(NameProperty);
        QString name = fixedName.isValid() ? fixedName.toString() : action->text();
        name.remove(QLatin1Char('&'));
        name.remove(QStringLiteral("…"));
        html += QStringLiteral("<tr><td><b>") + shown.join(tr(" or ")).toHtmlEscaped() + QStringLiteral("</b></td><td>")
            + name.toHtmlEscaped() + QStringLiteral("</td></tr>");
    }
    // Keys of the dialogs and tabs, which are not in the menus.
    const QList<std::pair<QKeySequence, QString>> windowKeys = {
        {QKeySequence(QKeySequence::Save), tr("Save the interview page or the contact")},
        {QKeySequence(Qt::CTRL | Qt::Key_PageDown), tr("Next tab")},
        {QKeySequence(Qt::CTRL | Qt::Key_PageUp), tr("Previous tab")},
    };
    for (const auto &[key, name] : windowKeys) {
        html += QStringLiteral("<tr><td><b>") + key.toString(QKeySequence::NativeText).toHtmlEscaped()
            + QStringLiteral("</b></td><td>") + name.toHtmlEscaped() + QStringLiteral("</td></tr>");
    }
    html += QStringLiteral("</table>");
    return html;
}
