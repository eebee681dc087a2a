#include "interviewdialog.h"

#include "appearance.h"
#include "domain/question.h"
#include "domain/timetext.h"

#include "composerdialog.h"
#include "composerwidget.h"
#include "interviewplaneditor.h"

#include "commands/contactcommands.h"
#include "commands/interviewcommands.h"
#include "commands/writecommand.h"
#include "contactdialog.h"
#include "contactpicker.h"
#include "conversationdialog.h"
#include "countdownwidget.h"
#include "datefield.h"
#include "dialogkeys.h"
#include "messages/messagevalues.h"
#include "models/contactlistmodel.h"
#include "prepsheetprinter.h"
#include "recordingspanel.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/interviewstore.h"
#include "storage/messagestore.h"
#include "storage/organisationstore.h"
#include "workflow/interviewdefaults.h"
#include "workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTextCursor>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>
#include <utility>

namespace {

QPlainTextEdit *textArea(const QString &placeholder, QWidget *parent, int lines = 4)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

QLabel *hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

template<typename Names, typename Enum>
void fillCombo(QComboBox *combo, const QList<Enum> &values)
{
    for (Enum value : values)
        combo->addItem(Names::displayName(value), int(value));
}

QString dateText(const QDateTime &dt)
{
    return TimeText::dateTime(dt.toLocalTime());
}

} // namespace

InterviewDialog::InterviewDialog(Workspace *workspace, qint64 interviewId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("interviewDialog"));
    setWindowTitle(tr("Interview"));
    setAcceptDrops(true); // recordings from a phone
    m_interview = m_workspace->interviews->interview(interviewId).value_or(Interview());

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("interviewTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_stepLabel = new QLabel(this);
    m_stepLabel->setObjectName(QStringLiteral("stepLabel"));
    m_stepLabel->setTextFormat(Qt::PlainText);

    m_tabs = new QTabWidget(this);
    DialogKeys::switchTabsWithPageKeys(m_tabs);
    m_tabs->setObjectName(QStringLiteral("stepTabs"));
    m_tabs->addTab(createResearchTab(), tr("1 Research"));
    m_tabs->addTab(createIdentifyTab(), tr("2 Identify"));
    m_tabs->addTab(createPrepareTab(), tr("3 Prepare"));
    m_tabs->addTab(createContactTab(), tr("4 Contact"));
    m_tabs->addTab(createConductTab(), tr("5 Conduct"));
    m_tabs->addTab(createFollowUpTab(), tr("6 Follow up"));

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_tabs);
    splitter->addWidget(createSidePanel());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("dialogButtons"));
    connect(buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this, &InterviewDialog::save);
    DialogKeys::pressOnSave(buttons->button(QDialogButtonBox::Save));
    connect(buttons, &QDialogButtonBox::rejected, this, &InterviewDialog::reject);
    // The prep sheet shows what is stored, so pending edits are saved first.
    auto *prepSheet = new PrepSheetPrinter(m_workspace, this);
    buttons->addButton(prepSheet->createButton([this] { return save() ? m_interview.id : qint64(0); }),
                       QDialogButtonBox::ActionRole);
    auto *write = new QPushButton(QIcon::fromTheme(QStringLiteral("mail-message-new")), tr("&Write Message…"), this);
    write->setObjectName(QStringLiteral("writeMessageButton"));
    write->setToolTip(tr("Write the outreach, follow-up or thank-you note this interview is waiting for"));
    connect(write, &QPushButton::clicked, this, [this] { writeMessage(); });
    buttons->addButton(write, QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_stepLabel);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(1040, 700);

    connect(m_workspace->interviews, &InterviewStore::interviewUpdated, this, [this](qint64 id) {
        // An undo from the main window changes what this page shows.
        if (id == m_interview.id && !hasUnsavedChanges()) {
            load();
        } else if (id == m_interview.id) {
            // Edits are pending: keep them, but take the introducer as stored when it changed
            // behind the page (a contact deleted, or its deletion undone), or Save would undo it.
            if (const std::optional<Interview> stored = m_workspace->interviews->interview(id);
                stored && stored->introducedById != m_interview.introducedById) {
                if (m_introducedBy->contactId() == m_interview.introducedById)
                    m_introducedBy->setContactId(stored->introducedById);
                m_interview.introducedById = stored->introducedById;
            }
            refreshWorkflowPanel();
        }
    });
    // The plan is saved as it changes; the checklist counts its questions.
    connect(m_workspace->interviews, &InterviewStore::planChanged, this, [this](qint64 id) {
        if (id == m_interview.id) {
            refreshWorkflowPanel();
            refreshConversationSummary();
        }
    });
    connect(m_workspace->interviews, &InterviewStore::practiceRunsChanged, this, [this](qint64 id) {
        if (id == m_interview.id) {
            refreshPractice();
            refreshWorkflowPanel();
        }
    });
    connect(m_workspace->interviews, &InterviewStore::historyChanged, this, [this](qint64 id) {
        if (id == m_interview.id)
            refreshWorkflowPanel();
    });
    connect(m_workspace->interviews, &InterviewStore::referralsChanged, this, [this](qint64 id) {
        if (id == m_interview.id)
            refreshReferrals();
    });
    connect(m_workspace->messages, &MessageStore::sentMessagesChanged, this, [this](qint64 id) {
        if (id == m_interview.id) {
            refreshSentMessages();
            refreshHistory();
        }
    });
    connect(m_workspace->interviews, &InterviewStore::interviewRemoved, this, [this](qint64 id) {
        if (id == m_interview.id && isVisible())
            QDialog::reject();
    });
    // Tab follows each step's form as it is shown, whatever order its fields were made in.
    for (int tab = 0; tab < m_tabs->count(); ++tab) {
        if (QLayout *form = m_tabs->widget(tab)->layout())
            DialogKeys::tabInLayoutOrder(form);
    }
    load();
    showStep(StepNames::isActive(m_interview.step) ? m_interview.step : Step::FollowUp);

    // "What this step needs" follows every field as it is filled in, not only after Save; a
    // refusal shown for the fields as they were goes.
    auto *checkAgain = new QTimer(this);
    checkAgain->setSingleShot(true);
    checkAgain->setInterval(150);
    connect(checkAgain, &QTimer::timeout, this, &InterviewDialog::refreshChecklist);
    const auto fieldChanged = [this, checkAgain] {
        if (m_loading)
            return;
        m_refusal->hide();
        checkAgain->start();
    };
    for (auto *edit : m_tabs->findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textChanged, this, fieldChanged);
    for (auto *edit : m_tabs->findChildren<QPlainTextEdit *>())
        connect(edit, &QPlainTextEdit::textChanged, this, fieldChanged);
    for (auto *combo : m_tabs->findChildren<QComboBox *>())
        connect(combo, &QComboBox::currentIndexChanged, this, fieldChanged);
    for (auto *spin : m_tabs->findChildren<QSpinBox *>())
        connect(spin, &QSpinBox::valueChanged, this, fieldChanged);
    for (auto *date : m_tabs->findChildren<DateField *>())
        connect(date, &DateField::changed, this, fieldChanged);
    for (auto *date : m_tabs->findChildren<DateTimeField *>())
        connect(date, &DateTimeField::changed, this, fieldChanged);
    connect(m_scheduledAt, &DateTimeField::changed, this, &InterviewDialog::updateQuestionsAhead);
}

QWidget *InterviewDialog::createResearchTab()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_topic = new QLineEdit(page);
    m_topic->setObjectName(QStringLiteral("topicEdit"));
    m_topic->setPlaceholderText(tr("e.g. what a UX researcher does all day"));
    m_topic->setToolTip(tr("What you want to talk about, written to follow “a conversation about…”: "
                           "messages use it as it is."));
    auto *topicReads = hint(QString(), page);
    topicReads->setObjectName(QStringLiteral("topicReadsHint"));
    topicReads->setTextFormat(Qt::PlainText);
    const auto showHowItReads = [this, topicReads] {
        const QString phrase = MessageValues::topicPhrase(m_topic->text());
        topicReads->setText(phrase.isEmpty()
                                ? tr("Messages will ask for a conversation “about …” this topic.")
                                : tr("Messages will say: “…would you talk with me about %1?”").arg(phrase));
    };
    connect(m_topic, &QLineEdit::textChanged, this, showHowItReads);
    showHowItReads();
    m_organisation = new QComboBox(page);
    m_organisation->setObjectName(QStringLiteral("organisationCombo"));
    m_organisation->setEditable(true);
    m_organisation->setInsertPolicy(QComboBox::NoInsert);
    m_organisation->lineEdit()->setPlaceholderText(tr("Type a name; a new one is added"));
    m_learningGoals = textArea(tr("What do you want to learn from this conversation?"), page);
    m_learningGoals->setObjectName(QStringLiteral("learningGoalsEdit"));
    m_researchNotes = textArea(tr("What you found out about the field and the organisation"), page, 6);
    m_researchNotes->setObjectName(QStringLiteral("researchNotesEdit"));
    m_links = textArea(tr("One link per line"), page, 2);
    m_links->setObjectName(QStringLiteral("linksEdit"));
    m_kind = new QComboBox(page);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    for (InterviewKind kind : InterviewKindNames::all())
        m_kind->addItem(InterviewKindNames::displayName(kind), int(kind));
    m_kind->setToolTip(tr("After an offer, talking with people on the team helps you decide: such a conversation "
                          "gets its own questions, agenda and a reminder of the deadline."));
    m_offerDeadline = new DateField(tr("Set"), page);
    m_offerDeadline->setObjectName(QStringLiteral("offerDeadline"));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &InterviewDialog::updateForKind);
    m_researchForm = form;
    form->addRow(tr("&Topic:"), m_topic);
    form->addRow(QString(), topicReads);
    form->addRow(tr("&Organisation:"), m_organisation);
    form->addRow(tr("Con&versation for:"), m_kind);
    form->addRow(tr("Answer the offer b&y:"), m_offerDeadline);
    m_offerDeadline->describeAs(tr("Answer the offer by"));
    form->addRow(tr("What I want to &learn:"), m_learningGoals);
    form->addRow(tr("Research &notes:"), m_researchNotes);
    form->addRow(tr("Lin&ks:"), m_links);
    return page;
}

QWidget *InterviewDialog::createIdentifyTab()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_contact = new ContactPicker(m_workspace->contactChoices, page);
    m_contact->setObjectName(QStringLiteral("contactPicker"));
    auto *newContact = new QPushButton(tr("New Contact…"), page);
    newContact->setObjectName(QStringLiteral("newContactButton"));
    connect(newContact, &QPushButton::clicked, this, &InterviewDialog::newContactForInterview);
    auto *row = new QHBoxLayout;
    row->addWidget(m_contact, 1);
    row->addWidget(newContact);
    m_connection = new QLineEdit(page);
    m_connection->setObjectName(QStringLiteral("connectionEdit"));
    m_connection->setPlaceholderText(tr("e.g. same university, met at a meetup, friend of my sister"));
    m_introducedBy = new ContactPicker(m_workspace->contactChoices, page);
    m_introducedBy->setObjectName(QStringLiteral("introducedByPicker"));
    m_introducedBy->lineEdit()->setPlaceholderText(tr("Nobody"));
    // The label names the picker, not the row it shares with its button.
    auto *personLabel = new QLabel(tr("Pe&rson:"), page);
    personLabel->setBuddy(m_contact);
    form->addRow(personLabel, row);
    // Choosing someone fills in what is known about them, as Start Interview does, where
    // nothing is written yet.
    connect(m_contact, &ContactPicker::contactChanged, this, [this] {
        if (m_loading)
            return;
        const std::optional<Contact> c = m_workspace->contacts->contact(m_contact->contactId());
        if (!c)
            return;
        if (m_organisation->currentText().trimmed().isEmpty() && !c->company.trimmed().isEmpty())
            m_organisation->setEditText(c->company.trimmed());
        if (m_connection->text().trimmed().isEmpty() && c->relationship != Relationship::Unknown)
            m_connection->setText(RelationshipNames::displayName(c->relationship));
        if (m_introducedBy->contactId() == 0 && c->referredById != 0)
            m_introducedBy->setContactId(c->referredById);
    });
    form->addRow(tr("How we are &connected:"), m_connection);
    form->addRow(tr("&Introduced by:"), m_introducedBy);
    form->addRow(hint(tr("Good people to ask: friends and family, alumni of your school, professors, "
                         "former colleagues, people you were referred to, and LinkedIn connections."),
                      page));
    return page;
}

void InterviewDialog::practise()
{
    // The run copies the questions as stored, so pending edits are saved first.
    if (!save())
        return;
    QString error;
    const std::optional<PracticeRun> run = ConversationDialog::newPracticeRun(m_workspace, m_interview.id, &error);
    if (!run) {
        QMessageBox::warning(
            this, tr("Practise"),
            tr("The practice run could not be started in “%1”: %2").arg(m_workspace->database->path(), error));
        return;
    }
    ConversationDialog dialog(m_workspace, *run, true, this);
    dialog.exec();
}

void InterviewDialog::openPracticeRun(qint64 runId)
{
    if (!save())
        return;
    const std::optional<PracticeRun> run = m_workspace->interviews->practiceRun(runId);
    if (!run)
        return;
    ConversationDialog dialog(m_workspace, *run, false, this);
    dialog.exec();
}

void InterviewDialog::refreshPractice()
{
    const QList<PracticeRun> runs = m_workspace->interviews->practiceRuns(m_interview.id);
    QMenu *menu = m_pastRuns->menu();
    menu->clear();
    m_pastRuns->setVisible(!runs.isEmpty());
    if (runs.isEmpty()) {
        m_practiceSummary->setText(tr("Practise the questions with a friend or family member first: the real "
                                      "conversation goes easier."));
        return;
    }
    const auto partnerName = [this](qint64 id) {
        const std::optional<Contact> contact = m_workspace->contacts->contact(id);
        return contact ? contact->displayName() : QString();
    };
    const PracticeRun &last = runs.constLast();
    const QString when = QLocale().toString(last.startedAt.toLocalTime().date(), QLocale::LongFormat);
    const QString partner = partnerName(last.partnerId);
    m_practiceSummary->setText(
        partner.isEmpty()
            ? tr("Practised %n time(s), last on %1.", nullptr, int(runs.size())).arg(when)
            : tr("Practised %n time(s), last on %1 with %2.", nullptr, int(runs.size())).arg(when, partner));
    for (auto run = runs.crbegin(); run != runs.crend(); ++run) {
        QString text = TimeText::dateTime(run->startedAt.toLocalTime());
        if (const QString name = partnerName(run->partnerId); !name.isEmpty())
            text = tr("%1, with %2").arg(text, name);
        if (!run->questions.isEmpty())
            text = tr("%1 · %2 of %3 asked").arg(text).arg(run->askedCount()).arg(run->questions.size());
        // A name may hold an ampersand, which a menu would take for a shortcut.
        text.replace(QLatin1Char('&'), QStringLiteral("&&"));
        const qint64 id = run->id;
        menu->addAction(text, this, [this, id] { openPracticeRun(id); });
    }
}

void InterviewDialog::holdConversation()
{
    // The view writes the notes as stored, so pending edits are saved first.
    if (!save())
        return;
    ConversationDialog dialog(m_workspace, m_interview.id, this);
    dialog.exec();
    if (!dialog.thankYouRequested())
        return;
    concludeConversation(dialog.startedAt());
    writeMessage(MessageKind::ThankYou);
}

// The conversation took place now (or when its clock started): an interview still waiting
// for it is recorded as held and moves to Follow up, in one undoable step.
void InterviewDialog::concludeConversation(const QDateTime &startedAt)
{
    std::optional<Interview> stored = m_workspace->interviews->interview(m_interview.id);
    if (!stored || !stored->isActive() || stored->step == Step::FollowUp)
        return;
    const QDateTime now = m_workspace->clock();
    QUndoStack *stack = m_workspace->undoStack;
    stack->beginMacro(undoText(tr("Conversation with %1 Held").arg(m_workspace->interviewTitle(*stored))));
    bool ok = true;
    QString error;
    if (!stored->scheduledAt.isValid() || stored->scheduledAt > now) {
        Interview held = *stored;
        held.scheduledAt = (startedAt.isValid() && startedAt <= now ? startedAt : now).toUTC();
        ok = InterviewCommands::editInterview(stack, m_workspace->interviews, held, &error);
        if (ok)
            stored = m_workspace->interviews->interview(m_interview.id);
    }
    QStringList reasons;
    if (ok && stored) {
        const InterviewCommands::TransitionResult moved = InterviewCommands::moveTo(
            stack, m_workspace->interviews, *stored, Step::FollowUp, m_workspace->workflowContext(m_interview.id));
        ok = moved.ok;
        reasons = moved.reasons;
    }
    endMacro(stack, ok);
    if (!ok) {
        if (!error.isEmpty())
            reasons << error;
        QMessageBox::information(this, tr("Conversation Held"),
                                 tr("The interview stays at %1 for now:\n%2\nThe thank-you note opens all the same.")
                                     .arg(StepNames::displayName(m_interview.step), reasons.join(QLatin1Char('\n'))));
    }
    load();
    showStep(Step::FollowUp);
}

void InterviewDialog::refreshConversationSummary()
{
    const QList<PlannedQuestion> plan = m_workspace->interviews->plan(m_interview.id);
    const auto count = [&plan](auto predicate) { return int(std::count_if(plan.cbegin(), plan.cend(), predicate)); };
    const int asked = count([](const PlannedQuestion &q) { return q.state == QuestionState::Asked; });
    const int noted = count([](const PlannedQuestion &q) { return !q.notes.trimmed().isEmpty(); });
    // What was written on each question during the conversation, read-only here.
    QStringList answers;
    for (qsizetype n = 0; n < plan.size(); ++n) {
        if (!plan.at(n).notes.trimmed().isEmpty())
            answers << tr("%1. %2\n%3").arg(n + 1).arg(plan.at(n).text, plan.at(n).notes.trimmed());
    }
    m_answers->setPlainText(answers.join(QStringLiteral("\n\n")));
    m_answers->setVisible(!answers.isEmpty());
    m_answersLabel->setVisible(!answers.isEmpty());
    if (asked == 0 && noted == 0) {
        m_conversationSummary->setText(plan.isEmpty() ? tr("The clock, and room for your notes.")
                                                      : tr("Your %n question(s) one at a time, with the clock "
                                                           "and a notes box for each.",
                                                           nullptr, int(plan.size())));
        return;
    }
    m_conversationSummary->setText(
        tr("%1 of %n question(s) asked; notes on %2.", nullptr, int(plan.size())).arg(asked).arg(noted));
}

void InterviewDialog::writeMessage(std::optional<MessageKind> kind)
{
    // The message is filled in from what is stored, so pending edits are saved first.
    if (!save())
        return;
    ComposerDialog dialog(m_workspace, m_interview.id, this);
    if (kind)
        dialog.composer()->setKind(*kind);
    dialog.exec();
}

QWidget *InterviewDialog::createPrepareTab()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    m_agenda = textArea(tr("Small talk, your questions, and the close"), page, 4);
    m_agenda->setObjectName(QStringLiteral("agendaEdit"));
    // The questions below need the room more than the agenda does.
    m_agenda->setMaximumHeight(m_agenda->fontMetrics().lineSpacing() * 5 + 12);
    m_length = new QSpinBox(page);
    m_length->setObjectName(QStringLiteral("lengthSpin"));
    m_length->setRange(10, 90);
    m_length->setSingleStep(5);
    m_length->setSuffix(tr(" min"));
    form->addRow(tr("A&genda:"), m_agenda);
    form->addRow(tr("Agreed &length:"), m_length);
    m_prepareHint = hint(QString(), page);
    m_prepareHint->setObjectName(QStringLiteral("prepareHint"));
    form->addRow(m_prepareHint);

    m_planEditor = new InterviewPlanEditor(m_workspace, m_interview.id, page);
    m_planEditor->setObjectName(QStringLiteral("planEditor"));
    connect(m_length, &QSpinBox::valueChanged, m_planEditor, &InterviewPlanEditor::setLengthMinutes);

    // The guides' advice: a few questions sent ahead let them prepare, and show you did.
    auto *ahead = new QHBoxLayout;
    ahead->addWidget(hint(tr("Once they agree to talk, send a few of your questions ahead so they can prepare."), page),
                     1);
    m_sendQuestionsAhead =
        new QPushButton(QIcon::fromTheme(QStringLiteral("mail-message-new")), tr("Send &Questions Ahead…"), page);
    m_sendQuestionsAhead->setObjectName(QStringLiteral("sendQuestionsAheadButton"));
    connect(m_sendQuestionsAhead, &QPushButton::clicked, this, [this] { writeMessage(MessageKind::QuestionsAhead); });
    ahead->addWidget(m_sendQuestionsAhead);

    // The guides' advice: practise with a friend or family member, using the same questions.
    auto *practice = new QHBoxLayout;
    m_practiceSummary = hint(QString(), page);
    m_practiceSummary->setObjectName(QStringLiteral("practiceSummary"));
    m_practiceSummary->setTextFormat(Qt::PlainText);
    practice->addWidget(m_practiceSummary, 1);
    m_pastRuns = new QToolButton(page);
    m_pastRuns->setObjectName(QStringLiteral("pastPracticeRuns"));
    m_pastRuns->setText(tr("Past Run&s"));
    m_pastRuns->setToolTip(tr("Open an earlier practice run, with its notes"));
    m_pastRuns->setPopupMode(QToolButton::InstantPopup);
    m_pastRuns->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_pastRuns->setMenu(new QMenu(m_pastRuns));
    practice->addWidget(m_pastRuns);
    m_practise = new QPushButton(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("Pract&ise…"), page);
    m_practise->setObjectName(QStringLiteral("practiseButton"));
    m_practise->setToolTip(tr("Run through the questions with a friend or family member, with the clock, and note "
                              "what to improve"));
    connect(m_practise, &QPushButton::clicked, this, &InterviewDialog::practise);
    practice->addWidget(m_practise);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_planEditor, 1);
    layout->addLayout(practice);
    layout->addLayout(ahead);
    return page;
}

QWidget *InterviewDialog::createContactTab()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_outreachSentOn = new DateField(tr("Sent"), page);
    m_outreachSentOn->setObjectName(QStringLiteral("outreachSentOn"));
    m_channel = new QComboBox(page);
    m_channel->setObjectName(QStringLiteral("channelCombo"));
    fillCombo<ChannelNames>(m_channel, ChannelNames::all());
    m_outreachNote =
        textArea(tr("Your message, or how you reached them (e.g. “asked in person after the talk”)"), page, 5);
    m_outreachNote->setObjectName(QStringLiteral("outreachNoteEdit"));
    m_followUpSentOn = new DateField(tr("Sent"), page);
    m_followUpSentOn->setObjectName(QStringLiteral("followUpSentOn"));
    m_replyReceivedOn = new DateField(tr("Received"), page);
    m_replyReceivedOn->setObjectName(QStringLiteral("replyReceivedOn"));
    m_questionsSentOn = new DateField(tr("Sent"), page);
    m_questionsSentOn->setObjectName(QStringLiteral("questionsSentOn"));
    form->addRow(tr("&Outreach:"), m_outreachSentOn);
    m_outreachSentOn->describeAs(tr("Outreach"));
    form->addRow(tr("&Channel:"), m_channel);
    form->addRow(tr("&Message:"), m_outreachNote);
    form->addRow(tr("Follow-&up:"), m_followUpSentOn);
    m_followUpSentOn->describeAs(tr("Follow-up"));
    form->addRow(tr("Their &reply:"), m_replyReceivedOn);
    m_replyReceivedOn->describeAs(tr("Their reply"));
    form->addRow(tr("&Questions sent ahead:"), m_questionsSentOn);
    m_questionsSentOn->describeAs(tr("Questions sent ahead"));
    form->addRow(hint(tr("No answer after 3 working days? Try a second person at the same organisation. "
                         "After 7, one polite follow-up. If they decline, ask who else you could talk to. "
                         "Once they agree, sending a few questions ahead helps them prepare."),
                      page));
    return page;
}

QWidget *InterviewDialog::createConductTab()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_scheduledAt = new DateTimeField(tr("Set"), page);
    m_scheduledAt->setObjectName(QStringLiteral("scheduledAt"));
    m_medium = new QComboBox(page);
    m_medium->setObjectName(QStringLiteral("mediumCombo"));
    fillCombo<MediumNames>(m_medium, MediumNames::all());
    m_location = new QLineEdit(page);
    m_location->setObjectName(QStringLiteral("locationEdit"));
    m_location->setPlaceholderText(tr("Address, phone number or video link"));
    m_countdown = new CountdownWidget(page);
    m_countdown->setObjectName(QStringLiteral("countdown"));
    m_conversationNotes = textArea(tr("What you learned, names they mentioned, what to do next"), page, 8);
    m_conversationNotes->setObjectName(QStringLiteral("conversationNotesEdit"));
    form->addRow(tr("Wh&en:"), m_scheduledAt);
    m_scheduledAt->describeAs(tr("When"));
    form->addRow(tr("W&here:"), m_medium);
    form->addRow(tr("Place or &link:"), m_location);
    form->addRow(tr("T&ime:"), m_countdown);
    auto *conversation = new QHBoxLayout;
    m_holdConversation =
        new QPushButton(QIcon::fromTheme(QStringLiteral("view-list-details")), tr("Hold the &Conversation…"), page);
    m_holdConversation->setObjectName(QStringLiteral("holdConversationButton"));
    m_holdConversation->setToolTip(tr("Your questions one at a time, with the clock and a notes box for each; "
                                      "ending it leads to the thank-you note"));
    connect(m_holdConversation, &QPushButton::clicked, this, &InterviewDialog::holdConversation);
    m_conversationSummary = hint(QString(), page);
    m_conversationSummary->setObjectName(QStringLiteral("conversationSummary"));
    m_conversationSummary->setTextFormat(Qt::PlainText);
    conversation->addWidget(m_holdConversation);
    conversation->addWidget(m_conversationSummary, 1);
    form->addRow(conversation);
    m_answers = new QPlainTextEdit(page);
    m_answers->setObjectName(QStringLiteral("conversationAnswers"));
    m_answers->setReadOnly(true);
    m_answers->setTabChangesFocus(true);
    m_answers->setMaximumHeight(m_answers->fontMetrics().lineSpacing() * 7 + 12);
    m_answers->setToolTip(tr("Written in the conversation view; Hold the Conversation opens it to change them"));
    m_answersLabel = new QLabel(tr("Notes on the &questions:"), page);
    m_answersLabel->setBuddy(m_answers);
    form->addRow(m_answersLabel, m_answers);
    form->addRow(tr("&Notes:"), m_conversationNotes);
    m_recordings = new RecordingsPanel(m_workspace, page);
    m_recordings->setSaveFirst([this] { return save(); });
    form->addRow(m_recordings);
    connect(m_length, &QSpinBox::valueChanged, m_countdown, &CountdownWidget::setLength);
    return page;
}

QWidget *InterviewDialog::createFollowUpTab()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_thankYouSentOn = new DateField(tr("Sent"), page);
    m_thankYouSentOn->setObjectName(QStringLiteral("thankYouSentOn"));
    m_introducerThankedOn = new DateField(tr("Sent"), page);
    m_introducerThankedOn->setObjectName(QStringLiteral("introducerThankedOn"));

    m_referrals = new QListWidget(page);
    m_referrals->setObjectName(QStringLiteral("referralList"));
    m_referrals->setAccessibleName(tr("Referrals"));
    m_referrals->setMaximumHeight(m_referrals->fontMetrics().lineSpacing() * 5 + 12);
    auto *addExisting = new QPushButton(tr("Add Contact…"), page);
    addExisting->setObjectName(QStringLiteral("addReferralButton"));
    auto *addNew = new QPushButton(tr("New Contact…"), page);
    addNew->setObjectName(QStringLiteral("newReferralButton"));
    m_startReferralInterview = new QPushButton(tr("Start Interview"), page);
    m_startReferralInterview->setObjectName(QStringLiteral("startReferralInterviewButton"));
    m_startReferralInterview->setEnabled(false);
    connect(addExisting, &QPushButton::clicked, this, &InterviewDialog::addExistingReferral);
    connect(addNew, &QPushButton::clicked, this, &InterviewDialog::addNewReferral);
    connect(m_startReferralInterview, &QPushButton::clicked, this, &InterviewDialog::startInterviewWithReferral);
    connect(m_referrals, &QListWidget::currentRowChanged, this,
            [this](int row) { m_startReferralInterview->setEnabled(row >= 0); });
    auto *referralButtons = new QHBoxLayout;
    referralButtons->addWidget(addExisting);
    referralButtons->addWidget(addNew);
    referralButtons->addWidget(m_startReferralInterview);
    referralButtons->addStretch();
    auto *referralBox = new QVBoxLayout;
    referralBox->addWidget(m_referrals);
    referralBox->addLayout(referralButtons);

    m_sentMessages = new QListWidget(page);
    m_sentMessages->setObjectName(QStringLiteral("sentMessageList"));
    m_sentMessages->setAccessibleName(tr("Messages sent"));
    m_sentMessages->setMaximumHeight(m_sentMessages->fontMetrics().lineSpacing() * 5 + 12);
    m_sentMessages->setToolTip(tr("Every message you marked as sent, with its words. Open one to read or copy it."));
    connect(m_sentMessages, &QListWidget::itemActivated, this, &InterviewDialog::showSentMessage);

    m_referralRequestedOn = new DateField(tr("Asked"), page);
    m_referralRequestedOn->setObjectName(QStringLiteral("referralRequestedOn"));
    m_lastTouchBaseOn = new DateField(tr("Done"), page);
    m_lastTouchBaseOn->setObjectName(QStringLiteral("lastTouchBaseOn"));
    m_nextTouchBaseOn = new DateField(tr("Planned"), page);
    m_nextTouchBaseOn->setObjectName(QStringLiteral("nextTouchBaseOn"));
    form->addRow(tr("&Thank-you note:"), m_thankYouSentOn);
    m_thankYouSentOn->describeAs(tr("Thank-you note"));
    form->addRow(tr("Thanks for the &introduction:"), m_introducerThankedOn);
    m_introducerThankedOn->describeAs(tr("Thanks for the introduction"));
    form->addRow(tr("Messages &sent:"), m_sentMessages);
    auto *referralsLabel = new QLabel(tr("&Referrals:"), page);
    referralsLabel->setBuddy(m_referrals);
    form->addRow(referralsLabel, referralBox);
    form->addRow(tr("Asked for a re&ferral:"), m_referralRequestedOn);
    m_referralRequestedOn->describeAs(tr("Asked for a referral"));
    form->addRow(tr("&Last touch base:"), m_lastTouchBaseOn);
    m_lastTouchBaseOn->describeAs(tr("Last touch base"));
    form->addRow(tr("Ne&xt touch base:"), m_nextTouchBaseOn);
    m_nextTouchBaseOn->describeAs(tr("Next touch base"));
    form->addRow(hint(tr("Send the thank-you note within two days and mention one thing you learned. "
                         "If someone introduced you, thank them too. Later, tell them how their advice helped."),
                      page));
    return page;
}

QWidget *InterviewDialog::createSidePanel()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *needs = new QGroupBox(tr("What this step needs"), panel);
    auto *needsLayout = new QVBoxLayout(needs);
    m_checklist = new QListWidget(needs);
    m_checklist->setObjectName(QStringLiteral("checklist"));
    m_checklist->setSelectionMode(QAbstractItemView::NoSelection);
    m_checklist->setWordWrap(true);
    // Reached with Tab and read item by item with the arrows.
    m_checklist->setFocusPolicy(Qt::TabFocus);
    m_checklist->setAccessibleName(tr("What this step needs"));
    m_refusal = new QLabel(needs);
    m_refusal->setObjectName(QStringLiteral("refusalLabel"));
    m_refusal->setTextFormat(Qt::PlainText);
    m_refusal->setWordWrap(true);
    QPalette warning = m_refusal->palette();
    warning.setColor(QPalette::WindowText, Appearance::toneColour(Appearance::Tone::Late, warning));
    m_refusal->setPalette(warning);
    m_refusal->hide();

    m_advance = new QPushButton(needs);
    m_advance->setObjectName(QStringLiteral("advanceButton"));
    m_advance->setDefault(false);
    m_advance->setAutoDefault(false);
    m_back = new QPushButton(tr("Back"), needs);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_decline = new QPushButton(tr("They Declined…"), needs);
    m_decline->setObjectName(QStringLiteral("declineButton"));
    m_giveUp = new QPushButton(tr("No Reply…"), needs);
    m_giveUp->setObjectName(QStringLiteral("giveUpButton"));
    m_reopen = new QPushButton(tr("Reopen"), needs);
    m_reopen->setObjectName(QStringLiteral("reopenButton"));
    for (QPushButton *b : {m_back, m_decline, m_giveUp, m_reopen})
        b->setAutoDefault(false);
    connect(m_advance, &QPushButton::clicked, this, [this] { move(WorkflowEvent::Advance); });
    connect(m_back, &QPushButton::clicked, this, [this] { move(WorkflowEvent::GoBack); });
    connect(m_decline, &QPushButton::clicked, this, [this] { move(WorkflowEvent::Decline); });
    connect(m_giveUp, &QPushButton::clicked, this, [this] { move(WorkflowEvent::GiveUp); });
    connect(m_reopen, &QPushButton::clicked, this, [this] { move(WorkflowEvent::Reopen); });
    auto *moveButtons = new QHBoxLayout;
    moveButtons->addWidget(m_back);
    moveButtons->addStretch();
    moveButtons->addWidget(m_decline);
    moveButtons->addWidget(m_giveUp);
    moveButtons->addWidget(m_reopen);
    needsLayout->addWidget(m_checklist, 1);
    needsLayout->addWidget(m_refusal);
    needsLayout->addWidget(m_advance);
    needsLayout->addLayout(moveButtons);

    auto *historyBox = new QGroupBox(tr("History"), panel);
    auto *historyLayout = new QVBoxLayout(historyBox);
    m_history = new QListWidget(historyBox);
    m_history->setObjectName(QStringLiteral("historyList"));
    m_history->setAccessibleName(tr("History of this interview"));
    m_history->setSelectionMode(QAbstractItemView::NoSelection);
    m_history->setWordWrap(true);
    historyLayout->addWidget(m_history);

    layout->addWidget(needs, 3);
    layout->addWidget(historyBox, 2);
    return panel;
}

void InterviewDialog::showStep(Step step)
{
    const int number = StepNames::number(step);
    if (number > 0)
        m_tabs->setCurrentIndex(number - 1);
    focusFirstField();
}

void InterviewDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // Opened: the keyboard starts in the first field of the tab shown, not on the tab bar that
    // activating the window would pick. Queued, so it comes after the activation.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!m_tabs->currentWidget()->isAncestorOf(QApplication::focusWidget()))
                focusFirstField();
        },
        Qt::QueuedConnection);
}

void InterviewDialog::focusFirstField()
{
    DialogKeys::focusFirstField(m_tabs->currentWidget());
}

WorkflowContext InterviewDialog::context() const
{
    return m_workspace->workflowContext(m_interview.id);
}

// Questions go ahead of the conversation: once it has taken place, the button says why it is off.
void InterviewDialog::updateQuestionsAhead()
{
    const QDateTime when = m_scheduledAt->dateTime();
    const bool held = (when.isValid() && when <= m_workspace->clock()) || !StepNames::isActive(m_interview.step);
    m_sendQuestionsAhead->setEnabled(!held);
    m_sendQuestionsAhead->setToolTip(held ? tr("The conversation has taken place or the interview has ended: "
                                               "questions are sent before the conversation.")
                                          : tr("Write a short message with your planned questions as a numbered list"));
}

void InterviewDialog::updateForKind()
{
    const bool deciding = InterviewKind(m_kind->currentData().toInt()) == InterviewKind::DecidingOnOffer;
    m_researchForm->setRowVisible(m_offerDeadline, deciding);
    m_prepareHint->setText(deciding ? tr("Ask how the team really works: the manager, how people grow, what they "
                                         "would change. Ask for 15–30 minutes and keep to it.")
                                    : tr("Ask open questions about their path, their day-to-day work and their "
                                         "advice. Ask for 15–30 minutes and keep to it."));
    m_agenda->setPlaceholderText(deciding ? tr("Thank them, say where you are with the offer, your questions about "
                                               "the team and the role, and the close")
                                          : tr("Small talk, your questions, and the close"));
    // The bank opens on the offer's questions when the page shows such a conversation first, not
    // again at each reload, which would undo the user's own choice of category.
    if (deciding && !m_bankShowsOfferQuestions)
        m_planEditor->showCategory(QString::fromUtf8(OfferQuestionsCategory));
    m_bankShowsOfferQuestions = deciding;
    // An agenda still as a new interview got it follows the kind; one the user wrote stays. Typed
    // over, so Ctrl+Z in the agenda brings the other back.
    if (m_loading)
        return;
    const QString exploring = InterviewDefaults::load().agenda.trimmed();
    const QString offer = InterviewDefaults::offerAgenda().trimmed();
    const QString agenda = m_agenda->toPlainText().trimmed();
    if (agenda == (deciding ? exploring : offer) && !agenda.isEmpty()) {
        QTextCursor cursor(m_agenda->document());
        cursor.beginEditBlock();
        cursor.select(QTextCursor::Document);
        cursor.insertText(deciding ? offer : exploring);
        cursor.endEditBlock();
    }
}

void InterviewDialog::load()
{
    if (const std::optional<Interview> stored = m_workspace->interviews->interview(m_interview.id))
        m_interview = *stored;
    loadFields();
    refreshReferrals();
    refreshSentMessages();
    refreshPractice();
    refreshConversationSummary();
    refreshWorkflowPanel();
}

void InterviewDialog::loadFields()
{
    m_loading = true;
    const Interview &i = m_interview;
    m_topic->setText(i.topic);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(i.kind))));
    m_organisation->clear();
    const QList<Organisation> organisations = m_workspace->organisations->all();
    for (const Organisation &o : organisations)
        m_organisation->addItem(o.name, o.id);
    m_organisation->setCurrentIndex(m_organisation->findData(i.organisationId));
    if (i.organisationId == 0)
        m_organisation->setEditText(QString());
    m_learningGoals->setPlainText(i.learningGoals);
    m_researchNotes->setPlainText(i.researchNotes);
    m_links->setPlainText(i.links.join(QLatin1Char('\n')));

    m_contact->setContactId(i.contactId);
    m_connection->setText(i.connection);
    m_introducedBy->setContactId(i.introducedById);

    m_agenda->setPlainText(i.agenda);
    m_length->setValue(i.lengthMinutes);
    m_countdown->setLength(i.lengthMinutes);

    const QDate today = m_workspace->clock().toLocalTime().date();
    for (DateField *f :
         {m_outreachSentOn, m_followUpSentOn, m_replyReceivedOn, m_questionsSentOn, m_thankYouSentOn,
          m_introducerThankedOn, m_referralRequestedOn, m_lastTouchBaseOn, m_nextTouchBaseOn, m_offerDeadline})
        f->setToday(today);
    m_offerDeadline->setDate(i.offerDeadline);
    m_outreachSentOn->setDate(i.outreachSentOn);
    m_channel->setCurrentIndex(m_channel->findData(int(i.channel)));
    m_outreachNote->setPlainText(i.outreachNote);
    m_followUpSentOn->setDate(i.followUpSentOn);
    m_replyReceivedOn->setDate(i.replyReceivedOn);
    m_questionsSentOn->setDate(i.questionsSentOn);

    m_scheduledAt->setDateTime(i.scheduledAt);
    m_medium->setCurrentIndex(m_medium->findData(int(i.medium)));
    m_location->setText(i.location);
    m_conversationNotes->setPlainText(i.conversationNotes);
    m_recordings->setInterview(i.id, i.recordingConsentAt);

    m_thankYouSentOn->setDate(i.thankYouSentOn);
    m_introducerThankedOn->setDate(i.introducerThankedOn);
    m_referralRequestedOn->setDate(i.referralRequestedOn);
    m_lastTouchBaseOn->setDate(i.lastTouchBaseOn);
    m_nextTouchBaseOn->setDate(i.nextTouchBaseOn);
    updateQuestionsAhead();
    updateForKind();
    m_loading = false;
}

Interview InterviewDialog::editedInterview() const
{
    Interview i = m_interview;
    i.topic = m_topic->text().trimmed();
    i.kind = InterviewKind(m_kind->currentData().toInt());
    i.offerDeadline = m_offerDeadline->date();
    const QString orgName = m_organisation->currentText().trimmed();
    if (orgName.isEmpty()) {
        i.organisationId = 0;
    } else if (const std::optional<Organisation> o = m_workspace->organisations->findByName(orgName)) {
        i.organisationId = o->id;
    } else {
        i.organisationId = -1; // a new one, created on save
    }
    i.learningGoals = m_learningGoals->toPlainText();
    i.researchNotes = m_researchNotes->toPlainText();
    i.links.clear();
    for (const QString &line : m_links->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!line.trimmed().isEmpty())
            i.links << line.trimmed();
    }
    i.contactId = m_contact->contactId();
    i.connection = m_connection->text().trimmed();
    i.introducedById = m_introducedBy->contactId();
    i.agenda = m_agenda->toPlainText();
    i.lengthMinutes = m_length->value();
    i.outreachSentOn = m_outreachSentOn->date();
    i.channel = Channel(m_channel->currentData().toInt());
    i.outreachNote = m_outreachNote->toPlainText();
    i.followUpSentOn = m_followUpSentOn->date();
    i.replyReceivedOn = m_replyReceivedOn->date();
    i.questionsSentOn = m_questionsSentOn->date();
    i.scheduledAt = m_scheduledAt->dateTime();
    if (i.scheduledAt.isValid() && m_interview.scheduledAt.isValid()
        && i.scheduledAt.toSecsSinceEpoch() == m_interview.scheduledAt.toSecsSinceEpoch())
        i.scheduledAt = m_interview.scheduledAt; // unchanged; keep the stored time zone
    i.medium = Medium(m_medium->currentData().toInt());
    i.location = m_location->text().trimmed();
    i.conversationNotes = m_conversationNotes->toPlainText();
    i.recordingConsentAt = m_recordings->consentAt();
    i.thankYouSentOn = m_thankYouSentOn->date();
    i.introducerThankedOn = m_introducerThankedOn->date();
    i.referralRequestedOn = m_referralRequestedOn->date();
    i.lastTouchBaseOn = m_lastTouchBaseOn->date();
    i.nextTouchBaseOn = m_nextTouchBaseOn->date();
    return i;
}

bool InterviewDialog::hasUnsavedChanges() const
{
    return editedInterview() != m_interview;
}

qint64 InterviewDialog::organisationIdForName(const QString &name, QString *error)
{
    if (const std::optional<Organisation> o = m_workspace->organisations->findByName(name))
        return o->id;
    Organisation created;
    created.name = name;
    if (!InterviewCommands::addOrganisation(m_workspace->undoStack, m_workspace->organisations, created, error))
        return 0;
    return created.id;
}

bool InterviewDialog::save()
{
    // The event where you met is not edited here, and may have been deleted (or its deletion
    // undone) behind the page: saved as stored, never as a link to an event that is gone.
    if (const std::optional<Interview> stored = m_workspace->interviews->interview(m_interview.id))
        m_interview.eventId = stored->eventId;
    Interview edited = editedInterview();
    if (edited == m_interview)
        return true;
    QString error;
    // A new organisation and the edit are one step of Undo.
    m_workspace->undoStack->beginMacro(undoText(tr("Edit “%1”").arg(m_workspace->interviewTitle(edited))));
    bool ok = true;
    if (edited.organisationId < 0) {
        edited.organisationId = organisationIdForName(m_organisation->currentText().trimmed(), &error);
        ok = edited.organisationId > 0;
    }
    ok = ok && InterviewCommands::editInterview(m_workspace->undoStack, m_workspace->interviews, edited, &error);
    endMacro(m_workspace->undoStack, ok);
    if (!ok) {
        QMessageBox::warning(this, tr("Save interview"), error);
        return false;
    }
    load();
    return true;
}

void InterviewDialog::move(WorkflowEvent event)
{
    if (!save())
        return;
    QString note;
    if (event == WorkflowEvent::Decline || event == WorkflowEvent::GiveUp) {
        const Workflow::Outcome outcome = Workflow::check(m_interview, event, context());
        if (outcome.allowed) {
            bool ok = false;
            note = QInputDialog::getText(this, WorkflowEventNames::displayName(event),
                                         event == WorkflowEvent::Decline
                                             ? tr("What did they say? (optional)")
                                             : tr("Anything to remember about this? (optional)"),
                                         QLineEdit::Normal, QString(), &ok);
            if (!ok)
                return;
        }
    }
    const InterviewCommands::TransitionResult result = InterviewCommands::transition(
        m_workspace->undoStack, m_workspace->interviews, m_interview, event, context(), note);
    if (!result.ok) {
        m_refusal->setText(result.reasons.join(QLatin1Char('\n')));
        m_refusal->show();
        return;
    }
    m_refusal->hide();
    load();
    if (StepNames::isActive(m_interview.step))
        showStep(m_interview.step);
}

void InterviewDialog::refreshWorkflowPanel()
{
    QString person;
    if (const std::optional<Contact> c = m_workspace->contacts->contact(m_interview.contactId))
        person = c->displayName();
    QString organisation;
    if (const std::optional<Organisation> o = m_workspace->organisations->organisation(m_interview.organisationId))
        organisation = o->name;
    QString title =
        person.isEmpty() ? tr("New informational interview") : tr("Informational interview with %1").arg(person);
    if (!organisation.isEmpty())
        title = tr("%1, %2").arg(title, organisation);
    m_title->setText(title);
    setWindowTitle(person.isEmpty() ? tr("Interview") : tr("Interview with %1").arg(person));

    const Step step = m_interview.step;
    if (StepNames::isActive(step)) {
        m_stepLabel->setText(tr("Step %1 of 6: %2").arg(StepNames::number(step)).arg(StepNames::displayName(step)));
    } else {
        QString text =
            tr("%1 on %2")
                .arg(StepNames::displayName(step), QLocale().toString(m_interview.closedOn, QLocale::ShortFormat));
        if (!m_interview.closingReason.isEmpty())
            text += QStringLiteral(" · ") + m_interview.closingReason;
        m_stepLabel->setText(text);
    }

    refreshChecklist();

    const bool active = StepNames::isActive(step);
    m_advance->setVisible(active);
    if (step == Step::FollowUp)
        m_advance->setText(tr("Mark as Completed"));
    else if (active)
        m_advance->setText(
            tr("Next Step: %1").arg(StepNames::displayName(StepNames::active().at(StepNames::number(step)))));
    m_back->setVisible(active && step != Step::Research);
    m_decline->setVisible(step == Step::Contact || step == Step::Conduct);
    m_giveUp->setVisible(step == Step::Contact);
    m_reopen->setVisible(!active);

    refreshHistory();
}

// "What this step needs", from what the fields say now, saved or not, so that it follows the
// typing. It reads no history, which the typing does not change.
void InterviewDialog::refreshChecklist()
{
    const WorkflowContext ctx = context();
    m_checklist->clear();
    Interview shown = m_loading ? m_interview : editedInterview();
    if (shown.organisationId < 0) // a new organisation, made on save
        shown.organisationId = std::numeric_limits<qint64>::max();
    const QList<Requirement> requirements = Workflow::checklist(shown, ctx);
    for (const Requirement &r : requirements) {
        auto *item = new QListWidgetItem(r.text, m_checklist);
        item->setData(Qt::UserRole, r.met);
        const QString prefix =
            r.met ? QStringLiteral("✓ ") : (r.required ? QStringLiteral("○ ") : QStringLiteral("· "));
        item->setText(prefix + r.text + (r.required ? QString() : tr(" (advice)")));
        if (r.met)
            item->setForeground(palette().color(QPalette::PlaceholderText));
    }
    if (requirements.isEmpty())
        new QListWidgetItem(tr("This interview has ended. Reopen it to continue."), m_checklist);
}

// Moves between steps and messages sent, in the order they were recorded.
void InterviewDialog::refreshHistory()
{
    QList<std::pair<QDateTime, QString>> entries;
    for (const InterviewEvent &e : m_workspace->interviews->history(m_interview.id)) {
        QString text =
            tr("%1  %2 → %3").arg(dateText(e.at), StepNames::displayName(e.from), StepNames::displayName(e.to));
        if (!e.note.isEmpty())
            text += QStringLiteral(" · ") + e.note;
        entries.append({e.at, text});
    }
    for (const SentMessageRecord &m : m_workspace->messages->sent(m_interview.id)) {
        entries.append(
            {m.recordedAt,
             tr("%1  Sent: %2 “%3”")
                 .arg(QLocale().toString(m.sentOn, QLocale::ShortFormat), MessageKindNames::displayName(m.kind),
                      m.subject.isEmpty() ? m.body.section(QLatin1Char('\n'), 0, 0).left(60) : m.subject)});
    }
    std::stable_sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    m_history->clear();
    new QListWidgetItem(tr("%1  Started").arg(dateText(m_interview.createdAt)), m_history);
    for (const auto &entry : std::as_const(entries))
        new QListWidgetItem(entry.second, m_history);
    m_history->scrollToBottom();
}

void InterviewDialog::refreshSentMessages()
{
    m_sentMessages->clear();
    const QList<SentMessageRecord> sent = m_workspace->messages->sent(m_interview.id);
    for (const SentMessageRecord &m : sent) {
        QString text = tr("%1 · %2").arg(QLocale().toString(m.sentOn, QLocale::ShortFormat),
                                         MessageKindNames::displayName(m.kind));
        if (m.channel != Channel::Unknown)
            text += tr(" · %1").arg(ChannelNames::displayName(m.channel));
        if (!m.subject.isEmpty())
            text += tr(" — “%1”").arg(m.subject);
        auto *item = new QListWidgetItem(text, m_sentMessages);
        item->setData(Qt::UserRole, m.id);
        item->setToolTip(m.body.left(600));
    }
    if (sent.isEmpty()) {
        auto *none = new QListWidgetItem(tr("None yet. Messages you mark as sent in the composer are kept here."),
                                         m_sentMessages);
        none->setFlags(Qt::ItemIsEnabled);
    }
}

void InterviewDialog::showSentMessage(QListWidgetItem *item)
{
    const qint64 id = item ? item->data(Qt::UserRole).toLongLong() : 0;
    const QList<SentMessageRecord> sent = m_workspace->messages->sent(m_interview.id);
    const auto found =
        std::find_if(sent.cbegin(), sent.cend(), [id](const SentMessageRecord &m) { return m.id == id; });
    if (found == sent.cend())
        return;
    QDialog viewer(this);
    viewer.setObjectName(QStringLiteral("sentMessageViewer"));
    viewer.setWindowTitle(
        tr("%1 sent on %2")
            .arg(MessageKindNames::displayName(found->kind), QLocale().toString(found->sentOn, QLocale::LongFormat)));
    auto *subject = new QLabel(&viewer);
    subject->setTextFormat(Qt::PlainText);
    subject->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    subject->setText(tr("Subject: %1").arg(found->subject));
    auto *body = new QPlainTextEdit(found->body, &viewer);
    body->setObjectName(QStringLiteral("sentMessageBody"));
    body->setReadOnly(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &viewer);
    connect(buttons, &QDialogButtonBox::rejected, &viewer, &QDialog::reject);
    auto *layout = new QVBoxLayout(&viewer);
    layout->addWidget(subject);
    layout->addWidget(body, 1);
    layout->addWidget(buttons);
    viewer.resize(560, 420);
    body->setFocus();
    viewer.exec();
}

void InterviewDialog::refreshReferrals()
{
    m_referrals->clear();
    for (qint64 id : m_workspace->interviews->referrals(m_interview.id)) {
        const std::optional<Contact> c = m_workspace->contacts->contact(id);
        auto *item = new QListWidgetItem(c ? c->displayName() : tr("(deleted contact)"), m_referrals);
        item->setData(Qt::UserRole, id);
    }
    m_startReferralInterview->setEnabled(m_referrals->currentRow() >= 0);
}

void InterviewDialog::addReferral(qint64 contactId)
{
    const std::optional<Contact> c = m_workspace->contacts->contact(contactId);
    QString error;
    if (!c
        || !InterviewCommands::addReferral(m_workspace->undoStack, m_workspace->interviews, m_interview.id, contactId,
                                           c->displayName(), m_workspace->clock().date(), &error)) {
        QMessageBox::warning(this, tr("Add referral"), error);
    }
}

void InterviewDialog::addExistingReferral()
{
    const qint64 id =
        ContactPicker::choose(m_workspace->contactChoices, tr("Add referral"), tr("Who did they suggest you talk to?"),
                              QStringLiteral("referralPicker"), this);
    if (id == 0)
        return;
    // Remember who referred them, unless the contact already says.
    if (std::optional<Contact> c = m_workspace->contacts->contact(id);
        c && c->referredById == 0 && m_interview.contactId) {
        c->referredById = m_interview.contactId;
        ContactCommands::editContact(m_workspace->undoStack, m_workspace->contacts, *c);
    }
    addReferral(id);
}

void InterviewDialog::addNewReferral()
{
    Contact contact;
    contact.source = QStringLiteral("Manual");
    contact.relationship = Relationship::Referral;
    contact.referredById = m_interview.contactId;
    QList<QPair<qint64, QString>> referrers;
    if (const std::optional<Contact> by = m_workspace->contacts->contact(m_interview.contactId))
        referrers.append({by->id, by->displayName()});
    if (const qint64 id = addContact(contact, referrers))
        addReferral(id);
}

void InterviewDialog::startInterviewWithReferral()
{
    QListWidgetItem *item = m_referrals->currentItem();
    if (!item)
        return;
    const qint64 contactId = item->data(Qt::UserRole).toLongLong();
    const std::optional<Contact> c = m_workspace->contacts->contact(contactId);
    if (!c)
        return;
    Interview next;
    next.contactId = contactId;
    next.introducedById = m_interview.contactId;
    next.topic = m_interview.topic;
    next.learningGoals = m_interview.learningGoals;
    // Someone else on the team before the offer is answered: the same decision, the same deadline.
    next.kind = m_interview.kind;
    next.offerDeadline = m_interview.offerDeadline;
    next.connection = tr("Referred by %1")
                          .arg(m_workspace->contacts->contact(m_interview.contactId).value_or(Contact()).displayName());
    if (const std::optional<Organisation> o = m_workspace->organisations->findByCompany(c->company))
        next.organisationId = o->id;
    QString error;
    if (!InterviewCommands::addInterview(m_workspace->undoStack, m_workspace->interviews, next, &error)) {
        QMessageBox::warning(this, tr("Start interview"), error);
        return;
    }
    QMessageBox::information(this, tr("Start interview"),
                             tr("A new interview with %1 has started at the Research step.").arg(c->displayName()));
}

void InterviewDialog::newContactForInterview()
{
    Contact contact;
    contact.source = QStringLiteral("Manual");
    if (const qint64 id = addContact(contact, {}))
        m_contact->setContactId(id);
}

qint64 InterviewDialog::addContact(const Contact &contact, const QList<QPair<qint64, QString>> &referrers)
{
    return ContactDialog::addNew(m_workspace->undoStack, m_workspace->contacts, contact, referrers, this);
}

// A recording running when the page closes is ended and kept, after asking.
bool InterviewDialog::mayStopRecording()
{
    if (!m_recordings->isRecording())
        return true;
    const auto answer =
        QMessageBox::question(this, tr("Recording"), tr("A recording is running. Stop it and keep what was recorded?"),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return false;
    m_recordings->finishRecording();
    return true;
}

// Audio files dropped on the page are attached to the conversation (with its consent).
void InterviewDialog::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && std::all_of(urls.cbegin(), urls.cend(), [](const QUrl &url) { return url.isLocalFile(); }))
        event->acceptProposedAction();
}

void InterviewDialog::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        paths << url.toLocalFile();
    event->acceptProposedAction();
    showStep(Step::Conduct);
    m_recordings->attachFiles(paths);
}

void InterviewDialog::accept()
{
    if (!mayStopRecording())
        return;
    if (save())
        QDialog::accept();
}

void InterviewDialog::reject()
{
    if (!mayStopRecording())
        return;
    if (!DialogKeys::mayClose(this, hasUnsavedChanges(), tr("Save your changes to this interview?"),
                              [this] { return save(); }))
        return;
    QDialog::reject();
    takeBackIfUntouched();
}

void InterviewDialog::takeBackIfUntouched()
{
    QUndoStack *stack = m_workspace->undoStack;
    const QUndoCommand *creation = std::exchange(m_creation, nullptr);
    // Anything done since (a question planned, a step moved) is on the stack above it.
    if (!creation || stack->index() == 0 || stack->index() != stack->count()
        || stack->command(stack->index() - 1) != creation)
        return;
    // Words typed in the composer are kept, with the interview they belong to.
    for (MessageKind kind : MessageKindNames::all()) {
        if (m_workspace->messages->draft(m_interview.id, kind))
            return;
    }
    takeBack(stack, creation);
}
