#include "evidence/merkleproof.h"

#include "evidence/merkletree.h"
#include "evidence/sha256.h"

#include <bit>

namespace outfall::evidence {

namespace {

bool lsb(std::uint64_t value)
{
    return (value & 1) != 0;
}

bool allHashes(const std::vector<QByteArray> &proof)
{
    for (const QByteArray &hash : proof) {
        if (hash.size() != sha256Bytes)
            return false;
    }
    return true;
}

} // namespace

bool MerkleProof::verifyInclusion(const QByteArray &leafHash, std::uint64_t index,
    std::uint64_t size, const std::vector<QByteArray> &proof, const QByteArray &root)
{
    if (index >= size || leafHash.size() != sha256Bytes || !allHashes(proof))
        return false;
    std::uint64_t fn = index;
    std::uint64_t sn = size - 1;
    QByteArray r = leafHash;
    for (const QByteArray &p : proof) {
        if (sn == 0)
            return false;
        if (lsb(fn) || fn == sn) {
            r = merkle::nodeHash(p, r);
            if (!lsb(fn)) {
                while (!lsb(fn) && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
        } else {
            r = merkle::nodeHash(r, p);
        }
        fn >>= 1;
        sn >>= 1;
    }
    return sn == 0 && r == root;
}

bool MerkleProof::verifyConsistency(std::uint64_t first, std::uint64_t second,
    const QByteArray &firstRoot, const QByteArray &secondRoot, const std::vector<QByteArray> &proof)
{
    if (first > second || !allHashes(proof))
        return false;
    if (first == second)
        return proof.empty() && firstRoot == secondRoot;
    if (first == 0)
        return proof.empty();
    if (proof.empty())
        return false;
    std::vector<QByteArray> path;
    if (std::has_single_bit(first))
        path.push_back(firstRoot);
    path.insert(path.end(), proof.begin(), proof.end());
    std::uint64_t fn = first - 1;
    std::uint64_t sn = second - 1;
    while (lsb(fn)) {
        fn >>= 1;
        sn >>= 1;
    }
    QByteArray fr = path.front();
    QByteArray sr = path.front();
    for (std::size_t i = 1; i < path.size(); ++i) {
        const QByteArray &c = path[i];
        if (sn == 0)
            return false;
        if (lsb(fn) || fn == sn) {
            fr = merkle::nodeHash(c, fr);
            sr = merkle::nodeHash(c, sr);
            if (!lsb(fn)) {
                while (!lsb(fn) && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
        } else {
            sr = merkle::nodeHash(sr, c);
        }
        fn >>= 1;
        sn >>= 1;
    }
    return fr == firstRoot && sr == secondRoot && sn == 0;
}

} // namespace outfall::evidence
