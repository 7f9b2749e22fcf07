#pragma once

#include "RatingTable.h"

#include <vector>

namespace avemo::ratings {

// How much the raters of one item disagree, to queue items for adjudication.
struct ItemDisagreement
{
    std::size_t item = 0;
    std::size_t ratings = 0;
    double entropyBits = 0.0; // Shannon entropy of the item's value distribution
    double mean = 0.0;
    double sd = 0.0;    // sample SD; NaN for a single rating
    double range = 0.0; // max - min
    // The most frequent value(s); more than one means a tie, reported as such, never broken.
    std::vector<double> majorityValues;
    bool tie() const { return majorityValues.size() > 1; }
};

std::vector<ItemDisagreement> itemDisagreements(const RatingTable &table);

} // namespace avemo::ratings
