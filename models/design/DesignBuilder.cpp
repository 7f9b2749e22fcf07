// AssignmentDesign::make: validation, assignment units, the least-loaded round robin and the
// connectivity repair. Why each step keeps the guarantees: docs/coordination.md.
#include "design/AssignmentDesign.h"
#include "design/RaterGraph.h"
#include "design/SeededRandom.h"

#include <algorithm>
#include <numeric>
#include <unordered_map>
#include <unordered_set>

namespace avemo::design {

namespace {

enum Purpose : std::uint64_t
{
    kCalibrationDraw = 1,
    kUnitOrder = 2,
    kRaterOrder = 3
};

std::string validate(const DesignInput &in)
{
    if (in.ratersPerItem < 1)
        return "raters_per_item must be at least 1 (got " + std::to_string(in.ratersPerItem) + ")";
    if (in.raters.empty())
        return "the design has no raters";
    if (std::size_t(in.ratersPerItem) > in.raters.size())
        return "raters_per_item is " + std::to_string(in.ratersPerItem) + " but there are only " +
               std::to_string(in.raters.size()) +
               " raters: each item needs that many different raters";
    std::unordered_set<std::string> seen;
    for (std::size_t i = 0; i < in.raters.size(); ++i) {
        if (in.raters[i].empty())
            return "rater " + std::to_string(i + 1) + " has an empty id";
        if (!seen.insert(in.raters[i]).second)
            return "rater \"" + in.raters[i] + "\" is listed twice";
    }
    seen.clear();
    for (std::size_t i = 0; i < in.items.size(); ++i) {
        if (in.items[i].id.empty())
            return "item " + std::to_string(i + 1) + " has an empty id";
        if (!seen.insert(in.items[i].id).second)
            return "item \"" + in.items[i].id + "\" is listed twice";
    }
    std::unordered_set<std::string> gold;
    for (const auto &id : in.goldItems) {
        if (!seen.count(id))
            return "gold item \"" + id + "\" is not an item of the study";
        gold.insert(id);
    }
    if (!in.calibrationItems.empty() && in.calibrationCount != 0)
        return "give either calibration item ids or a calibration count, not both";
    std::unordered_set<std::string> calibration;
    for (const auto &id : in.calibrationItems) {
        if (!seen.count(id))
            return "calibration item \"" + id + "\" is not an item of the study";
        if (gold.count(id))
            return "item \"" + id + "\" cannot be both a gold and a calibration item";
        if (!calibration.insert(id).second)
            return "calibration item \"" + id + "\" is listed twice";
    }
    const std::size_t available = in.items.size() - gold.size();
    if (in.calibrationCount > available)
        return "a calibration count of " + std::to_string(in.calibrationCount) +
               " needs that many items but only " + std::to_string(available) +
               " non-gold items exist";
    return {};
}

} // namespace

// Builds one design; a class so the steps share the working state without long parameter lists.
class DesignBuilder
{
public:
    explicit DesignBuilder(const DesignInput &in)
        : m_in(in)
    {
    }

    AssignmentDesign build()
    {
        AssignmentDesign &d = m_design;
        d.m_k = m_in.ratersPerItem;
        d.m_seed = m_in.seed;
        d.m_keepTurnTogether = m_in.keepTurnTogether;
        d.m_raters = m_in.raters;
        std::sort(d.m_raters.begin(), d.m_raters.end()); // input order does not matter
        takeItems();
        markCalibration();
        makeUnits();
        assignUnits();
        if (d.m_units.size() > 0 && m_in.ratersPerItem >= 2 && !hasCalibration())
            RaterGraph::connect(m_unitRaters, d.m_units, d.m_raters.size());
        d.m_ratersOfItem.assign(d.m_items.size(), {});
        for (std::size_t u = 0; u < d.m_units.size(); ++u)
            for (std::size_t item : d.m_units[u])
                d.m_ratersOfItem[item] = m_unitRaters[u];
        std::vector<std::size_t> everyone(d.m_raters.size());
        std::iota(everyone.begin(), everyone.end(), 0);
        for (std::size_t i = 0; i < d.m_items.size(); ++i)
            if (d.m_calibration[i])
                d.m_ratersOfItem[i] = everyone;
        d.finish();
        return std::move(d);
    }

private:
    bool hasCalibration() const
    {
        return std::any_of(m_design.m_calibration.begin(), m_design.m_calibration.end(),
                           [](char c) { return c != 0; });
    }

    void takeItems()
    {
        const std::unordered_set<std::string> gold(m_in.goldItems.begin(), m_in.goldItems.end());
        for (const auto &item : m_in.items)
            if (!gold.count(item.id))
                m_design.m_items.push_back(item);
        std::sort(
            m_design.m_items.begin(), m_design.m_items.end(), [](const auto &a, const auto &b) {
                return std::tie(a.dialogue, a.turn, a.id) < std::tie(b.dialogue, b.turn, b.id);
            });
    }

    void markCalibration()
    {
        auto &d = m_design;
        d.m_calibration.assign(d.m_items.size(), 0);
        if (!m_in.calibrationItems.empty()) {
            const std::unordered_set<std::string> wanted(m_in.calibrationItems.begin(),
                                                         m_in.calibrationItems.end());
            for (std::size_t i = 0; i < d.m_items.size(); ++i)
                d.m_calibration[i] = wanted.count(d.m_items[i].id) ? 1 : 0;
            return;
        }
        std::vector<std::size_t> order(d.m_items.size());
        std::iota(order.begin(), order.end(), 0);
        SeededRandom(SeededRandom::derive(m_in.seed, kCalibrationDraw)).shuffle(order);
        for (std::size_t i = 0; i < m_in.calibrationCount; ++i)
            d.m_calibration[order[i]] = 1;
    }

    // Units in a seeded order, largest first (the greedy's bound is the size of the unit placed
    // last; small units at the end even out what the large ones left).
    void makeUnits()
    {
        auto &d = m_design;
        for (std::size_t i = 0; i < d.m_items.size(); ++i) {
            if (d.m_calibration[i])
                continue;
            const bool sameTurn =
                !d.m_units.empty() && m_in.keepTurnTogether &&
                d.m_items[d.m_units.back().front()].dialogue == d.m_items[i].dialogue &&
                d.m_items[d.m_units.back().front()].turn == d.m_items[i].turn;
            if (sameTurn)
                d.m_units.back().push_back(i);
            else
                d.m_units.push_back({i});
        }
        SeededRandom(SeededRandom::derive(m_in.seed, kUnitOrder)).shuffle(d.m_units);
        std::stable_sort(d.m_units.begin(), d.m_units.end(),
                         [](const auto &a, const auto &b) { return a.size() > b.size(); });
    }

    // Each unit to the k raters with the least items so far; ties go to the first rater at or
    // after a cursor that moves one place per unit through a seeded rater order. Without the
    // moving cursor, k dividing the number of raters would repeat the same blocks of k raters for
    // ever and the rater graph would fall apart into blocks.
    void assignUnits()
    {
        const std::size_t n = m_design.m_raters.size();
        const std::size_t k = std::size_t(m_in.ratersPerItem);
        std::vector<std::size_t> ring(n);
        std::iota(ring.begin(), ring.end(), 0);
        SeededRandom(SeededRandom::derive(m_in.seed, kRaterOrder)).shuffle(ring);
        std::vector<std::size_t> load(n, 0);
        std::vector<std::size_t> byPreference(n);
        m_unitRaters.reserve(m_design.m_units.size());
        std::size_t cursor = 0;
        for (const auto &unit : m_design.m_units) {
            for (std::size_t p = 0; p < n; ++p)
                byPreference[p] = ring[(cursor + p) % n];
            std::stable_sort(byPreference.begin(), byPreference.end(),
                             [&](std::size_t a, std::size_t b) { return load[a] < load[b]; });
            std::vector<std::size_t> chosen(byPreference.begin(),
                                            byPreference.begin() + std::ptrdiff_t(k));
            for (std::size_t r : chosen)
                load[r] += unit.size();
            std::sort(chosen.begin(), chosen.end());
            m_unitRaters.push_back(std::move(chosen));
            cursor = (cursor + 1) % n;
        }
    }

    const DesignInput &m_in;
    AssignmentDesign m_design;
    std::vector<std::vector<std::size_t>> m_unitRaters;
};

DesignResult AssignmentDesign::make(const DesignInput &input)
{
    DesignResult result;
    result.error = validate(input);
    if (result.error.empty())
        result.design = DesignBuilder(input).build();
    return result;
}

} // namespace avemo::design
