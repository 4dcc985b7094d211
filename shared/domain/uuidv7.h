#pragma once

#include <QByteArray>
#include <QRandomGenerator>
#include <QString>

#include <cstdint>
#include <functional>

namespace outfall::domain {

// Generates UUIDv7 ids (RFC 9562): 48-bit Unix ms, version 7, 12-bit counter in
// rand_a so ids made in the same millisecond still sort in creation order, variant,
// 62 random bits. Ids sort by time, which keeps B-tree inserts local.
//
// Not thread-safe; give each thread its own generator. Clock and random source are
// injectable so the demo generator is deterministic from its seed.
class UuidV7Generator
{
public:
    using Clock = std::function<std::int64_t()>; // ms since epoch

    UuidV7Generator(); // system clock, system randomness
    UuidV7Generator(Clock clock, quint64 seed);

    QString next();
    QByteArray nextBytes(); // 16 bytes

    static bool isValid(const QString &text); // canonical lower-case 8-4-4-4-12 form, version 7
    static std::int64_t timestampMs(const QString &text);

private:
    Clock m_clock;
    QRandomGenerator m_random;
    bool m_seeded = false;
    std::int64_t m_lastMs = -1;
    std::uint16_t m_counter = 0;
};

} // namespace outfall::domain
