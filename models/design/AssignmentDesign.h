#pragma once
// Who rates what: each item rated by k of the study's raters, deterministic from the seed,
// balanced, turn groups kept together, connected for agreement, a calibration set rated by
// everyone. Guarantees and their proofs: docs/coordination.md, "Assignment designs".
#include "design/DesignTypes.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace avemo::design {

struct DesignResult;
struct RebalanceResult;

class AssignmentDesign
{
public:
    // A design, or a message saying which input is wrong; never throws for bad input.
    static DesignResult make(const DesignInput &input);

    // The design `input` describes with who-rates-what taken from a stored assignment instead
    // (rater id -> item ids, as `avemo-cli assign` left it): the starting point of a rebalance.
    // input.raters are every rater of the stored design, active or not. An error names a rater
    // or item the input does not have.
    static DesignResult
    restore(const DesignInput &input,
            const std::map<std::string, std::vector<std::string>> &itemsOfRater);

    // Moves only unanswered assignments: away from raters not in activeRaters, then from the most
    // to the least loaded active raters until loads are even. Answered assignments stay where they
    // are (an inactive rater's answers still count towards the item's k). Active raters not in
    // `previous` join with no assigned items and every calibration item.
    static RebalanceResult rebalance(const AssignmentDesign &previous,
                                     const std::map<std::string, std::set<std::string>> &answered,
                                     const std::vector<std::string> &activeRaters);

    const std::vector<std::string> &raters() const { return m_raters; }
    // The design's items (gold left out), sorted by dialogue, turn and id.
    const std::vector<DesignItem> &items() const { return m_items; }
    bool isCalibration(std::size_t item) const { return m_calibration[item] != 0; }
    // Indices into items(), in presentation order: dialogues in a per-rater order from the seed,
    // each dialogue's turns ascending, the systems of a turn shuffled.
    const std::vector<std::size_t> &itemsOf(std::size_t rater) const
    {
        return m_itemsOfRater[rater];
    }
    // Indices into raters(), ascending.
    const std::vector<std::size_t> &ratersOf(std::size_t item) const
    {
        return m_ratersOfItem[item];
    }
    std::optional<std::size_t> raterIndex(const std::string &id) const;
    std::optional<std::size_t> itemIndex(const std::string &id) const;

    int ratersPerItem() const { return m_k; }
    std::uint64_t seed() const { return m_seed; }
    bool keepTurnTogether() const { return m_keepTurnTogether; }
    // Assignment units: groups of item indices that go to the same raters (turn groups, or single
    // items); calibration items are in none.
    const std::vector<std::vector<std::size_t>> &units() const { return m_units; }

    // Shared items for every pair of raters (the diagonal: the rater's own item count).
    std::vector<std::vector<std::size_t>> overlapMatrix() const;
    DesignSummary summary() const;
    // One line per rater then one per item: equal designs give byte-identical text.
    std::string toText() const;

private:
    friend class DesignBuilder;
    friend class DesignRebalancer;
    AssignmentDesign() = default;
    // Sorts m_ratersOfItem and builds every rater's list in presentation order from it.
    void finish();

    std::vector<std::string> m_raters;
    std::vector<DesignItem> m_items;
    std::vector<char> m_calibration;
    std::unordered_map<std::string, std::size_t> m_itemIndex;
    std::vector<std::vector<std::size_t>> m_units;
    std::vector<std::vector<std::size_t>> m_itemsOfRater;
    std::vector<std::vector<std::size_t>> m_ratersOfItem;
    int m_k = 1;
    std::uint64_t m_seed = 0;
    bool m_keepTurnTogether = true;
};

struct DesignResult
{
    std::optional<AssignmentDesign> design;
    std::string error;
};

struct RebalanceResult
{
    std::optional<AssignmentDesign> design;
    std::vector<Move> moves;
    // What could not be kept (an item left with fewer than k raters, loads that answered work
    // keeps uneven), or why nothing was done.
    std::vector<std::string> problems;
};

} // namespace avemo::design
