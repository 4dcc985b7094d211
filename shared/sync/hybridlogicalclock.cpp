#include "sync/hybridlogicalclock.h"

#include <QDateTime>

#include <algorithm>

namespace outfall::sync {

HybridLogicalClock::HybridLogicalClock(
    const Uuid &node, PhysicalClock physical, std::int64_t maxDriftMs)
    : m_physical(std::move(physical))
    , m_maxDriftMs(std::max<std::int64_t>(0, maxDriftMs))
    , m_last {0, node}
{ }

HybridLogicalClock::PhysicalClock HybridLogicalClock::systemClock()
{
    return [] {
        return QDateTime::currentMSecsSinceEpoch();
    };
}

void HybridLogicalClock::advanceTo(std::int64_t ms, std::uint32_t counter)
{
    // 65,536 events in one millisecond: borrow the next millisecond rather than wrap,
    // so order holds; logical time runs at most a little ahead of physical time.
    if (counter > HlcTimestamp::maxCounter) {
        ++ms;
        counter = 0;
    }
    m_last = HlcTimestamp::make(ms, counter, m_last.node);
}

HlcTimestamp HybridLogicalClock::now()
{
    const std::int64_t physical = m_physical();
    const std::int64_t last = m_last.ms();
    if (physical > last)
        advanceTo(physical, 0);
    else
        advanceTo(last, m_last.counter() + 1);
    return m_last;
}

HlcTimestamp HybridLogicalClock::receive(const HlcTimestamp &remoteRaw)
{
    const HlcTimestamp remote = clamp(remoteRaw);
    const std::int64_t physical = m_physical();
    const std::int64_t last = m_last.ms();
    const std::int64_t ms = std::max({physical, last, remote.ms()});
    if (ms == last && ms == remote.ms())
        advanceTo(ms, std::max(m_last.counter(), remote.counter()) + 1);
    else if (ms == last)
        advanceTo(ms, m_last.counter() + 1);
    else if (ms == remote.ms())
        advanceTo(ms, remote.counter() + 1);
    else
        advanceTo(ms, 0);
    return m_last;
}

bool HybridLogicalClock::isTooFarAhead(const HlcTimestamp &remote) const
{
    return remote.ms() > m_physical() + m_maxDriftMs;
}

HlcTimestamp HybridLogicalClock::clamp(const HlcTimestamp &remote) const
{
    const std::int64_t limit = m_physical() + m_maxDriftMs;
    if (remote.ms() <= limit)
        return remote;
    // The counter goes too: at the limit ms every clamped timestamp ties on the word
    // and the node decides, which is as fair as anything once the clock is wrong.
    return HlcTimestamp::make(limit, 0, remote.node);
}

void HybridLogicalClock::restore(const HlcTimestamp &persisted)
{
    if (persisted.word > m_last.word)
        m_last.word = persisted.word;
}

} // namespace outfall::sync
