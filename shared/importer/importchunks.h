#pragma once

#include <QString>

#include <chrono>
#include <functional>
#include <limits>
#include <memory>
#include <optional>

namespace outfall::store {
class BulkCapture;
class Database;
class Transaction;
class UndoSession;
} // namespace outfall::store

namespace outfall::importer {

// The transactions of one import (issue 14 part 6, docs/formats.md "An import beside a running
// server"). A long import used to be one transaction: the store's write lock was held for
// minutes, and the sync server's pushes and the supervisors' decisions failed meanwhile. Now:
//  - the import commits a chunk at a time, at a record boundary (boundary()), once a chunk
//    has written for chunkTime(); after each commit it pauses a moment, so that a writer
//    waiting for the lock gets it (store::Database's busy handler looks every millisecond);
//  - each chunk keeps its inverse (store::UndoSession) in import_undo, in its own commit, so
//    an import that fails at any point is taken back chunk by chunk, newest first: the store
//    is left as it was, whatever others wrote meanwhile;
//  - import_in_flight says an import is under way: pulls serve no change it could have made
//    until it ends, so devices never see half an import (server/pullbuilder.cpp);
//  - the last chunk writes import_run and removes the undo in one commit (synchronous=FULL);
//  - one import at a time: a lock file beside the store, held while the import runs. An
//    import whose process died (killed, power lost) leaves its chunks and a free lock: the
//    next import, and the sync server, take it back (recoverInterrupted()).
// Where chunks cannot be (a store without the tables, such as a device's, or a caller already
// inside a transaction) the import is one transaction, as before.
class ImportChunks
{
public:
    ImportChunks(store::Database &db, const QString &kind, const QString &fileName);
    // Not committed: every chunk is taken back.
    ~ImportChunks();
    ImportChunks(const ImportChunks &) = delete;
    ImportChunks &operator=(const ImportChunks &) = delete;

    // Why the import cannot start (another import holds the store); empty when it has begun.
    QString refusal() const { return m_refusal; }
    // What was found and done before this import began: an interrupted import taken back.
    QString recovered() const { return m_recovered; }

    // Called between records: commits the chunk when it has run long enough.
    void boundary();
    // The last chunk: bulk capture finished, undo removed, committed durably.
    void commit();
    // Takes every chunk back now (the destructor does it too, quietly): the number of rows that
    // others changed since and that were left as they made them.
    int rollBack();

    int chunksCommitted() const { return m_chunk; }
    // Whether this import commits in chunks; otherwise it is one transaction (an in-memory
    // store, a caller's transaction, a store without the chunk tables).
    bool chunked() const { return m_chunked; }

    // How long a chunk writes before it commits; 20 ms unless set (tests, benchmarks; 0 commits
    // at every boundary). Process-wide.
    static std::chrono::milliseconds chunkTime();
    static void setChunkTime(std::chrono::milliseconds time);

    // An import whose process died leaves chunks behind: takes them back if no import holds
    // the store's lock. At most maxChunks at a call, so that the sync server can go on serving
    // between calls (it calls this now and then); the next import takes back whatever is left
    // before it begins.
    struct Recovery
    {
        bool underWay = false; // chunks were taken back and some are left
        QString finished; // what was taken back, once all of it was; empty otherwise
    };
    static Recovery recoverInterrupted(
        store::Database &db, int maxChunks = std::numeric_limits<int>::max());

    // For tests: called on the import's thread after each chunk commits (with its number,
    // from 1), while the import holds no lock. Reset with an empty function.
    static void setChunkCommittedHook(std::function<void(int chunk)> hook);

private:
    class Lock;
    void startChunk();
    void endChunk();
    void restoreSynchronous();
    void commitChunk();

    store::Database &m_db;
    std::unique_ptr<Lock> m_lock;
    std::unique_ptr<store::UndoSession> m_undo;
    std::unique_ptr<store::BulkCapture> m_capture;
    std::unique_ptr<store::Transaction> m_whole; // when the import is one transaction
    QString m_refusal;
    QString m_recovered;
    bool m_chunked = false;
    bool m_open = false; // a transaction of ours is open
    bool m_done = false; // committed, taken back or abandoned
    int m_chunk = 0; // chunks committed
    int m_synchronous = -1; // the connection's PRAGMA synchronous, while chunks lower it
    std::chrono::steady_clock::time_point m_chunkStarted;
};

} // namespace outfall::importer
