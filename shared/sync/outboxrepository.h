#pragma once

#include "domain/uuidv7.h"
#include "sync/evidencesigner.h"
#include "sync/hybridlogicalclock.h"
#include "sync/limits.h"
#include "sync/op.h"
#include "sync/opbodycodec.h"

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <vector>

namespace outfall::store {
class Database;
class Statement;
} // namespace outfall::store

namespace outfall::sync {

// A change too large for any push to the server (docs/protocol.md 4.3): refused when it is
// recorded, with nothing written, rather than stuck in the outbox for ever.
class OpTooLarge : public std::length_error
{
public:
    OpTooLarge(std::size_t bytes, std::size_t bound, const QString &table);
    std::size_t bytes() const { return m_bytes; }
    std::size_t bound() const { return m_bound; }

private:
    std::size_t m_bytes;
    std::size_t m_bound;
};

// The device's write path: each call writes the domain row and its outbox op in one
// transaction, so there is never a change the server will not hear of, nor an op for a
// change that did not happen. It also issues the device seq and the clock reading, and
// persists both in that transaction, so a restart continues without gaps or reuse.
//
// Consecutive edits of one last-writer-wins field of a row collapse into the latest before
// they are pushed (supersede); evidence and workflow ops never merge.
//
// The database must be migrated for the Device role. Not thread-safe.
class OutboxRepository
{
public:
    OutboxRepository(store::Database &db, HybridLogicalClock &clock, const Uuid &author);

    // The largest op recorded (its OpBodyCodec::sizeBound): what one push batch carries.
    static constexpr std::size_t maxOpBytes = limits::pushBodyBytes - OpBodyCodec::arrayBytes;

    // Throws std::invalid_argument for fields outside the schema, OpTooLarge for a change
    // no push could carry (limits::pushBodyBytes: a note or strokes of megabytes), SqliteError
    // when the row breaks a constraint (and then nothing is written).
    Op insert(Entity entity, const Uuid &rowId, std::vector<Op::Field> fields);
    // Updates only editable or workflow fields of an entity that is not insert-only:
    // evidence is corrected by inserting a superseding row instead.
    Op update(Entity entity, const Uuid &rowId, std::vector<Op::Field> fields);

    // Takes back an insert that has not left the device: when its op is the row's only one
    // and is not in the push in flight, the op and the row go, as if never recorded. Returns
    // false, changing nothing, when the server may have it already (or there is no such op).
    bool withdraw(Entity entity, const Uuid &rowId);

    // The drain side, for tests and tools that hold a repository (OutboxQueue does it).
    std::vector<Op> pending(std::size_t limit) const;
    std::int64_t pendingCount() const;
    // After the server's acknowledgement of every op up to and including deviceSeq.
    void acknowledge(std::uint64_t deviceSeq);

private:
    Op capture(Entity entity, Op::Kind kind, const Uuid &rowId, std::vector<Op::Field> fields);
    void writeRow(const Op &op);
    // The next device seq and clock reading, persisted in the caller's transaction.
    void stamp(Op &op);
    // The op into the outbox.
    void queue(const Op &op);
    // Merging of repeated edits: the fields of `op` that are last-writer-wins are dropped
    // from the row's previous outbox op when that op is the row's latest, is not in the
    // push in flight (push_batch) and updates last-writer-wins fields only; an op left
    // with no field goes. The device seqs it leaves out are covered by the next batch's
    // range (docs/protocol.md 4.3).
    void supersede(const Op &op);

    store::Database &m_db;
    HybridLogicalClock &m_clock;
    Uuid m_author;
    domain::UuidV7Generator m_ids;
    // The device's evidence signing, once the store has a signing key (enrolment).
    std::optional<EvidenceSigner> m_signer;
};

} // namespace outfall::sync
