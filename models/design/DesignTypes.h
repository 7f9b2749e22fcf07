#pragma once
// Inputs and outputs of the assignment design (who rates what). Plain C++: no Qt, no database, so
// study.json parsing, avemo-cli assign and packaging can all build on it later.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace avemo::design {

struct DesignItem
{
    std::string id;
    std::string dialogue;
    int turn = 0;
    std::string system;
};

struct DesignInput
{
    std::vector<DesignItem> items;
    std::vector<std::string> raters;
    int ratersPerItem = 1; // k
    std::uint64_t seed = 0;
    // All systems of one turn (same dialogue and turn) go to the same raters, so a rater compares
    // the systems' replies to the same context.
    bool keepTurnTogether = true;
    // Rated by every rater: either these ids, or (when empty) a count drawn from the seed.
    std::vector<std::string> calibrationItems;
    std::size_t calibrationCount = 0;
    // Left out of the design: gold items are spread over every session as today.
    std::vector<std::string> goldItems;
};

struct DesignSummary
{
    std::size_t raters = 0;
    std::size_t designItems = 0; // calibration + assigned items (gold excluded)
    std::size_t calibrationItems = 0;
    std::size_t assignmentUnits = 0; // turn groups, or single items without keepTurnTogether
    std::size_t largestUnit = 0;     // items in the largest unit
    // Non-calibration items per rater (what the balance guarantee is about) and all items.
    std::size_t assignedPerRaterMin = 0, assignedPerRaterMax = 0;
    std::size_t itemsPerRaterMin = 0, itemsPerRaterMax = 0;
    std::size_t ratingsPerItemMin = 0, ratingsPerItemMax = 0; // non-calibration items
    std::size_t sharedPerPairMin = 0, sharedPerPairMax = 0;   // overlap matrix off the diagonal
    std::size_t components = 0; // of the rater graph (edge = at least one shared item)
    bool agreementEstimable = false;
    std::vector<std::string> notes;
};

// One assignment that rebalance changed. An empty `from` is an assignment added (a calibration
// item for a rater who joined); an empty `to` is one dropped (a calibration item an inactive
// rater had not answered: every active rater has it already).
struct Move
{
    std::string item;
    std::string from;
    std::string to;
    bool operator==(const Move &) const = default;
};

} // namespace avemo::design
