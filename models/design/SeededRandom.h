#pragma once
// A random stream that is the same on every platform and standard library: SplitMix64 (Steele,
// Lea and Flood, 2014) and an unbiased bounded draw by rejection. std::uniform_int_distribution
// and std::shuffle are implementation-defined, so a design drawn with them could differ between
// the coordinator's machine and a test machine; the assignment must not.
#include <cstdint>
#include <utility>
#include <vector>

namespace avemo::design {

class SeededRandom
{
public:
    explicit SeededRandom(std::uint64_t seed)
        : m_state(seed)
    {
    }

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    // Uniform in [0, bound), bound > 0.
    std::uint64_t below(std::uint64_t bound)
    {
        const std::uint64_t limit = ~std::uint64_t(0) - (~std::uint64_t(0) % bound);
        std::uint64_t x = next();
        while (x >= limit)
            x = next();
        return x % bound;
    }

    // Fisher-Yates.
    template <typename T> void shuffle(std::vector<T> &v)
    {
        for (std::size_t i = v.size(); i > 1; --i)
            std::swap(v[i - 1], v[below(i)]);
    }

    // An independent stream for one named purpose, so that adding a purpose does not shift others.
    static std::uint64_t derive(std::uint64_t seed, std::uint64_t purpose)
    {
        SeededRandom r(seed ^ (purpose * 0xd1b54a32d192ed03ULL));
        return r.next();
    }

private:
    std::uint64_t m_state;
};

} // namespace avemo::design
