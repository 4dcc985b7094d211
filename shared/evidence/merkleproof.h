#pragma once

#include <QByteArray>

#include <cstdint>
#include <vector>

namespace outfall::evidence {

// Verification of RFC 9162 proofs (sections 2.1.3.2 and 2.1.4.2), needing nothing but the
// proof, the hashes and the sizes: what a device, a court's expert or a case package runs
// with no server. False for any proof that does not hold, never a throw.
class MerkleProof
{
public:
    static bool verifyInclusion(const QByteArray &leafHash, std::uint64_t index, std::uint64_t size,
        const std::vector<QByteArray> &proof, const QByteArray &root);
    // first == second: the proof is empty and the roots are equal. first == 0: an empty
    // proof (every tree extends the empty one).
    static bool verifyConsistency(std::uint64_t first, std::uint64_t second,
        const QByteArray &firstRoot, const QByteArray &secondRoot,
        const std::vector<QByteArray> &proof);
};

} // namespace outfall::evidence
