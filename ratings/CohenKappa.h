#pragma once

#include "RatingTable.h"
#include "Result.h"

#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace avemo::ratings {

// Disagreement weights of Cohen's kappa: none (0/1), linear |x_i - x_j|, quadratic
// (x_i - x_j)^2, where x are the scale's values (declared points, else the distinct observed
// values): distances between values, not between ranks.
enum class KappaWeights
{
    None,
    Linear,
    Quadratic
};

std::string_view weightsName(KappaWeights weights);
std::optional<KappaWeights> weightsFromName(std::string_view name);

struct RaterPairKappa
{
    std::size_t raterA = 0;
    std::size_t raterB = 0;
    std::size_t sharedItems = 0;
    std::optional<double> kappa;
    std::string reason; // why kappa is empty
};

struct CohenKappaSummary
{
    KappaWeights weights = KappaWeights::None;
    ValueSetSource distances = ValueSetSource::ObservedValues;
    std::vector<RaterPairKappa> pairs; // pairs sharing at least one item, sorted, a < b
    std::size_t pairsWithoutSharedItems = 0;
    std::vector<std::size_t> ratersWithoutSharedItems; // share no item with any other rater
    std::optional<double> mean; // unweighted mean over pairs with a defined kappa
    std::size_t definedPairs = 0;
};

// Cohen's (1960) kappa, or Cohen's (1968) weighted kappa, for every pair of raters on the
// items both rated. Pairs without shared items are counted, not listed; pairs whose expected
// disagreement is 0 get a reason. Both stay out of the mean. Fails for tables that are not
// categorical (too many distinct values for contingency tables).
Result<CohenKappaSummary> cohenKappaPairs(const RatingTable &table, KappaWeights weights);

// Weighted kappa 1 - sum(v_ij p_ij) / sum(v_ij p_i. p_.j) from a V x V contingency table and a
// V x V disagreement-weight matrix (both row-major), as in Cohen (1968).
Result<double> weightedKappaFromTable(std::span<const double> counts,
                                      std::span<const double> disagreement, std::size_t v);

// The disagreement weights for a value set.
std::vector<double> disagreementWeights(const std::vector<double> &values, KappaWeights weights);

} // namespace avemo::ratings
