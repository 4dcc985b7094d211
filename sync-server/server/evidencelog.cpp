#include "server/evidencelog.h"

#include "evidence/recordsigner.h"
#include "evidence/sha256.h"
#include "store/database.h"

#include <QCborArray>
#include <QHash>

#include <bit>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace outfall::server {

// Complete subtrees from evidence_log_node, cached (they never change once written).
class EvidenceLog::StoredSubtrees : public evidence::SubtreeSource
{
public:
    explicit StoredSubtrees(store::Database &db)
        : m_db(db)
    { }

    QByteArray subtreeHash(std::uint64_t begin, std::uint64_t end) const override
    {
        const int level = std::countr_zero(end - begin);
        return node(level, begin >> level);
    }

    QByteArray node(int level, std::uint64_t index) const
    {
        const quint64 key = (quint64(level) << 58) | index;
        if (const auto cached = m_cache.constFind(key); cached != m_cache.cend())
            return *cached;
        auto statement =
            m_db.cached(u"SELECT hash FROM evidence_log_node WHERE level = ? AND idx = ?"_s);
        statement.bind(1, level).bind(2, static_cast<std::int64_t>(index));
        if (!statement.step())
            throw std::logic_error("evidence log: a completed subtree hash is missing");
        const QByteArray hash = statement.blob(0);
        statement.reset();
        m_cache.insert(key, hash);
        return hash;
    }

    void store(int level, std::uint64_t index, const QByteArray &hash)
    {
        m_db.cached(u"INSERT INTO evidence_log_node (level, idx, hash) VALUES (?, ?, ?)"_s)
            .bind(1, level)
            .bind(2, static_cast<std::int64_t>(index))
            .bind(3, hash)
            .exec();
        m_cache.insert((quint64(level) << 58) | index, hash);
    }

private:
    store::Database &m_db;
    mutable QHash<quint64, QByteArray> m_cache;
};

EvidenceLog::EvidenceLog(store::Database &db)
    : m_db(db)
    , m_subtrees(std::make_unique<StoredSubtrees>(db))
{ }

EvidenceLog::~EvidenceLog() = default;

std::uint64_t EvidenceLog::size() const
{
    auto statement = m_db.cached(u"SELECT coalesce(max(leaf_index) + 1, 0) FROM evidence_log"_s);
    statement.step();
    const auto n = static_cast<std::uint64_t>(statement.int64(0));
    statement.reset();
    return n;
}

std::uint64_t EvidenceLog::append(Entry entry)
{
    appendLeaf(entry);
    m_db.cached(u"INSERT INTO evidence_chain (device_id, last_seq, last_sha256) VALUES (?1, ?2, ?3)"
                u" ON CONFLICT (device_id) DO UPDATE SET last_seq = ?2, last_sha256 = ?3"_s)
        .bind(1, entry.deviceId)
        .bind(2, static_cast<std::int64_t>(entry.seq))
        .bind(3, entry.recordSha256)
        .exec();
    return entry.leafIndex;
}

std::uint64_t EvidenceLog::appendServerRecord(Entry entry)
{
    return appendLeaf(entry);
}

EvidenceLog::ChainHead EvidenceLog::serverChain(const QString &serverDeviceId) const
{
    auto statement = m_db.cached(u"SELECT record_seq, record_sha256 FROM evidence_log"
                                 u" WHERE device_id = ? ORDER BY record_seq DESC LIMIT 1"_s);
    statement.bind(1, serverDeviceId);
    ChainHead head {0, QByteArray(evidence::sha256Bytes, '\0')};
    if (statement.step())
        head = {static_cast<std::uint64_t>(statement.int64(0)), statement.blob(1)};
    statement.reset();
    return head;
}

std::uint64_t EvidenceLog::appendLeaf(Entry &entry)
{
    entry.leafIndex = size();
    m_db.cached(u"INSERT INTO evidence_log (leaf_index, record_id, device_id, record_seq,"
                u" record_sha256, record, signature, logged_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s)
        .bind(1, static_cast<std::int64_t>(entry.leafIndex))
        .bind(2, entry.recordId)
        .bind(3, entry.deviceId)
        .bind(4, static_cast<std::int64_t>(entry.seq))
        .bind(5, entry.recordSha256)
        .bind(6, entry.record)
        .bind(7, entry.signature)
        .bind(8, entry.loggedAt)
        .exec();
    // The leaf, then each subtree it completes: leaf i completes the subtree of level l
    // when i + 1 is a multiple of 2^l.
    QByteArray hash = evidence::merkle::leafHash(entry.leafData());
    std::uint64_t index = entry.leafIndex;
    m_subtrees->store(0, index, hash);
    for (int level = 0; (index & 1) == 1; ++level) {
        hash = evidence::merkle::nodeHash(m_subtrees->node(level, index - 1), hash);
        index >>= 1;
        m_subtrees->store(level + 1, index, hash);
    }
    return entry.leafIndex;
}

EvidenceLog::ChainHead EvidenceLog::chain(const QString &deviceId) const
{
    auto statement =
        m_db.cached(u"SELECT last_seq, last_sha256 FROM evidence_chain WHERE device_id = ?"_s);
    statement.bind(1, deviceId);
    ChainHead head {0, QByteArray(evidence::sha256Bytes, '\0')};
    if (statement.step())
        head = {static_cast<std::uint64_t>(statement.int64(0)), statement.blob(1)};
    statement.reset();
    return head;
}

EvidenceLog::Entry EvidenceLog::entryFrom(store::Statement &statement) const
{
    return Entry {static_cast<std::uint64_t>(statement.int64(0)), statement.text(1),
        statement.text(2), static_cast<std::uint64_t>(statement.int64(3)), statement.blob(4),
        statement.blob(5), statement.blob(6), statement.int64(7)};
}

std::optional<EvidenceLog::Entry> EvidenceLog::findRecord(const QString &recordId) const
{
    auto statement = m_db.cached(u"SELECT leaf_index, record_id, device_id, record_seq,"
                                 u" record_sha256, record, signature, logged_at FROM evidence_log"
                                 u" WHERE record_id = ?"_s);
    statement.bind(1, recordId);
    std::optional<Entry> found;
    if (statement.step())
        found = entryFrom(statement);
    statement.reset();
    return found;
}

std::optional<EvidenceLog::Entry> EvidenceLog::findDeviceSeq(
    const QString &deviceId, std::uint64_t seq) const
{
    auto statement = m_db.cached(u"SELECT leaf_index, record_id, device_id, record_seq,"
                                 u" record_sha256, record, signature, logged_at FROM evidence_log"
                                 u" WHERE device_id = ? AND record_seq = ?"_s);
    statement.bind(1, deviceId).bind(2, static_cast<std::int64_t>(seq));
    std::optional<Entry> found;
    if (statement.step())
        found = entryFrom(statement);
    statement.reset();
    return found;
}

QList<EvidenceLog::Entry> EvidenceLog::recordsOfDevice(const QString &deviceId) const
{
    auto statement = m_db.cached(u"SELECT leaf_index, record_id, device_id, record_seq,"
                                 u" record_sha256, record, signature, logged_at FROM evidence_log"
                                 u" WHERE device_id = ? ORDER BY record_seq"_s);
    statement.bind(1, deviceId);
    QList<Entry> out;
    while (statement.step())
        out.append(entryFrom(statement));
    statement.reset();
    return out;
}

QByteArray EvidenceLog::root(std::uint64_t size) const
{
    return evidence::MerkleTree::root(*m_subtrees, size);
}

std::vector<QByteArray> EvidenceLog::inclusionProof(std::uint64_t index, std::uint64_t size) const
{
    return evidence::MerkleTree::inclusionProof(*m_subtrees, index, size);
}

std::vector<QByteArray> EvidenceLog::consistencyProof(
    std::uint64_t first, std::uint64_t second) const
{
    return evidence::MerkleTree::consistencyProof(*m_subtrees, first, second);
}

evidence::TreeHead EvidenceLog::signHead(const evidence::RecordSigner &signer, std::int64_t nowMs)
{
    evidence::TreeHead head;
    head.size = size();
    if (auto known = headOfSize(head.size))
        return *known;
    head.rootHash = root(head.size);
    head.timestampMs = nowMs;
    head.sign(signer);
    m_db.cached(u"INSERT INTO evidence_tree_head (tree_size, root_hash, timestamp, signature)"
                u" VALUES (?, ?, ?, ?)"_s)
        .bind(1, static_cast<std::int64_t>(head.size))
        .bind(2, head.rootHash)
        .bind(3, head.timestampMs)
        .bind(4, head.signature)
        .exec();
    return head;
}

std::optional<evidence::TreeHead> EvidenceLog::latestHead() const
{
    auto statement = m_db.cached(u"SELECT tree_size, root_hash, timestamp, signature FROM"
                                 u" evidence_tree_head ORDER BY tree_size DESC LIMIT 1"_s);
    std::optional<evidence::TreeHead> head;
    if (statement.step())
        head = evidence::TreeHead {static_cast<std::uint64_t>(statement.int64(0)),
            statement.blob(1), statement.int64(2), statement.blob(3)};
    statement.reset();
    return head;
}

std::optional<evidence::TreeHead> EvidenceLog::headOfSize(std::uint64_t size) const
{
    auto statement = m_db.cached(u"SELECT tree_size, root_hash, timestamp, signature FROM"
                                 u" evidence_tree_head WHERE tree_size = ?"_s);
    statement.bind(1, static_cast<std::int64_t>(size));
    std::optional<evidence::TreeHead> head;
    if (statement.step())
        head = evidence::TreeHead {static_cast<std::uint64_t>(statement.int64(0)),
            statement.blob(1), statement.int64(2), statement.blob(3)};
    statement.reset();
    return head;
}

QCborMap EvidenceLog::receipt(const evidence::TreeHead &head,
    const std::vector<std::pair<QString, std::uint64_t>> &leaves) const
{
    QCborArray receipts;
    for (const auto &[recordId, leaf] : leaves) {
        QCborArray proof;
        for (const QByteArray &hash : inclusionProof(leaf, head.size))
            proof.append(hash);
        receipts.append(QCborArray {recordId, qint64(leaf), proof});
    }
    QCborMap out;
    out.insert(u"th"_s,
        QCborArray {qint64(head.size), head.rootHash, qint64(head.timestampMs), head.signature});
    out.insert(u"rc"_s, receipts);
    return out;
}

} // namespace outfall::server
