#include "KrippendorffAlpha.h"

#include "ItemValueCounts.h"

#include <boost/accumulators/accumulators.hpp>
#include <boost/accumulators/statistics/stats.hpp>
#include <boost/accumulators/statistics/sum.hpp>

#include <array>
#include <cmath>

namespace avemo::ratings {

namespace {

namespace acc = boost::accumulators;

double ratioDistance(double a, double b)
{
    const double sum = a + b;
    if (sum == 0.0)
        return 0.0; // both zero: identical values
    const double d = (a - b) / sum;
    return d * d;
}

// The pairable items of a table, each with its value counts and its observed-disagreement
// contribution sum_{c,k} n_uc n_uk delta_ck / (m_u - 1) where delta does not depend on the
// marginals (every level but ordinal). Evaluating alpha for a vector of item weights costs
// O(sum of distinct values per item) plus the expected disagreement over the value set.
class AlphaCoincidences
{
public:
    // counts must outlive this object: the items' value counts are read from it, not copied.
    AlphaCoincidences(const RatingTable &table, const ItemValueCounts &counts, Level level)
        : m_level(level)
        , m_counts(counts)
        , m_values(table.values())
        , m_marginals(table.valueCount(), 0.0)
        , m_positions(table.valueCount(), 0.0)
    {
        for (std::size_t i = 0; i < counts.itemCount(); ++i) {
            if (counts.ratingsOfItem(i) < 2)
                continue;
            m_pairable.push_back(static_cast<std::uint32_t>(i));
            m_fixedContribution.push_back(
                level == Level::Ordinal ? 0.0 : contribution(counts.ofItem(i), m_values));
        }
    }

    std::size_t pairableItems() const { return m_pairable.size(); }

    // Alpha with item u counted weights[u] times (all ones: the plain estimate).
    std::optional<AlphaEstimate> evaluate(std::span<const double> weights)
    {
        std::fill(m_marginals.begin(), m_marginals.end(), 0.0);
        acc::accumulator_set<double, acc::stats<acc::tag::sum>> observed;
        for (std::size_t u = 0; u < m_pairable.size(); ++u) {
            if (weights[u] == 0.0)
                continue;
            for (const auto &e : item(u))
                m_marginals[e.code] += weights[u] * e.count;
            observed(weights[u] * m_fixedContribution[u]);
        }
        double n = 0.0;
        for (const double nc : m_marginals)
            n += nc;
        if (n < 2.0)
            return std::nullopt;

        double observedSum = acc::sum(observed);
        if (m_level == Level::Ordinal) {
            // Krippendorff's ordinal difference (sum_{g=c..k} n_g - (n_c + n_k)/2)^2 equals the
            // squared difference of the values' mid-rank positions t_c = sum_{g<c} n_g + n_c/2,
            // so ordinal alpha is interval alpha on those positions.
            double below = 0.0;
            for (std::size_t c = 0; c < m_marginals.size(); ++c) {
                m_positions[c] = below + m_marginals[c] / 2.0;
                below += m_marginals[c];
            }
            observedSum = 0.0;
            for (std::size_t u = 0; u < m_pairable.size(); ++u) {
                if (weights[u] != 0.0)
                    observedSum += weights[u] * contribution(item(u), m_positions);
            }
        }

        const double expectedSum = expectedPairSum(n);
        if (!(expectedSum > 1e-12 * n * n))
            return std::nullopt;
        AlphaEstimate e;
        e.alpha = 1.0 - (n - 1.0) * observedSum / expectedSum;
        e.observedDisagreement = observedSum / n;
        e.expectedDisagreement = expectedSum / (n * (n - 1.0));
        e.pairableValues = static_cast<std::size_t>(std::llround(n));
        e.pairableItems = m_pairable.size();
        return e;
    }

private:
    std::span<const ItemValueCounts::Entry> item(std::size_t u) const
    {
        return m_counts.ofItem(m_pairable[u]);
    }

    // sum over ordered pairs of values within one item of delta^2, divided by m_u - 1.
    double contribution(std::span<const ItemValueCounts::Entry> entries,
                        const std::vector<double> &x) const
    {
        double m = 0.0;
        for (const auto &e : entries)
            m += e.count;
        if (m_level == Level::Nominal) {
            double same = 0.0;
            for (const auto &e : entries)
                same += double(e.count) * e.count;
            return (m * m - same) / (m - 1.0);
        }
        if (m_level == Level::Ratio) {
            double sum = 0.0;
            for (std::size_t a = 0; a < entries.size(); ++a)
                for (std::size_t b = a + 1; b < entries.size(); ++b)
                    sum += 2.0 * entries[a].count * entries[b].count *
                           ratioDistance(x[entries[a].code], x[entries[b].code]);
            return sum / (m - 1.0);
        }
        // Interval (and ordinal on positions): sum_{i,j} (x_i - x_j)^2 = 2 m sum_i (x_i - mean)^2.
        double mean = 0.0;
        for (const auto &e : entries)
            mean += e.count * x[e.code];
        mean /= m;
        double squares = 0.0;
        for (const auto &e : entries)
            squares += e.count * (x[e.code] - mean) * (x[e.code] - mean);
        return 2.0 * m * squares / (m - 1.0);
    }

    // sum over ordered pairs of pairable values of delta^2 = sum_{c,k} n_c n_k delta_ck.
    double expectedPairSum(double n) const
    {
        if (m_level == Level::Nominal) {
            double same = 0.0;
            for (const double nc : m_marginals)
                same += nc * nc;
            return n * n - same;
        }
        if (m_level == Level::Ratio) {
            double sum = 0.0;
            for (std::size_t c = 0; c < m_marginals.size(); ++c) {
                if (m_marginals[c] == 0.0)
                    continue;
                for (std::size_t k = c + 1; k < m_marginals.size(); ++k)
                    sum += 2.0 * m_marginals[c] * m_marginals[k] *
                           ratioDistance(m_values[c], m_values[k]);
            }
            return sum;
        }
        const auto &x = m_level == Level::Ordinal ? m_positions : m_values;
        double mean = 0.0;
        for (std::size_t c = 0; c < x.size(); ++c)
            mean += m_marginals[c] * x[c];
        mean /= n;
        double squares = 0.0;
        for (std::size_t c = 0; c < x.size(); ++c)
            squares += m_marginals[c] * (x[c] - mean) * (x[c] - mean);
        return 2.0 * n * squares;
    }

    Level m_level;
    const ItemValueCounts &m_counts;
    std::vector<double> m_values;
    std::vector<std::uint32_t> m_pairable; // indices of the items with at least two ratings
    std::vector<double> m_fixedContribution;
    std::vector<double> m_marginals;
    std::vector<double> m_positions;
};

std::optional<std::string> unsuitableForLevel(const RatingTable &table, Level level)
{
    if (table.empty())
        return "no ratings";
    if (level == Level::Ratio && table.values().front() < 0.0)
        return "ratio level needs values >= 0 (found " + std::to_string(table.values().front()) +
               ")";
    return std::nullopt;
}

const char *const undefinedReason =
    "undefined: all pairable ratings have the same value (expected disagreement is 0)";

} // namespace

std::string_view levelName(Level level)
{
    static constexpr std::array<std::string_view, 4> names{"nominal", "ordinal", "interval",
                                                           "ratio"};
    return names[static_cast<std::size_t>(level)];
}

std::optional<Level> levelFromName(std::string_view name)
{
    for (const Level l : {Level::Nominal, Level::Ordinal, Level::Interval, Level::Ratio})
        if (levelName(l) == name)
            return l;
    return std::nullopt;
}

Result<AlphaEstimate> krippendorffAlpha(const RatingTable &table, Level level)
{
    if (const auto why = unsuitableForLevel(table, level))
        return Result<AlphaEstimate>::fail(*why);
    return krippendorffAlpha(table, ItemValueCounts(table), level);
}

Result<AlphaEstimate> krippendorffAlpha(const RatingTable &table, const ItemValueCounts &counts,
                                        Level level)
{
    if (const auto why = unsuitableForLevel(table, level))
        return Result<AlphaEstimate>::fail(*why);
    AlphaCoincidences coincidences(table, counts, level);
    if (coincidences.pairableItems() == 0)
        return Result<AlphaEstimate>::fail(
            "no pairable items: every item has fewer than two ratings");
    const std::vector<double> ones(coincidences.pairableItems(), 1.0);
    const auto estimate = coincidences.evaluate(ones);
    if (!estimate)
        return Result<AlphaEstimate>::fail(undefinedReason);
    return Result<AlphaEstimate>::ok(*estimate);
}

Result<BootstrapInterval> krippendorffAlphaBootstrap(const RatingTable &table, Level level,
                                                     std::size_t resamples, std::uint64_t seed,
                                                     double confidence)
{
    if (resamples < 2)
        return Result<BootstrapInterval>::fail("bootstrap needs at least 2 resamples");
    if (const auto why = unsuitableForLevel(table, level))
        return Result<BootstrapInterval>::fail(*why);
    const ItemValueCounts counts(table);
    AlphaCoincidences coincidences(table, counts, level);
    if (coincidences.pairableItems() < 2)
        return Result<BootstrapInterval>::fail("bootstrap needs at least 2 pairable items");

    ResampleWeights sampler(seed);
    std::vector<double> weights(coincidences.pairableItems());
    std::vector<double> replicates;
    replicates.reserve(resamples);
    for (std::size_t b = 0; b < resamples; ++b) {
        sampler.draw(weights);
        if (const auto e = coincidences.evaluate(weights))
            replicates.push_back(e->alpha);
    }
    // Undefined replicates (a resample with one value only) are dropped and counted: they
    // arise when agreement is near perfect, so their share is reported with the interval.
    if (replicates.size() < resamples / 2)
        return Result<BootstrapInterval>::fail(
            "undefined: alpha was undefined in most bootstrap resamples");
    const std::size_t defined = replicates.size();
    auto ci = percentileInterval(std::move(replicates), confidence);
    ci.resamples = resamples;
    ci.undefinedResamples = resamples - defined;
    ci.seed = seed;
    return Result<BootstrapInterval>::ok(ci);
}

} // namespace avemo::ratings
