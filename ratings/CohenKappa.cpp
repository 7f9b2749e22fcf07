#include "CohenKappa.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>
#include <unordered_map>

namespace avemo::ratings {

namespace {

constexpr std::size_t maxCategories = 100;
constexpr std::size_t maxTableCells = std::size_t(64) << 20;

// Finds the contingency table of a rater pair: a dense slot array while raters^2 is small,
// a hash map for crowdsourcing-sized rater pools.
class PairSlots
{
public:
    explicit PairSlots(std::size_t raters)
        : m_raters(raters)
    {
        if (raters * raters <= (std::size_t(1) << 22))
            m_dense.assign(raters * raters, UINT32_MAX);
    }
    std::uint32_t &slot(std::size_t a, std::size_t b)
    {
        const std::size_t key = a * m_raters + b;
        if (!m_dense.empty())
            return m_dense[key];
        return m_sparse.try_emplace(key, UINT32_MAX).first->second;
    }

private:
    std::size_t m_raters;
    std::vector<std::uint32_t> m_dense;
    std::unordered_map<std::size_t, std::uint32_t> m_sparse;
};

} // namespace

std::string_view weightsName(KappaWeights weights)
{
    static constexpr std::array<std::string_view, 3> names{"none", "linear", "quadratic"};
    return names[static_cast<std::size_t>(weights)];
}

std::optional<KappaWeights> weightsFromName(std::string_view name)
{
    for (const auto w : {KappaWeights::None, KappaWeights::Linear, KappaWeights::Quadratic})
        if (weightsName(w) == name)
            return w;
    return std::nullopt;
}

std::vector<double> disagreementWeights(const std::vector<double> &values, KappaWeights weights)
{
    const std::size_t v = values.size();
    std::vector<double> w(v * v, 0.0);
    for (std::size_t i = 0; i < v; ++i) {
        for (std::size_t j = 0; j < v; ++j) {
            const double d = std::fabs(values[i] - values[j]);
            switch (weights) {
            case KappaWeights::None:
                w[i * v + j] = i == j ? 0.0 : 1.0;
                break;
            case KappaWeights::Linear:
                w[i * v + j] = d;
                break;
            case KappaWeights::Quadratic:
                w[i * v + j] = d * d;
                break;
            }
        }
    }
    return w;
}

Result<double> weightedKappaFromTable(std::span<const double> counts,
                                      std::span<const double> disagreement, std::size_t v)
{
    if (counts.size() != v * v || disagreement.size() != v * v)
        return Result<double>::fail("contingency table and weights must both be V x V");
    std::vector<double> rows(v, 0.0), cols(v, 0.0);
    double total = 0.0;
    for (std::size_t i = 0; i < v; ++i) {
        for (std::size_t j = 0; j < v; ++j) {
            rows[i] += counts[i * v + j];
            cols[j] += counts[i * v + j];
            total += counts[i * v + j];
        }
    }
    if (total <= 0.0)
        return Result<double>::fail("no shared items");
    double observed = 0.0, expected = 0.0;
    for (std::size_t i = 0; i < v; ++i) {
        for (std::size_t j = 0; j < v; ++j) {
            observed += disagreement[i * v + j] * counts[i * v + j] / total;
            expected += disagreement[i * v + j] * rows[i] * cols[j] / (total * total);
        }
    }
    if (!(expected > 1e-15))
        return Result<double>::fail(
            "undefined: both raters used one and the same value (expected disagreement is 0)");
    return Result<double>::ok(1.0 - observed / expected);
}

Result<CohenKappaSummary> cohenKappaPairs(const RatingTable &table, KappaWeights weights)
{
    using R = Result<CohenKappaSummary>;
    if (table.empty())
        return R::fail("no ratings");
    if (table.raterCount() < 2)
        return R::fail("needs at least two raters");
    const std::size_t v = table.valueCount();
    if (v > maxCategories)
        return R::fail("needs categorical values: " + std::to_string(v) +
                       " distinct values (at most " + std::to_string(maxCategories) + ")");

    // One pass over items; every pair of ratings in an item lands in its pair's V x V table.
    PairSlots slots(table.raterCount());
    std::vector<std::uint32_t> cells;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> owners;
    for (std::size_t i = 0; i < table.itemCount(); ++i) {
        const auto ratings = table.ratingsOfItem(i);
        for (std::size_t a = 0; a < ratings.size(); ++a) {
            for (std::size_t b = a + 1; b < ratings.size(); ++b) {
                if (ratings[a].rater == ratings[b].rater)
                    continue; // the same rater in two groups: not a pair of raters
                auto &slot = slots.slot(ratings[a].rater, ratings[b].rater);
                if (slot == UINT32_MAX) {
                    if (cells.size() + v * v > maxTableCells)
                        return R::fail("too many rater pairs x categories for contingency tables");
                    slot = static_cast<std::uint32_t>(owners.size());
                    owners.emplace_back(ratings[a].rater, ratings[b].rater);
                    cells.resize(cells.size() + v * v, 0);
                }
                ++cells[slot * v * v + ratings[a].code * v + ratings[b].code];
            }
        }
    }

    CohenKappaSummary summary;
    summary.weights = weights;
    summary.distances = table.valueSetSource();
    const auto w = disagreementWeights(table.values(), weights);
    std::vector<std::uint32_t> order(owners.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(),
              [&](std::uint32_t x, std::uint32_t y) { return owners[x] < owners[y]; });
    std::vector<bool> paired(table.raterCount(), false);
    std::vector<double> counts(v * v);
    double sum = 0.0;
    for (const auto slot : order) {
        RaterPairKappa pair;
        pair.raterA = owners[slot].first;
        pair.raterB = owners[slot].second;
        paired[pair.raterA] = paired[pair.raterB] = true;
        double shared = 0.0;
        for (std::size_t c = 0; c < v * v; ++c) {
            counts[c] = cells[slot * v * v + c];
            shared += counts[c];
        }
        pair.sharedItems = static_cast<std::size_t>(shared);
        const auto kappa = weightedKappaFromTable(counts, w, v);
        if (kappa) {
            pair.kappa = kappa.value();
            sum += kappa.value();
            ++summary.definedPairs;
        } else {
            pair.reason = kappa.reason();
        }
        summary.pairs.push_back(std::move(pair));
    }
    for (std::size_t r = 0; r < table.raterCount(); ++r)
        if (!paired[r])
            summary.ratersWithoutSharedItems.push_back(r);
    const std::size_t raters = table.raterCount();
    summary.pairsWithoutSharedItems = raters * (raters - 1) / 2 - summary.pairs.size();
    if (summary.definedPairs > 0)
        summary.mean = sum / static_cast<double>(summary.definedPairs);
    return R::ok(std::move(summary));
}

} // namespace avemo::ratings
