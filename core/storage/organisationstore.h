#pragma once

#include "domain/interview.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>

#include <optional>

class Database;

// Organisations (employers, institutions), first-class so the user can keep research notes
// about one and see its people and interviews together.
class OrganisationStore : public QObject
{
    Q_OBJECT
public:
    explicit OrganisationStore(Database *database, QObject *parent = nullptr);

    QList<Organisation> all() const; // by name
    std::optional<Organisation> organisation(qint64 id) const;
    std::optional<Organisation> findByName(const QString &name) const; // case-insensitive
    // The organisation a company name means, however it is spelled ("Google LLC" finds
    // "Google"; see CompanyName): the one with that exact name first, else the first by name.
    std::optional<Organisation> findByCompany(const QString &company) const;
    // Contact ids whose company is this organisation's name (case-insensitive).
    QList<qint64> contactIds(const QString &organisationName) const;

    // Organisations that look like one employer written several ways ("Google", "Google LLC"),
    // by CompanyName::key(): groups of two or more, each by name. Suggested for merging, never
    // merged without the user.
    QList<QList<Organisation>> nearDuplicates() const;

    // What merging one organisation into another changed, so that it can be taken back.
    struct Merge {
        Organisation keptBefore; // the one kept, as it was
        Organisation kept; // and as it is after
        Organisation gone; // the one merged into it, whole, with its id
        QList<qint64> movedInterviews; // its interviews, now the kept one's
    };
    // Merges `goneId` into `keptId` in one transaction: its interviews move over; notes are
    // joined; a website, a target mark, the higher motivation and posting are kept; then it is
    // deleted. *merge says what changed.
    bool merge(qint64 keptId, qint64 goneId, Merge *merge, QString *error = nullptr);
    // Takes a merge back: the merged organisation returns with its id and its interviews.
    bool unmerge(const Merge &merge, QString *error = nullptr);
    // Does the same merge again (a redo), as it was recorded.
    bool redoMerge(const Merge &merge, QString *error = nullptr);

    // Fills id and the timestamps. A second organisation with the same name is refused.
    bool insert(Organisation &organisation, QString *error = nullptr);
    bool update(Organisation &organisation, QString *error = nullptr);
    bool remove(qint64 id, QString *error = nullptr);

Q_SIGNALS:
    void organisationInserted(qint64 id);
    void organisationUpdated(qint64 id);
    void organisationRemoved(qint64 id);

private:
    bool write(Organisation &organisation, bool insert, QString *error);

    Database *m_database;
};
