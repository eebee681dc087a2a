#pragma once

#include "import/linkedinformat.h"
#include "storage/contactstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// Recognises people already in the database by LinkedIn URL, else e-mail, else exact name and
// company. The URL index is made at once (a re-import can make it on the thread that reads
// the contacts); the other two on first need, since re-importing an export matches everyone
// by URL and never needs them.
class ContactMatcher
{
public:
    explicit ContactMatcher(QList<Contact> contacts = {});

    const QList<Contact> &contacts() const { return m_contacts; }

    // Index into the contacts of the one matching, or -1. The keys are a row's normalised
    // URL and lower-case e-mail; the name key is made only if it comes to that.
    qsizetype find(const QString &url, const QString &email, const Contact &incoming);

    static QString nameCompanyKey(const Contact &contact);
    static QString nameCompanyKey(QStringView firstName, QStringView lastName, QStringView company);

private:
    QList<Contact> m_contacts;
    QHash<QString, qsizetype> m_byUrl;
    std::optional<QHash<QString, qsizetype>> m_byEmail;
    std::optional<QHash<QString, qsizetype>> m_byName;
};

// What an import would do, worked out before anything is written, so the user sees it in a
// preview and confirms. Rows are matched to existing contacts by LinkedIn URL, else e-mail,
// else exact name and company.
class ImportPlan
{
    Q_DECLARE_TR_FUNCTIONS(ImportPlan)
public:
    enum class Action { Add, Update, Unchanged, Skip };

    // One row of the file and what the import does with it. A view into the plan: valid while
    // the plan is, and not past a takeBatch().
    struct Entry {
        int line;
        Action action;
        // Add: the new contact (only its name and company once ImportPlanner::takeAdded() has
        // handed it out); Update, Unchanged: the contact after the update, with only the fields
        // an import compares when the plan was made from ContactStore::allForMatching().
        const Contact &contact;
        const QStringList &changes;  // Update: translated names of the changed fields
        const QString &reason;       // Skip: why, for the user
    };

    // existing may be ContactStore::allForMatching(): a plan reads no other field.
    static ImportPlan build(const QList<linkedin::Row> &rows, const QList<Contact> &existing);
    // The same, keeping the rows instead of copying them: a plan holds each row's contact once.
    static ImportPlan build(QList<linkedin::Row> &&rows, const QList<Contact> &existing);

    qsizetype size() const { return m_outcomes.size(); }
    Entry entry(qsizetype index) const;
    int count(Action action) const;

    // The batch that performs the import; empty when there is nothing to write.
    ContactBatch batch() const;
    // The same, moving the contacts out of the plan instead of copying them (the entries keep
    // their actions, lines and reasons, so count() and summary() still hold). Contacts added
    // that takeAdded() handed out already are not in it.
    ContactBatch takeBatch();

    // "3 added, 1 updated, 2 skipped" (plus unchanged when there are any).
    QString summary() const;

private:
    friend class ImportPlanner;
    template<typename Plan>
    static ContactBatch batchOf(Plan &plan);

    struct Outcome {
        Action action = Action::Skip;
        QStringList changes;
        QString reason;
    };
    // Parallel lists, one item per row of the file. Each row's contact is what its entry shows:
    // as read, or for a row that updates someone, that person after the update.
    QList<linkedin::Row> m_rows;
    QList<Outcome> m_outcomes;
    qsizetype m_addsTaken = 0; // rows before this one gave their added contact to takeAdded()
};

// Builds an ImportPlan a part at a time, so that an import can write the first new contacts
// while later rows of the file are still being read. Rows are first keyed, with what the file
// alone tells (their profile URL and e-mail, and which repeat a person listed earlier in it):
// that needs no database, so it goes on while the existing contacts are still being read.
// Then they are planned against those contacts. A contact planned as new is final at once;
// updates may still gather changes from later rows that match the same person.
class ImportPlanner
{
public:
    // Room for this many rows in all, when the caller knows how many will come.
    void reserve(qsizetype rows);
    void addRows(QList<linkedin::Row> &&rows);
    // Plans every row added and not yet planned. The same matcher each time.
    void planAdded(ContactMatcher &existing);
    qsizetype plannedCount() const { return m_plan.m_outcomes.size(); }

    // The contacts planned as new since the last call, moved out of the plan: their entries
    // keep only the name and company.
    QList<Contact> takeAdded();

    const ImportPlan &plan() const { return m_plan; }
    // The plan; the rows added after the last planAdded() are not in it.
    ImportPlan takePlan() { return std::move(m_plan); }

private:
    // The name key of row r as read from the file, though its contact may have become the
    // existing person's since.
    QString nameKeyAsRead(qsizetype r) const;

    // A row's name and company as read, kept when planning gives the row the existing
    // person's contact while names are not compared yet: should a row without a URL come
    // later, it is compared with what this row said.
    struct NameAsRead {
        QString firstName;
        QString lastName;
        QString company;
    };
    QHash<qsizetype, NameAsRead> m_nameAsRead; // by row; only where the contact says otherwise

    ImportPlan m_plan; // m_rows holds every row added; m_outcomes those planned
    // Per row added: its normalised profile URL, lower-case e-mail, and the line of an earlier
    // row with the same person (else 0).
    QList<QString> m_urls;
    QList<QString> m_emails;
    QList<int> m_duplicateOf;
    // Keys of the people seen so far in the file, with the line that listed them first. Names
    // tell people apart only in rows without a URL, and every row of LinkedIn's current exports
    // has one, so names are gathered only once a row without one turns up (those of the rows
    // before it too).
    QHash<QString, int> m_seenUrl;
    QHash<QString, int> m_seenEmail;
    std::optional<QHash<QString, int>> m_seenName;
    // Per existing contact, the row that first matched it, or -1: updates gather there.
    QList<qsizetype> m_updateRowOf;
};
