#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <memory>

struct ZSTD_CDict_s;
struct ZSTD_DDict_s;

namespace outfall::sync {

// A trained zstd dictionary, digested once for compression and decompression. Its id
// is zstd's own dictID, which ZDICT derives from the dictionary's content, so the same
// file always has the same id; the handshake negotiates it and frames name it.
// Immutable after construction and so safe to share between threads and codecs.
class ZstdDictionary
{
public:
    static constexpr int defaultLevel = 3;

    // Throws CodecError if the bytes are not a zstd dictionary.
    static std::shared_ptr<const ZstdDictionary> fromBytes(
        const QByteArray &bytes, int level = defaultLevel);
    // Throws CodecError if the file cannot be read or is not a dictionary.
    static std::shared_ptr<const ZstdDictionary> fromFile(
        const QString &path, int level = defaultLevel);
    // The dictionary shipped in assets/ and compiled in; nullptr in a build without it.
    static std::shared_ptr<const ZstdDictionary> builtin();
    static QString builtinPath();

    ZstdDictionary(const ZstdDictionary &) = delete;
    ZstdDictionary &operator=(const ZstdDictionary &) = delete;
    ~ZstdDictionary();

    std::uint32_t id() const { return m_id; }
    const QByteArray &bytes() const { return m_bytes; }
    const ZSTD_CDict_s *compressionDictionary() const { return m_cdict; }
    const ZSTD_DDict_s *decompressionDictionary() const { return m_ddict; }

private:
    ZstdDictionary(const QByteArray &bytes, std::uint32_t id, int level);

    QByteArray m_bytes;
    std::uint32_t m_id = 0;
    ZSTD_CDict_s *m_cdict = nullptr;
    ZSTD_DDict_s *m_ddict = nullptr;
};

} // namespace outfall::sync
