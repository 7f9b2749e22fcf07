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

// Why a rater is flagged. Typed, not text: the dashboard words it in the user's language, and
// describe() gives the English wording for logs and the command line.
struct ScreeningFlag
{
    enum class Kind
    {
        LowGoldAccuracy,        // value: accuracy, threshold: minGoldAccuracy, count of total
        NoSharedItems,          // no item rated by another rater too
        FewSharedItems,         // count: shared items, threshold: minItemsForCorrelation
        ConstantRatings,        // the rater's values or the consensus never vary
        LowConsensusCorrelation // value: r, threshold: minConsensusCorrelation
    };
    Kind kind = Kind::NoSharedItems;
    double value = 0.0;
    double threshold = 0.0;
    std::size_t count = 0;
    std::size_t total = 0;
};

std::string describe(const ScreeningFlag &flag);

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
    std::vector<ScreeningFlag> flags; // empty: the rater passes
};

// Screens every rater; gold maps item ids to their expected value.
std::vector<RaterScreening> screenRaters(const RatingTable &table,
                                         const std::unordered_map<std::string, double> &gold,
                                         const ScreeningOptions &options);

} // namespace avemo::ratings
