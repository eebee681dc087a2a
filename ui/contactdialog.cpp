#include "contactdialog.h"

#include "commands/contactcommands.h"
#include "dialogkeys.h"
#include "workflow/reminders.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>

ContactDialog::ContactDialog(const Contact &contact, const QList<QPair<qint64, QString>> &referrers, QWidget *parent)
    : QDialog(parent)
    , m_original(contact)
{
    setWindowTitle(contact.id ? tr("Edit contact") : tr("New contact"));
    setObjectName(QStringLiteral("contactDialog"));

    auto lineEdit = [this](const QString &name, const QString &value, const QString &placeholder = {}) {
        auto *edit = new QLineEdit(value, this);
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        edit->setClearButtonEnabled(true);
        return edit;
    };
    m_firstName = lineEdit(QStringLiteral("firstName"), contact.firstName);
    m_lastName = lineEdit(QStringLiteral("lastName"), contact.lastName);
    m_email = lineEdit(QStringLiteral("email"), contact.email, tr("name@example.com"));
    m_phone = lineEdit(QStringLiteral("phone"), contact.phone);
    m_linkedIn = lineEdit(QStringLiteral("linkedIn"), contact.linkedInUrl, tr("https://www.linkedin.com/in/…"));
    m_linkedIn->setCursorPosition(0); // a long address shows where it goes, not its last characters
    m_company = lineEdit(QStringLiteral("company"), contact.company);
    m_position = lineEdit(QStringLiteral("position"), contact.position);
    m_tags = lineEdit(QStringLiteral("tags"), contact.tags.join(QStringLiteral(", ")),
                      tr("Comma-separated, e.g. design, Berlin"));

    m_hasConnectedOn = new QCheckBox(tr("Known"), this);
    m_hasConnectedOn->setObjectName(QStringLiteral("hasConnectedOn"));
    m_connectedOn = new QDateEdit(contact.connectedOn.isValid() ? contact.connectedOn : QDate::currentDate(), this);
    m_connectedOn->setObjectName(QStringLiteral("connectedOn"));
    m_connectedOn->setCalendarPopup(true);
    m_hasConnectedOn->setChecked(contact.connectedOn.isValid());
    m_connectedOn->setEnabled(contact.connectedOn.isValid());
    connect(m_hasConnectedOn, &QCheckBox::toggled, m_connectedOn, &QWidget::setEnabled);
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_hasConnectedOn);
    dateRow->addWidget(m_connectedOn, 1);

    m_relationship = new QComboBox(this);
    m_relationship->setObjectName(QStringLiteral("relationship"));
    for (Relationship r : RelationshipNames::all())
        m_relationship->addItem(RelationshipNames::displayName(r), int(r));
    m_relationship->setCurrentIndex(m_relationship->findData(int(contact.relationship)));

    m_referredBy = new QComboBox(this);
    m_referredBy->setObjectName(QStringLiteral("referredBy"));
    m_referredBy->addItem(tr("Nobody"), qint64(0));
    for (const auto &[id, name] : referrers) {
        if (id != contact.id)
            m_referredBy->addItem(name, id);
    }
    if (contact.referredById && m_referredBy->findData(contact.referredById) < 0)
        m_referredBy->addItem(tr("Someone no longer in your contacts"), contact.referredById); // kept as it is
    m_referredBy->setCurrentIndex(std::max(0, m_referredBy->findData(contact.referredById)));

    m_notes = new QPlainTextEdit(contact.notes, this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("How you met, what they work on, what to ask them…"));

    m_openProfile = new QPushButton(tr("&Open Profile"), this);
    m_openProfile->setObjectName(QStringLiteral("openProfile"));
    m_openProfile->setIcon(QIcon::fromTheme(QStringLiteral("internet-web-browser")));
    m_openProfile->setToolTip(tr("Open this LinkedIn profile in your web browser"));
    connect(m_openProfile, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(linkedInProfile()); });
    connect(m_linkedIn, &QLineEdit::textChanged, this,
            [this] { m_openProfile->setEnabled(!linkedInProfile().isEmpty()); });
    m_openProfile->setEnabled(!linkedInProfile().isEmpty());
    auto *linkedInRow = new QHBoxLayout;
    linkedInRow->addWidget(m_linkedIn, 1);
    linkedInRow->addWidget(m_openProfile);
    auto *linkedInLabel = new QLabel(tr("Linke&dIn:"), this);
    linkedInLabel->setBuddy(m_linkedIn);

    // The person's history: hidden until setHistory() gives one.
    m_history = new QWidget(this);
    m_history->setObjectName(QStringLiteral("history"));
    m_interviews = new QListWidget(m_history);
    m_interviews->setObjectName(QStringLiteral("historyInterviews"));
    m_interviews->setAccessibleName(tr("Interviews with this person"));
    m_referrals = new QListWidget(m_history);
    m_referrals->setObjectName(QStringLiteral("historyReferrals"));
    m_referrals->setAccessibleName(tr("People this person introduced you to"));
    m_noHistory = new QLabel(m_history);
    m_noHistory->setObjectName(QStringLiteral("noHistory"));
    m_noHistory->setWordWrap(true);
    m_noHistory->setTextFormat(Qt::PlainText);
    auto *interviewsLabel = new QLabel(tr("&Interviews:"), m_history);
    interviewsLabel->setBuddy(m_interviews);
    auto *referralsLabel = new QLabel(tr("Introduced &you to:"), m_history);
    referralsLabel->setBuddy(m_referrals);
    for (QListWidget *list : {m_interviews, m_referrals}) {
        list->setMaximumHeight(list->fontMetrics().height() * 6);
        // Entries elide (the whole text is the tooltip); the lists never scroll sideways.
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        list->setTextElideMode(Qt::ElideRight);
        list->setUniformItemSizes(true);
        list->setToolTip(tr("Double-click or press Return to open it"));
        connect(list, &QListWidget::itemActivated, this, &ContactDialog::openLink);
        list->installEventFilter(this);
    }
    auto *historyLayout = new QGridLayout(m_history);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(interviewsLabel, 0, 0);
    historyLayout->addWidget(referralsLabel, 0, 1);
    historyLayout->addWidget(m_interviews, 1, 0);
    historyLayout->addWidget(m_referrals, 1, 1);
    historyLayout->addWidget(m_noHistory, 2, 0, 1, 2);
    m_history->hide();

    m_pastJobs = new QLabel(this);
    m_pastJobs->setObjectName(QStringLiteral("pastJobs"));
    m_pastJobs->setTextFormat(Qt::PlainText);
    m_pastJobs->setWordWrap(true);
    m_pastJobs->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pastJobsLabel = new QLabel(tr("Earlier:"), this);
    m_answering = new QLabel(this);
    m_answering->setObjectName(QStringLiteral("answering"));
    m_answering->setTextFormat(Qt::PlainText);
    m_answering->setToolTip(tr("From the dates of your outreach and their reply: within %1 business days is quick")
                                .arg(ReminderSettings::load().secondPersonAfterBusinessDays));
    m_answeringLabel = new QLabel(tr("Answers:"), this);

    auto *form = new QFormLayout;
    form->addRow(tr("&First name:"), m_firstName);
    form->addRow(tr("&Last name:"), m_lastName);
    form->addRow(tr("&Company:"), m_company);
    form->addRow(tr("&Position:"), m_position);
    form->addRow(m_pastJobsLabel, m_pastJobs);
    m_pastJobs->hide();
    m_pastJobsLabel->hide();
    form->addRow(m_answeringLabel, m_answering);
    m_answering->hide();
    m_answeringLabel->hide();
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("P&hone:"), m_phone);
    form->addRow(linkedInLabel, linkedInRow);
    form->addRow(tr("How we &know each other:"), m_relationship);
    form->addRow(tr("&Referred by:"), m_referredBy);
    form->addRow(tr("Connected on:"), dateRow);
    form->addRow(tr("&Tags:"), m_tags);
    form->addRow(tr("&Notes:"), m_notes);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    DialogKeys::pressOnSave(m_buttons->button(QDialogButtonBox::Save));
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_firstName, &QLineEdit::textChanged, this, &ContactDialog::updateOkButton);
    connect(m_lastName, &QLineEdit::textChanged, this, &ContactDialog::updateOkButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_history);
    layout->addWidget(m_buttons);
    DialogKeys::tabInLayoutOrder(layout);
    updateOkButton();
    resize(520, sizeHint().height());
    m_unchanged = this->contact(); // the parameter "contact" hides the member function
}

void ContactDialog::setHistory(const QList<Link> &interviews, const QList<Link> &referrals)
{
    m_links.clear();
    const auto fill = [this](QListWidget *list, const QList<Link> &links) {
        list->clear();
        for (const Link &link : links) {
            auto *item = new QListWidgetItem(link.text, list);
            item->setData(Qt::UserRole, int(m_links.size()));
            item->setToolTip(link.text);
            m_links << link;
        }
        list->setVisible(!links.isEmpty());
        // Current, so Return opens it, but not highlighted: two lists would both look chosen.
        if (!links.isEmpty())
            list->setCurrentRow(0, QItemSelectionModel::NoUpdate);
    };
    fill(m_interviews, interviews);
    fill(m_referrals, referrals);
    // The lists' labels go with them.
    for (QListWidget *list : {m_interviews, m_referrals}) {
        const auto labels = m_history->findChildren<QLabel *>();
        for (QLabel *label : labels) {
            if (label->buddy() == list)
                label->setVisible(!list->isHidden()); // isVisible() is false until the dialog shows
        }
    }
    m_noHistory->setText(interviews.isEmpty() && referrals.isEmpty()
                             ? tr("No interviews with this person yet, and nobody they introduced you to.")
                             : interviews.isEmpty() ? tr("No interviews with this person yet.")
                                                    : QString());
    m_noHistory->setVisible(!m_noHistory->text().isEmpty());
    m_history->show();
    resize(width(), sizeHint().height());
}

void ContactDialog::setPastJobs(const QList<PastJob> &jobs)
{
    QStringList lines;
    for (const PastJob &job : jobs) {
        lines << (job.until.isValid()
                      ? tr("%1, left by %2").arg(job.describe(), QLocale().toString(job.until, QLocale::ShortFormat))
                      : job.describe());
    }
    m_pastJobs->setText(lines.join(u'\n'));
    m_pastJobs->setVisible(!lines.isEmpty());
    m_pastJobsLabel->setVisible(!lines.isEmpty());
    resize(width(), sizeHint().height());
}

void ContactDialog::setAnswering(const QString &text)
{
    m_answering->setText(text);
    m_answering->setVisible(!text.isEmpty());
    m_answeringLabel->setVisible(!text.isEmpty());
}

QUrl ContactDialog::linkedInProfile() const
{
    const QString text = m_linkedIn->text().trimmed();
    // Words ("ask Ada for it") are a note, not an address.
    if (text.isEmpty() || text.contains(QRegularExpression(QStringLiteral("\\s"))))
        return {};
    // Typed without a scheme ("linkedin.com/in/…"): LinkedIn is served over https.
    const QUrl url(text.contains(QLatin1String("://")) ? text : QLatin1String("https://") + text, QUrl::StrictMode);
    const bool web = url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http");
    // Only an ordinary web address: a host name with a dot and nobody's user name or password in it
    // ("javascript:alert(1)" would otherwise read as a host "javascript" with a port).
    const bool ordinary = url.host().contains(u'.') && url.userInfo().isEmpty();
    return url.isValid() && web && ordinary ? url : QUrl();
}

void ContactDialog::openLink(QListWidgetItem *item)
{
    const Link link = m_links.value(item->data(Qt::UserRole).toInt());
    if (!link.id)
        return;
    if (hasChanges()) {
        const auto answer =
            QMessageBox::question(this, windowTitle(), tr("Save your changes to this contact before opening it?"),
                                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Save) {
            if (saveAndAccept())
                Q_EMIT openRequested(link);
            return;
        }
    }
    QDialog::reject(); // nothing to keep, or the user chose to discard it
    Q_EMIT openRequested(link);
}

bool ContactDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Return on a history entry opens it, and only that: the list passes the key on to the
    // dialog, whose default button would otherwise save and close it as well.
    if (event->type() == QEvent::KeyPress && (watched == m_interviews || watched == m_referrals)) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        auto *list = static_cast<QListWidget *>(watched);
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && list->currentItem()) {
            openLink(list->currentItem());
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ContactDialog::accept()
{
    saveAndAccept();
}

bool ContactDialog::saveAndAccept()
{
    QString error;
    if (m_save && !m_save(contact(), &error)) {
        QMessageBox::warning(this, windowTitle(), error);
        return false; // still open, with everything as typed
    }
    QDialog::accept();
    return true;
}

void ContactDialog::reject()
{
    if (hasChanges()) {
        const auto answer = QMessageBox::question(this, windowTitle(),
                                                  m_original.id ? tr("Discard your changes to this contact?")
                                                                : tr("Discard this new contact?"),
                                                  QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

void ContactDialog::updateOkButton()
{
    // A contact needs at least some name to be findable again.
    const bool named = !m_firstName->text().trimmed().isEmpty() || !m_lastName->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(named);
    m_buttons->button(QDialogButtonBox::Save)->setToolTip(named ? QString() : tr("Enter a first or last name."));
}

Contact ContactDialog::contact() const
{
    Contact c = m_original;
    c.firstName = m_firstName->text().trimmed();
    c.lastName = m_lastName->text().trimmed();
    c.email = m_email->text().trimmed();
    c.phone = m_phone->text().trimmed();
    c.linkedInUrl = m_linkedIn->text().trimmed();
    c.company = m_company->text().trimmed();
    c.position = m_position->text().trimmed();
    c.connectedOn = m_hasConnectedOn->isChecked() ? m_connectedOn->date() : QDate();
    c.relationship = static_cast<Relationship>(m_relationship->currentData().toInt());
    c.referredById = m_referredBy->currentData().toLongLong();
    c.tags.clear();
    for (const QString &tag : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty())
            c.tags << tag.trimmed();
    }
    c.notes = m_notes->toPlainText();
    if (c.source.isEmpty())
        c.source = QStringLiteral("Manual");
    return c;
}

qint64 ContactDialog::addNew(QUndoStack *stack, ContactStore *store, const Contact &contact,
                             const QList<QPair<qint64, QString>> &referrers, QWidget *parent)
{
    ContactDialog dialog(contact, referrers, parent);
    qint64 id = 0;
    dialog.setSave([stack, store, &id](const Contact &entered, QString *error) {
        return ContactCommands::addContact(stack, store, entered, &id, error);
    });
    return dialog.exec() == QDialog::Accepted ? id : 0;
}
