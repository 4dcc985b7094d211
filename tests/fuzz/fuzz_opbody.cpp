// Fuzzes the op body decoder (the CBOR inside a change set, after decompression). What it
// accepts must survive a round trip: encoding the decoded ops and decoding them again gives
// the same bytes once more (compared as bytes, so a NaN value cannot fool the check).
#include "fuzzsupport.h"
#include "sync/codecerror.h"
#include "sync/opbodycodec.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using outfall::sync::OpBodyCodec;
    std::vector<outfall::sync::Op> ops;
    try {
        ops = OpBodyCodec::decode(
            QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    } catch (const outfall::sync::CodecError &) {
        return 0; // refused with a reason: what a bad body should get
    }
    const QByteArray once = OpBodyCodec::encode(ops);
    const QByteArray twice = OpBodyCodec::encode(OpBodyCodec::decode(once));
    if (once != twice) {
        std::fprintf(stderr, "op body round trip differs\n");
        std::abort();
    }
    return 0;
}
