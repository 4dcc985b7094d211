#pragma once

#include <QByteArray>

#include <cstdint>

namespace outfall::evidence {

class RecordSigner;

// A signed tree head (RFC 9162 section 4.10, in Outfall's own byte form): the size of the
// server's evidence log, its root hash and when the server signed it, with the server's
// Ed25519 signature over signedBytes() (docs/evidence.md section 4).
struct TreeHead
{
    std::uint64_t size = 0;
    QByteArray rootHash; // 32 bytes
    std::int64_t timestampMs = 0;
    QByteArray signature; // 64 bytes, empty before signing

    // "OFTH", version 1, size (8 bytes BE), timestamp (8 bytes BE), root hash (32 bytes).
    QByteArray signedBytes() const;
    void sign(const RecordSigner &signer);
    bool verify(const QByteArray &serverSigningKey) const;

    friend bool operator==(const TreeHead &, const TreeHead &) = default;
};

} // namespace outfall::evidence
