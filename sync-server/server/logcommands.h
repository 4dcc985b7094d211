#pragma once

#include "server/peer.h"
#include "sync/message.h"

namespace outfall::store {
class Database;
}
namespace outfall::evidence {
class RecordSigner;
}

namespace outfall::server {

// The evidence log's commands (docs/evidence.md 5), answered LOG_REPLY:
// - LOG_HEAD: the latest signed tree head `th` [size, root, timestamp, signature] and the
//   log's public key `k`. Any enrolled device: tree heads are public (every receipt has one).
// - LOG_PROVE `id` record: the record `rec`, its signature `sig`, its device `dev`, seq `seq`
//   and key `dk`, its leaf `leaf` and inclusion proof `p` against the latest head `th`.
//   Supervisors, enforcement officers and the admin credential for any record; an inspector
//   for the records of their own devices only (FORBIDDEN otherwise); NOT_FOUND for a record
//   the log does not hold.
// - LOG_CONSISTENCY `a` old size, `b` new size: the proof `p` that the log of b leaves
//   extends the log of a, with both roots `ra`, `rb`. Any enrolled device.
// - RECEIPTS `ids` (at most maxReceiptIds record ids): RECEIPTS_REPLY with the receipt in its
//   body (`eb`, as PUSH_ACK: the latest signed head and an inclusion proof each) for those
//   of the ids the log holds from the asking device itself, and `m`, the other ids. A
//   device gets receipts for its own records only; asking again gets them again.
class LogCommands
{
public:
    static constexpr qsizetype maxReceiptIds = 500;

    LogCommands(store::Database &db, const evidence::RecordSigner &signer);

    sync::Message head(const Peer &peer, const sync::Message &message);
    sync::Message prove(const Peer &peer, const sync::Message &message);
    sync::Message consistency(const Peer &peer, const sync::Message &message);
    sync::Message receipts(const Peer &peer, const sync::Message &message);

private:
    store::Database &m_db;
    const evidence::RecordSigner &m_signer;
};

} // namespace outfall::server
