#pragma once

#include "domain/contact.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <future>

class Database;

// A set of contact writes applied atomically. Every user edit, its undo and an import
// are expressed as one batch, so there is exactly one write path and it is transactional.
struct ContactBatch {
    // What an update writes: the whole contact, or only what an import brings (e-mail,
    // LinkedIn URL, company, position, connected on), leaving the user's own fields alone.
    enum class UpdatedFields { All, FromImport };

    QList<Contact> inserts; // id 0: new id assigned; id > 0: re-created with that id (undo of delete)
    QList<Contact> updates; // matched by id
    QList<qint64> removals;
    UpdatedFields updatedFields = UpdatedFields::All;

    bool isEmpty() const { return inserts.isEmpty() && updates.isEmpty() && removals.isEmpty(); }
    // The batch that undoes this one, given the contacts as they were before it.
    ContactBatch inverse(const QList<Contact> &before) const;
};

// The contacts table. Announces every change through signals that
// models subscribe to; the store is passed to them, never looked up globally.
class ContactStore : public QObject
{
    Q_OBJECT
public:
    explicit ContactStore(Database *database, QObject *parent = nullptr);
    ~ContactStore() override;

    QList<Contact> all() const;
    // Reads all() on a worker thread with its own connection and hands the result to
    // done() on context's thread, so a large list never blocks the window from appearing.
    void readAllInBackground(QObject *context, std::function<void(QList<Contact>)> done) const;
    // Every contact with only what an import compares and updates: id, names, e-mail, LinkedIn
    // URL, company, position and connected on; the other fields are left empty. Reading less
    // makes re-importing a large export faster. Write such contacts back only with
    // ContactBatch::UpdatedFields::FromImport.
    QList<Contact> allForMatching() const;
    // For a thread of the caller's own that has finished reading: closes its connection.
    void releaseThreadConnection() const;
    std::optional<Contact> contact(qint64 id) const;
    QList<Contact> contacts(const QList<qint64> &ids) const;
    int count() const;

    // Applies the batch in one transaction. On success, fills ids assigned to new contacts
    // (in order of batch.inserts) and emits the change signals. On failure nothing changed
    // and lastError() says why.
    bool apply(ContactBatch &batch);
    // The same, for a batch whose new contacts are still being worked out: moreInserts() is
    // called until it says Done, each Part it gives is written at once, and the batch's updates
    // are read only after that. So an import writes its first contacts while it still reads the
    // file. Removals go first; it is all one transaction either way, and Cancel rolls it back.
    // When moreInserts() is called again, `part` still holds the part just written: the caller
    // may keep it, free it or hand it on. The parts' contacts do not learn their ids; the
    // contactsInserted() signal names them all.
    enum class NextInserts { Part, Done, Cancel };
    bool apply(ContactBatch &batch, const std::function<NextInserts(QList<Contact> &)> &moreInserts);

    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void contactsInserted(const QList<qint64> &ids);
    void contactsUpdated(const QList<qint64> &ids);
    void contactsRemoved(const QList<qint64> &ids);

private:
    Database *m_database;
    QString m_lastError;
    mutable QList<QPointer<QThread>> m_workers;
};
