#pragma once

#include "import/linkedinformat.h"
#include "storage/contactstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// Recognises people already in the database by LinkedIn URL, else e-mail, else exact name and
// company. The URL index is made at once; the other two on first need, since re-importing an
// export matches everyone by URL and never needs them.
class ContactMatcher
{
public:
    explicit ContactMatcher(const QList<ContactMatchKey> &contacts);

    // Index into the contacts of the one matching, or -1. The keys are a row's normalised
    // URL and lower-case e-mail; the name key is made only if it comes to that.
    qsizetype find(const QString &url, const QString &email, const Contact &incoming);

    static QString nameCompanyKey(QStringView firstName, QStringView lastName, QStringView company);

private:
    const QList<ContactMatchKey> &m_contacts;
    QHash<QString, qsizetype> m_byUrl;
    std::optional<QHash<QString, qsizetype>> m_byEmail;
    std::optional<QHash<QString, qsizetype>> m_byName;
};

// What an import would do, worked out before anything is written, so the user sees it in a
// preview and confirms; and worked out again from the same rows when it is written, against
// the contacts as they are then (ContactImport::apply()). Rows are matched to existing
// contacts by LinkedIn URL, else e-mail, else exact name and company.
class ImportPlan
{
    Q_DECLARE_TR_FUNCTIONS(ImportPlan)
public:
    enum class Action { Add, Update, Unchanged, Skip };

    // One row of the file and what the import does with it. A view into the plan: valid while
    // the plan is.
    struct Entry {
        int line;
        Action action;
        // Add: the new contact; Update, Unchanged: the person after the update, with only the
        // fields of a ContactMatchKey (what an import compares and writes).
        const Contact &contact;
        const QStringList &changes; // Update: translated names of the changed fields
        const QString &reason; // Skip: why, for the user
        // Update that is a change of job (PastJob::isChange()): the job they had, kept as their
        // history; nullopt otherwise.
        const std::optional<PastJob> &pastJob;
    };

    static ImportPlan build(QList<linkedin::Row> rows, const QList<ContactMatchKey> &existing);

    qsizetype size() const { return m_outcomes.size(); }
    Entry entry(qsizetype index) const;
    int count(Action action) const;
    // How many of the updates are people who changed jobs.
    int jobChanges() const;

    // The batch that performs the import; empty when there is nothing to write. Its updates
    // carry only what an import writes (ContactBatch::UpdatedFields::FromImport).
    ContactBatch batch() const;

    // "3 added, 1 updated, 2 skipped" (plus unchanged when there are any, and how many people
    // changed jobs when any did).
    QString summary() const;

private:
    struct Outcome {
        Action action = Action::Skip;
        QStringList changes;
        QString reason;
        std::optional<PastJob> pastJob;
    };
    // Parallel lists, one item per row of the file. A row's contact is what its entry shows:
    // as read, or for a row that updates someone, that person after the update.
    QList<linkedin::Row> m_rows;
    QList<Outcome> m_outcomes;
};
