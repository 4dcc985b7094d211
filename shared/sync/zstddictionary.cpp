#include "sync/zstddictionary.h"

#include "sync/codecerror.h"

#include <QFile>

#include <zdict.h>
#include <zstd.h>

using namespace Qt::StringLiterals;

namespace outfall::sync {

ZstdDictionary::ZstdDictionary(const QByteArray &bytes, std::uint32_t id, int level)
    : m_bytes(bytes)
    , m_id(id)
    , m_cdict(
          ZSTD_createCDict(m_bytes.constData(), static_cast<std::size_t>(m_bytes.size()), level))
    , m_ddict(ZSTD_createDDict(m_bytes.constData(), static_cast<std::size_t>(m_bytes.size())))
{
    if (!m_cdict || !m_ddict) {
        ZSTD_freeCDict(m_cdict);
        ZSTD_freeDDict(m_ddict);
        throw CodecError(u"zstd could not load dictionary %1"_s.arg(id));
    }
}

ZstdDictionary::~ZstdDictionary()
{
    ZSTD_freeCDict(m_cdict);
    ZSTD_freeDDict(m_ddict);
}

std::shared_ptr<const ZstdDictionary> ZstdDictionary::fromBytes(const QByteArray &bytes, int level)
{
    // A raw-content dictionary has id 0 and no entropy tables; we want only trained ones,
    // whose id the peers can agree on.
    const unsigned id = ZDICT_getDictID(bytes.constData(), static_cast<std::size_t>(bytes.size()));
    if (id == 0)
        throw CodecError(u"not a trained zstd dictionary (%1 bytes)"_s.arg(bytes.size()));
    return std::shared_ptr<const ZstdDictionary>(new ZstdDictionary(bytes, id, level));
}

std::shared_ptr<const ZstdDictionary> ZstdDictionary::fromFile(const QString &path, int level)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw CodecError(u"cannot read dictionary "_s + path + u": "_s + file.errorString());
    return fromBytes(file.readAll(), level);
}

QString ZstdDictionary::builtinPath()
{
    return u":/sync/sync-dict-v1.zdict"_s;
}

std::shared_ptr<const ZstdDictionary> ZstdDictionary::builtin()
{
    static const std::shared_ptr<const ZstdDictionary> dictionary =
        QFile::exists(builtinPath()) ? fromFile(builtinPath()) : nullptr;
    return dictionary;
}

} // namespace outfall::sync
