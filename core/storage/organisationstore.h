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
