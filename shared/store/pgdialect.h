#pragma once

#include <QString>
#include <QStringList>

namespace outfall::store {

// The numbered migrations (store/migrations/*.sql, SQLite's dialect) as PostgreSQL runs them,
// so both engines have one schema from one source (issue 14 part 1). Migrator uses this for a
// store on PostgreSQL, except where store/migrations-postgresql/ has a file of the same name:
// the few migrations whose SQLite machinery has no PostgreSQL counterpart (rowids, PRAGMAs).
//
// What changes:
//  - INTEGER, REAL, BLOB become bigint, double precision, bytea (PostgreSQL's INTEGER and REAL
//    are 32-bit); a column with no type (SQLite keeps any value) becomes text;
//  - `x GLOB 'pattern'` becomes `x ~ '^regex$'`; WITHOUT ROWID and PRAGMA go;
//  - CREATE TRIGGER becomes a PL/pgSQL function and a row trigger calling it: its WHEN becomes
//    an IF inside the function (PostgreSQL's WHEN takes no subquery), `SELECT RAISE(ABORT,
//    'message')` becomes RAISE EXCEPTION with the same message;
//  - DROP TRIGGER finds the trigger's table in the catalogue (SQLite's names none).
// Comments go; statements keep their order.
namespace PgDialect {

QString migration(const QString &sqliteSql);

// The statements of a script: split at semicolons outside literals and quoted names, a
// trigger kept whole to its END; comments removed.
QStringList statements(const QString &sql);

} // namespace PgDialect

} // namespace outfall::store
