#pragma once

#include "evidence/merkletree.h"
#include "evidence/treehead.h"

#include <QByteArray>
#include <QCborMap>
#include <QList>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace outfall::store {
class Database;
class Statement;
} // namespace outfall::store
namespace outfall::evidence {
class RecordSigner;
}

namespace outfall::server {

// The server's append-only Merkle log of signed evidence records (docs/evidence.md 4):
// tables evidence_log, evidence_log_node (completed subtree hashes), evidence_tree_head and
// evidence_chain (where each device's chain stands). All SQL of the log is here.
//
// Storage: each append writes the leaf hash and every subtree it completes (amortised two
// rows a leaf), so a root or a proof is O(log n) look-ups of stored hashes, never a
// rehash of the log. Look-ups are cached for the life of the object (one push batch or one
// command): completed subtrees never change.
class EvidenceLog
{
public:
    struct Entry
    {
        std::uint64_t leafIndex = 0;
        QString recordId;
        QString deviceId;
        std::uint64_t seq = 0;
        QByteArray recordSha256;
        QByteArray record; // canonical bytes
        QByteArray signature;
        std::int64_t loggedAt = 0;

        // The leaf data: record bytes followed by the 64-byte signature.
        QByteArray leafData() const { return record + signature; }
    };
    struct ChainHead
    {
        std::uint64_t seq = 0; // 0: no record yet
        QByteArray sha256; // 32 zero bytes before the first record
    };

    explicit EvidenceLog(store::Database &db);
    ~EvidenceLog();
    EvidenceLog(const EvidenceLog &) = delete;
    EvidenceLog &operator=(const EvidenceLog &) = delete;

    std::uint64_t size() const;
    // Appends the entry (its leafIndex is set here) and advances its device's chain.
    std::uint64_t append(Entry entry);
    // Appends a record of the server's own (a case record, docs/cases.md 2), which has no
    // device chain in evidence_chain: its seq and previous hash follow serverChain().
    std::uint64_t appendServerRecord(Entry entry);
    // Where the server's own records stand (by their device id in the log).
    ChainHead serverChain(const QString &serverDeviceId) const;

    ChainHead chain(const QString &deviceId) const;
    std::optional<Entry> findRecord(const QString &recordId) const;
    std::optional<Entry> findDeviceSeq(const QString &deviceId, std::uint64_t seq) const;
    // Every record of one device id, in seq order.
    QList<Entry> recordsOfDevice(const QString &deviceId) const;

    QByteArray root(std::uint64_t size) const;
    std::vector<QByteArray> inclusionProof(std::uint64_t index, std::uint64_t size) const;
    std::vector<QByteArray> consistencyProof(std::uint64_t first, std::uint64_t second) const;

    // Signs the head of the log as it is now and stores it (replacing nothing: one head a
    // size; a second head of the same size keeps the first).
    evidence::TreeHead signHead(const evidence::RecordSigner &signer, std::int64_t nowMs);
    std::optional<evidence::TreeHead> latestHead() const;
    std::optional<evidence::TreeHead> headOfSize(std::uint64_t size) const;

    // A receipt as PUSH_ACK and RECEIPTS_REPLY carry it in their body (docs/evidence.md 4):
    // {`th`: [size, root, timestamp, signature], `rc`: [[record id, leaf index, [audit
    // path]]]}, each proof against `head`. Leaves: record id and leaf index, below head.size.
    QCborMap receipt(const evidence::TreeHead &head,
        const std::vector<std::pair<QString, std::uint64_t>> &leaves) const;

private:
    class StoredSubtrees;
    Entry entryFrom(store::Statement &statement) const;
    std::uint64_t appendLeaf(Entry &entry);

    store::Database &m_db;
    std::unique_ptr<StoredSubtrees> m_subtrees;
};

} // namespace outfall::server
