#pragma once

#include <cstdint>
#include <random>
#include <span>
#include <vector>

namespace avemo::ratings {

// A percentile interval from bootstrap replicates.
struct BootstrapInterval
{
    double low = 0.0;
    double high = 0.0;
    double confidence = 0.95;
    std::size_t resamples = 0;          // requested
    std::size_t undefinedResamples = 0; // replicates where the statistic was undefined
    std::uint64_t seed = 0;
};

// Draws resampling weights reproducibly: the same seed gives the same weights on every
// platform (std::uniform_int_distribution is implementation-defined, so it is not used).
class ResampleWeights
{
public:
    explicit ResampleWeights(std::uint64_t seed)
        : m_engine(seed)
    {
    }

    // Uniform in [0, n), unbiased (rejection of the incomplete top range).
    std::size_t uniformIndex(std::size_t n);

    // weights[i] = how often unit i is drawn when drawing weights.size() units with
    // replacement (a multinomial draw); overwrites weights.
    void draw(std::span<double> weights);

private:
    std::mt19937_64 m_engine;
};

// The q-quantile (0..1) of sorted values, linear interpolation between order statistics
// (Hyndman & Fan 1996 type 7, the default of R and numpy).
double quantileOfSorted(std::span<const double> sorted, double q);

// Sorts the replicates and returns the equal-tailed percentile interval.
BootstrapInterval percentileInterval(std::vector<double> replicates, double confidence);

// The exact median (mean of the two middle order statistics for an even count).
double exactMedian(std::vector<double> values);

} // namespace avemo::ratings
