// Fuzzes the change-set frame decoder: header, zstd (with and without the shipped dictionary)
// and body together, as the server reads every PUSH and the device every PULL_REPLY. The
// declared size bounds decompression; what is accepted must re-encode to a frame that
// decodes to the same ops.
#include "fuzzsupport.h"
#include "sync/codecerror.h"
#include "sync/opbodycodec.h"
#include "sync/opcodec.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace outfall::sync;
    static const std::unique_ptr<OpCodec> made = [] {
        OpCodec::Options options;
        options.maxBodyBytes = 1 << 20; // smaller than the server's, so bombs are cheap to try
        auto c = std::make_unique<OpCodec>(options);
        c->setDictionary(ZstdDictionary::builtin());
        return c;
    }();
    OpCodec &codec = *made;
    std::vector<Op> ops;
    try {
        ops = codec.decode(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    } catch (const CodecError &) {
        return 0;
    }
    const std::vector<Op> again = codec.decode(codec.encode(ops));
    if (OpBodyCodec::encode(again) != OpBodyCodec::encode(ops)) {
        std::fprintf(stderr, "op frame round trip differs\n");
        std::abort();
    }
    return 0;
}
