#include "evidence/treehead.h"

#include "evidence/recordsigner.h"
#include "evidence/recordverifier.h"

#include <QtEndian>

namespace outfall::evidence {

QByteArray TreeHead::signedBytes() const
{
    QByteArray out("OFTH\x01", 5);
    char buffer[8];
    qToBigEndian<std::uint64_t>(size, buffer);
    out.append(buffer, 8);
    qToBigEndian<std::int64_t>(timestampMs, buffer);
    out.append(buffer, 8);
    out.append(rootHash);
    return out;
}

void TreeHead::sign(const RecordSigner &signer)
{
    signature = signer.sign(signedBytes());
}

bool TreeHead::verify(const QByteArray &serverSigningKey) const
{
    return rootHash.size() == 32
        && RecordVerifier::verify(serverSigningKey, signedBytes(), signature);
}

} // namespace outfall::evidence
