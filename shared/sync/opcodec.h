#pragma once

#include "sync/limits.h"
#include "sync/op.h"
#include "sync/zstddictionary.h"

#include <QByteArray>
#include <QByteArrayView>

#include <cstdint>
#include <memory>
#include <span>
#include <vector>

struct ZSTD_CCtx_s;
struct ZSTD_DCtx_s;

namespace outfall::sync {

// A batch of ops as one frame:
//   byte 0      format version (1)
//   byte 1      compression: 0 none, 1 zstd, 2 zstd with the dictionary named next
//   bytes 2-5   dictionary id, big-endian (0 unless compression is 2)
//   bytes 6-9   body size before compression, big-endian
//   bytes 10-   the body (OpBodyCodec), compressed or not
// Tiny bodies are sent as they are: a zstd frame costs more than it saves on them.
// Decoding refuses a declared body size above maxBodyBytes before allocating anything,
// and decompresses into a buffer of exactly the declared size, so no input can make it
// produce more (the decompression-bomb bound).
//
// Holds zstd contexts: not thread-safe; one codec per thread.
class OpCodec
{
public:
    static constexpr std::uint8_t formatVersion = 1;
    static constexpr qsizetype headerSize = 10;
    enum class Compression : std::uint8_t { None = 0, Zstd = 1, ZstdDictionary = 2 };

    struct Options
    {
        std::size_t maxBodyBytes = limits::opsBodyBytes;
        qsizetype minCompressBytes = 96;
        int level = ZstdDictionary::defaultLevel; // without a dictionary
    };

    OpCodec();
    explicit OpCodec(Options options);
    ~OpCodec();
    OpCodec(const OpCodec &) = delete;
    OpCodec &operator=(const OpCodec &) = delete;

    // The dictionary to compress with (nullptr: plain zstd). It is also known for decoding.
    void setDictionary(std::shared_ptr<const ZstdDictionary> dictionary);
    // Older dictionaries a server keeps so that devices not yet updated can still talk.
    void addDecodeDictionary(std::shared_ptr<const ZstdDictionary> dictionary);
    std::uint32_t dictionaryId() const { return m_dictionary ? m_dictionary->id() : 0; }

    QByteArray encode(std::span<const Op> ops);
    // Throws CodecError with the reason for anything but a well-formed frame.
    std::vector<Op> decode(QByteArrayView frame);

    // The frame layer alone, for benchmarks and tests.
    QByteArray compressBody(const QByteArray &body);
    QByteArray decompressBody(QByteArrayView frame);

private:
    const ZstdDictionary *findDictionary(std::uint32_t id) const;

    Options m_options;
    std::shared_ptr<const ZstdDictionary> m_dictionary;
    std::vector<std::shared_ptr<const ZstdDictionary>> m_decodeDictionaries;
    ZSTD_CCtx_s *m_cctx = nullptr;
    ZSTD_DCtx_s *m_dctx = nullptr;
};

} // namespace outfall::sync
