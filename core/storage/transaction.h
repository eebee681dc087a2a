#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include "domain/failwith.h"
#include "storage/database.h"

namespace Storage {

// Runs body(query) in one write transaction: commits when it returns true, rolls back otherwise.
// On failure *error (when asked for) says why, in words for the user, unless body already set it
// (through the same pointer, when that is not null).
template<typename Body>
bool inTransaction(QSqlDatabase db, QString *error, Body body)
{
    QString ignored;
    if (!error)
        error = &ignored;
    error->clear();
    QSqlQuery q(db);
    // Every write transaction takes the write lock from its first statement (waiting for
    // another writer up to the busy timeout), so what it reads cannot change before it writes.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *error =
            QCoreApplication::translate("Storage", "The database is busy or read-only: %1").arg(q.lastError().text());
        return false;
    }
    if (!body(q)) {
        if (error->isEmpty())
            *error = QCoreApplication::translate("Storage", "Saving failed, nothing was changed: %1")
                         .arg(q.lastError().text());
        q.finish();
        db.rollback();
        return false;
    }
    q.finish();
    if (!db.commit()) {
        *error =
            QCoreApplication::translate("Storage", "Saving failed, nothing was changed: %1").arg(db.lastError().text());
        db.rollback();
        return false;
    }
    return true;
}

// The same on the database's connection for this thread, once the database may be written
// (see Database::waitUntilWritable()).
template<typename Body>
bool inTransaction(Database *database, QString *error, Body body)
{
    if (!database->waitUntilWritable(error))
        return false;
    return inTransaction(database->connection(), error, body);
}

} // namespace Storage
