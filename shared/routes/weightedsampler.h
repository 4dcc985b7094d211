#pragma once

#include <cstdint>
#include <vector>

namespace outfall::routes {

class SeededRandom;

// Sampling without replacement with integer weights: each take() picks item i with
// probability w_i / (sum of the weights not yet taken) — successive sampling, the same
// distribution as Efraimidis–Spirakis keys u^(1/w) (docs/routes.md). Integers, not the
// floating-point keys, so no libm rounding can change a draw between machines. A Fenwick tree
// keeps each take at O(log n) for a province-sized pool.
class WeightedSampler
{
public:
    // weights[i] ≥ 1.
    explicit WeightedSampler(const std::vector<std::int64_t> &weights);

    bool empty() const { return m_total == 0; }
    std::int64_t total() const { return m_total; }

    // The index taken: r = random.below(total), the first i whose running sum of weights
    // passes r; its weight becomes 0.
    std::size_t take(SeededRandom &random);

private:
    void add(std::size_t index, std::int64_t delta);

    std::vector<std::int64_t> m_tree; // 1-based Fenwick tree
    std::vector<std::int64_t> m_weight;
    std::int64_t m_total = 0;
    std::size_t m_topBit = 1;
};

} // namespace outfall::routes
