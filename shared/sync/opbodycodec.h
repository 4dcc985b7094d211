#pragma once

#include "sync/op.h"

#include <QByteArray>
#include <QByteArrayView>

#include <span>
#include <vector>

namespace outfall::sync {

// The uncompressed body of a frame (format 1): a CBOR array of ops, each an array
//   [entity * 2 + kind, op id (bstr 16), device seq - previous op's,
//    row id (uuid ref), hlc ms - previous op's, hlc counter, hlc node (uuid ref),
//    author (uuid ref), {field number: value}]
// A uuid ref is a 16-byte string the first time a UUID appears in the body and its
// index (in order of first appearance) after that, so the inspection, outlet, device
// and author ids repeated by every op of a batch cost one byte each. Values follow the
// entity schema: Uuid fields hold uuid refs (or text that is not a canonical UUID),
// Instant fields the difference from the op's hlc ms, reals the shortest exact float.
// See docs/protocol.md.
class OpBodyCodec
{
public:
    // Throws CodecError for an op that does not fit the entity schema.
    static QByteArray encode(std::span<const Op> ops);
    // Throws CodecError for anything but a well-formed body; never reads out of bounds.
    static std::vector<Op> decode(QByteArrayView body);

    // At most how many bytes the op adds to a body, wherever it stands in it (its uuid refs
    // and deltas counted at their longest), without encoding it: what a sender adds up to
    // keep a batch or a reply under a bound. A body of ops is at most arrayBytes plus the
    // sum of theirs.
    static std::size_t sizeBound(const Op &op);
    static constexpr std::size_t arrayBytes = 9;
};

} // namespace outfall::sync
