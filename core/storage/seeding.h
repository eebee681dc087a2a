#pragma once

class QSqlDatabase;
class QString;

// The questions and templates that ship with the app, added to a database after it is migrated.
//
// Migrations are frozen SQL: an old step calling today's store code would break as soon as a
// later step changes a table it writes. So Database::open() migrates first, then calls this,
// which may use the stores because the schema is current by then. The dependency is one-way:
// database.cpp includes this header only; the stores never reach back into the migrations.
//
// The table shipped_defaults (schema version 6) records every (kind, key) ever added, so an item
// the user deleted stays deleted, while one a later release ships arrives once.
namespace Seeding {

// True when a shipped question or template has never been added to db: one SELECT of the
// recorded keys. Also true when they cannot be read, so that seedShippedData() says why.
bool hasUnseededData(QSqlDatabase &db);

// Adds, in one transaction, every shipped question and template that was never added before,
// and records it. Idempotent; false with *error (for the user) when nothing could be added.
bool seedShippedData(QSqlDatabase &db, QString *error);

} // namespace Seeding
