// Fuzzes the protocol message parser (the frames after the ROUTER's routing id). The input is
// cut into frames: its first byte is the frame count (0 to 7), then each frame but the last
// is a 2-byte little-endian length and its bytes; the last frame takes the rest. A message
// that parses must turn back into frames that parse to the same message.
#include "fuzzsupport.h"
#include "sync/message.h"

#include <zmq.hpp>

namespace {

std::vector<zmq::message_t> framesOf(const std::uint8_t *data, std::size_t size)
{
    std::vector<zmq::message_t> frames;
    if (size == 0)
        return frames;
    const std::size_t count = data[0] % 8;
    std::size_t at = 1;
    for (std::size_t i = 0; i < count; ++i) {
        std::size_t length = size - at;
        if (i + 1 < count) {
            if (size - at < 2)
                break;
            length = std::min<std::size_t>(data[at] | (data[at + 1] << 8), size - at - 2);
            at += 2;
        }
        frames.emplace_back(data + at, length);
        at += length;
    }
    return frames;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace outfall::sync;
    const std::vector<zmq::message_t> frames = framesOf(data, size);
    Message::Limits limits;
    (void)Message::requestIdOf(frames);
    Message message;
    try {
        message = Message::fromFrames(frames, limits);
    } catch (const ProtocolError &) {
        return 0;
    }
    const std::vector<zmq::message_t> again = message.toFrames();
    const Message reparsed = Message::fromFrames(again, limits);
    if (reparsed.command != message.command
        || reparsed.requestId != message.requestId
        // Headers compare as CBOR bytes: a NaN in a header is not equal to itself as a value.
        || reparsed.header.toCborValue().toCbor() != message.header.toCborValue().toCbor()
        || reparsed.body != message.body) {
        std::fprintf(stderr, "message round trip differs\n");
        std::abort();
    }
    return 0;
}
