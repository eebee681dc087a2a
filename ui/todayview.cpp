#include "todayview.h"

#include "appearance.h"
#include "commands/interviewcommands.h"
#include "commands/messagecommands.h"
#include "models/todaymodel.h"
#include "storage/interviewstore.h"
#include "storage/messagestore.h"
#include "workspace.h"

#include <QAction>
#include <QCalendarWidget>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
// Overdue reminders in bold, so they stand out from today's.
class OverdueDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(TodayModel::OverdueRole).toBool()) {
            option->font.setBold(true);
            if (index.column() == TodayModel::WhenColumn)
                option->palette.setColor(QPalette::Text,
                                         Appearance::toneColour(Appearance::Tone::Late, option->palette));
        }
    }
};
} // namespace

TodayView::TodayView(Workspace *workspace, TodayModel *model, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(model)
{
    setObjectName(QStringLiteral("todayView"));
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("todayHeading"));
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.35);
    f.setBold(true);
    m_heading->setFont(f);

    m_list = new QTreeView(this);
    m_list->setObjectName(QStringLiteral("todayList"));
    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    m_list->setItemDelegate(new OverdueDelegate(m_list));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(TodayModel::WhenColumn, 190);
    m_list->setColumnWidth(TodayModel::WhatColumn, 380);
    connect(m_list, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 next = index.data(TodayModel::SuggestedContactRole).toLongLong()) {
            Q_EMIT startInterviewRequested(next);
            return;
        }
        if (const qint64 event = index.data(TodayModel::EventIdRole).toLongLong()) {
            Q_EMIT openEvent(event);
            return;
        }
        Q_EMIT openInterview(index.data(TodayModel::InterviewIdRole).toLongLong(),
                             Step(index.data(TodayModel::OpenStepRole).toInt()));
    });

    m_done = new QPushButton(QIcon::fromTheme(QStringLiteral("task-complete")), tr("&Done"), this);
    m_done->setObjectName(QStringLiteral("reminderDoneButton"));
    m_done->setToolTip(tr("You did it: a note sent today is recorded in the interview"));
    m_snooze = new QToolButton(this);
    m_snooze->setObjectName(QStringLiteral("reminderSnoozeButton"));
    m_snooze->setText(tr("S&nooze"));
    m_snooze->setIcon(QIcon::fromTheme(QStringLiteral("appointment-soon")));
    m_snooze->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_snooze->setPopupMode(QToolButton::InstantPopup);
    m_snooze->setToolTip(tr("Hide it until a later day"));
    auto *snoozeMenu = new QMenu(m_snooze);
    QAction *tomorrow = snoozeMenu->addAction(tr("Until &Tomorrow"), this,
                                              [this] { snooze(m_workspace->clock().toLocalTime().date().addDays(1)); });
    tomorrow->setObjectName(QStringLiteral("snoozeTomorrowAction"));
    QAction *nextWeek = snoozeMenu->addAction(tr("Until &Next Week"), this, [this] {
        // Next Monday; on a Sunday, tomorrow is that Monday, so the one after.
        const QDate today = m_workspace->clock().toLocalTime().date();
        snooze(today.addDays(today.dayOfWeek() == 7 ? 8 : 8 - today.dayOfWeek()));
    });
    nextWeek->setObjectName(QStringLiteral("snoozeNextWeekAction"));
    QAction *chosen = snoozeMenu->addAction(tr("Until a &Date…"), this, &TodayView::snoozeUntilChosenDate);
    chosen->setObjectName(QStringLiteral("snoozeDateAction"));
    m_snooze->setMenu(snoozeMenu);
    m_dismiss = new QPushButton(QIcon::fromTheme(QStringLiteral("dialog-cancel")), tr("D&ismiss"), this);
    m_dismiss->setObjectName(QStringLiteral("reminderDismissButton"));
    m_dismiss->setToolTip(tr("Not something you will do: take it off the list"));
    connect(m_done, &QPushButton::clicked, this, &TodayView::markDone);
    connect(m_dismiss, &QPushButton::clicked, this, &TodayView::dismiss);

    // The same on the item's context menu.
    auto *open = new QAction(tr("&Open Interview"), this);
    connect(open, &QAction::triggered, this, [this] {
        if (m_list->currentIndex().isValid())
            Q_EMIT m_list->activated(m_list->currentIndex());
    });
    auto *done = new QAction(m_done->icon(), m_done->text(), this);
    connect(done, &QAction::triggered, this, &TodayView::markDone);
    auto *dismissAction = new QAction(m_dismiss->icon(), m_dismiss->text(), this);
    connect(dismissAction, &QAction::triggered, this, &TodayView::dismiss);
    auto *snoozeAction = new QAction(m_snooze->icon(), m_snooze->text(), this);
    snoozeAction->setMenu(snoozeMenu);
    m_itemActions = {open, done, snoozeAction, dismissAction};
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (!m_list->indexAt(pos).isValid())
            return;
        m_list->setCurrentIndex(m_list->indexAt(pos));
        QMenu menu(this);
        menu.addActions(m_itemActions);
        menu.exec(m_list->viewport()->mapToGlobal(pos));
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &TodayView::updateActions);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_done);
    buttons->addWidget(m_snooze);
    buttons->addWidget(m_dismiss);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("todayEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_empty, 1);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TodayView::updateState);
    updateState();
}

std::optional<Reminder> TodayView::currentReminder() const
{
    const QModelIndex current = m_list->currentIndex();
    // A networking event's row is no reminder: nothing to mark done, snooze or dismiss.
    if (!current.isValid() || current.row() >= m_model->rowCount() || m_model->eventId(current.row()) != 0)
        return std::nullopt;
    return m_model->reminder(current.row());
}

QString TodayView::currentTask() const
{
    return m_list->currentIndex().siblingAtColumn(TodayModel::WhatColumn).data().toString();
}

void TodayView::updateActions()
{
    const std::optional<Reminder> r = currentReminder();
    m_done->setEnabled(r && r->kind != Reminder::Kind::UpcomingConversation);
    m_snooze->setEnabled(r.has_value());
    m_dismiss->setEnabled(r.has_value());
    m_itemActions.at(1)->setEnabled(m_done->isEnabled());
}

void TodayView::markDone()
{
    const std::optional<Reminder> r = currentReminder();
    if (!r || r->kind == Reminder::Kind::UpcomingConversation)
        return;
    const std::optional<MessageKind> recorded = Reminders::recordedAs(r->kind);
    if (!recorded) {
        decide(ReminderAction::Choice::Done, QDate(), tr("Done: %1").arg(currentTask()),
               tr("Marked “%1” as done.").arg(currentTask()));
        return;
    }
    // The interview keeps the date, as Mark as Sent in the composer does (without the words).
    const std::optional<Interview> interview = m_workspace->interviews->interview(r->interviewId);
    if (!interview)
        return;
    const int row = m_list->currentIndex().row();
    SentMessageRecord sent;
    sent.interviewId = r->interviewId;
    sent.kind = *recorded;
    sent.sentOn = m_workspace->clock().toLocalTime().date();
    const MessageCommands::SentResult result =
        MessageCommands::markSent(m_workspace->undoStack, m_workspace->interviews, m_workspace->messages, *interview,
                                  sent, m_workspace->workflowContext(r->interviewId));
    if (!result.ok) {
        QMessageBox::warning(this, tr("Not recorded"), result.error);
        return;
    }
    selectRowAfterDecision(row);
    Q_EMIT statusMessage(
        tr("Recorded “%1” as sent today. Edit › Undo takes it back.").arg(MessageKindNames::displayName(*recorded)));
}

void TodayView::snooze(const QDate &until)
{
    const std::optional<Reminder> r = currentReminder();
    if (!r || !until.isValid())
        return;
    decide(ReminderAction::Choice::Snoozed, until, tr("Snooze: %1").arg(currentTask()),
           tr("“%1” is back on %2.").arg(currentTask(), QLocale().toString(until, QLocale::LongFormat)));
}

void TodayView::snoozeUntilChosenDate()
{
    if (!currentReminder())
        return;
    const QDate today = m_workspace->clock().toLocalTime().date();
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("snoozeDialog"));
    dialog.setWindowTitle(tr("Snooze until"));
    auto *calendar = new QCalendarWidget(&dialog);
    calendar->setObjectName(QStringLiteral("snoozeCalendar"));
    calendar->setMinimumDate(today.addDays(1));
    calendar->setSelectedDate(today.addDays(7));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(calendar, &QCalendarWidget::activated, &dialog, &QDialog::accept);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("Show it again on:"), &dialog));
    layout->addWidget(calendar);
    layout->addWidget(buttons);
    calendar->setFocus();
    if (dialog.exec() == QDialog::Accepted)
        snooze(calendar->selectedDate());
}

void TodayView::dismiss()
{
    const std::optional<Reminder> r = currentReminder();
    if (!r)
        return;
    decide(ReminderAction::Choice::Dismissed, QDate(), tr("Dismiss: %1").arg(currentTask()),
           tr("Dismissed “%1”. Edit › Undo brings it back.").arg(currentTask()));
}

void TodayView::decide(ReminderAction::Choice choice, const QDate &until, const QString &undoText, const QString &done)
{
    const std::optional<Reminder> r = currentReminder();
    if (!r)
        return;
    const int row = m_list->currentIndex().row();
    ReminderAction action;
    action.interviewId = r->interviewId;
    action.kind = r->kind;
    action.due = r->due;
    action.choice = choice;
    action.until = until;
    QString error;
    if (!InterviewCommands::decideReminder(m_workspace->undoStack, m_workspace->interviews, action, undoText, &error)) {
        QMessageBox::warning(this, tr("Not saved"), error);
        return;
    }
    selectRowAfterDecision(row);
    Q_EMIT statusMessage(done);
}

// The next item takes the place of the one decided about, so several can be cleared in a row
// from the keyboard.
void TodayView::selectRowAfterDecision(int row)
{
    if (m_model->rowCount() == 0)
        return;
    m_list->setCurrentIndex(m_model->index(std::min(row, m_model->rowCount() - 1), 0));
    updateActions();
}

void TodayView::updateState()
{
    const QDate today = m_workspace->clock().toLocalTime().date();
    const int count = m_model->rowCount();
    m_heading->setText(tr("%1: %n thing(s) to do", nullptr, count).arg(QLocale().toString(today, QLocale::LongFormat)));
    m_list->setVisible(count > 0);
    m_empty->setVisible(count == 0);
    // How to start is advice for someone with no interviews yet.
    m_empty->setText(m_workspace->interviews->isEmpty()
                         ? tr("<h3>Nothing to do</h3><p>Thank-you notes, follow-ups and upcoming conversations "
                              "appear here as soon as they need you. Start an interview from the <b>Interviews</b> "
                              "tab, or from a contact with <b>Contacts › Start Interview</b>.</p>")
                         : tr("<h3>Nothing to do right now</h3><p>Thank-you notes, follow-ups and upcoming "
                              "conversations appear here as soon as they need you.</p>"));
    for (QWidget *button :
         {static_cast<QWidget *>(m_done), static_cast<QWidget *>(m_snooze), static_cast<QWidget *>(m_dismiss)})
        button->setVisible(count > 0);
    updateActions();
}
