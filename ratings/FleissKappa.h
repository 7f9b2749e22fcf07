#pragma once

#include "ItemValueCounts.h"
#include "RatingTable.h"
#include "Result.h"

#include <optional>
#include <vector>

namespace avemo::ratings {

struct FleissCategory
{
    double value = 0.0;
    double proportion = 0.0;     // p_j: share of all ratings in this category
    std::optional<double> kappa; // empty when p_j is 0 or 1 (kappa_j undefined)
    double standardErrorNull = 0.0;
};

struct FleissKappaEstimate
{
    double kappa = 0.0;
    double observedAgreement = 0.0; // P-bar
    double expectedAgreement = 0.0; // P-bar_e
    // Standard error under the null hypothesis kappa = 0 (Fleiss, Nee & Landis 1979), for the
    // z test below; it is not a standard error for a confidence interval around kappa.
    double standardErrorNull = 0.0;
    double z = 0.0;
    double pValue = 0.0; // two-sided
    std::size_t items = 0;
    std::size_t ratingsPerItem = 0;
    std::vector<FleissCategory> categories;
};

// Fleiss' kappa (Fleiss 1971) with per-category kappas. Needs the same number (>= 2) of
// ratings on every item; the raters need not be the same people. Otherwise a reason that
// starts with "not applicable:".
Result<FleissKappaEstimate> fleissKappa(const RatingTable &table);
// The same from the table's value counts, when the caller shares them with other statistics.
Result<FleissKappaEstimate> fleissKappa(const RatingTable &table, const ItemValueCounts &counts);

// The same from a subjects x categories count matrix (row-major), as printed in papers.
Result<FleissKappaEstimate> fleissKappaFromCounts(const std::vector<std::vector<double>> &counts);

} // namespace avemo::ratings
