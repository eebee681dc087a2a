#include "composerwidget.h"

#include "dialogkeys.h"

#include "commands/messagecommands.h"
#include "hintlabel.h"
#include "messagehighlighter.h"
#include "messages/myprofile.h"
#include "messages/outreachchecks.h"
#include "messages/sentmessage.h"
#include "models/templatelistmodel.h"
#include "storage/contactstore.h"
#include "storage/interviewstore.h"
#include "storage/messagestore.h"
#include "storage/organisationstore.h"
#include "storage/templatestore.h"
#include "templatedialog.h"
#include "workspace.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHideEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTextEdit>
#include <QToolButton>
#include <QUndoStack>
#include <QUrlQuery>
#include <QVBoxLayout>

#include <limits>
#include <utility>

namespace {

// The preview shows what the user wrote, which may name images or links: nothing is loaded.
class PreviewDocument : public QTextDocument
{
public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int, const QUrl &) override { return {}; }
};

// LinkedIn exports put member ids where the e-mail address would be; those cannot be written to.
QString mailAddress(const std::optional<Contact> &contact)
{
    if (!contact)
        return {};
    const QString email = contact->email.trimmed();
    return email.contains(QLatin1Char('@')) && !email.startsWith(QStringLiteral("urn:")) ? email : QString();
}

} // namespace

ComposerWidget::ComposerWidget(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_templates(new TemplateListModel(workspace->templates, this))
    , m_templatesOfKind(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("composer"));
    m_templatesOfKind->setSourceModel(m_templates);
    m_templatesOfKind->setFilterRole(TemplateListModel::KindKeyRole);

    m_interview = new QComboBox(this);
    m_interview->setObjectName(QStringLiteral("composerInterview"));
    m_interview->setMinimumContentsLength(28);
    m_interview->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("composerKind"));
    for (MessageKind kind : MessageKindNames::all())
        m_kind->addItem(MessageKindNames::displayName(kind), MessageKindNames::key(kind));
    m_template = new QComboBox(this);
    m_template->setObjectName(QStringLiteral("composerTemplate"));
    m_template->setModel(m_templatesOfKind);
    m_template->setMinimumContentsLength(24);
    m_template->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    auto *templatesButton = new QToolButton(this);
    templatesButton->setObjectName(QStringLiteral("templatesButton"));
    templatesButton->setText(tr("Templates"));
    templatesButton->setPopupMode(QToolButton::InstantPopup);
    templatesButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *templatesMenu = new QMenu(templatesButton);
    templatesMenu->addAction(tr("&New Template…"), this, &ComposerWidget::newTemplate)
        ->setObjectName(QStringLiteral("newTemplateAction"));
    templatesMenu->addAction(tr("&Edit Template…"), this, &ComposerWidget::editTemplate)
        ->setObjectName(QStringLiteral("editTemplateAction"));
    templatesMenu->addAction(tr("&Delete Template"), this, &ComposerWidget::deleteTemplate)
        ->setObjectName(QStringLiteral("deleteTemplateAction"));
    templatesMenu->addSeparator();
    templatesMenu->addAction(tr("&Restore Shipped Templates"), this, &ComposerWidget::restoreTemplates);
    templatesButton->setMenu(templatesMenu);

    m_recipient = new QLabel(this);
    m_recipient->setObjectName(QStringLiteral("composerRecipient"));
    m_recipient->setTextFormat(Qt::PlainText);
    m_recipient->setWordWrap(true); // what to do when there is nobody to write to can be long
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("composerSubject"));

    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("composerEditor"));
    m_editor->setAccessibleName(tr("Message"));
    m_editor->setTabChangesFocus(true);
    m_highlighter = new MessageHighlighter(m_workspace->syntaxRepository(), m_editor);

    m_preview = new QTextEdit(this);
    m_preview->setObjectName(QStringLiteral("composerPreview"));
    m_preview->setAccessibleName(tr("Preview of the message"));
    m_preview->setDocument(new PreviewDocument(m_preview));
    m_preview->setReadOnly(true);
    m_report = new QListWidget(this);
    m_report->setObjectName(QStringLiteral("composerReport"));
    m_report->setWordWrap(true);
    m_report->setSelectionMode(QAbstractItemView::NoSelection);
    // Reached with Tab and read item by item with the arrows (it can be longer than it is tall).
    m_report->setFocusPolicy(Qt::TabFocus);
    m_report->setAccessibleName(tr("Before you send it"));

    m_insert = new QToolButton(this);
    m_insert->setObjectName(QStringLiteral("insertPlaceholder"));
    m_insert->setText(tr("Insert Field"));
    m_insert->setToolTip(tr("Insert a field that is filled in from the interview, e.g. their first name"));
    m_insert->setPopupMode(QToolButton::InstantPopup);
    auto *insertMenu = new QMenu(m_insert);
    for (const QString &name : TemplateRenderer::knownPlaceholders()) {
        insertMenu->addAction(tr("%1 — %2").arg(TemplateRenderer::description(name), name), this, [this, name] {
            m_editor->insertPlainText(QStringLiteral("{{%1}}").arg(name));
            m_editor->setFocus();
        });
    }
    m_insert->setMenu(insertMenu);

    m_copy = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("C&opy to Clipboard"), this);
    m_copy->setObjectName(QStringLiteral("copyMessageButton"));
    m_mail = new QPushButton(QIcon::fromTheme(QStringLiteral("mail-send")), tr("Open in Mail A&pp"), this);
    m_mail->setObjectName(QStringLiteral("mailMessageButton"));
    m_sent = new QPushButton(QIcon::fromTheme(QStringLiteral("mail-mark-read")), tr("Mark as Se&nt"), this);
    m_sent->setObjectName(QStringLiteral("markSentButton"));
    m_sent->setToolTip(
        tr("Keep this message with the interview as sent today, and move the interview on where sending it does"));
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("composerChannel"));
    m_channel->setToolTip(tr("How the message went out, kept with it when you mark it as sent"));
    for (Channel channel : {Channel::Unknown, Channel::Email, Channel::LinkedIn, Channel::Phone})
        m_channel->addItem(ChannelNames::displayName(channel), int(channel));
    connect(m_copy, &QPushButton::clicked, this, &ComposerWidget::copyToClipboard);
    connect(m_mail, &QPushButton::clicked, this, &ComposerWidget::openInMailApp);
    connect(m_sent, &QPushButton::clicked, this, &ComposerWidget::markSent);

    auto *choice = new QHBoxLayout;
    auto *interviewLabel = new QLabel(tr("Intervie&w:"), this);
    interviewLabel->setBuddy(m_interview);
    choice->addWidget(interviewLabel);
    choice->addWidget(m_interview, 2);
    auto *kindLabel = new QLabel(tr("&Message:"), this);
    kindLabel->setBuddy(m_kind);
    choice->addWidget(kindLabel);
    choice->addWidget(m_kind, 1);
    auto *templateLabel = new QLabel(tr("&Template:"), this);
    templateLabel->setBuddy(m_template);
    choice->addWidget(templateLabel);
    choice->addWidget(m_template, 2);
    choice->addWidget(templatesButton);

    auto *header = new QFormLayout;
    header->addRow(tr("To:"), m_recipient);
    header->addRow(tr("Su&bject:"), m_subject);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(header);
    leftLayout->addWidget(m_editor, 1);
    auto *hint =
        new HintLabel(tr("Write over each [[slot]] with your own words; {{fields}} fill themselves in."), this);
    leftLayout->addWidget(hint);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(new QLabel(tr("Preview"), this));
    rightLayout->addWidget(m_preview, 3);
    rightLayout->addWidget(new QLabel(tr("Before you send it"), this));
    rightLayout->addWidget(m_report, 2);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_insert);
    buttons->addStretch(1);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_mail);
    auto *channelLabel = new QLabel(tr("Sent vi&a:"), this);
    channelLabel->setBuddy(m_channel);
    buttons->addWidget(channelLabel);
    buttons->addWidget(m_channel);
    buttons->addWidget(m_sent);
    DialogKeys::tabInLayoutOrder(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choice);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_interview, &QComboBox::activated, this,
            [this](int index) { setInterview(m_interview->itemData(index).toLongLong()); });
    connect(m_kind, &QComboBox::activated, this,
            [this](int index) { setKind(*MessageKindNames::fromKey(m_kind->itemData(index).toString())); });
    connect(m_template, &QComboBox::activated, this, [this](int row) { chooseTemplate(row); });
    connect(m_editor, &QPlainTextEdit::textChanged, this, &ComposerWidget::updateReport);
    connect(m_subject, &QLineEdit::textChanged, this, &ComposerWidget::updateReport);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &ComposerWidget::textEdited);
    connect(m_subject, &QLineEdit::textChanged, this, &ComposerWidget::textEdited);
    for (auto signal :
         {&InterviewStore::interviewInserted, &InterviewStore::interviewRemoved, &InterviewStore::interviewUpdated})
        connect(m_workspace->interviews, signal, this, &ComposerWidget::refreshInterviews);
    // Another composer (the interview page's), or an undo of Mark as Sent, changed the draft shown.
    connect(m_workspace->messages, &MessageStore::draftChanged, this, [this](qint64 interviewId) {
        if (interviewId == m_interviewId && !m_ownWrite && !m_unsaved)
            showDraftOrTemplate();
    });
    // The advice follows what the interview is for, and the fields what it holds.
    connect(m_workspace->interviews, &InterviewStore::interviewUpdated, this, [this](qint64 interviewId) {
        if (interviewId == m_interviewId) {
            updateRecipient(); // e.g. the introducer set, changed or deleted
            updateReport();
        }
    });
    connect(m_workspace->contacts, &ContactStore::contactsUpdated, this, [this] {
        updateRecipient(); // a new e-mail address
        updateReport();
    });
    // {{interview.questions}} follows the plan as it is edited on the Prepare tab.
    connect(m_workspace->interviews, &InterviewStore::planChanged, this, [this](qint64 interviewId) {
        if (interviewId == m_interviewId)
            updateReport();
    });
    connect(m_workspace->messages, &MessageStore::sentMessagesChanged, this, [this](qint64 interviewId) {
        if (interviewId == m_interviewId)
            updateReport();
    });

    // Typing is saved half a second after it pauses, and at once when switching away.
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(500);
    connect(&m_saveTimer, &QTimer::timeout, this, &ComposerWidget::saveDraft);

    refreshInterviews();
    setKind(MessageKind::Outreach);
}

ComposerWidget::~ComposerWidget()
{
    blockSignals(true); // the window is going: its status bar may be gone already
    saveDraft();
}

void ComposerWidget::hideEvent(QHideEvent *event)
{
    saveDraft();
    QWidget::hideEvent(event);
}

void ComposerWidget::textEdited()
{
    if (m_filling)
        return;
    m_unsaved = true;
    m_saveTimer.start();
    // Ctrl+Z in the message took a template back: the subject and template it replaced return too.
    // After the undo has finished, not inside the document's undo.
    if (m_beforeTemplate && m_editor->toPlainText() == m_beforeTemplate->body) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (!m_beforeTemplate || m_editor->toPlainText() != m_beforeTemplate->body)
                    return;
                const MessageDraft before = *std::exchange(m_beforeTemplate, std::nullopt);
                m_template->setCurrentIndex(shownRowOf(before.templateId));
                m_shownTemplateId = before.templateId;
                if (m_subject->text() != before.subject) {
                    m_subject->selectAll();
                    m_subject->insert(before.subject);
                }
            },
            Qt::QueuedConnection);
    }
}

bool ComposerWidget::writeDraft(MessageDraft draft, QString *error)
{
    m_ownWrite = true;
    const bool ok = m_workspace->messages->saveDraft(draft, error);
    m_ownWrite = false;
    return ok;
}

bool ComposerWidget::saveDraft()
{
    m_saveTimer.stop();
    if (m_unsaved && m_interviewId != 0) {
        MessageDraft draft;
        draft.interviewId = m_interviewId;
        draft.kind = m_shownKind;
        draft.templateId = templateId();
        draft.subject = m_subject->text();
        draft.body = m_editor->toPlainText();
        m_unwritten.insert({m_interviewId, int(m_shownKind)}, draft);
        m_unsaved = false;
    }
    // Everything held in memory, this draft and any that failed before.
    QString error;
    for (auto it = m_unwritten.begin(); it != m_unwritten.end();) {
        if (!writeDraft(it.value(), &error))
            break;
        it = m_unwritten.erase(it);
    }
    if (m_unwritten.isEmpty())
        return true;
    // Not while the window is being taken down: nothing is left to show it.
    if (!signalsBlocked()) {
        Q_EMIT statusMessage(
            tr("Your draft could not be saved: %1 It is kept while Coffee Chat is open; copy it to keep it.")
                .arg(error));
    }
    return false;
}

void ComposerWidget::refreshValues()
{
    updateReport();
}

Channel ComposerWidget::channel() const
{
    return Channel(m_channel->currentData().toInt());
}

void ComposerWidget::refreshInterviews()
{
    const QSignalBlocker blocker(m_interview);
    m_interview->clear();
    m_interview->addItem(tr("Choose an interview…"), 0);
    for (const Interview &interview : m_workspace->interviews->all())
        m_interview->addItem(m_workspace->interviewTitle(interview), interview.id);
    const int index = m_interview->findData(m_interviewId);
    m_interview->setCurrentIndex(index < 0 ? 0 : index);
    if (index < 0 && m_interviewId != 0) {
        // It was deleted, with its drafts (undo brings them back); the text stays in view.
        m_interviewId = 0;
        m_unsaved = false;
        m_saveTimer.stop();
        m_editor->setReadOnly(true);
        m_subject->setReadOnly(true);
        updateReport();
    }
}

void ComposerWidget::focusMessage()
{
    m_editor->setFocus(Qt::OtherFocusReason);
}

void ComposerWidget::setInterview(qint64 interviewId)
{
    saveDraft();
    m_interviewId = interviewId;
    m_interview->setCurrentIndex(std::max(0, m_interview->findData(interviewId)));
    if (const std::optional<Interview> interview = m_workspace->interviews->interview(interviewId))
        setKind(SentMessage::suggestedKind(*interview, m_workspace->clock()));
    else
        setKind(kind());
}

void ComposerWidget::setKind(MessageKind kind)
{
    // Each kind of message has its own draft: say so, or switching looks like losing the words.
    const MessageKind leaving = m_shownKind;
    const bool leavingWords = m_interviewId != 0 && kind != leaving && !m_editor->toPlainText().trimmed().isEmpty()
        && (m_editor->toPlainText() != m_filledBody || m_subject->text() != m_filledSubject);
    saveDraft();
    m_kind->setCurrentIndex(m_kind->findData(MessageKindNames::key(kind)));
    m_templatesOfKind->setFilterFixedString(MessageKindNames::key(kind));
    // The template this interview's data fills best: an introduction template only helps
    // when someone introduced you.
    const MessageValues filled = values();
    int best = 0;
    qsizetype fewestMissing = std::numeric_limits<qsizetype>::max();
    for (int row = 0; row < m_templatesOfKind->rowCount(); ++row) {
        const QModelIndex index = m_templatesOfKind->index(row, 0);
        const qsizetype missing =
            TemplateRenderer::render(index.data(TemplateListModel::BodyRole).toString(), filled).missingValues.size()
            + TemplateRenderer::render(index.data(TemplateListModel::SubjectRole).toString(), filled)
                  .missingValues.size();
        if (missing < fewestMissing) {
            fewestMissing = missing;
            best = row;
        }
    }
    m_template->setCurrentIndex(best);
    showDraftOrTemplate();
    if (leavingWords) {
        Q_EMIT statusMessage(tr("Your “%1” is kept as a draft: choose it again to go on with it.")
                                 .arg(MessageKindNames::displayName(leaving)));
    }
}

void ComposerWidget::setTemplate(qint64 templateId)
{
    const int row = m_templates->rowOf(templateId);
    if (row < 0)
        return;
    const MessageKind templateKind = m_templates->messageTemplate(row).kind;
    if (templateKind != kind())
        setKind(templateKind);
    chooseTemplate(shownRowOf(templateId), true);
}

// The template's row among those of the kind shown (-1 when it is not one of them).
int ComposerWidget::shownRowOf(qint64 templateId) const
{
    const int row = m_templates->rowOf(templateId);
    return row < 0 ? -1 : m_templatesOfKind->mapFromSource(m_templates->index(row)).row();
}

// What the chosen template fills in for this interview: kept to tell later whether the user
// wrote anything. Returns the values it was filled with.
MessageValues ComposerWidget::fillFromChosenTemplate()
{
    const std::optional<MessageTemplate> chosen = m_workspace->templates->messageTemplate(templateId());
    const MessageValues filled = values();
    m_shownTemplateId = templateId();
    m_filledSubject = chosen ? TemplateRenderer::render(chosen->subject, filled).text : QString();
    m_filledBody = chosen ? TemplateRenderer::render(chosen->body, filled).text : QString();
    return filled;
}

// The draft of this interview and kind when there is one, else the chosen template filled in.
void ComposerWidget::showDraftOrTemplate()
{
    m_shownKind = kind();
    m_unsaved = false;
    m_beforeTemplate.reset();
    std::optional<MessageDraft> draft;
    if (const auto unwritten = m_unwritten.constFind({m_interviewId, int(m_shownKind)});
        unwritten != m_unwritten.constEnd())
        draft = *unwritten;
    else if (m_interviewId)
        draft = m_workspace->messages->draft(m_interviewId, m_shownKind);
    if (!draft) {
        refill();
        return;
    }
    if (const int row = shownRowOf(draft->templateId); row >= 0)
        m_template->setCurrentIndex(row);
    refill(); // the recipient, and what the template fills in, to tell later whether the user wrote anything
    m_filling = true;
    m_subject->setText(draft->subject);
    m_editor->setPlainText(draft->body);
    m_filling = false;
    updateReport();
}

// The user chose a template: it fills the message, after asking when that would replace words
// the user wrote. Replacing is one edit, so Ctrl+Z in the message brings the draft back.
void ComposerWidget::chooseTemplate(int row, bool templateEdited)
{
    if (row < 0)
        return;
    const bool written = (m_editor->toPlainText() != m_filledBody || m_subject->text() != m_filledSubject)
        && !(m_editor->toPlainText().trimmed().isEmpty() && m_subject->text().trimmed().isEmpty());
    const qint64 chosenId = m_templatesOfKind->index(row, 0).data(TemplateListModel::TemplateIdRole).toLongLong();
    if (chosenId == m_shownTemplateId && !written && !templateEdited)
        return;
    if (written) {
        const QString name = m_templatesOfKind->index(row, 0).data().toString();
        const auto answer =
            QMessageBox::question(this, tr("Replace your draft?"),
                                  tr("The message has words you wrote. Replace them with the template “%1”?\n\n"
                                     "Ctrl+Z in the message brings your draft back.")
                                      .arg(name),
                                  QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            m_template->setCurrentIndex(shownRowOf(m_shownTemplateId));
            return;
        }
    }
    std::optional<MessageDraft> before;
    if (written) {
        before.emplace();
        before->templateId = m_shownTemplateId;
        before->subject = m_subject->text();
        before->body = m_editor->toPlainText();
    }
    m_beforeTemplate.reset();
    m_template->setCurrentIndex(row);
    fillFromChosenTemplate();
    // Typed over rather than set, so that both fields can undo it; and it is saved as the draft,
    // which remembers the choice.
    m_subject->selectAll();
    m_subject->insert(m_filledSubject);
    QTextCursor cursor(m_editor->document());
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.insertText(m_filledBody);
    cursor.endEditBlock();
    m_beforeTemplate = before; // from now on, typing back to it brings its subject back
}

MessageKind ComposerWidget::kind() const
{
    return MessageKindNames::fromKey(m_kind->currentData().toString()).value_or(MessageKind::Outreach);
}

qint64 ComposerWidget::templateId() const
{
    return m_template->currentData(TemplateListModel::TemplateIdRole).toLongLong();
}

MessageValues ComposerWidget::values() const
{
    const std::optional<Interview> interview = m_workspace->interviews->interview(m_interviewId);
    if (!interview)
        return MessageValues::forInterview(Interview(), std::nullopt, std::nullopt, std::nullopt, MyProfile::load());
    QStringList questions;
    for (const PlannedQuestion &planned : m_workspace->interviews->plan(m_interviewId))
        questions << planned.text;
    return MessageValues::forInterview(*interview, m_workspace->contacts->contact(interview->contactId),
                                       m_workspace->organisations->organisation(interview->organisationId),
                                       m_workspace->contacts->contact(interview->introducedById), MyProfile::load(),
                                       questions);
}

void ComposerWidget::refill()
{
    fillFromChosenTemplate();
    m_filling = true;
    m_subject->setText(m_filledSubject);
    m_editor->setPlainText(m_filledBody);
    m_filling = false;
    // Without an interview there is nobody to write to, and nowhere to keep a draft.
    m_editor->setReadOnly(m_interviewId == 0);
    m_subject->setReadOnly(m_interviewId == 0);
    const std::optional<Interview> interview = m_workspace->interviews->interview(m_interviewId);
    const QString address = interview ? mailAddress(recipient(*interview)) : QString();
    // The channel the person was reached by says nothing of how to reach whoever introduced them.
    Channel how = interview && kind() != MessageKind::IntroducerThanks ? interview->channel : Channel::Unknown;
    if (how == Channel::Unknown || how == Channel::Introduction)
        how = address.isEmpty() ? Channel::Unknown : Channel::Email;
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(int(how))));
    updateRecipient();
    updateReport();
}

// Whom the message goes to: the person, or whoever introduced them for their thanks.
std::optional<Contact> ComposerWidget::recipient(const Interview &interview) const
{
    return m_workspace->contacts->contact(SentMessage::recipientId(interview, kind()));
}

void ComposerWidget::updateRecipient()
{
    const std::optional<Interview> interview = m_workspace->interviews->interview(m_interviewId);
    const std::optional<Contact> to = interview ? recipient(*interview) : std::nullopt;
    const QString address = mailAddress(to);
    const QString name = to ? to->displayName().trimmed() : QString();
    if (!interview)
        m_recipient->setText(tr("Choose an interview"));
    else if (!to && kind() == MessageKind::IntroducerThanks)
        m_recipient->setText(tr("Nobody introduced you yet: set “Introduced by” on the interview's Identify tab."));
    else if (!to)
        m_recipient->setText(tr("Nobody chosen yet: choose the person on the interview's Identify tab."));
    else if (address.isEmpty())
        m_recipient->setText(tr("%1 (no e-mail address: copy the message, e.g. into LinkedIn)").arg(name));
    else
        m_recipient->setText(tr("%1 <%2>").arg(name, address));
}

TemplateRenderer::Rendered ComposerWidget::rendered() const
{
    return TemplateRenderer::render(m_editor->toPlainText(), values());
}

QString ComposerWidget::subject() const
{
    return TemplateRenderer::render(m_subject->text(), values()).message();
}

void ComposerWidget::updateReport()
{
    const MessageValues filled = values();
    TemplateRenderer::Rendered body = TemplateRenderer::render(m_editor->toPlainText(), filled);
    const TemplateRenderer::Rendered head = TemplateRenderer::render(m_subject->text(), filled);
    // A mail keeps its line breaks, so the preview keeps them too (Markdown would join lines).
    m_preview->setMarkdown(body.message().replace(QLatin1Char('\n'), QStringLiteral("  \n")));

    m_report->clear();
    const auto add = [this](const QString &text, bool attention) {
        auto *item = new QListWidgetItem((attention ? QStringLiteral("• ") : QStringLiteral("✓ ")) + text, m_report);
        item->setData(Qt::UserRole, attention);
        if (attention) {
            QFont bold = m_report->font();
            bold.setBold(true);
            item->setFont(bold);
        }
    };
    // The subject and the body often need the same thing; say it once.
    const auto once = [](QStringList list) {
        list.removeDuplicates();
        return list;
    };
    for (const QString &slot : once(head.unfilledSlots + body.unfilledSlots))
        add(tr("Write: %1").arg(slot), true);
    for (const QString &name : once(head.missingValues + body.missingValues)) {
        // Your own name and signature live in the settings, the rest in the interview or contact.
        if (name.startsWith(QStringLiteral("my.")))
            add(tr("Missing: %1. Add it in Settings › Configure Coffee Chat › My Profile, or write it in.")
                    .arg(TemplateRenderer::description(name)),
                true);
        else if (name == u"interview.questions")
            add(tr("Missing: %1. Choose them on the interview's Prepare tab, or write them in.")
                    .arg(TemplateRenderer::description(name)),
                true);
        else if (name.startsWith(QStringLiteral("referrer.")))
            add(tr("Missing: %1. Set “Introduced by” on the interview's Identify tab, or write it in.")
                    .arg(TemplateRenderer::description(name)),
                true);
        else
            add(tr("Missing: %1. Add it to the interview or the contact, or write it in.")
                    .arg(TemplateRenderer::description(name)),
                true);
    }
    for (const QString &unknown : once(head.unknownPlaceholders + body.unknownPlaceholders))
        add(tr("%1 is not a field Coffee Chat knows: correct it or write the text").arg(unknown), true);
    if (OutreachChecks::appliesTo(kind())) {
        for (const OutreachCheck &check : OutreachChecks::run(body.message(), filled))
            add(check.text, !check.passed);
    }
    if (m_report->count() == 0 || (body.isComplete() && head.isComplete() && !OutreachChecks::appliesTo(kind())))
        add(tr("Everything is filled in."), false);
    if (m_interviewId != 0) {
        QStringList sentLines;
        for (const SentMessageRecord &sent : m_workspace->messages->sent(m_interviewId)) {
            if (sent.kind == kind())
                sentLines << tr("Sent on %1: it is listed under “Messages sent” on the interview's Follow up tab.")
                                 .arg(QLocale().toString(sent.sentOn, QLocale::LongFormat));
        }
        for (const QString &line : once(sentLines))
            add(line, false);
    }

    const bool hasText = !m_editor->toPlainText().trimmed().isEmpty();
    m_copy->setEnabled(hasText);
    m_mail->setEnabled(hasText);
    m_sent->setEnabled(hasText && m_interviewId != 0);
}

bool ComposerWidget::confirmIncomplete(const QString &action)
{
    const TemplateRenderer::Rendered body = rendered();
    const TemplateRenderer::Rendered head = TemplateRenderer::render(m_subject->text(), values());
    const int open = int(body.unfilledSlots.size() + body.missingValues.size() + body.unknownPlaceholders.size()
                         + head.unfilledSlots.size() + head.missingValues.size() + head.unknownPlaceholders.size());
    if (open == 0)
        return true;
    return QMessageBox::question(this, tr("Message not finished"),
                                 tr("The message still has %n place(s) to fill in (see “Before you send it”). "
                                    "%1 anyway?",
                                    nullptr, open)
                                     .arg(action),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

void ComposerWidget::copyToClipboard()
{
    if (!confirmIncomplete(tr("Copy it")))
        return;
    QGuiApplication::clipboard()->setText(rendered().message());
    Q_EMIT statusMessage(
        tr("The message is on the clipboard. Paste it into your mail or LinkedIn, then mark it as sent."));
}

QUrl ComposerWidget::mailtoUrl() const
{
    const std::optional<Interview> interview = m_workspace->interviews->interview(m_interviewId);
    const QString address = interview ? mailAddress(recipient(*interview)) : QString();
    QUrl url;
    url.setScheme(QStringLiteral("mailto"));
    url.setPath(address);
    QUrlQuery query;
    // Fully encoded, so "&" or "+" in the text cannot end a field early.
    query.addQueryItem(QStringLiteral("subject"), QString::fromLatin1(QUrl::toPercentEncoding(subject())));
    query.addQueryItem(QStringLiteral("body"), QString::fromLatin1(QUrl::toPercentEncoding(rendered().message())));
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

void ComposerWidget::openInMailApp()
{
    if (!confirmIncomplete(tr("Open it in the mail app")))
        return;
    if (!QDesktopServices::openUrl(mailtoUrl())) {
        QMessageBox::warning(this, tr("No mail app"),
                             tr("No mail app opened. Use Copy to Clipboard and paste the message instead."));
        return;
    }
    m_channel->setCurrentIndex(m_channel->findData(int(Channel::Email)));
    Q_EMIT statusMessage(tr("The message is open in your mail app. Mark it as sent once it has gone."));
}

void ComposerWidget::markSent()
{
    const std::optional<Interview> interview = m_workspace->interviews->interview(m_interviewId);
    if (!interview || !confirmIncomplete(tr("Mark it as sent")))
        return;
    // A second click, or the same message recorded twice, would count it twice.
    QDate lastSent;
    for (const SentMessageRecord &earlier : m_workspace->messages->sent(m_interviewId)) {
        if (earlier.kind == kind() && kind() != MessageKind::TouchBase
            && earlier.sentOn > lastSent) // touch bases recur
            lastSent = earlier.sentOn;
    }
    if (lastSent.isValid()
        && QMessageBox::question(
               this, tr("Already sent"),
               tr("You marked a “%1” as sent on %2 already. Record this one as sent too?")
                   .arg(MessageKindNames::displayName(kind()), QLocale().toString(lastSent, QLocale::LongFormat)),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
        return;
    saveDraft();
    SentMessageRecord sent;
    sent.interviewId = m_interviewId;
    sent.kind = kind();
    sent.subject = subject();
    sent.body = rendered().message();
    sent.channel = channel();
    sent.sentOn = m_workspace->clock().toLocalTime().date();
    m_ownWrite = true; // the draft it forgets stays in view
    const MessageCommands::SentResult result =
        MessageCommands::markSent(m_workspace->undoStack, m_workspace->interviews, m_workspace->messages, *interview,
                                  sent, m_workspace->workflowContext(m_interviewId));
    m_ownWrite = false;
    if (!result.ok) {
        QMessageBox::warning(this, tr("Not recorded"), result.error);
        return;
    }
    const std::optional<Interview> now = m_workspace->interviews->interview(m_interviewId);
    QString message = tr("Recorded “%1” as sent today.").arg(MessageKindNames::displayName(kind()));
    if (result.moved && now)
        message += QLatin1Char(' ') + tr("The interview moved to %1.").arg(StepNames::displayName(now->step));
    else if (!result.refusals.isEmpty())
        message += QLatin1Char(' ') + tr("It stays where it is: %1").arg(result.refusals.join(QLatin1Char(' ')));
    Q_EMIT statusMessage(message);
}

void ComposerWidget::newTemplate()
{
    MessageTemplate fresh;
    fresh.kind = kind();
    TemplateDialog dialog(m_workspace, fresh, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    fresh = dialog.messageTemplate();
    QString error;
    if (!MessageCommands::addTemplate(m_workspace->undoStack, m_workspace->templates, fresh, &error)) {
        QMessageBox::warning(this, tr("Template not saved"), error);
        return;
    }
    setTemplate(fresh.id);
}

void ComposerWidget::editTemplate()
{
    const std::optional<MessageTemplate> current = m_workspace->templates->messageTemplate(templateId());
    if (!current)
        return;
    TemplateDialog dialog(m_workspace, *current, this);
    if (dialog.exec() != QDialog::Accepted || dialog.messageTemplate() == *current)
        return;
    QString error;
    if (!MessageCommands::editTemplate(m_workspace->undoStack, m_workspace->templates, dialog.messageTemplate(),
                                       &error)) {
        QMessageBox::warning(this, tr("Template not saved"), error);
        return;
    }
    setTemplate(current->id);
}

void ComposerWidget::deleteTemplate()
{
    const qint64 id = templateId();
    if (id == 0)
        return;
    QString error;
    if (!MessageCommands::removeTemplate(m_workspace->undoStack, m_workspace->templates, id, &error)) {
        QMessageBox::warning(this, tr("Template not deleted"), error);
        return;
    }
    Q_EMIT statusMessage(tr("Template deleted. Edit › Undo brings it back."));
    setKind(kind());
}

void ComposerWidget::restoreTemplates()
{
    QString error;
    const int added = MessageCommands::restoreDefaults(m_workspace->undoStack, m_workspace->templates, &error);
    if (added < 0)
        QMessageBox::warning(this, tr("Templates not restored"), error);
    else
        Q_EMIT statusMessage(added == 0 ? tr("All the templates that came with Coffee Chat are there.")
                                        : tr("Restored %n shipped template(s).", nullptr, added));
}
