#pragma once

#include <QByteArray>

#include <cstdint>
#include <vector>

namespace outfall::evidence {

// RFC 9162 section 2.1 Merkle tree hashing: leaf hash SHA-256(0x00 || data), interior node
// SHA-256(0x01 || left || right), the empty tree SHA-256(""), and a tree of n > 1 leaves
// split at the largest power of two below n.
namespace merkle {
QByteArray leafHash(const QByteArray &data);
QByteArray nodeHash(const QByteArray &left, const QByteArray &right);
QByteArray emptyRoot();
// The largest power of two smaller than n (n >= 2).
std::uint64_t splitPoint(std::uint64_t n);
} // namespace merkle

// Where a tree's hashes come from. Every range RFC 9162's recursion asks a source for is a
// complete subtree: [begin, begin + 2^k) with begin a multiple of 2^k. Such a subtree
// never changes once its last leaf is in, so a log can store it when it completes and
// answer every proof with O(log n) look-ups instead of rehashing n leaves.
class SubtreeSource
{
public:
    virtual ~SubtreeSource() = default;
    // The hash of leaves [begin, end): end - begin a power of two, begin a multiple of it.
    virtual QByteArray subtreeHash(std::uint64_t begin, std::uint64_t end) const = 0;
};

// Leaf hashes held in memory; subtrees recomputed on demand (O(size) each). For tests,
// verification tools and small trees.
class LeafHashes : public SubtreeSource
{
public:
    explicit LeafHashes(std::vector<QByteArray> leafHashes)
        : m_leaves(std::move(leafHashes))
    { }
    std::uint64_t size() const { return m_leaves.size(); }
    QByteArray subtreeHash(std::uint64_t begin, std::uint64_t end) const override;

private:
    std::vector<QByteArray> m_leaves;
};

// The tree head and proofs of RFC 9162 sections 2.1.1, 2.1.3.1 and 2.1.4.1 for the first
// `size` leaves of a source. Throws std::out_of_range for an index or size the arguments
// do not allow (index >= size, first > second).
class MerkleTree
{
public:
    static QByteArray root(const SubtreeSource &source, std::uint64_t size);
    // The audit path of leaf `index` in the tree of `size` leaves, leaf side first.
    static std::vector<QByteArray> inclusionProof(
        const SubtreeSource &source, std::uint64_t index, std::uint64_t size);
    // Proof that the tree of `first` leaves is a prefix of the tree of `second` leaves
    // (empty when first is 0 or equal to second).
    static std::vector<QByteArray> consistencyProof(
        const SubtreeSource &source, std::uint64_t first, std::uint64_t second);
};

} // namespace outfall::evidence
