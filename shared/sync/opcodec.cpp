#include "sync/opcodec.h"

#include "sync/codecerror.h"
#include "sync/opbodycodec.h"

#include <QtEndian>

#include <zstd.h>

using namespace Qt::StringLiterals;

namespace outfall::sync {

namespace {

QString zstdError(std::size_t code)
{
    return QString::fromUtf8(ZSTD_getErrorName(code));
}

} // namespace

OpCodec::OpCodec()
    : OpCodec(Options {})
{ }

OpCodec::OpCodec(Options options)
    : m_options(options)
    , m_cctx(ZSTD_createCCtx())
    , m_dctx(ZSTD_createDCtx())
{ }

OpCodec::~OpCodec()
{
    ZSTD_freeCCtx(m_cctx);
    ZSTD_freeDCtx(m_dctx);
}

void OpCodec::setDictionary(std::shared_ptr<const ZstdDictionary> dictionary)
{
    if (dictionary)
        addDecodeDictionary(dictionary);
    m_dictionary = std::move(dictionary);
}

void OpCodec::addDecodeDictionary(std::shared_ptr<const ZstdDictionary> dictionary)
{
    if (dictionary && !findDictionary(dictionary->id()))
        m_decodeDictionaries.push_back(std::move(dictionary));
}

const ZstdDictionary *OpCodec::findDictionary(std::uint32_t id) const
{
    for (const auto &dictionary : m_decodeDictionaries) {
        if (dictionary->id() == id)
            return dictionary.get();
    }
    return nullptr;
}

QByteArray OpCodec::encode(std::span<const Op> ops)
{
    return compressBody(OpBodyCodec::encode(ops));
}

std::vector<Op> OpCodec::decode(QByteArrayView frame)
{
    const QByteArray body = decompressBody(frame);
    return OpBodyCodec::decode(body);
}

QByteArray OpCodec::compressBody(const QByteArray &body)
{
    if (static_cast<std::size_t>(body.size()) > m_options.maxBodyBytes)
        throw CodecError(u"body of %1 bytes exceeds the %2-byte bound"_s.arg(body.size())
                             .arg(m_options.maxBodyBytes),
            true);
    QByteArray frame(headerSize, '\0');
    auto *header = reinterpret_cast<uchar *>(frame.data());
    header[0] = formatVersion;
    qToBigEndian(static_cast<quint32>(body.size()), header + 6);
    if (body.size() >= m_options.minCompressBytes) {
        ZSTD_CCtx_reset(m_cctx, ZSTD_reset_session_and_parameters);
        // Our header carries the size and the dictionary id; zstd need not repeat them.
        ZSTD_CCtx_setParameter(m_cctx, ZSTD_c_contentSizeFlag, 0);
        ZSTD_CCtx_setParameter(m_cctx, ZSTD_c_dictIDFlag, 0);
        if (m_dictionary)
            ZSTD_CCtx_refCDict(m_cctx, m_dictionary->compressionDictionary());
        else
            ZSTD_CCtx_setParameter(m_cctx, ZSTD_c_compressionLevel, m_options.level);
        const std::size_t bound = ZSTD_compressBound(static_cast<std::size_t>(body.size()));
        frame.resize(headerSize + static_cast<qsizetype>(bound));
        const std::size_t written = ZSTD_compress2(m_cctx, frame.data() + headerSize, bound,
            body.constData(), static_cast<std::size_t>(body.size()));
        if (ZSTD_isError(written))
            throw CodecError(u"zstd compression failed: "_s + zstdError(written));
        if (static_cast<qsizetype>(written) < body.size()) {
            frame.resize(headerSize + static_cast<qsizetype>(written));
            header = reinterpret_cast<uchar *>(frame.data());
            header[1] =
                static_cast<uchar>(m_dictionary ? Compression::ZstdDictionary : Compression::Zstd);
            qToBigEndian(m_dictionary ? m_dictionary->id() : 0u, header + 2);
            return frame;
        }
        frame.resize(headerSize); // incompressible: send it as it is
    }
    frame.append(body);
    return frame;
}

QByteArray OpCodec::decompressBody(QByteArrayView frame)
{
    if (frame.size() < headerSize)
        throw CodecError(u"truncated frame: %1 bytes, the header alone is %2"_s.arg(frame.size())
                             .arg(headerSize));
    const auto *header = reinterpret_cast<const uchar *>(frame.data());
    if (header[0] != formatVersion)
        throw CodecError(
            u"unsupported frame format version %1 (this program reads %2)"_s.arg(header[0]).arg(
                formatVersion));
    const auto compression = static_cast<Compression>(header[1]);
    const quint32 dictionaryId = qFromBigEndian<quint32>(header + 2);
    const quint32 bodySize = qFromBigEndian<quint32>(header + 6);
    if (bodySize > m_options.maxBodyBytes)
        throw CodecError(
            u"frame declares a body of %1 bytes, above the %2-byte bound"_s.arg(bodySize).arg(
                m_options.maxBodyBytes),
            true);
    const QByteArrayView payload = frame.sliced(headerSize);

    switch (compression) {
    case Compression::None:
        if (dictionaryId != 0 || payload.size() != qsizetype(bodySize))
            throw CodecError(
                u"uncompressed frame: declared %1 bytes, carries %2"_s.arg(bodySize).arg(
                    payload.size()));
        return payload.toByteArray();
    case Compression::Zstd:
    case Compression::ZstdDictionary:
        break;
    default:
        throw CodecError(u"unknown compression %1"_s.arg(header[1]));
    }

    ZSTD_DCtx_reset(m_dctx, ZSTD_reset_session_and_parameters);
    if (compression == Compression::ZstdDictionary) {
        const ZstdDictionary *dictionary = findDictionary(dictionaryId);
        if (!dictionary)
            throw CodecError(u"frame compressed with unknown dictionary %1"_s.arg(dictionaryId));
        ZSTD_DCtx_refDDict(m_dctx, dictionary->decompressionDictionary());
    } else if (dictionaryId != 0) {
        throw CodecError(u"frame names dictionary %1 but says it uses none"_s.arg(dictionaryId));
    }
    const auto contentSize = ZSTD_getFrameContentSize(payload.data(), std::size_t(payload.size()));
    if (contentSize == ZSTD_CONTENTSIZE_ERROR)
        throw CodecError(u"not a zstd frame"_s);
    if (contentSize != ZSTD_CONTENTSIZE_UNKNOWN && contentSize != bodySize)
        throw CodecError(
            u"zstd frame holds %1 bytes, the header declares %2"_s.arg(contentSize).arg(bodySize));
    QByteArray body(qsizetype(bodySize), Qt::Uninitialized);
    // The output buffer is the bound: zstd stops with dstSize_tooSmall rather than grow it.
    const std::size_t written = ZSTD_decompressDCtx(
        m_dctx, body.data(), bodySize, payload.data(), std::size_t(payload.size()));
    if (ZSTD_isError(written))
        throw CodecError(u"zstd decompression failed: "_s + zstdError(written));
    if (written != bodySize)
        throw CodecError(
            u"zstd frame holds %1 bytes, the header declares %2"_s.arg(written).arg(bodySize));
    return body;
}

} // namespace outfall::sync
