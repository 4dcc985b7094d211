#include "routes/weightedsampler.h"

#include "routes/seededrandom.h"

#include <stdexcept>

namespace outfall::routes {

WeightedSampler::WeightedSampler(const std::vector<std::int64_t> &weights)
    : m_tree(weights.size() + 1, 0)
    , m_weight(weights)
{
    for (std::size_t i = 0; i < weights.size(); ++i) {
        if (weights[i] < 1)
            throw std::invalid_argument("every weight of a draw must be at least 1");
        add(i, weights[i]);
        m_total += weights[i];
    }
    while (m_topBit * 2 <= weights.size())
        m_topBit *= 2;
}

void WeightedSampler::add(std::size_t index, std::int64_t delta)
{
    for (std::size_t i = index + 1; i < m_tree.size(); i += i & (~i + 1))
        m_tree[i] += delta;
}

std::size_t WeightedSampler::take(SeededRandom &random)
{
    if (m_total == 0)
        throw std::logic_error("WeightedSampler::take on an exhausted pool");
    std::int64_t rest = std::int64_t(random.below(std::uint64_t(m_total)));
    // Fenwick descent: the largest position whose prefix sum is ≤ rest, plus one.
    std::size_t position = 0;
    for (std::size_t step = m_topBit; step > 0; step /= 2) {
        const std::size_t next = position + step;
        if (next < m_tree.size() && m_tree[next] <= rest) {
            position = next;
            rest -= m_tree[next];
        }
    }
    const std::size_t index = position; // 0-based item whose range holds r
    add(index, -m_weight[index]);
    m_total -= m_weight[index];
    m_weight[index] = 0;
    return index;
}

} // namespace outfall::routes
