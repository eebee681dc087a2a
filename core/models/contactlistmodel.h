#pragma once

#include "domain/contact.h"
#include "models/loading.h"

#include <QAbstractTableModel>
#include <QCollator>
#include <QHash>
#include <QList>

class ContactStore;

// The contact list as a table: sorts and filters itself (see ContactSearch for what the
// filter matches), and follows the store's change signals with fine-grained row signals so
// selections and scroll positions survive edits.
class ContactListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        CompanyColumn,
        PositionColumn,
        EmailColumn,
        RelationshipColumn,
        ConnectedOnColumn,
        TagsColumn,
        ColumnCount
    };
    enum Role { ContactIdRole = Qt::UserRole + 1, SortRole };
    Q_ENUM(Column)

    using Loading = ::Loading;
    explicit ContactListModel(ContactStore *store, Loading loading = Loading::Now, QObject *parent = nullptr);
    // An unfiltered second list (for pickers) that takes its contacts from `source` once that
    // has loaded, instead of reading the whole table from the database a second time.
    ContactListModel(ContactStore *store, const ContactListModel *source, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Shows only contacts matching every word (prefix match on name, company, position,
    // e-mail, tags). Empty text shows everyone.
    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }

    // Reloads everything from the store (after opening a database or a large import).
    void reload();
    // True until a background load has delivered the contacts.
    bool isLoading() const { return m_waitingForSource || m_read.isLoading(); }

    int totalCount() const { return int(m_contacts.size()); }
    qint64 contactId(int row) const;
    int rowOf(qint64 id) const; // -1 when filtered out or unknown
    // Every contact, shown or hidden by the search, in the list's order.
    QList<qint64> allIds() const { return m_sorted; }
    Contact contact(qint64 id) const { return m_contacts.value(id); }

Q_SIGNALS:
    void totalCountChanged();
    void loadingFinished();

private:
    // Everything the list keeps about its contacts, made from a full read (on a worker thread).
    struct Listing {
        QHash<qint64, Contact> contacts;
        QHash<qint64, QString> searchKeys;
        QList<qint64> sorted;
        QList<QString> sortedKeys;
        int sortColumn = NameColumn;
        Qt::SortOrder sortOrder = Qt::AscendingOrder;
    };
    static Listing makeListing(const QList<Contact> &contacts, int column, Qt::SortOrder order);

    void init();
    void setContacts(const QList<Contact> &contacts);
    void setListing(const Listing &listing);
    void onInserted(const QList<qint64> &ids);
    void onUpdated(const QList<qint64> &ids);
    void onRemoved(const QList<qint64> &ids);

    static QString text(const Contact &contact, int column);
    static QString sortText(const Contact &contact, int column);
    static bool lessThan(const Contact &a, const Contact &b, int column, Qt::SortOrder order,
                         const QCollator &collator);
    bool lessThan(qint64 a, qint64 b) const;
    static void sortIds(QList<qint64> *ids, const QHash<qint64, Contact> &contacts, int column, Qt::SortOrder order,
                        const QCollator &collator);
    void sortAll();
    bool passesFilter(qint64 id) const;
    static bool narrows(const QStringList &before, const QStringList &after);
    void rebuildRows();
    void remember(const Contact &contact);
    void refreshSortedKeys();
    void insertVisible(qint64 id);
    void removeVisible(qint64 id);

    QFuture<Listing> readInBackground() const;

    ContactStore *m_store;
    QHash<qint64, Contact> m_contacts;
    QList<qint64> m_sorted; // every contact, in sort order
    QList<qint64> m_rows; // the visible ones, in sort order
    QHash<qint64, QString> m_searchKeys; // ContactSearch::key of each contact
    QList<QString> m_sortedKeys; // the same in m_sorted's order; empty when out of date
    QString m_filterText;
    QStringList m_filterWords; // empty: no filter
    int m_sortColumn = NameColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QCollator m_collator;
    // A second list waits for its source's contacts and takes changes from there (it reads again).
    bool m_waitingForSource = false;
    BackgroundRead<Listing> m_read{this, [this] { return readInBackground(); },
                                   [this](const Listing &listing) {
                                       setListing(listing);
                                       Q_EMIT loadingFinished();
                                   }};
};
