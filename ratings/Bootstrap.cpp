#include "Bootstrap.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace avemo::ratings {

std::size_t ResampleWeights::uniformIndex(std::size_t n)
{
    const std::uint64_t range = n;
    const std::uint64_t limit = std::numeric_limits<std::uint64_t>::max() -
                                std::numeric_limits<std::uint64_t>::max() % range;
    std::uint64_t x = m_engine();
    while (x >= limit)
        x = m_engine();
    return static_cast<std::size_t>(x % range);
}

void ResampleWeights::draw(std::span<double> weights)
{
    std::fill(weights.begin(), weights.end(), 0.0);
    for (std::size_t i = 0; i < weights.size(); ++i)
        weights[uniformIndex(weights.size())] += 1.0;
}

double quantileOfSorted(std::span<const double> sorted, double q)
{
    if (sorted.empty())
        return std::numeric_limits<double>::quiet_NaN();
    const double h = (static_cast<double>(sorted.size()) - 1.0) * q;
    const auto lo = static_cast<std::size_t>(std::floor(h));
    const auto hi = std::min(lo + 1, sorted.size() - 1);
    return sorted[lo] + (h - static_cast<double>(lo)) * (sorted[hi] - sorted[lo]);
}

BootstrapInterval percentileInterval(std::vector<double> replicates, double confidence)
{
    std::sort(replicates.begin(), replicates.end());
    BootstrapInterval ci;
    ci.confidence = confidence;
    ci.low = quantileOfSorted(replicates, (1.0 - confidence) / 2.0);
    ci.high = quantileOfSorted(replicates, 1.0 - (1.0 - confidence) / 2.0);
    return ci;
}

double exactMedian(std::vector<double> values)
{
    if (values.empty())
        return std::numeric_limits<double>::quiet_NaN();
    const auto mid = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
    std::nth_element(values.begin(), mid, values.end());
    if (values.size() % 2 == 1)
        return *mid;
    const double upper = *mid;
    const double lower = *std::max_element(values.begin(), mid);
    return (lower + upper) / 2.0;
}

} // namespace avemo::ratings
