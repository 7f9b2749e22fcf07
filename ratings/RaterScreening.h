#pragma once

#include "RatingTable.h"

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace avemo::ratings {

// How a rating of a gold item counts as correct.
enum class GoldRule
{
    ExactCategory, // categorical questions: the expected label exactly
    WithinOne      // ITU-T P.808 gold clips: within +-1 of the expected score
};

// Our defaults, not a standard's: a coordinator should set them per study.
struct ScreeningOptions
{
    GoldRule rule = GoldRule::ExactCategory;
    double minGoldAccuracy = 0.8;
    double minConsensusCorrelation = 0.3;
    std::size_t minItemsForCorrelation = 5;
};

struct RaterScreening
{
    std::size_t rater = 0;
    std::size_t ratings = 0;
    std::size_t goldRated = 0;
    std::size_t goldCorrect = 0;
    std::optional<double> goldAccuracy;
    // Pearson r between the rater's values and the mean of the other raters on the same
    // items (leave-one-out consensus), over items with at least one other rating.
    std::size_t sharedItems = 0;
    std::optional<double> consensusCorrelation;
    std::vector<std::string> flags; // empty: the rater passes
};

// Screens every rater; gold maps item ids to their expected value.
std::vector<RaterScreening> screenRaters(const RatingTable &table,
                                         const std::unordered_map<std::string, double> &gold,
                                         const ScreeningOptions &options);

} // namespace avemo::ratings
