#pragma once

#include "domain/contact.h"
#include "storage/backgroundprogress.h"

#include <QCoreApplication>
#include <QDate>
#include <QFuture>
#include <QHash>
#include <QList>
#include <QObject>

#include <functional>
#include <optional>
#include <utility>

class Database;

// A set of contact writes applied atomically. Every user edit, its undo and an import
// are expressed as one batch, so there is exactly one write path and it is transactional.
struct ContactBatch {
    // What an update writes: the whole contact, or only what an import brings (e-mail,
    // LinkedIn URL, company, position, connected on), leaving the user's own fields alone.
    enum class UpdatedFields { All, FromImport };

    // What deleting contacts cuts, so that its undo mends it: the referrals they were (with their
    // dates), the interviews they introduced you to, and the contacts they referred.
    struct Links {
        struct Referral {
            qint64 interviewId = 0;
            qint64 contactId = 0;
            QDate addedOn;
            bool operator==(const Referral &other) const = default;
        };
        QList<Referral> referrals;
        QList<std::pair<qint64, qint64>> introducedBy; // interview id, the contact who introduced
        QList<std::pair<qint64, qint64>> referredBy; // contact id, the contact who referred them
        struct Partner {
            qint64 runId = 0;
            qint64 interviewId = 0;
            qint64 contactId = 0;
            bool operator==(const Partner &other) const = default;
        };
        QList<Partner> practisedWith{}; // practice runs with them
        QList<PastJob> pastJobs{}; // the deleted contacts' earlier jobs
        bool isEmpty() const
        {
            return referrals.isEmpty() && introducedBy.isEmpty() && referredBy.isEmpty() && practisedWith.isEmpty()
                && pastJobs.isEmpty();
        }
        QList<qint64> interviewIds() const;
        bool operator==(const Links &other) const = default;
    };

    QList<Contact> inserts; // id 0: new id assigned; id > 0: re-created with that id (undo of delete)
    QList<Contact> updates; // matched by id
    QList<qint64> removals;
    UpdatedFields updatedFields = UpdatedFields::All;
    // Earlier jobs of updated contacts to keep as their history (an import that finds people
    // changed jobs). Given their ids once written; one with an id is written with it (a redo).
    QList<PastJob> pastJobs{};
    QList<qint64> forgottenPastJobs{}; // taken back (the undo of a batch that recorded them)
    Links cut; // filled by ContactStore::apply(): what the removals cut
    Links relink; // written by ContactStore::apply() after the inserts, where still unset

    bool isEmpty() const { return inserts.isEmpty() && updates.isEmpty() && removals.isEmpty(); }
    // The ids of contacts, in their order.
    static QList<qint64> idsOf(const QList<Contact> &contacts);
    // The batch that undoes this one, given the contacts as they were before it (and, once
    // applied, mending the links its removals cut).
    ContactBatch inverse(const QList<Contact> &before) const;
};

// The contacts table. Announces every change through signals that
// models subscribe to; the store is passed to them, never looked up globally.
class ContactStore : public QObject
{
    Q_OBJECT
public:
    explicit ContactStore(Database *database, QObject *parent = nullptr);
    Database *database() const { return m_database; }

    QList<Contact> all() const;
    // all(), read on a worker thread (Database::runInBackground()), so that a large list never
    // keeps the window from appearing.
    QFuture<QList<Contact>> allInBackground() const;
    // Every contact as the target lists read them (NetworkPerson), by id; and on a worker thread.
    QList<NetworkPerson> network() const;
    QFuture<QList<NetworkPerson>> networkInBackground() const;
    // Every contact's match key: only what an import compares and updates.
    QList<ContactMatchKey> allForMatching() const;
    std::optional<Contact> contact(qint64 id) const;
    QList<Contact> contacts(const QList<qint64> &ids) const;
    // The people a contact referred the user to ("referred by" them), by name.
    QList<Contact> referredBy(qint64 id) const;
    // A contact's earlier jobs, the latest first; every contact's, by contact (for the export).
    QList<PastJob> pastJobs(qint64 contactId) const;
    QHash<qint64, QList<PastJob>> allPastJobs() const;
    int count() const;

    // Applies the batch in one transaction. On success, fills ids assigned to new contacts
    // (in order of batch.inserts) and emits the change signals. On failure nothing changed
    // and *error (when asked for) says why.
    bool apply(ContactBatch &batch, QString *error = nullptr);

    // For an import: plan() is given the contacts as they are now, and the batch it returns is
    // written, all in one transaction that holds the write lock from its first statement
    // (BEGIN IMMEDIATE). So no other writer (another import, another instance of the app) can
    // come between reading the contacts for matching and writing what was planned from them.
    // On success *applied is the batch as written (with its new ids) and *before the updated
    // contacts as they were, whole, for undo. On failure nothing changed and *error (when asked
    // for) says why. progress, when given, hears how many of the planned rows are written.
    using Planner = std::function<ContactBatch(const QList<ContactMatchKey> &existing)>;
    bool applyPlanned(const Planner &plan, ContactBatch *applied, QList<Contact> *before, QString *error = nullptr,
                      const BackgroundProgress &progress = {});

    // Emits the change signals for a batch that another ContactStore on the same database wrote
    // (an import written on a worker thread), so that models following this one catch up.
    void announce(const ContactBatch &written);

Q_SIGNALS:
    void contactsInserted(const QList<qint64> &ids);
    void contactsUpdated(const QList<qint64> &ids);
    void contactsRemoved(const QList<qint64> &ids);
    // Deleting contacts cut, or its undo mended, these interviews' referrals or introducers.
    void interviewLinksChanged(const QList<qint64> &interviewIds);

private:
    bool write(ContactBatch &batch, const Planner &plan, QList<Contact> *before, QString *error,
               const BackgroundProgress &progress = {});

    Database *m_database;
};
