// Fuzzes CborReader, the op codec's CBOR subset reader: every item of any input is stepped
// through; nothing may be read outside the input, and each step must move forward.
#include "fuzzsupport.h"
#include "sync/cborreader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using outfall::sync::CborReader;
    CborReader reader(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    qsizetype previous = -1;
    while (reader.type() != CborReader::Type::End && reader.type() != CborReader::Type::Invalid) {
        if (reader.offset() <= previous)
            std::abort(); // a reader that does not advance would loop forever on some input
        previous = reader.offset();
        if (reader.type() == CborReader::Type::Bytes || reader.type() == CborReader::Type::Text) {
            const QByteArrayView payload = reader.payload();
            if (payload.size() != qsizetype(reader.argument()))
                std::abort();
            volatile char sink = payload.isEmpty() ? 0 : payload.back(); // read the last byte
            (void)sink;
        }
        reader.next();
    }
    return 0;
}
