#include "contactsview.h"

#include "commands/contactcommands.h"
#include "contactdialog.h"
#include "itemviews.h"
#include "models/contactlistmodel.h"
#include "storage/contactstore.h"
#include "storage/interviewstore.h"
#include "workspace.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSet>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace {
const QString columnsKey()
{
    return QStringLiteral("mainWindow/contactColumns");
}

// Everyone, not only those the search shows: the one chosen before must stay chosen.
QList<QPair<qint64, QString>> referrerChoices(const ContactListModel *model)
{
    QList<QPair<qint64, QString>> choices;
    const QList<qint64> ids = model->allIds();
    choices.reserve(ids.size());
    for (qint64 id : ids)
        choices.append({id, model->contact(id).displayName()});
    return choices;
}

QString personLine(const Contact &contact)
{
    QStringList parts{contact.displayName()};
    if (!contact.position.isEmpty())
        parts << contact.position;
    if (!contact.company.isEmpty())
        parts << contact.company;
    return parts.join(QStringLiteral(" · "));
}

QList<ContactDialog::Link> interviewLinks(const QList<Interview> &involving, qint64 contactId)
{
    QList<ContactDialog::Link> links;
    for (const Interview &interview : involving) {
        if (interview.contactId != contactId)
            continue;
        // In the person's own dialog, their name would only repeat the title: topic and step.
        const QString topic = interview.topic.trimmed();
        links << ContactDialog::Link{
            ContactDialog::Link::Interview, interview.id, interview.step,
            QStringLiteral("%1 · %2").arg(topic.isEmpty() ? ContactsView::tr("No topic yet") : topic,
                                          StepNames::displayName(interview.step))};
    }
    return links;
}

// Whom they introduced the user to: the interviews they introduced, then the people they
// referred who have no such interview.
QList<ContactDialog::Link> referralLinks(const Workspace *workspace, const QList<Interview> &involving,
                                         qint64 contactId)
{
    QList<ContactDialog::Link> links;
    QSet<qint64> people;
    for (const Interview &interview : involving) {
        if (interview.introducedById != contactId || interview.contactId == contactId)
            continue;
        const QString person = workspace->contacts->contact(interview.contactId).value_or(Contact()).displayName();
        links << ContactDialog::Link{ContactDialog::Link::Interview, interview.id, interview.step,
                                     interview.summary(person)};
        people.insert(interview.contactId);
    }
    for (const Contact &referred : workspace->contacts->referredBy(contactId)) {
        if (!people.contains(referred.id))
            links << ContactDialog::Link{ContactDialog::Link::Contact, referred.id, Step::Research,
                                         personLine(referred)};
    }
    return links;
}
} // namespace

ContactsView::ContactsView(Workspace *workspace, ContactListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(model)
{
    setObjectName(QStringLiteral("contactsView"));
    auto *layout = new QVBoxLayout(this);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setAccessibleName(tr("Search contacts"));
    m_search->setPlaceholderText(tr("Search names, companies, positions, e-mail, tags…"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_model, &ContactListModel::setFilterText);
    layout->addWidget(m_search);

    m_view = new QTableView(this);
    ItemViews::setUpTable(m_view);
    m_view->setObjectName(QStringLiteral("contactTable"));
    m_view->setAccessibleName(tr("Contacts"));
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ContactListModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Fixed row heights keep a 30,000-row list as fast as an empty one.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    const int widths[] = {190, 180, 210, 190, 150, 110};
    for (int column = 0; column < int(std::size(widths)); ++column)
        m_view->setColumnWidth(column, widths[column]);
    connect(m_view, &QTableView::activated, this, &ContactsView::editCurrentContact);
    layout->addWidget(m_view, 1);

    // Shown instead of the table until there is someone in it: the first thing to do.
    m_emptyHint = new QLabel(tr("<h3>No contacts yet</h3>"
                                "<p>Drop LinkedIn's <b>Connections.csv</b> on this window, choose "
                                "<b>File › Import Contacts…</b>, or add people you know with "
                                "<b>Contacts › New Contact</b>.</p>"
                                "<p>To get the file from LinkedIn: <i>Settings › Data privacy › "
                                "Get a copy of your data › Connections</i>.</p>"),
                             this);
    m_emptyHint->setObjectName(QStringLiteral("emptyHint"));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    layout->addWidget(m_emptyHint, 1);

    m_noMatches = new QLabel(this);
    m_noMatches->setObjectName(QStringLiteral("noMatchesHint"));
    m_noMatches->setTextFormat(Qt::PlainText); // it quotes what was typed
    m_noMatches->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_noMatches->setWordWrap(true);
    m_noMatches->setMargin(24);
    m_noMatches->hide();
    layout->addWidget(m_noMatches, 1);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));

    m_newAction = new QAction(QIcon::fromTheme(QStringLiteral("contact-new")), tr("&New Contact…"), this);
    m_newAction->setObjectName(QStringLiteral("newContactAction"));
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &ContactsView::newContact);
    m_editAction = new QAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("&Edit Contact…"), this);
    m_editAction->setObjectName(QStringLiteral("editContactAction"));
    m_editAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_editAction, &QAction::triggered, this, &ContactsView::editCurrentContact);
    m_deleteAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete"), this);
    m_deleteAction->setObjectName(QStringLiteral("deleteContactAction"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    connect(m_deleteAction, &QAction::triggered, this, &ContactsView::deleteSelectedContacts);
    m_startInterviewAction =
        new QAction(QIcon::fromTheme(QStringLiteral("view-calendar-tasks")), tr("&Start Interview"), this);
    m_startInterviewAction->setObjectName(QStringLiteral("startInterviewAction"));
    m_startInterviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_startInterviewAction->setStatusTip(tr("Start an informational interview with the selected contact"));
    connect(m_startInterviewAction, &QAction::triggered, this, [this] {
        const QList<qint64> ids = selectedContactIds();
        if (ids.size() == 1)
            Q_EMIT startInterviewRequested(ids.constFirst());
    });

    connect(m_model, &ContactListModel::totalCountChanged, this, &ContactsView::updateCountLabel);
    connect(m_model, &ContactListModel::loadingFinished, this, &ContactsView::updateCountLabel);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ContactsView::updateCountLabel);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ContactsView::updateCountLabel);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ContactsView::updateCountLabel);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ContactsView::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ContactsView::updateActions);
    // Right-click: what the menus and keys do, for the row clicked.
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex at = m_view->indexAt(pos);
        if (at.isValid() && !m_view->selectionModel()->isRowSelected(at.row(), {}))
            m_view->selectionModel()->setCurrentIndex(at,
                                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QMenu menu(this);
        if (at.isValid()) {
            menu.addActions({m_editAction, m_startInterviewAction});
            menu.addSeparator();
            menu.addAction(m_deleteAction);
            menu.addSeparator();
        }
        menu.addAction(m_newAction);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    updateCountLabel();
    updateActions();
    m_view->horizontalHeader()->restoreState(QSettings().value(columnsKey()).toByteArray());
}

void ContactsView::saveLayout() const
{
    QSettings().setValue(columnsKey(), m_view->horizontalHeader()->saveState());
}

bool ContactsView::event(QEvent *event)
{
    // Shown or hidden as the window's current page, even while the window itself is not shown.
    if (event->type() == QEvent::ShowToParent || event->type() == QEvent::HideToParent)
        updateActions();
    return QWidget::event(event);
}

void ContactsView::updateActions()
{
    // Edit and Start Interview act on the row the user sees as current, selected or not;
    // Delete, which asks nothing, only on what is selected (after a delete the next row is
    // current, and a second press must not take it too).
    const int chosen = int(selectedContactIds().size());
    const int selected = int(m_view->selectionModel()->selectedRows().size());
    m_editAction->setEnabled(chosen == 1);
    // Delete acts on what the user sees; other pages have their own Delete.
    m_deleteAction->setEnabled(selected > 0 && !isHidden());
    m_startInterviewAction->setEnabled(chosen == 1);
}

void ContactsView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ContactsView::updateCountLabel()
{
    if (m_model->isLoading()) {
        m_countLabel->setText(tr("Loading contacts…"));
        m_emptyHint->hide();
        m_noMatches->hide();
        m_search->setEnabled(false);
        return;
    }
    const int total = m_model->totalCount();
    const int shown = m_model->rowCount();
    m_countLabel->setText(shown == total ? tr("%n contact(s)", nullptr, total)
                                         : tr("%1 of %n contact(s)", nullptr, total).arg(shown));
    const bool empty = total == 0;
    const bool noMatches = !empty && shown == 0;
    if (noMatches) {
        m_noMatches->setText(tr("No contacts match “%1”. Search looks at names, companies, positions, "
                                "e-mail addresses and tags.")
                                 .arg(m_search->text().trimmed()));
    }
    m_emptyHint->setVisible(empty);
    m_noMatches->setVisible(noMatches);
    m_view->setVisible(!empty && !noMatches);
    m_search->setEnabled(!empty);
}

QList<qint64> ContactsView::selectedContactIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids << m_model->contactId(index.row());
    // A row reached with Ctrl+arrows is current without being selected: it counts.
    if (ids.isEmpty() && m_view->currentIndex().isValid())
        ids << m_model->contactId(m_view->currentIndex().row());
    return ids;
}

void ContactsView::selectContact(qint64 id)
{
    if (m_model->rowOf(id) < 0 && !m_search->text().isEmpty())
        m_search->clear(); // hidden by the search: show everything rather than lose it
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_view->setCurrentIndex(index);
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void ContactsView::newContact()
{
    Contact contact;
    contact.source = QStringLiteral("Manual");
    auto *dialog = new ContactDialog(contact, referrerChoices(m_model), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto added = std::make_shared<qint64>(0);
    dialog->setSave([this, added](const Contact &entered, QString *error) {
        return ContactCommands::addContact(m_workspace->undoStack, m_workspace->contacts, entered, added.get(), error);
    });
    connect(dialog, &QDialog::accepted, this, [this, added] {
        // The new person may be hidden by the current search; show them.
        if (m_model->rowOf(*added) < 0)
            m_search->clear();
        selectContact(*added);
    });
    dialog->open();
}

void ContactsView::editCurrentContact()
{
    const QList<qint64> ids = selectedContactIds();
    const qint64 id = ids.size() == 1 ? ids.constFirst() : m_model->contactId(m_view->currentIndex().row());
    if (id)
        editContact(id);
}

void ContactsView::editContact(qint64 id)
{
    auto *dialog = new ContactDialog(m_model->contact(id), referrerChoices(m_model), this);
    const QList<Interview> involving = m_workspace->interviews->involving(id); // read once for both lists
    dialog->setHistory(interviewLinks(involving, id), referralLinks(m_workspace, involving, id));
    dialog->setPastJobs(m_workspace->contacts->pastJobs(id));
    dialog->setAnswering(Answering::text(Answering::of(involving, m_workspace->reminders)));
    connect(dialog, &ContactDialog::openRequested, this, [this](const ContactDialog::Link &link) {
        if (link.kind == ContactDialog::Link::Interview) {
            Q_EMIT openInterview(link.id, link.step);
        } else {
            selectContact(link.id);
            editContact(link.id);
        }
    });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSave([this](const Contact &edited, QString *error) {
        return edited == m_model->contact(edited.id)
            || ContactCommands::editContact(m_workspace->undoStack, m_workspace->contacts, edited, error);
    });
    connect(dialog, &QDialog::accepted, this, [this, id] { selectContact(id); });
    dialog->open();
}

void ContactsView::deleteSelectedContacts()
{
    const QList<qint64> ids = selectedContactIds();
    if (ids.isEmpty())
        return;
    if (const int interviews = m_workspace->interviews->countForContacts(ids); interviews > 0) {
        QMessageBox::information(this, tr("Delete contacts"),
                                 tr("Nothing was deleted: %n interview(s) are with the contacts you chose. "
                                    "Delete those interviews first, or keep the contacts.",
                                    nullptr, interviews));
        return;
    }
    QString error;
    if (!ContactCommands::removeContacts(m_workspace->undoStack, m_workspace->contacts, ids, &error)) {
        QMessageBox::warning(this, tr("Delete contacts"), error);
        return;
    }
    // Deleting is undoable, so it asks nothing; the status bar says how to get them back.
    Q_EMIT statusMessage(tr("Deleted %n contact(s). Press %1 to undo.", nullptr, int(ids.size()))
                             .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
}
