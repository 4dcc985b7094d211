#pragma once

#include "sync/uuid.h"

#include <compare>
#include <cstdint>

namespace outfall::sync {

// One reading of a hybrid logical clock: 48 bits of Unix ms and a 16-bit counter packed
// into one 64-bit word (so two readings compare as integers), plus the node (device id)
// that breaks ties between equal words from different devices. Total order: word, then node.
struct HlcTimestamp
{
    static constexpr std::int64_t maxMs = (std::int64_t(1) << 48) - 1;
    static constexpr std::uint32_t maxCounter = 0xffff;

    std::uint64_t word = 0;
    Uuid node;

    static HlcTimestamp make(std::int64_t ms, std::uint32_t counter, const Uuid &node);

    std::int64_t ms() const { return static_cast<std::int64_t>(word >> 16); }
    std::uint32_t counter() const { return static_cast<std::uint32_t>(word & 0xffff); }

    friend auto operator<=>(const HlcTimestamp &, const HlcTimestamp &) = default;
};

} // namespace outfall::sync
