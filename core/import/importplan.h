#pragma once

#include "import/linkedinformat.h"
#include "storage/contactstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

// What an import would do, worked out before anything is written, so the user sees it in a
// preview and confirms. Rows are matched to existing contacts by LinkedIn URL, else e-mail,
// else exact name and company.
// Keys that recognise a person again, in order of trust.
struct ContactMatchKeys {
    QHash<QString, qint64> byProfileUrl;  // normalised LinkedIn URL
    QHash<QString, qint64> byEmail;       // lower-case
    QHash<QString, qint64> byNameCompany; // first, last and company, case-folded

    static ContactMatchKeys build(const QList<Contact> &contacts);
    static QString nameCompanyKey(const Contact &contact);
};

class ImportPlan
{
    Q_DECLARE_TR_FUNCTIONS(ImportPlan)
public:
    enum class Action { Add, Update, Unchanged, Skip };

    struct Entry {
        int line = 0;
        Action action = Action::Skip;
        Contact contact;       // Add: the new contact; Update: the contact after the update
        QStringList changes;   // Update: translated names of the changed fields
        QString reason;        // Skip: why, for the user
    };

    static ImportPlan build(const QList<linkedin::Row> &rows, const QList<Contact> &existing);

    const QList<Entry> &entries() const { return m_entries; }
    int count(Action action) const;

    // The batch that performs the import; empty when there is nothing to write.
    ContactBatch batch() const;

    // "3 added, 1 updated, 2 skipped" (plus unchanged when there are any).
    QString summary() const;

private:
    QList<Entry> m_entries;
};
