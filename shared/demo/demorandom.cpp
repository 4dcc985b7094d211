#include "demo/demorandom.h"

#include <cmath>
#include <numbers>

namespace outfall::demo {

namespace {

std::uint64_t splitMix64(std::uint64_t &state)
{
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

std::uint64_t rotl(std::uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

} // namespace

DemoRandom::DemoRandom(std::uint64_t seed)
{
    // splitmix64 expands any seed, 0 included, into a state that is never all zero.
    std::uint64_t sm = seed;
    for (std::uint64_t &word : m_state)
        word = splitMix64(sm);
}

DemoRandom DemoRandom::forStream(std::uint64_t seed, std::uint64_t stream)
{
    std::uint64_t sm = seed ^ (stream * 0xd1b54a32d192ed03ULL);
    return DemoRandom(splitMix64(sm) ^ stream);
}

std::uint64_t DemoRandom::next()
{
    const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
    const std::uint64_t t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotl(m_state[3], 45);
    return result;
}

double DemoRandom::uniform()
{
    // The top 53 bits make every double in [0, 1) on the 2^-53 grid equally likely.
    return static_cast<double>(next() >> 11) * 0x1.0p-53;
}

double DemoRandom::uniform(double low, double high)
{
    return low + (high - low) * uniform();
}

int DemoRandom::bounded(int n)
{
    return n <= 0 ? 0 : static_cast<int>(next() % static_cast<std::uint64_t>(n));
}

qint64 DemoRandom::bounded64(qint64 n)
{
    return n <= 0 ? 0 : static_cast<qint64>(next() % static_cast<std::uint64_t>(n));
}

int DemoRandom::range(int low, int high)
{
    return low + bounded(high - low + 1);
}

bool DemoRandom::chance(double probability)
{
    return uniform() < probability;
}

double DemoRandom::normal()
{
    // Box-Muller; 1 - u keeps the logarithm away from zero.
    const double u1 = 1.0 - uniform();
    const double u2 = uniform();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
}

} // namespace outfall::demo
