#include "importer/importchunks.h"

#include "store/bulkcapture.h"
#include "store/database.h"
#include "store/undosession.h"

#include <QDateTime>
#include <QFile>
#include <QList>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <limits>
#include <sys/file.h>
#include <thread>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace outfall::importer {

namespace {

// 20 ms: medians of alternating bench_sync runs put p99 beside a 240,000-permit import at
// 1.9-2.6x idle with 20 ms chunks against 3.1-3.5x with 50 ms, and the import took no longer
// in the same runs (docs/formats.md, "An import beside a running server").
std::atomic<std::int64_t> g_chunkMs {20};

// After a chunk commits, the import waits this long before it takes the lock again: a writer
// whose busy handler looks every millisecond (store::Database) gets in meanwhile.
constexpr std::chrono::milliseconds kBreather {2};

std::function<void(int)> &chunkCommittedHook()
{
    static std::function<void(int)> hook;
    return hook;
}

bool hasChunkTables(store::Database &db)
{
    return db.hasTable(u"import_in_flight"_s);
}

struct InFlight
{
    QString kind;
    QString fileName;
    std::int64_t startedAt = 0;
};

std::optional<InFlight> inFlight(store::Database &db)
{
    auto row = db.cached(u"SELECT kind, file_name, started_at FROM import_in_flight"_s);
    std::optional<InFlight> found;
    if (row.step())
        found = InFlight {row.text(0), row.text(1), row.int64(2)};
    row.reset();
    return found;
}

struct TakeBack
{
    int leftAsTheyAre = 0; // rows others had changed since, left as they made them
    bool finished = false; // no chunk is left, and the import has ended
};

// Takes committed chunks back, newest first, each in a short transaction of its own (at most
// maxChunks of them), and ends the import once none is left.
TakeBack takeBackChunks(store::Database &db, int maxChunks = std::numeric_limits<int>::max())
{
    QList<std::int64_t> chunks;
    auto list = db.prepare(u"SELECT chunk FROM import_undo ORDER BY chunk DESC LIMIT ?"_s);
    list.bind(1, std::int64_t {maxChunks});
    while (list.step())
        chunks.append(list.int64(0));
    list.reset();
    TakeBack result;
    for (const std::int64_t chunk : std::as_const(chunks)) {
        store::Transaction transaction(db);
        auto undo = db.cached(u"SELECT inverse FROM import_undo WHERE chunk = ?"_s);
        undo.bind(1, chunk);
        const QByteArray inverse = undo.step() ? undo.blob(0) : QByteArray();
        undo.reset();
        result.leftAsTheyAre += store::applyInverse(db, inverse);
        db.cached(u"DELETE FROM import_undo WHERE chunk = ?"_s).bind(1, chunk).exec();
        transaction.commit();
    }
    store::Transaction transaction(db);
    auto left = db.cached(u"SELECT count(*) FROM import_undo"_s);
    left.step();
    result.finished = left.int64(0) == 0;
    left.reset();
    if (result.finished)
        db.exec(u"DELETE FROM import_in_flight"_s);
    transaction.commit();
    return result;
}

// The undo of an import that has ended counts for nothing: deleted a few chunks a transaction,
// after the import's end, because deleting all of it at once (hundreds of MB for 240,000
// permits) held the write lock for seconds, and pushes waiting that long are refused. An
// import killed while doing this leaves the rest, and the next import deletes it before it
// begins: while import_in_flight has its row, import_undo holds that import's chunks only.
void discardEndedUndo(store::Database &db)
{
    constexpr int kChunksADelete = 16;
    for (;;) {
        store::Transaction transaction(db);
        db.cached(u"DELETE FROM import_undo WHERE chunk IN"
                  u" (SELECT chunk FROM import_undo ORDER BY chunk LIMIT ?)"_s)
            .bind(1, kChunksADelete)
            .exec();
        const bool more = db.changes() == kChunksADelete;
        transaction.commit();
        if (!more)
            return;
        std::this_thread::sleep_for(kBreather);
    }
}

QString takenBack(const InFlight &dead, int leftAsTheyAre)
{
    QString said = u"an import of %1 (%2) begun at %3 did not finish; what it had written was "
                   u"taken back"_s.arg(dead.fileName, dead.kind,
                       QDateTime::fromMSecsSinceEpoch(dead.startedAt).toString(Qt::ISODate));
    if (leftAsTheyAre > 0)
        said += u" (%1 rows changed since by others were left as they are)"_s.arg(leftAsTheyAre);
    return said;
}

QString lockPath(const store::Database &db)
{
    return db.path() + u".import-lock"_s;
}

} // namespace

// An exclusive flock on a file beside the store, held while an import runs. The kernel lets
// go of it when the process ends, however it ends: a free lock and an import_in_flight row
// mean an import that died.
class ImportChunks::Lock
{
public:
    explicit Lock(const QString &path)
    {
        m_fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (m_fd < 0) {
            m_error = QString::fromLocal8Bit(std::strerror(errno));
            return;
        }
        if (::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
            m_error =
                errno == EWOULDBLOCK ? QString() : QString::fromLocal8Bit(std::strerror(errno));
            ::close(m_fd);
            m_fd = -1;
        }
    }
    ~Lock()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Lock(const Lock &) = delete;
    Lock &operator=(const Lock &) = delete;

    bool held() const { return m_fd >= 0; }
    QString error() const { return m_error; } // empty when another process holds it

private:
    int m_fd = -1;
    QString m_error;
};

ImportChunks::ImportChunks(store::Database &db, const QString &kind, const QString &fileName)
    : m_db(db)
{
    // PostgreSQL: one transaction too, for now. A chunk's undo is SQLite's session extension;
    // PostgreSQL's readers never see an uncommitted import, but the sync server's pushes wait
    // for it to commit (issue 14 part 6 on PostgreSQL is still to come).
    m_chunked = db.path() != u":memory:" && !db.engine() && !db.inTransaction()
        && hasChunkTables(db);
    if (!m_chunked) {
        // One transaction (a savepoint inside the caller's), as before chunks.
        m_whole = std::make_unique<store::Transaction>(m_db);
        m_capture = std::make_unique<store::BulkCapture>(m_db);
        return;
    }
    m_lock = std::make_unique<Lock>(lockPath(db));
    if (!m_lock->held()) {
        m_refusal = m_lock->error().isEmpty()
            ? u"another import into this store is under way; import this file when it has "
              u"finished"_s
            : u"cannot lock the store for an import (%1): %2"_s.arg(lockPath(db), m_lock->error());
        m_lock.reset();
        m_done = true;
        return;
    }
    if (const auto dead = inFlight(db))
        m_recovered = takenBack(*dead, takeBackChunks(db).leftAsTheyAre);
    else
        discardEndedUndo(db); // what an import killed after its end left
    // A chunk's commit need not reach the disk: should the machine fail, the WAL loses a
    // tail of whole commits, each chunk with its own undo, and what is left is taken back.
    // Without a sync per chunk the lock is held for the writing alone. The last commit, which
    // makes the import count, syncs as the store always does.
    auto level = m_db.cached(u"PRAGMA synchronous"_s);
    m_synchronous = level.step() ? level.integer(0) : 2;
    level.reset();
    m_db.exec(u"PRAGMA synchronous = NORMAL"_s);
    m_db.exec(u"BEGIN IMMEDIATE"_s);
    m_open = true;
    m_db.cached(u"INSERT INTO import_in_flight (id, kind, file_name, started_at, first_seq)"
                u" VALUES (1, ?1, ?2, ?3, (SELECT seq + 1 FROM sync_counter))"_s)
        .bind(1, kind)
        .bind(2, fileName)
        .bind(3, std::int64_t {QDateTime::currentMSecsSinceEpoch()})
        .exec();
    startChunk();
}

ImportChunks::~ImportChunks()
{
    if (m_done)
        return;
    try {
        rollBack();
    } catch (...) {
        // Left for recoverInterrupted(): the chunks and import_in_flight are still there.
    }
}

void ImportChunks::startChunk()
{
    m_undo = std::make_unique<store::UndoSession>(m_db);
    m_capture = std::make_unique<store::BulkCapture>(m_db);
    m_chunkStarted = std::chrono::steady_clock::now();
}

void ImportChunks::boundary()
{
    if (!m_chunked || m_done)
        return;
    if (std::chrono::steady_clock::now() - m_chunkStarted < chunkTime())
        return;
    commitChunk();
}

void ImportChunks::endChunk()
{
    m_capture->finish();
    m_capture.reset();
    const QByteArray inverse = m_undo->inverse();
    m_undo.reset();
    if (!inverse.isEmpty())
        m_db.cached(u"INSERT INTO import_undo (chunk, inverse) VALUES (?, ?)"_s)
            .bind(1, std::int64_t {m_chunk + 1})
            .bind(2, inverse)
            .exec();
    m_db.exec(u"COMMIT"_s);
    m_open = false;
    ++m_chunk;
}

void ImportChunks::commitChunk()
{
    endChunk();
    if (chunkCommittedHook())
        chunkCommittedHook()(m_chunk);
    std::this_thread::sleep_for(kBreather);
    m_db.exec(u"BEGIN IMMEDIATE"_s);
    m_open = true;
    startChunk();
}

void ImportChunks::commit()
{
    if (!m_chunked) {
        m_capture->finish();
        m_capture.reset();
        m_whole->commit();
        m_whole.reset();
    } else {
        // The last chunk like the others, then the end of the import in a commit of its own,
        // synced (a level cannot change inside a transaction): the WAL is written in order, so
        // its sync makes every chunk before it durable too. Until then a failure takes the
        // import back, import_run row included. Then its undo goes, a little at a time.
        endChunk();
        restoreSynchronous();
        store::Transaction end(m_db);
        m_db.exec(u"DELETE FROM import_in_flight"_s);
        end.commit();
        try {
            discardEndedUndo(m_db);
        } catch (const std::exception &e) {
            // The import stands; the next one deletes what is left.
            qWarning("the undo of an ended import was not all deleted: %s", e.what());
        }
    }
    m_done = true;
    m_lock.reset();
}

int ImportChunks::rollBack()
{
    if (m_done)
        return 0;
    m_done = true;
    m_capture.reset();
    m_undo.reset();
    if (!m_chunked) {
        m_whole.reset(); // rolls back
        return 0;
    }
    if (m_open)
        m_db.exec(u"ROLLBACK"_s);
    m_open = false;
    restoreSynchronous(); // the taking back is as durable as any other write
    const int kept = takeBackChunks(m_db).leftAsTheyAre;
    m_lock.reset();
    return kept;
}

// The connection's own level again, outside a transaction (SQLite refuses it inside one).
void ImportChunks::restoreSynchronous()
{
    if (m_synchronous >= 0)
        m_db.exec(u"PRAGMA synchronous = %1"_s.arg(m_synchronous));
    m_synchronous = -1;
}

void ImportChunks::setChunkCommittedHook(std::function<void(int chunk)> hook)
{
    chunkCommittedHook() = std::move(hook);
}

std::chrono::milliseconds ImportChunks::chunkTime()
{
    return std::chrono::milliseconds(g_chunkMs.load(std::memory_order_relaxed));
}

void ImportChunks::setChunkTime(std::chrono::milliseconds time)
{
    g_chunkMs.store(time.count(), std::memory_order_relaxed);
}

ImportChunks::Recovery ImportChunks::recoverInterrupted(store::Database &db, int maxChunks)
{
    if (db.path() == u":memory:" || db.engine() || !hasChunkTables(db))
        return {}; // no chunks there (see the constructor)
    const auto dead = inFlight(db);
    if (!dead)
        return {};
    Lock lock(lockPath(db));
    if (!lock.held())
        return {}; // still running (or the lock cannot be had: the next import will say)
    const TakeBack done = takeBackChunks(db, maxChunks);
    if (!done.finished)
        return {true, {}};
    return {false, takenBack(*dead, done.leftAsTheyAre)};
}

} // namespace outfall::importer
