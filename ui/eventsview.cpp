#include "eventsview.h"

#include "commands/eventcommands.h"
#include "eventdialog.h"
#include "hintlabel.h"
#include "itemviews.h"
#include "models/eventlistmodel.h"
#include "storage/eventstore.h"
#include "workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

EventsView::EventsView(Workspace *workspace, EventListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(model)
{
    setObjectName(QStringLiteral("eventsView"));
    auto *add = new QPushButton(QIcon::fromTheme(QStringLiteral("appointment-new")), tr("New Event…"), this);
    add->setObjectName(QStringLiteral("newEventButton"));
    connect(add, &QPushButton::clicked, this, &EventsView::newEvent);
    m_open = new QPushButton(QIcon::fromTheme(QStringLiteral("document-open")), tr("Open…"), this);
    m_open->setObjectName(QStringLiteral("openEventButton"));
    connect(m_open, &QPushButton::clicked, this, [this] { openEvent(currentEventId()); });
    m_delete = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("Delete"), this);
    m_delete->setObjectName(QStringLiteral("deleteEventButton"));
    m_delete->setToolTip(tr("Delete the event (Edit › Undo brings it back); the interviews begun there stay"));
    connect(m_delete, &QPushButton::clicked, this, &EventsView::deleteCurrent);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_open);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);

    m_table = new QTableView(this);
    ItemViews::setUpTable(m_table);
    m_table->setObjectName(QStringLiteral("eventTable"));
    m_table->setAccessibleName(tr("Events"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(EventListModel::NameColumn, QHeaderView::Stretch);
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { openEvent(index.data(EventListModel::EventIdRole).toLongLong()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &EventsView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &EventsView::updateButtons);

    m_empty = new HintLabel(tr("No events yet. Add the meetups, talks and alumni evenings you go to with New "
                               "Event: look up who will be there before you go, and afterwards record each "
                               "conversation, which becomes an interview at Follow up."),
                            this);
    m_empty->setObjectName(QStringLiteral("eventsEmpty"));
    m_empty->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(EventListModel::PlaceColumn, QHeaderView::Interactive);
    m_table->setColumnWidth(EventListModel::PlaceColumn, 220);
    // Delete on the list deletes the event chosen, as the button does (and undo brings it back).
    auto *remove = new QShortcut(QKeySequence::Delete, m_table, this, &EventsView::deleteCurrent);
    remove->setContext(Qt::WidgetShortcut);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_empty);
    layout->addWidget(m_table, 1);
    updateButtons();
}

qint64 EventsView::currentEventId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(EventListModel::EventIdRole).toLongLong() : 0;
}

void EventsView::selectEvent(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, EventListModel::NameColumn));
}

void EventsView::openEvent(qint64 id)
{
    EventDialog dialog(m_workspace, id, this);
    dialog.exec();
    if (dialog.eventId())
        selectEvent(dialog.eventId());
}

void EventsView::deleteCurrent()
{
    const qint64 id = currentEventId();
    if (!id)
        return;
    QString error;
    if (!EventCommands::removeEvent(m_workspace->undoStack, m_workspace->events, id, &error))
        QMessageBox::warning(this, tr("Delete Event"), error);
}

void EventsView::updateButtons()
{
    const bool any = m_model->rowCount() > 0;
    m_empty->setVisible(!any);
    m_table->setVisible(any);
    const bool chosen = currentEventId() != 0;
    m_open->setEnabled(chosen);
    m_delete->setEnabled(chosen);
}
