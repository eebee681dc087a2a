#include "models/contactlistmodel.h"

#include "domain/contactsearch.h"
#include "storage/contactstore.h"

#include <algorithm>

namespace {
// Above this many changed contacts a reset is cheaper than row-by-row signals.
constexpr int ResetThreshold = 500;

// The "C" locale collates by code point and ignores numeric mode; people expect dictionary
// order, so fall back to English rules there.
QLocale collationLocale()
{
    const QLocale system;
    return system.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : system;
}

// A collator of its own for each thread that sorts: case-insensitive, numbers by value.
QCollator makeCollator()
{
    QCollator collator(collationLocale());
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    return collator;
}
} // namespace

ContactListModel::ContactListModel(ContactStore *store, Loading loading, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_collator(makeCollator())
{
    init();
    if (loading == Loading::InBackground)
        m_read.startFromEventLoop();
    else
        reload();
}

ContactListModel::ContactListModel(ContactStore *store, const ContactListModel *source, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_collator(makeCollator())
{
    init();
    m_waitingForSource = true;
    auto copy = [this, source] {
        if (source->m_sortColumn != m_sortColumn || source->m_sortOrder != m_sortOrder) {
            setContacts(source->m_contacts.values()); // the user sorted the list another way
            m_waitingForSource = false;
            Q_EMIT loadingFinished();
            return;
        }
        // Sorted alike: everything is shared, not rebuilt, as sorting 30,000 contacts again
        // would hold up the window for tens of milliseconds. The filter is this list's own.
        beginResetModel();
        m_contacts = source->m_contacts;
        m_searchKeys = source->m_searchKeys;
        m_sorted = source->m_sorted;
        m_sortedKeys = source->m_sortedKeys;
        rebuildRows();
        endResetModel();
        m_waitingForSource = false;
        Q_EMIT totalCountChanged();
        Q_EMIT loadingFinished();
    };
    if (source->isLoading())
        connect(source, &ContactListModel::loadingFinished, this, copy, Qt::SingleShotConnection);
    else
        copy();
}

void ContactListModel::init()
{
    connect(m_store, &ContactStore::contactsInserted, this, &ContactListModel::onInserted);
    connect(m_store, &ContactStore::contactsUpdated, this, &ContactListModel::onUpdated);
    connect(m_store, &ContactStore::contactsRemoved, this, &ContactListModel::onRemoved);
}

// Reading, and then indexing and sorting what was read, all happen off the UI thread: with
// 30,000 contacts the UI thread only swaps the result in.
QFuture<ContactListModel::Listing> ContactListModel::readInBackground() const
{
    return m_store->allInBackground().then([column = m_sortColumn, order = m_sortOrder](const QList<Contact> &all) {
        return makeListing(all, column, order);
    });
}

int ContactListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContactListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ContactListModel::text(const Contact &c, int column)
{
    switch (column) {
    case NameColumn:
        return c.displayName();
    case CompanyColumn:
        return c.company;
    case PositionColumn:
        return c.position;
    case EmailColumn:
        return c.email;
    case RelationshipColumn:
        return c.relationship == Relationship::Unknown ? QString() : RelationshipNames::displayName(c.relationship);
    case ConnectedOnColumn:
        return c.connectedOn.isValid() ? c.connectedOn.toString(Qt::ISODate) : QString();
    case TagsColumn:
        return c.tags.join(QStringLiteral(", "));
    }
    return QString();
}

QVariant ContactListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto it = m_contacts.constFind(m_rows.at(index.row()));
    if (it == m_contacts.cend())
        return {};
    const Contact &c = *it;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == ConnectedOnColumn && c.connectedOn.isValid())
            return c.connectedOn; // the view formats it in the user's locale
        return text(c, index.column());
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && !c.notes.isEmpty())
            return c.notes.left(500);
        return {};
    case ContactIdRole:
        return c.id;
    case Qt::EditRole: // what editable combo boxes (the contact pickers) show and match
    case SortRole:
        return text(c, index.column());
    default:
        return {};
    }
}

QVariant ContactListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    // Shown first name first, sorted as an address book is: say so where the sort is chosen.
    if (role == Qt::ToolTipRole && section == NameColumn)
        return tr("Sorted by last name, then first name");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case CompanyColumn:
        return tr("Company");
    case PositionColumn:
        return tr("Position");
    case EmailColumn:
        return tr("E-mail");
    case RelationshipColumn:
        return tr("Relationship");
    case ConnectedOnColumn:
        return tr("Connected on");
    case TagsColumn:
        return tr("Tags");
    }
    return {};
}

QString ContactListModel::sortText(const Contact &c, int column)
{
    // People are found by last name, as in an address book.
    if (column == NameColumn)
        return c.lastName + QLatin1Char('\t') + c.firstName;
    return text(c, column);
}

bool ContactListModel::lessThan(const Contact &ca, const Contact &cb, int column, Qt::SortOrder order,
                                const QCollator &collator)
{
    int cmp = 0;
    if (column == ConnectedOnColumn) {
        cmp = ca.connectedOn < cb.connectedOn ? -1 : (cb.connectedOn < ca.connectedOn ? 1 : 0);
    } else {
        const QString ta = sortText(ca, column);
        const QString tb = sortText(cb, column);
        // Empty cells go last whatever the order, so the useful rows stay on top.
        if (ta.isEmpty() != tb.isEmpty())
            return tb.isEmpty();
        cmp = collator.compare(ta, tb);
    }
    if (cmp == 0)
        return ca.id < cb.id; // stable across reloads
    return order == Qt::AscendingOrder ? cmp < 0 : cmp > 0;
}

bool ContactListModel::lessThan(qint64 a, qint64 b) const
{
    const auto ca = m_contacts.constFind(a);
    const auto cb = m_contacts.constFind(b);
    if (ca == m_contacts.cend() || cb == m_contacts.cend())
        return a < b;
    return lessThan(*ca, *cb, m_sortColumn, m_sortOrder, m_collator);
}

// Sorting everything compares each contact many times; precomputed collation keys make
// that a memory comparison instead of a full collation each time. Same order as lessThan.
void ContactListModel::sortAll()
{
    sortIds(&m_sorted, m_contacts, m_sortColumn, m_sortOrder, m_collator);
    refreshSortedKeys();
}

void ContactListModel::sortIds(QList<qint64> *ids, const QHash<qint64, Contact> &contacts, int column,
                               Qt::SortOrder order, const QCollator &collator)
{
    const bool ascending = order == Qt::AscendingOrder;
    if (column == ConnectedOnColumn) {
        // Each date is looked up once; the comparison then touches only this vector.
        struct Dated {
            qint64 id;
            QDate date;
        };
        std::vector<Dated> dated;
        dated.reserve(ids->size());
        for (qint64 id : std::as_const(*ids))
            dated.push_back({id, contacts.value(id).connectedOn});
        std::sort(dated.begin(), dated.end(), [ascending](const Dated &a, const Dated &b) {
            if (a.date == b.date)
                return a.id < b.id; // stable across reloads
            return ascending ? a.date < b.date : b.date < a.date;
        });
        for (qsizetype i = 0; i < qsizetype(dated.size()); ++i)
            (*ids)[i] = dated[i].id;
        return;
    }
    struct Item {
        qint64 id;
        bool empty;
        QCollatorSortKey key;
    };
    std::vector<Item> items;
    items.reserve(ids->size());
    for (qint64 id : std::as_const(*ids)) {
        const QString t = sortText(contacts.value(id), column);
        items.push_back({id, t.isEmpty(), collator.sortKey(t)});
    }
    std::sort(items.begin(), items.end(), [ascending](const Item &a, const Item &b) {
        if (a.empty != b.empty)
            return b.empty;
        const int cmp = a.key.compare(b.key);
        if (cmp == 0)
            return a.id < b.id;
        return ascending ? cmp < 0 : cmp > 0;
    });
    for (qsizetype i = 0; i < qsizetype(items.size()); ++i)
        (*ids)[i] = items[i].id;
}

void ContactListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> idsBefore;
    idsBefore.reserve(before.size());
    for (const QModelIndex &index : before)
        idsBefore << m_rows.at(index.row());

    m_sortColumn = column;
    m_sortOrder = order;
    sortAll();
    rebuildRows();

    QModelIndexList after;
    after.reserve(before.size());
    QHash<qint64, int> rowOfId;
    rowOfId.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row)
        rowOfId.insert(m_rows.at(row), row);
    for (int i = 0; i < before.size(); ++i)
        after << index(rowOfId.value(idsBefore.at(i)), before.at(i).column());
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ContactListModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    beginResetModel();
    const QStringList previousWords = m_filterWords;
    m_filterText = text;
    m_filterWords = ContactSearch::queryWords(text);
    if (narrows(previousWords, m_filterWords))
        m_rows.removeIf([this](qint64 id) { return !passesFilter(id); }); // typing on: fewer rows to check
    else
        rebuildRows();
    endResetModel();
}

// True when every contact matching `after` also matches `before`: each earlier word is the
// start of the word typed in its place ("jo smi" after "jo sm"), or there are more words now.
bool ContactListModel::narrows(const QStringList &before, const QStringList &after)
{
    if (before.isEmpty() || after.size() < before.size())
        return false;
    for (qsizetype i = 0; i < before.size(); ++i) {
        if (!after.at(i).startsWith(before.at(i)))
            return false;
    }
    return true;
}

bool ContactListModel::passesFilter(qint64 id) const
{
    if (m_filterWords.isEmpty())
        return true;
    const auto key = m_searchKeys.constFind(id);
    return key != m_searchKeys.cend() && ContactSearch::matches(*key, m_filterWords);
}

void ContactListModel::rebuildRows()
{
    if (m_filterWords.isEmpty()) {
        m_rows = m_sorted;
        return;
    }
    if (m_sortedKeys.size() != m_sorted.size())
        refreshSortedKeys();
    m_rows.clear();
    m_rows.reserve(m_sorted.size());
    for (qsizetype i = 0; i < m_sorted.size(); ++i) {
        if (ContactSearch::matches(m_sortedKeys.at(i), m_filterWords))
            m_rows << m_sorted.at(i);
    }
}

// The keys in list order, so a keystroke reads them front to back instead of looking each one
// up. Made when the list is sorted, and again after an edit changed the order or a key.
void ContactListModel::refreshSortedKeys()
{
    m_sortedKeys.clear();
    m_sortedKeys.reserve(m_sorted.size());
    for (qint64 id : std::as_const(m_sorted))
        m_sortedKeys << m_searchKeys.value(id);
}

void ContactListModel::remember(const Contact &contact)
{
    m_contacts.insert(contact.id, contact);
    m_searchKeys.insert(contact.id, ContactSearch::key(contact));
}

void ContactListModel::reload()
{
    setContacts(m_store->all());
}

ContactListModel::Listing ContactListModel::makeListing(const QList<Contact> &all, int column, Qt::SortOrder order)
{
    Listing listing;
    listing.sortColumn = column;
    listing.sortOrder = order;
    listing.contacts.reserve(all.size());
    listing.searchKeys.reserve(all.size());
    listing.sorted.reserve(all.size());
    for (const Contact &c : all) {
        listing.contacts.insert(c.id, c);
        listing.searchKeys.insert(c.id, ContactSearch::key(c));
        listing.sorted << c.id;
    }
    sortIds(&listing.sorted, listing.contacts, column, order, makeCollator());
    listing.sortedKeys.reserve(listing.sorted.size());
    for (qint64 id : std::as_const(listing.sorted))
        listing.sortedKeys << listing.searchKeys.value(id);
    return listing;
}

void ContactListModel::setContacts(const QList<Contact> &all)
{
    setListing(makeListing(all, m_sortColumn, m_sortOrder));
}

void ContactListModel::setListing(const Listing &listing)
{
    beginResetModel();
    m_contacts = listing.contacts;
    m_searchKeys = listing.searchKeys;
    m_sorted = listing.sorted;
    m_sortedKeys = listing.sortedKeys;
    if (listing.sortColumn != m_sortColumn || listing.sortOrder != m_sortOrder)
        sortAll(); // the user sorted the list another way while it was read
    rebuildRows();
    endResetModel();
    Q_EMIT totalCountChanged();
}

qint64 ContactListModel::contactId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : 0;
}

int ContactListModel::rowOf(qint64 id) const
{
    return int(m_rows.indexOf(id));
}

void ContactListModel::insertVisible(qint64 id)
{
    const auto sortedPos =
        std::lower_bound(m_sorted.begin(), m_sorted.end(), id, [this](qint64 a, qint64 b) { return lessThan(a, b); });
    m_sorted.insert(sortedPos, id);
    m_sortedKeys.clear();
    if (!passesFilter(id))
        return;
    const auto rowPos =
        std::lower_bound(m_rows.begin(), m_rows.end(), id, [this](qint64 a, qint64 b) { return lessThan(a, b); });
    const int row = int(rowPos - m_rows.begin());
    beginInsertRows({}, row, row);
    m_rows.insert(row, id);
    endInsertRows();
}

void ContactListModel::removeVisible(qint64 id)
{
    m_sorted.removeOne(id);
    m_sortedKeys.clear();
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void ContactListModel::onInserted(const QList<qint64> &ids)
{
    if (m_waitingForSource || m_read.changedWhileLoading())
        return;
    if (ids.size() > ResetThreshold) {
        // A large import: read everything again off the UI thread, showing the list as it
        // was meanwhile.
        m_read.start();
        return;
    }
    for (const Contact &c : m_store->contacts(ids)) {
        remember(c);
        insertVisible(c.id);
    }
    Q_EMIT totalCountChanged();
}

void ContactListModel::onUpdated(const QList<qint64> &ids)
{
    if (m_waitingForSource || m_read.changedWhileLoading())
        return;
    if (ids.size() > ResetThreshold) {
        m_read.start();
        return;
    }
    for (const Contact &c : m_store->contacts(ids)) {
        const int row = rowOf(c.id);
        remember(c);
        // Stay in place when the row still belongs there; otherwise move by remove + insert.
        const bool fits = row >= 0 && passesFilter(c.id) && (row == 0 || !lessThan(c.id, m_rows.at(row - 1)))
            && (row + 1 >= m_rows.size() || !lessThan(m_rows.at(row + 1), c.id));
        if (fits) {
            m_sorted.removeOne(c.id);
            m_sortedKeys.clear();
            m_sorted.insert(std::lower_bound(m_sorted.begin(), m_sorted.end(), c.id,
                                             [this](qint64 a, qint64 b) { return lessThan(a, b); }),
                            c.id);
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        } else {
            removeVisible(c.id);
            insertVisible(c.id);
        }
    }
}

void ContactListModel::onRemoved(const QList<qint64> &ids)
{
    if (m_waitingForSource || m_read.changedWhileLoading())
        return;
    if (ids.size() > ResetThreshold) {
        // Nothing to read: the list is made again from what it holds.
        for (qint64 id : ids)
            m_contacts.remove(id);
        setContacts(m_contacts.values());
        return;
    }
    for (qint64 id : ids) {
        removeVisible(id);
        m_contacts.remove(id);
        m_searchKeys.remove(id);
    }
    Q_EMIT totalCountChanged();
}
