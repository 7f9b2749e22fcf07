#pragma once

#include "Bootstrap.h"
#include "ItemValueCounts.h"
#include "RatingTable.h"
#include "Result.h"

#include <optional>
#include <string_view>

namespace avemo::ratings {

// Level of measurement, which selects alpha's difference function (Krippendorff 2011).
enum class Level
{
    Nominal,
    Ordinal,
    Interval,
    Ratio
};

std::string_view levelName(Level level);
std::optional<Level> levelFromName(std::string_view name);

struct AlphaEstimate
{
    double alpha = 0.0;
    double observedDisagreement = 0.0; // D_o
    double expectedDisagreement = 0.0; // D_e
    std::size_t pairableValues = 0;    // n: values in items with at least two ratings
    std::size_t pairableItems = 0;
};

// Krippendorff's alpha = 1 - D_o / D_e from the coincidence matrix; any number of raters,
// missing ratings allowed. Items with one rating are not pairable and are left out. Undefined
// (a reason, never 1.0) when no item is pairable or when D_e = 0 (a single value throughout).
Result<AlphaEstimate> krippendorffAlpha(const RatingTable &table, Level level);
// The same from the table's value counts, when the caller shares them with other statistics.
Result<AlphaEstimate> krippendorffAlpha(const RatingTable &table, const ItemValueCounts &counts,
                                        Level level);

// Percentile bootstrap CI of alpha, resampling pairable items with replacement; each item
// carries its own coincidence contribution, so a replicate re-weights those instead of
// recomputing from the ratings. Reproducible for a given seed.
Result<BootstrapInterval> krippendorffAlphaBootstrap(const RatingTable &table, Level level,
                                                     std::size_t resamples, std::uint64_t seed,
                                                     double confidence = 0.95);

} // namespace avemo::ratings
