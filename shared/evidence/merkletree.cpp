#include "evidence/merkletree.h"

#include "evidence/sha256.h"

#include <bit>
#include <stdexcept>

namespace outfall::evidence {

namespace merkle {

QByteArray leafHash(const QByteArray &data)
{
    return sha256Prefixed('\x00', data);
}

QByteArray nodeHash(const QByteArray &left, const QByteArray &right)
{
    return sha256Prefixed('\x01', left, right);
}

QByteArray emptyRoot()
{
    return sha256({});
}

std::uint64_t splitPoint(std::uint64_t n)
{
    return std::bit_floor(n - 1);
}

} // namespace merkle

namespace {

// MTH(D[begin:end]) by RFC 9162's recursion; complete subtrees come from the source.
QByteArray rangeHash(const SubtreeSource &source, std::uint64_t begin, std::uint64_t end)
{
    const std::uint64_t n = end - begin;
    if (std::has_single_bit(n) && begin % n == 0)
        return source.subtreeHash(begin, end);
    const std::uint64_t k = merkle::splitPoint(n);
    return merkle::nodeHash(rangeHash(source, begin, begin + k), rangeHash(source, begin + k, end));
}

void path(const SubtreeSource &source, std::uint64_t m, std::uint64_t begin, std::uint64_t end,
    std::vector<QByteArray> &out)
{
    const std::uint64_t n = end - begin;
    if (n == 1)
        return;
    const std::uint64_t k = merkle::splitPoint(n);
    if (m < k) {
        path(source, m, begin, begin + k, out);
        out.push_back(rangeHash(source, begin + k, end));
    } else {
        path(source, m - k, begin + k, end, out);
        out.push_back(rangeHash(source, begin, begin + k));
    }
}

void subproof(const SubtreeSource &source, std::uint64_t m, std::uint64_t begin, std::uint64_t end,
    bool complete, std::vector<QByteArray> &out)
{
    const std::uint64_t n = end - begin;
    if (m == n) {
        if (!complete)
            out.push_back(rangeHash(source, begin, end));
        return;
    }
    const std::uint64_t k = merkle::splitPoint(n);
    if (m <= k) {
        subproof(source, m, begin, begin + k, complete, out);
        out.push_back(rangeHash(source, begin + k, end));
    } else {
        subproof(source, m - k, begin + k, end, false, out);
        out.push_back(rangeHash(source, begin, begin + k));
    }
}

} // namespace

QByteArray LeafHashes::subtreeHash(std::uint64_t begin, std::uint64_t end) const
{
    if (end > m_leaves.size() || begin >= end)
        throw std::out_of_range("subtree beyond the leaves held");
    if (end - begin == 1)
        return m_leaves[begin];
    const std::uint64_t half = (end - begin) / 2;
    return merkle::nodeHash(subtreeHash(begin, begin + half), subtreeHash(begin + half, end));
}

QByteArray MerkleTree::root(const SubtreeSource &source, std::uint64_t size)
{
    return size == 0 ? merkle::emptyRoot() : rangeHash(source, 0, size);
}

std::vector<QByteArray> MerkleTree::inclusionProof(
    const SubtreeSource &source, std::uint64_t index, std::uint64_t size)
{
    if (index >= size)
        throw std::out_of_range("leaf index not below the tree size");
    std::vector<QByteArray> out;
    path(source, index, 0, size, out);
    return out;
}

std::vector<QByteArray> MerkleTree::consistencyProof(
    const SubtreeSource &source, std::uint64_t first, std::uint64_t second)
{
    if (first > second)
        throw std::out_of_range("the first tree is larger than the second");
    std::vector<QByteArray> out;
    if (first == 0 || first == second)
        return out;
    subproof(source, first, 0, second, true, out);
    return out;
}

} // namespace outfall::evidence
