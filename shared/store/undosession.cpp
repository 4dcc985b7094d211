#include "store/undosession.h"

#include "store/database.h"
#include "store/sqliteerror.h"

#include <cstring>
#include <memory>
#include <sqlite3.h>
#include <zstd.h>

using namespace Qt::StringLiterals;

namespace outfall::store {

namespace {

struct SqliteFree
{
    void operator()(void *p) const noexcept { sqlite3_free(p); }
};
using SqliteBuffer = std::unique_ptr<void, SqliteFree>;

void check(int rc, sqlite3 *db, const char *what)
{
    if (rc != SQLITE_OK)
        throw SqliteError(rc,
            QString::fromUtf8(what) + u": "_s + QString::fromUtf8(sqlite3_errstr(rc)),
            db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString());
}

int recordTable(void *, const char *table)
{
    return UndoSession::leftOut(table) ? 0 : 1;
}

// Level 1: an inverse is written once and read only if the import fails; its rows repeat
// column for column, so even the fastest level takes most of the bulk off the store's pages.
constexpr int kZstdLevel = 1;

QByteArray compressed(const void *data, int size)
{
    QByteArray out(qsizetype(ZSTD_compressBound(std::size_t(size))), Qt::Uninitialized);
    const std::size_t written =
        ZSTD_compress(out.data(), std::size_t(out.size()), data, std::size_t(size), kZstdLevel);
    if (ZSTD_isError(written))
        throw SqliteError(SQLITE_ERROR,
            u"cannot compress an import's undo record: "_s
                + QString::fromUtf8(ZSTD_getErrorName(written)));
    out.resize(qsizetype(written));
    return out;
}

QByteArray decompressed(QByteArrayView frame)
{
    const unsigned long long size =
        ZSTD_getFrameContentSize(frame.data(), std::size_t(frame.size()));
    if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN || size > (1ull << 31))
        throw SqliteError(SQLITE_CORRUPT, u"an import's undo record is not a zstd frame"_s);
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    const std::size_t written = ZSTD_decompress(
        out.data(), std::size_t(out.size()), frame.data(), std::size_t(frame.size()));
    if (ZSTD_isError(written) || written != size)
        throw SqliteError(SQLITE_CORRUPT,
            u"an import's undo record cannot be read: "_s
                + QString::fromUtf8(ZSTD_getErrorName(written)));
    return out;
}

struct ApplyState
{
    int leftAsTheyAre = 0;
};

// A row changed or removed since the chunk wrote it, or one that is there again: the later
// writer's version stays. A foreign key left dangling at the end is allowed through too: the
// alternative, giving up, would keep the whole failed import instead. A row to delete that is
// gone already is no conflict: taking back a permit's insert deletes its outlets by cascade
// before the changeset's own deletes of them come.
int onConflict(void *context, int conflict, sqlite3_changeset_iter *change)
{
    const char *table = nullptr;
    int columns = 0;
    int op = 0;
    int indirect = 0;
    sqlite3changeset_op(change, &table, &columns, &op, &indirect);
    if (!(conflict == SQLITE_CHANGESET_NOTFOUND && op == SQLITE_DELETE))
        ++static_cast<ApplyState *>(context)->leftAsTheyAre;
    return SQLITE_CHANGESET_OMIT;
}

int applyAll(void *, const char *)
{
    return 1;
}

} // namespace

UndoSession::UndoSession(Database &db)
    : m_db(db)
{
    check(sqlite3session_create(db.handle(), "main", &m_session), db.handle(),
        "cannot record an import chunk");
    sqlite3session_table_filter(m_session, recordTable, nullptr);
    const int rc = sqlite3session_attach(m_session, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3session_delete(m_session);
        check(rc, db.handle(), "cannot record an import chunk");
    }
}

UndoSession::~UndoSession()
{
    sqlite3session_delete(m_session);
}

bool UndoSession::leftOut(const char *table)
{
    static constexpr const char *kLeftOut[] = {"ref_row", "sync_counter", "captured_insert",
        "capture_pause", "import_undo", "import_in_flight"};
    for (const char *name : kLeftOut)
        if (std::strcmp(table, name) == 0)
            return true;
    return std::strncmp(table, "sqlite_", 7) == 0;
}

QByteArray UndoSession::inverse() const
{
    int size = 0;
    void *raw = nullptr;
    check(sqlite3session_changeset(m_session, &size, &raw), m_db.handle(),
        "cannot read an import chunk's changes");
    const SqliteBuffer changeset(raw);
    if (size == 0)
        return {};
    int invertedSize = 0;
    void *invertedRaw = nullptr;
    check(sqlite3changeset_invert(size, raw, &invertedSize, &invertedRaw), nullptr,
        "cannot invert an import chunk's changes");
    const SqliteBuffer inverted(invertedRaw);
    return compressed(invertedRaw, invertedSize);
}

int applyInverse(Database &db, QByteArrayView inverse)
{
    if (inverse.isEmpty())
        return 0;
    QByteArray changeset = decompressed(inverse);
    ApplyState state;
    check(sqlite3changeset_apply(
              db.handle(), int(changeset.size()), changeset.data(), applyAll, onConflict, &state),
        db.handle(), "cannot take an import chunk back");
    return state.leftAsTheyAre;
}

} // namespace outfall::store
