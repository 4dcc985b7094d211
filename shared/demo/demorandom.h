#pragma once

#include <QList>

#include <cstdint>

namespace outfall::demo {

// xoshiro256** seeded through splitmix64. The demo must be byte-identical for a seed on
// every run, so it never touches QRandomGenerator::global() or the clock; each enterprise
// draws from its own stream so that one enterprise's draws never shift another's.
class DemoRandom
{
public:
    explicit DemoRandom(std::uint64_t seed);
    // An independent stream for (seed, stream), e.g. one per enterprise index.
    static DemoRandom forStream(std::uint64_t seed, std::uint64_t stream);

    std::uint64_t next();
    double uniform(); // [0, 1)
    double uniform(double low, double high); // [low, high)
    int bounded(int n); // [0, n)
    qint64 bounded64(qint64 n); // [0, n)
    int range(int low, int high); // [low, high], inclusive
    bool chance(double probability);
    double normal(); // standard normal

    template<typename T>
    const T &pick(const QList<T> &items)
    {
        return items[bounded(static_cast<int>(items.size()))];
    }

private:
    std::uint64_t m_state[4];
};

} // namespace outfall::demo
