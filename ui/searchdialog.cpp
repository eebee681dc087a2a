#include "searchdialog.h"

#include "models/searchresultsmodel.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/interviewstore.h"
#include "storage/messagestore.h"
#include "storage/organisationstore.h"
#include "storage/questionstore.h"
#include "workspace.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

SearchDialog::SearchDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_field(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_model(new SearchResultsModel(this))
    , m_reread(new QTimer(this))
{
    setObjectName(QStringLiteral("searchDialog"));
    setWindowTitle(tr("Search Everything"));
    auto *layout = new QVBoxLayout(this);

    auto *label = new QLabel(tr("&Search for:"), this);
    label->setBuddy(m_field);
    layout->addWidget(label);
    m_field->setObjectName(QStringLiteral("searchEverythingField"));
    m_field->setPlaceholderText(tr("Names, organisations, notes, sent messages, questions…"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    layout->addWidget(m_field);

    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_view->setObjectName(QStringLiteral("searchResults"));
    m_view->setAccessibleName(tr("Search results"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setItemsExpandable(false);
    m_view->setRootIsDecorated(false);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(SearchResultsModel::FoundColumn, QHeaderView::Interactive);
    layout->addWidget(m_view, 1);
    m_view->installEventFilter(this);
    connect(m_view, &QTreeView::activated, this, &SearchDialog::openHit);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Close, this);
    QPushButton *open = buttons->button(QDialogButtonBox::Open);
    open->setEnabled(false);
    open->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(open, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        openHit(m_model->hit(current) ? current : m_model->firstHit());
    });
    connect(m_model, &QAbstractItemModel::modelReset, open,
            [this, open] { open->setEnabled(!m_model->results().isEmpty()); });
    layout->addWidget(buttons);

    connect(m_field, &QLineEdit::textChanged, this, &SearchDialog::search);

    // Records that change while the dialog is open are read again, once the changes settle.
    m_reread->setSingleShot(true);
    m_reread->setInterval(400);
    connect(m_reread, &QTimer::timeout, this, &SearchDialog::read);
    const auto changed = [this] {
        m_stale = true;
        if (isVisible())
            m_reread->start();
    };
    connect(m_workspace->contacts, &ContactStore::contactsInserted, this, changed);
    connect(m_workspace->contacts, &ContactStore::contactsUpdated, this, changed);
    connect(m_workspace->contacts, &ContactStore::contactsRemoved, this, changed);
    connect(m_workspace->organisations, &OrganisationStore::organisationInserted, this, changed);
    connect(m_workspace->organisations, &OrganisationStore::organisationUpdated, this, changed);
    connect(m_workspace->organisations, &OrganisationStore::organisationRemoved, this, changed);
    connect(m_workspace->interviews, &InterviewStore::interviewInserted, this, changed);
    connect(m_workspace->interviews, &InterviewStore::interviewUpdated, this, changed);
    connect(m_workspace->interviews, &InterviewStore::interviewRemoved, this, changed);
    connect(m_workspace->questions, &QuestionStore::questionsInserted, this, changed);
    connect(m_workspace->questions, &QuestionStore::questionUpdated, this, changed);
    connect(m_workspace->questions, &QuestionStore::questionsRemoved, this, changed);
    connect(m_workspace->messages, &MessageStore::sentMessagesChanged, this, changed);

    resize(720, 480);
}

SearchDialog::~SearchDialog()
{
    // A read still running finishes on its own; its result goes nowhere.
    m_reading.disconnect(this);
}

bool SearchDialog::isReading() const
{
    return m_readPending;
}

void SearchDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
    if (m_stale)
        read();
    else if (!m_model->hit(m_view->currentIndex()) && m_model->firstHit().isValid())
        m_view->setCurrentIndex(m_model->firstHit()); // Return opens what the status says it does
}

void SearchDialog::read()
{
    if (m_readPending) {
        m_reread->start(); // again when this read is done
        return;
    }
    m_stale = false;
    m_readPending = true;
    if (m_index.size() == 0)
        m_status->setText(tr("Reading your records…"));
    Database *database = m_workspace->database;
    m_reading.disconnect(this);
    connect(&m_reading, &QFutureWatcher<Search::Index>::finished, this, [this] {
        m_readPending = false;
        try {
            m_index = m_reading.result();
        } catch (...) { // out of memory, say: keep what was there and say so
            m_status->setText(tr("Your records could not be read for searching. Close some programs and try again."));
            return;
        }
        search();
    });
    m_reading.setFuture(database->runInBackground([database] { return Search::Index::read(database); }));
}

void SearchDialog::search()
{
    if (m_readPending && m_index.size() == 0)
        return; // the first read is not done: it searches when it is
    const QString text = m_field->text();
    const qint64 previousId = m_model->hit(m_view->currentIndex()) ? m_model->hit(m_view->currentIndex())->id : 0;
    const int previousKind = m_view->currentIndex().data(SearchResultsModel::KindRole).toInt();
    m_model->setResults(m_index.find(text, Limit));
    m_view->expandAll();
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_view->setFirstColumnSpanned(row, {}, true);
    m_view->resizeColumnToContents(SearchResultsModel::FoundColumn);
    m_view->setColumnWidth(
        SearchResultsModel::FoundColumn,
        qMin(m_view->columnWidth(SearchResultsModel::FoundColumn), m_view->viewport()->width() * 3 / 5));

    // Keep the current hit where it still is, else the first.
    QModelIndex current = m_model->firstHit();
    for (int g = 0; previousId != 0 && g < m_model->rowCount(); ++g) {
        const QModelIndex group = m_model->index(g, 0);
        if (group.data(SearchResultsModel::KindRole).toInt() != previousKind)
            continue;
        for (int r = 0; r < m_model->rowCount(group); ++r) {
            if (m_model->index(r, 0, group).data(SearchResultsModel::IdRole).toLongLong() == previousId)
                current = m_model->index(r, 0, group);
        }
    }
    if (current.isValid())
        m_view->setCurrentIndex(current);

    const Search::Results &results = m_model->results();
    if (results.query.isEmpty())
        m_status->setText(tr("Type a name or a few words: every word must begin a word of what is found."));
    else if (results.isEmpty())
        m_status->setText(tr("Nothing found for “%1”.")
                              .arg(m_status->fontMetrics().elidedText(
                                  results.query, Qt::ElideRight, m_status->fontMetrics().averageCharWidth() * 60)));
    else if (results.isCut())
        m_status->setText(tr("%Ln result(s); the first %1 of each kind are listed, add a word to narrow them. "
                             "Return opens the one selected.",
                             nullptr, results.total())
                              .arg(QLocale().toString(Limit)));
    else
        m_status->setText(tr("%Ln result(s). Return opens the one selected.", nullptr, results.total()));
}

void SearchDialog::openHit(const QModelIndex &index)
{
    const Search::Hit *hit = m_model->hit(index);
    if (!hit)
        return;
    const Search::Hit chosen = *hit;
    accept();
    Q_EMIT openRequested(chosen.kind, chosen.id, chosen.step);
}

void SearchDialog::moveToNeighbour(int direction)
{
    const QModelIndex next = m_model->neighbourHit(m_view->currentIndex(), direction);
    if (next.isValid()) {
        m_view->setCurrentIndex(next);
        m_view->scrollTo(next);
    }
}

bool SearchDialog::eventFilter(QObject *watched, QEvent *event)
{
    // In the list too, the arrows go from hit to hit.
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Up || key == Qt::Key_Down)
            && !(static_cast<QKeyEvent *>(event)->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier))) {
            moveToNeighbour(key == Qt::Key_Down ? 1 : -1);
            return true;
        }
    }
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
            // From hit to hit: the kinds' headings are not something to open.
            moveToNeighbour(key->key() == Qt::Key_Down ? 1 : -1);
            return true;
        case Qt::Key_PageUp:
        case Qt::Key_PageDown: {
            // The list moves while typing goes on in the field.
            QKeyEvent copy(key->type(), key->key(), key->modifiers(), key->text());
            QApplication::sendEvent(m_view, &copy);
            return true;
        }
        case Qt::Key_Return:
        case Qt::Key_Enter: {
            const QModelIndex current = m_view->currentIndex();
            openHit(m_model->hit(current) ? current : m_model->firstHit());
            return true;
        }
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}
