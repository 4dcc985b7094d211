#include "domain/uuidv7.h"

#include <QDateTime>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace outfall::domain {

UuidV7Generator::UuidV7Generator()
    : m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_random(*QRandomGenerator::system())
{
    m_random.seed(QRandomGenerator::system()->generate());
}

UuidV7Generator::UuidV7Generator(Clock clock, quint64 seed)
    : m_clock(std::move(clock))
    , m_random(static_cast<quint32>(seed ^ (seed >> 32)))
    , m_seeded(true)
{ }

QByteArray UuidV7Generator::nextBytes()
{
    std::int64_t ms = m_clock();
    if (ms <= m_lastMs) {
        // Same millisecond (or the clock stepped back): count up so order is kept.
        ms = m_lastMs;
        if (++m_counter > 0x0fff) {
            ++ms;
            m_counter = 0;
        }
    } else {
        m_counter = static_cast<std::uint16_t>(m_random.bounded(0x0800)); // leave room to count
    }
    m_lastMs = ms;

    QByteArray bytes(16, '\0');
    auto *b = reinterpret_cast<unsigned char *>(bytes.data());
    for (int i = 0; i < 6; ++i)
        b[i] = static_cast<unsigned char>((ms >> (8 * (5 - i))) & 0xff);
    b[6] = static_cast<unsigned char>(0x70 | ((m_counter >> 8) & 0x0f));
    b[7] = static_cast<unsigned char>(m_counter & 0xff);
    const quint64 random = m_random.generate64();
    for (int i = 0; i < 8; ++i)
        b[8 + i] = static_cast<unsigned char>((random >> (8 * (7 - i))) & 0xff);
    b[8] = static_cast<unsigned char>(0x80 | (b[8] & 0x3f));
    return bytes;
}

QString UuidV7Generator::next()
{
    const QByteArray hex = nextBytes().toHex();
    return QString::fromLatin1(hex.left(8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-'
        + hex.mid(16, 4) + '-' + hex.mid(20));
}

bool UuidV7Generator::isValid(const QString &text)
{
    static const QRegularExpression pattern(
        u"^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"_s);
    return pattern.match(text).hasMatch();
}

std::int64_t UuidV7Generator::timestampMs(const QString &text)
{
    QString hex = text;
    hex.remove(u'-');
    return hex.left(12).toLongLong(nullptr, 16);
}

} // namespace outfall::domain
