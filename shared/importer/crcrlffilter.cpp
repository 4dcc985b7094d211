#include "importer/crcrlffilter.h"

#include <cstring>

namespace outfall::importer {

namespace {

constexpr qint64 kChunkBytes = 64 * 1024;

} // namespace

CrCrLfFilter::CrCrLfFilter(QIODevice &source)
    : m_source(source)
{ }

qint64 CrCrLfFilter::bytesAvailable() const
{
    return QIODevice::bytesAvailable() + m_ready.size() + m_held.size() + m_source.bytesAvailable();
}

bool CrCrLfFilter::refill()
{
    while (m_ready.isEmpty() && !m_sourceEnded) {
        QByteArray chunk = m_source.read(kChunkBytes);
        if (chunk.isEmpty()) {
            // The end of the source (or its failure, which ImportRun reports): held carriage
            // returns were not followed by a line feed, so they are data.
            m_sourceEnded = true;
            m_ready = std::exchange(m_held, {});
            break;
        }
        chunk.prepend(std::exchange(m_held, {}));
        // "\r" or "\r\r" at the end of a chunk may start a "\r\r\n" that the next one ends.
        qsizetype trailing = 0;
        while (
            trailing < 2 && trailing < chunk.size() && chunk[chunk.size() - 1 - trailing] == '\r')
            ++trailing;
        m_held = chunk.right(trailing);
        chunk.chop(trailing);
        m_ready = chunk.replace("\r\r\n", "\r\n");
    }
    return !m_ready.isEmpty();
}

qint64 CrCrLfFilter::readData(char *data, qint64 maxSize)
{
    if (!refill())
        return 0; // the end: QIODevice reads 0 bytes from a sequential device as no more
    const qint64 n = std::min<qint64>(maxSize, m_ready.size());
    std::memcpy(data, m_ready.constData(), static_cast<std::size_t>(n));
    m_ready.remove(0, n);
    return n;
}

} // namespace outfall::importer
