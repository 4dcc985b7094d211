#pragma once

#include <QByteArray>
#include <QByteArrayView>

struct sqlite3_session;

namespace outfall::store {

class Database;

// Records what a unit of writes changes, so that it can be taken back after it has committed:
// SQLite's session extension (https://sqlite.org/sessionintro.html), which notes the old
// values of every row the connection changes. A long import commits in short chunks (issue 14
// part 6, importer/importchunks.h); each chunk's inverse is kept beside it, in the same
// transaction, so that an import that fails half way can still change nothing.
//
// Every table of the main database is recorded except the change capture itself (ref_row,
// its counter and bulk-capture tables) and the undo tables: a rollback is captured afresh by
// the triggers, with new sequence numbers, so devices hear of it like any other change, and
// the counter only ever goes up. A table without a declared PRIMARY KEY cannot be recorded
// (SQLite skips it); tst_importchunks checks that every server table has one.
class UndoSession
{
public:
    explicit UndoSession(Database &db);
    ~UndoSession();
    UndoSession(const UndoSession &) = delete;
    UndoSession &operator=(const UndoSession &) = delete;

    // The inverse of everything written since the session began, zstd-compressed; empty when
    // nothing recorded changed.
    QByteArray inverse() const;

    // Whether a table's changes are left out (see above).
    static bool leftOut(const char *table);

private:
    Database &m_db;
    sqlite3_session *m_session = nullptr;
};

// Applies an inverse made by UndoSession::inverse(), inside the caller's transaction. A row
// that someone else changed or removed since is left as they made it (the later writer wins):
// returns how many such rows there were.
int applyInverse(Database &db, QByteArrayView inverse);

} // namespace outfall::store
