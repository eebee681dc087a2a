#include "conversationdialog.h"

#include "appearance.h"
#include "commands/writecommand.h"
#include "contactpicker.h"
#include "countdownwidget.h"
#include "domain/timetext.h"
#include "hintlabel.h"
#include "models/conversationmodel.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/interviewstore.h"
#include "storage/questionstore.h"
#include "workflow/conversationclock.h"
#include "workspace.h"

#include <limits>

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTextCursor>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

// A question's state as an icon beside it; skipped ones in the secondary colour.
class QuestionDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto state = QuestionState(index.data(ConversationModel::StateRole).toInt());
        const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
        option->features |= QStyleOptionViewItem::HasDecoration;
        switch (state) {
        case QuestionState::Asked:
            option->icon =
                QIcon::fromTheme(QStringLiteral("dialog-ok-apply"), style->standardIcon(QStyle::SP_DialogApplyButton));
            break;
        case QuestionState::Skipped:
            option->icon = QIcon::fromTheme(QStringLiteral("media-skip-forward"),
                                            style->standardIcon(QStyle::SP_MediaSkipForward));
            option->palette.setColor(QPalette::Text, Appearance::secondaryTextColour(option->palette));
            break;
        case QuestionState::Open:
            option->icon = QIcon();
            break;
        }
        const int size = style->pixelMetric(QStyle::PM_SmallIconSize, nullptr, option->widget);
        option->decorationSize = QSize(size, size);
    }
};

QString minutesText(qint64 seconds)
{
    return ConversationDialog::tr("%n minute(s)", nullptr, int((seconds + 30) / 60));
}

} // namespace

ConversationDialog::ConversationDialog(Workspace *workspace, Mode mode, qint64 interviewId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_mode(mode)
    , m_interviewId(interviewId)
    , m_model(new ConversationModel(this))
    , m_saveTimer(new QTimer(this))
{
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(1000);
    connect(m_saveTimer, &QTimer::timeout, this, [this] { saveNow(); });
    build();
}

ConversationDialog::ConversationDialog(Workspace *workspace, qint64 interviewId, QWidget *parent)
    : ConversationDialog(workspace, Mode::Conversation, interviewId, parent)
{
    setObjectName(QStringLiteral("conversationDialog"));
    m_planBefore = workspace->interviews->plan(interviewId);
    const std::optional<Interview> interview = workspace->interviews->interview(interviewId);
    m_notesBefore = interview ? interview->conversationNotes : QString();
    if (interview)
        m_countdown->setLength(interview->lengthMinutes);
    setWindowTitle(tr("Conversation with %1").arg(person()));
    m_title->setText(interview ? workspace->interviewTitle(*interview) : QString());
    load(m_planBefore, m_notesBefore);
}

ConversationDialog::ConversationDialog(Workspace *workspace, const PracticeRun &run, bool isNew, QWidget *parent)
    : ConversationDialog(workspace, Mode::Practice, run.interviewId, parent)
{
    setObjectName(QStringLiteral("practiceDialog"));
    m_run = run;
    if (!isNew)
        m_runBefore = run;
    const std::optional<Interview> interview = workspace->interviews->interview(run.interviewId);
    if (interview)
        m_countdown->setLength(interview->lengthMinutes);
    m_countdown->setElapsedSeconds(run.elapsedSeconds);
    m_startedAt = run.startedAt;
    setWindowTitle(tr("Practice Run for the Conversation with %1").arg(person()));
    m_title->setText(tr("Practice run for the conversation “%1”, started %2")
                         .arg(interview ? workspace->interviewTitle(*interview) : QString(),
                              TimeText::dateTime(run.startedAt.toLocalTime())));
    m_partner->setContactId(run.partnerId);
    load(run.questions, run.notes);
}

std::optional<PracticeRun> ConversationDialog::newPracticeRun(Workspace *workspace, qint64 interviewId, QString *error)
{
    PracticeRun run;
    run.interviewId = interviewId;
    run.startedAt = workspace->clock().toUTC();
    for (PlannedQuestion q : workspace->interviews->plan(interviewId)) {
        q.state = QuestionState::Open;
        q.notes.clear();
        run.questions << q;
    }
    if (!workspace->interviews->insertPracticeRun(run, error))
        return std::nullopt;
    return run;
}

void ConversationDialog::build()
{
    const bool practice = m_mode == Mode::Practice;
    m_pages = new QStackedWidget(this);

    // The conversation page.
    auto *page = new QWidget(m_pages);
    m_title = new QLabel(page);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);

    auto *top = new QFormLayout;
    if (practice) {
        m_partner = new ContactPicker(m_workspace->contactChoices, page);
        m_partner->setObjectName(QStringLiteral("practicePartner"));
        m_partner->setToolTip(tr("The friend or family member who plays the other person; leave it empty when "
                                 "you practise alone"));
        if (m_partner->lineEdit())
            m_partner->lineEdit()->setPlaceholderText(tr("Nobody: practising alone"));
        connect(m_partner, &ContactPicker::contactChanged, this, [this] {
            // The person the conversation is with cannot stand in for themselves.
            const std::optional<Interview> interview = m_workspace->interviews->interview(m_interviewId);
            if (interview && m_partner->contactId() != 0 && m_partner->contactId() == interview->contactId) {
                const QSignalBlocker blocker(m_partner);
                m_partner->setContactId(0);
                QMessageBox::information(this, tr("Practising With"),
                                         tr("Practise with a friend or family member who plays %1: the real "
                                            "conversation is the one with %1.")
                                             .arg(person()));
            }
            markDirty();
        });
        top->addRow(tr("Practising &with:"), m_partner);
    }
    m_countdown = new CountdownWidget(page);
    m_countdown->setObjectName(QStringLiteral("conversationCountdown"));
    top->addRow(tr("T&ime:"), m_countdown);
    m_mark = new QLabel(page);
    m_mark->setObjectName(QStringLiteral("timeMark"));
    m_mark->setWordWrap(true);
    m_mark->setTextFormat(Qt::PlainText);
    top->addRow(m_mark);
    connect(m_countdown, &CountdownWidget::ticked, this, [this] {
        if (m_countdown->isRunning() && !m_startedAt.isValid())
            m_startedAt = m_workspace->clock().toUTC();
        updateMark();
        if (m_mode == Mode::Practice && !m_countdown->isRunning())
            markDirty(); // paused: the time so far is kept with the run
    });

    m_list = new QListView(page);
    m_list->setObjectName(QStringLiteral("conversationQuestions"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new QuestionDelegate(m_list));
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (current.isValid() && current.row() != m_current)
            showQuestion(current.row());
    });

    auto *questionPane = new QWidget(page);
    m_position = new QLabel(questionPane);
    m_position->setObjectName(QStringLiteral("questionPosition"));
    m_questionText = new QLabel(questionPane);
    m_questionText->setObjectName(QStringLiteral("questionText"));
    m_questionText->setTextFormat(Qt::PlainText);
    m_questionText->setWordWrap(true);
    m_questionText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont questionFont = m_questionText->font();
    questionFont.setPointSizeF(questionFont.pointSizeF() * 1.5);
    m_questionText->setFont(questionFont);
    m_tiara = new HintLabel(QString(), questionPane);
    m_tiara->setObjectName(QStringLiteral("questionTiara"));
    m_tiara->setTextFormat(Qt::PlainText);
    m_questionNotes = new QPlainTextEdit(questionPane);
    m_questionNotes->setObjectName(QStringLiteral("questionNotes"));
    m_questionNotes->setTabChangesFocus(true);
    m_questionNotes->setPlaceholderText(practice ? tr("How the answer went; what to say better next time")
                                                 : tr("What they said: names, advice, what to read, whom to ask"));
    auto *notesLabel = new QLabel(tr("&Notes on this question:"), questionPane);
    notesLabel->setBuddy(m_questionNotes);
    connect(m_questionNotes, &QPlainTextEdit::textChanged, this, [this] {
        m_model->setNotes(m_current, m_questionNotes->toPlainText());
        markDirty();
    });

    m_previous = new QPushButton(tr("&Previous"), questionPane);
    m_previous->setObjectName(QStringLiteral("previousQuestion"));
    m_skip = new QPushButton(tr("S&kip"), questionPane);
    m_skip->setObjectName(QStringLiteral("skipQuestion"));
    m_skip->setToolTip(tr("Leave this question out and go to the next one still open"));
    m_asked = new QPushButton(tr("&Asked, Next"), questionPane);
    m_asked->setObjectName(QStringLiteral("askedQuestion"));
    m_asked->setToolTip(tr("Mark this question as asked and go to the next one still open (%1)")
                            .arg(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)));
    m_asked->setIcon(QIcon::fromTheme(QStringLiteral("dialog-ok-apply")));
    connect(m_previous, &QPushButton::clicked, this, [this] { showQuestion(m_current - 1); });
    connect(m_skip, &QPushButton::clicked, this, [this] { markCurrent(QuestionState::Skipped); });
    connect(m_asked, &QPushButton::clicked, this, [this] { markCurrent(QuestionState::Asked); });
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (m_pages->currentIndex() == 0 && m_asked->isEnabled())
                markCurrent(QuestionState::Asked);
        });
    }
    // Also where the window's shortcut does not reach (a window not yet active): in the notes box,
    // Ctrl+Return never becomes a line break.
    m_questionNotes->installEventFilter(this);
    auto *stepButtons = new QHBoxLayout;
    stepButtons->addWidget(m_previous);
    stepButtons->addStretch(1);
    stepButtons->addWidget(m_skip);
    stepButtons->addWidget(m_asked);

    auto *paneLayout = new QVBoxLayout(questionPane);
    paneLayout->setContentsMargins(0, 0, 0, 0);
    paneLayout->addWidget(m_position);
    // A long question scrolls rather than squeezing the notes or leaving the window.
    auto *questionScroll = new QScrollArea(questionPane);
    questionScroll->setObjectName(QStringLiteral("questionScroll"));
    questionScroll->setWidget(m_questionText);
    questionScroll->setWidgetResizable(true);
    questionScroll->setFrameShape(QFrame::NoFrame);
    questionScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    questionScroll->setMaximumHeight(QFontMetrics(questionFont).lineSpacing() * 4 + 8);
    questionScroll->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_questionText->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    paneLayout->addWidget(questionScroll);
    paneLayout->addWidget(m_tiara);
    paneLayout->addWidget(notesLabel);
    paneLayout->addWidget(m_questionNotes, 1);
    paneLayout->addLayout(stepButtons);

    auto *splitter = new QSplitter(page);
    splitter->addWidget(m_list);
    splitter->addWidget(questionPane);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({340, 600});
    splitter->setChildrenCollapsible(false);

    m_notes = new QPlainTextEdit(page);
    m_notes->setObjectName(QStringLiteral("conversationNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(practice ? tr("Where you hesitated, what ran long, what to ask differently")
                                         : tr("Anything beyond the questions: what surprised you, what to follow "
                                              "up, how they would like to stay in touch"));
    m_notes->setMaximumHeight(m_notes->fontMetrics().lineSpacing() * 6);
    auto *generalLabel = new QLabel(practice ? tr("What to i&mprove:") : tr("Notes on the &conversation:"), page);
    generalLabel->setBuddy(m_notes);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &ConversationDialog::markDirty);

    m_status = new QLabel(page);
    m_status->setObjectName(QStringLiteral("saveStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->hide();

    auto *buttons = new QDialogButtonBox(page);
    m_end = buttons->addButton(practice ? tr("&End the Practice Run") : tr("&End the Conversation"),
                               QDialogButtonBox::AcceptRole);
    m_end->setObjectName(QStringLiteral("endConversation"));
    m_end->setToolTip(practice ? tr("See how the run went; the run is kept with the interview")
                               : tr("See how it went and go on to the thank-you note"));
    connect(m_end, &QPushButton::clicked, this, &ConversationDialog::showEndPage);
    if (practice) {
        auto *remove = buttons->addButton(tr("&Delete This Run"), QDialogButtonBox::DestructiveRole);
        remove->setObjectName(QStringLiteral("deletePracticeRun"));
        remove->setToolTip(tr("Forget this practice run (Edit › Undo brings it back)"));
        connect(remove, &QPushButton::clicked, this, &ConversationDialog::deletePracticeRun);
    }
    auto *close = buttons->addButton(QDialogButtonBox::Close);
    close->setToolTip(tr("Close; what you wrote is kept, and you can come back to it"));
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_title);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(generalLabel);
    layout->addWidget(m_notes);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    m_pages->addWidget(page);

    // The end page.
    auto *end = new QWidget(m_pages);
    auto *endTitle = new QLabel(practice ? tr("Practice run done") : tr("Conversation done"), end);
    endTitle->setFont(titleFont);
    m_endSummary = new QLabel(end);
    m_endSummary->setObjectName(QStringLiteral("endSummary"));
    m_endSummary->setWordWrap(true);
    m_endSummary->setTextFormat(Qt::PlainText);
    auto *endButtons = new QDialogButtonBox(end);
    auto *back = endButtons->addButton(tr("&Back to the Questions"), QDialogButtonBox::ResetRole);
    back->setObjectName(QStringLiteral("backToQuestions"));
    connect(back, &QPushButton::clicked, this, [this] {
        m_pages->setCurrentIndex(0);
        m_questionNotes->setFocus();
    });
    auto *endLayout = new QVBoxLayout(end);
    endLayout->addWidget(endTitle);
    endLayout->addWidget(m_endSummary);
    if (!practice) {
        endLayout->addWidget(new HintLabel(tr("The guides' advice: send your thank-you within two days, while they "
                                              "remember the conversation, and say what you will do with their "
                                              "advice."),
                                           end));
        m_thankYou = endButtons->addButton(tr("Write the &Thank-You Note…"), QDialogButtonBox::AcceptRole);
        m_thankYou->setObjectName(QStringLiteral("writeThankYou"));
        m_thankYou->setToolTip(tr("Record the conversation as held, move the interview to Follow up and open "
                                  "the thank-you note"));
        connect(m_thankYou, &QPushButton::clicked, this, [this] {
            m_thankYouRequested = true;
            accept();
        });
    }
    auto *endClose = endButtons->addButton(QDialogButtonBox::Close);
    endClose->setObjectName(QStringLiteral("closeEndPage"));
    connect(endClose, &QPushButton::clicked, this, &QDialog::reject);
    endLayout->addStretch(1);
    endLayout->addWidget(endButtons);
    m_pages->addWidget(end);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);
    resize(960, 680);
}

void ConversationDialog::load(const QList<PlannedQuestion> &questions, const QString &notes)
{
    QHash<qint64, Tiara> tiara;
    QList<qint64> ids;
    for (const PlannedQuestion &q : questions) {
        if (!q.isCustom())
            ids << q.questionId;
    }
    for (const Question &q : m_workspace->questions->questions(ids))
        tiara.insert(q.id, q.tiara);
    m_model->setQuestions(questions, tiara);
    {
        const QSignalBlocker blocker(m_notes);
        m_notes->setPlainText(notes);
        m_notes->moveCursor(QTextCursor::End); // writing goes on where it stopped
    }
    const int first = m_model->nextOpen(-1);
    showQuestion(first >= 0 ? first : 0);
    updateMark();
    m_dirty = false;
}

void ConversationDialog::showQuestion(int row)
{
    if (m_model->rowCount() == 0) {
        m_current = -1;
    } else {
        m_current = qBound(0, row, m_model->rowCount() - 1);
        const QModelIndex index = m_model->index(m_current);
        if (m_list->currentIndex() != index)
            m_list->setCurrentIndex(index);
        m_list->scrollTo(index);
    }
    updateQuestionPane();
}

void ConversationDialog::updateQuestionPane()
{
    const bool any = m_current >= 0;
    m_questionNotes->setEnabled(any);
    m_previous->setEnabled(any && m_current > 0);
    m_skip->setEnabled(any);
    m_asked->setEnabled(any);
    const QSignalBlocker blocker(m_questionNotes);
    if (!any) {
        m_position->clear();
        m_questionText->setText(tr("No questions are planned yet: choose them on the Prepare tab. The clock and "
                                   "the notes below work without them."));
        m_tiara->clear();
        m_questionNotes->clear();
        return;
    }
    const QModelIndex index = m_model->index(m_current);
    const auto state = QuestionState(index.data(ConversationModel::StateRole).toInt());
    m_position->setText(tr("Question %1 of %2 · %3")
                            .arg(m_current + 1)
                            .arg(m_model->rowCount())
                            .arg(QuestionStateNames::displayName(state)));
    m_questionText->setText(index.data(ConversationModel::QuestionTextRole).toString());
    const Tiara tag = m_model->tiara(m_current);
    m_tiara->setText(tag == Tiara::None ? tr("Your own question")
                                        : tr("%1: %2").arg(TiaraNames::displayName(tag), TiaraNames::description(tag)));
    if (m_questionNotes->toPlainText() != index.data(ConversationModel::NotesRole).toString()) {
        m_questionNotes->setPlainText(index.data(ConversationModel::NotesRole).toString());
        m_questionNotes->moveCursor(QTextCursor::End);
    }
}

void ConversationDialog::markCurrent(QuestionState state)
{
    if (m_current < 0)
        return;
    m_model->setState(m_current, state);
    markDirty();
    const int next = m_model->nextOpen(m_current);
    if (next >= 0) {
        showQuestion(next);
    } else {
        updateQuestionPane();
        m_end->setFocus(); // every question done: ending is what comes next
    }
    if (next >= 0)
        m_questionNotes->setFocus();
}

void ConversationDialog::updateMark()
{
    const qint64 length = m_countdown->lengthSeconds();
    const qint64 elapsed = m_countdown->elapsedSeconds();
    const QString text = ConversationClock::text(length, elapsed);
    m_mark->setText(text);
    m_mark->setVisible(!text.isEmpty());
    QPalette palette = this->palette();
    const ConversationClock::Mark mark = ConversationClock::mark(length, elapsed);
    if (mark == ConversationClock::Mark::WrapUp)
        palette.setColor(QPalette::WindowText, Appearance::toneColour(Appearance::Tone::DueToday, palette));
    else if (mark == ConversationClock::Mark::Over)
        palette.setColor(QPalette::WindowText, Appearance::toneColour(Appearance::Tone::Late, palette));
    m_mark->setPalette(palette);
}

void ConversationDialog::showEndPage()
{
    saveNow();
    m_countdown->pause();
    updateEndPage();
    m_pages->setCurrentIndex(1);
    if (m_thankYou)
        m_thankYou->setFocus();
}

bool ConversationDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_questionNotes && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && (key->modifiers() & Qt::ControlModifier)) {
            if (m_asked->isEnabled())
                markCurrent(QuestionState::Asked);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ConversationDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // Typing goes into the notes at once, never into the clock's button.
    if (m_pages->currentIndex() == 0)
        (m_current >= 0 ? m_questionNotes : m_notes)->setFocus();
}

bool ConversationDialog::isEndPageShown() const
{
    return m_pages->currentIndex() == 1;
}

void ConversationDialog::updateEndPage()
{
    const int total = m_model->rowCount();
    const int asked = m_model->count(QuestionState::Asked);
    const int skipped = m_model->count(QuestionState::Skipped);
    const qint64 elapsed = m_countdown->elapsedSeconds();
    QStringList lines;
    if (total > 0) {
        lines << tr("You asked %1 of %n question(s) and skipped %2.", nullptr, total).arg(asked).arg(skipped);
    }
    if (elapsed > 0) {
        const qint64 length = m_countdown->lengthSeconds();
        lines
            << (elapsed <= length
                    ? tr("It took %1 of the %2 planned.").arg(minutesText(elapsed), minutesText(length))
                    : tr("It took %1, %2 more than planned.").arg(minutesText(elapsed), minutesText(elapsed - length)));
    }
    const int open = m_model->count(QuestionState::Open);
    if (total > 0 && open > 0)
        lines << tr("Not reached: %n question(s).", nullptr, open);
    if (m_mode == Mode::Practice) {
        if (m_partner && m_partner->contactId() != 0) {
            if (const std::optional<Contact> partner = m_workspace->contacts->contact(m_partner->contactId()))
                lines << tr("Practised with %1.").arg(partner->displayName());
        }
        const int runs = m_workspace->interviews->practiceRunCount(m_interviewId);
        lines << tr("This run is kept with the interview: %n practice run(s) so far.", nullptr, runs);
        if (m_notes->toPlainText().trimmed().isEmpty())
            lines << tr("Go back and note what to improve while it is fresh.");
        else
            lines << QString() << tr("What to improve:") << m_notes->toPlainText().trimmed();
    } else {
        lines << tr("Your notes are kept with the interview, on its Conduct tab.");
    }
    m_endSummary->setText(lines.join(QLatin1Char('\n')));
}

void ConversationDialog::markDirty()
{
    m_dirty = true;
    m_saveTimer->start();
}

PracticeRun ConversationDialog::practiceRun() const
{
    PracticeRun run = m_run;
    run.questions = m_model->questions();
    run.notes = m_notes->toPlainText();
    run.partnerId = m_partner ? m_partner->contactId() : 0;
    run.elapsedSeconds = int(qMin<qint64>(m_countdown->elapsedSeconds(), std::numeric_limits<int>::max()));
    return run;
}

bool ConversationDialog::saveNow()
{
    m_saveTimer->stop();
    if (!m_dirty || m_deleted)
        return true;
    QString error;
    bool ok = true;
    InterviewStore *store = m_workspace->interviews;
    if (m_mode == Mode::Practice) {
        ok = store->updatePracticeRun(practiceRun(), &error);
    } else {
        const QList<PlannedQuestion> plan = m_model->questions();
        if (store->plan(m_interviewId) != plan)
            ok = store->setPlan(m_interviewId, plan, &error);
        std::optional<Interview> stored = store->interview(m_interviewId);
        if (ok && !stored) {
            ok = false;
            error = tr("The interview was deleted.");
        }
        if (ok && stored->conversationNotes != m_notes->toPlainText()) {
            stored->conversationNotes = m_notes->toPlainText();
            ok = store->update(*stored, &error);
        }
    }
    if (ok) {
        m_dirty = false;
        m_status->hide();
        return true;
    }
    m_saveError = tr("Your notes could not be saved to “%1”. %2").arg(m_workspace->database->path(), error.trimmed());
    m_status->setText(tr("%1 They stay in this window; Coffee Chat tries again as you type.").arg(m_saveError));
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText, Appearance::toneColour(Appearance::Tone::Late, palette));
    m_status->setPalette(palette);
    m_status->show();
    return false;
}

QString ConversationDialog::person() const
{
    const std::optional<Interview> interview = m_workspace->interviews->interview(m_interviewId);
    if (interview) {
        if (const std::optional<Contact> contact = m_workspace->contacts->contact(interview->contactId))
            return contact->displayName();
    }
    return tr("them");
}

QString ConversationDialog::allNotesAsText() const
{
    QStringList parts;
    for (const PlannedQuestion &q : m_model->questions()) {
        if (!q.notes.trimmed().isEmpty())
            parts << q.text + QLatin1Char('\n') + q.notes.trimmed();
    }
    if (!m_notes->toPlainText().trimmed().isEmpty())
        parts << m_notes->toPlainText().trimmed();
    return parts.join(QStringLiteral("\n\n"));
}

void ConversationDialog::deletePracticeRun()
{
    if (m_mode != Mode::Practice || m_deleted)
        return;
    if (QMessageBox::question(this, tr("Delete Practice Run"),
                              tr("Delete this practice run and its notes? Edit › Undo in the main window brings it "
                                 "back."),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    saveNow();
    const PracticeRun run = practiceRun();
    InterviewStore *store = m_workspace->interviews;
    QString error;
    if (!store->removePracticeRun(run, &error)) {
        QMessageBox::warning(
            this, tr("Delete Practice Run"),
            tr("The practice run could not be deleted from “%1”: %2").arg(m_workspace->database->path(), error));
        return;
    }
    m_deleted = true;
    m_workspace->undoStack->push(new WriteCommand(
        tr("Delete Practice Run"), [store, run] { return store->removePracticeRun(run); },
        [store, copy = PracticeRun(run)]() mutable { return store->insertPracticeRun(copy); }));
    QDialog::done(QDialog::Rejected);
}

void ConversationDialog::done(int result)
{
    // Closing mid-conversation by a stray Escape would lose the clock: asked first.
    if (!m_deleted && m_mode == Mode::Conversation && m_countdown->isRunning() && !m_thankYouRequested) {
        const auto answer = QMessageBox::question(
            this, tr("Close the Conversation"),
            tr("The clock is running. Close the conversation view? Your notes are kept; the clock stops."),
            QMessageBox::Close | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Close)
            return;
    }
    if (!m_deleted) {
        while (!saveNow()) {
            QMessageBox box(QMessageBox::Warning, tr("Notes Not Saved"), m_saveError, QMessageBox::NoButton, this);
            box.setInformativeText(tr("Try again, or copy your notes to the clipboard before closing."));
            auto *retry = box.addButton(QMessageBox::Retry);
            auto *copy = box.addButton(tr("&Copy Notes and Close"), QMessageBox::DestructiveRole);
            box.addButton(QMessageBox::Cancel);
            box.setDefaultButton(retry);
            box.exec();
            if (box.clickedButton() == copy) {
                QApplication::clipboard()->setText(allNotesAsText());
                m_dirty = false;
                break;
            }
            if (box.clickedButton() != retry)
                return; // stays open, with everything typed
        }
        pushUndo();
    }
    m_countdown->pause();
    QDialog::done(result);
}

void ConversationDialog::pushUndo()
{
    InterviewStore *store = m_workspace->interviews;
    const QString name = person();
    if (m_mode == Mode::Practice) {
        const PracticeRun after = practiceRun();
        if (!m_runBefore) {
            if (after.isEmpty()) {
                // Nothing happened in it: forgotten, as if never begun (nothing typed is lost).
                store->removePracticeRun(after);
                return;
            }
            m_workspace->undoStack->push(new WriteCommand(
                tr("Practice Run for %1").arg(name),
                [store, copy = PracticeRun(after)]() mutable { return store->insertPracticeRun(copy); },
                [store, after] { return store->removePracticeRun(after); }));
        } else if (after != *m_runBefore) {
            const PracticeRun before = *m_runBefore;
            m_workspace->undoStack->push(new WriteCommand(
                tr("Notes of a Practice Run for %1").arg(name),
                [store, after] { return store->updatePracticeRun(after); },
                [store, before] { return store->updatePracticeRun(before); }));
        }
        return;
    }
    const QList<PlannedQuestion> planAfter = m_model->questions();
    const QString notesAfter = m_notes->toPlainText();
    if (planAfter == m_planBefore && notesAfter == m_notesBefore)
        return;
    const qint64 id = m_interviewId;
    const auto write = [store, id](const QList<PlannedQuestion> &plan, const QString &notes) {
        std::optional<Interview> stored = store->interview(id);
        if (!stored || (store->plan(id) != plan && !store->setPlan(id, plan)))
            return false;
        if (stored->conversationNotes == notes)
            return true;
        stored->conversationNotes = notes;
        return store->update(*stored);
    };
    m_workspace->undoStack->push(new WriteCommand(
        tr("Notes of the Conversation with %1").arg(name),
        [write, planAfter, notesAfter] { return write(planAfter, notesAfter); },
        [write, before = m_planBefore, notes = m_notesBefore] { return write(before, notes); }));
}
