#include "sync/hlctimestamp.h"

#include <algorithm>

namespace outfall::sync {

HlcTimestamp HlcTimestamp::make(std::int64_t ms, std::uint32_t counter, const Uuid &node)
{
    const auto clampedMs = static_cast<std::uint64_t>(std::clamp<std::int64_t>(ms, 0, maxMs));
    return HlcTimestamp {clampedMs << 16 | std::min(counter, maxCounter), node};
}

} // namespace outfall::sync
