#pragma once

#include "sync/hlctimestamp.h"

#include <cstdint>
#include <functional>

namespace outfall::sync {

// Hybrid logical clock (Kulkarni et al., 2014): timestamps stay close to physical time
// yet never run backwards and always order an event after every event it has seen.
//
// Tablet clocks drift and can be set years ahead; a single such device would otherwise
// win every last-writer-wins comparison forever and drag every clock that hears from it
// into the future. So a remote timestamp more than maxDrift ahead of our physical clock
// is clamped to physical + maxDrift before it is merged or stored.
//
// Not thread-safe: one clock per device store or server sequencer, used from one thread.
class HybridLogicalClock
{
public:
    using PhysicalClock = std::function<std::int64_t()>; // Unix ms
    static constexpr std::int64_t defaultMaxDriftMs = 5 * 60 * 1000;

    explicit HybridLogicalClock(const Uuid &node, PhysicalClock physical = systemClock(),
        std::int64_t maxDriftMs = defaultMaxDriftMs);

    static PhysicalClock systemClock();

    // A timestamp for a local event or a message about to be sent.
    HlcTimestamp now();
    // Merges a timestamp received from another node; returns the timestamp of the
    // receive event, which is greater than both the remote one (once clamped) and
    // every timestamp this clock gave before.
    HlcTimestamp receive(const HlcTimestamp &remote);

    // The remote timestamp as it may be stored: unchanged unless too far ahead.
    HlcTimestamp clamp(const HlcTimestamp &remote) const;
    bool isTooFarAhead(const HlcTimestamp &remote) const;

    // After a restart: never issue a timestamp at or below one already persisted.
    void restore(const HlcTimestamp &persisted);

    HlcTimestamp last() const { return m_last; }
    const Uuid &node() const { return m_last.node; }
    std::int64_t maxDriftMs() const { return m_maxDriftMs; }

private:
    void advanceTo(std::int64_t ms, std::uint32_t counter);

    PhysicalClock m_physical;
    std::int64_t m_maxDriftMs;
    HlcTimestamp m_last;
};

} // namespace outfall::sync
