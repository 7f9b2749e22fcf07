#pragma once
// Random study shapes for the design tests, and the properties of a design checked from scratch
// (brute force over items and rater pairs, not through the design's own summary code).
#include "design/AssignmentDesign.h"

#include <QTest>

#include <algorithm>
#include <map>
#include <random>
#include <set>

namespace avemo::design::test {

struct Config
{
    DesignInput input;
    std::string label;
};

inline std::size_t draw(std::mt19937_64 &g, std::size_t lo, std::size_t hi) // in [lo, hi]
{
    return lo + std::size_t(g() % (hi - lo + 1));
}

// Dialogues of 1..6 turns with 1..4 systems; with `ragged` some turns miss systems, so turn
// groups have unequal sizes.
inline std::vector<DesignItem> makeItems(std::mt19937_64 &g, std::size_t count, bool ragged)
{
    const std::size_t systems = draw(g, 1, 4);
    std::vector<DesignItem> items;
    for (int d = 0; items.size() < count; ++d) {
        const int turns = int(draw(g, 1, 6));
        for (int t = 1; t <= turns && items.size() < count; ++t)
            for (std::size_t s = 0; s < systems && items.size() < count; ++s) {
                if (ragged && s > 0 && draw(g, 0, 3) == 0)
                    continue;
                items.push_back(
                    {"d" + std::to_string(d) + "t" + std::to_string(t) + "s" + std::to_string(s),
                     "d" + std::to_string(d), t, "sys" + std::to_string(s)});
            }
    }
    return items;
}

inline Config randomConfig(std::uint64_t n)
{
    std::mt19937_64 g(n * 7919 + 17);
    Config c;
    DesignInput &in = c.input;
    in.items = makeItems(g, draw(g, 1, 2000), draw(g, 0, 1) == 1);
    in.ratersPerItem = int(draw(g, 1, 5));
    const std::size_t raters = draw(g, std::size_t(in.ratersPerItem), 50);
    for (std::size_t r = 0; r < raters; ++r)
        in.raters.push_back("rater" + std::to_string(r));
    in.seed = g();
    in.keepTurnTogether = draw(g, 0, 1) == 1;
    std::vector<std::string> ids;
    for (const auto &item : in.items)
        ids.push_back(item.id);
    std::shuffle(ids.begin(), ids.end(), g);
    const std::size_t gold = std::min(ids.size() - 1, draw(g, 0, 3));
    in.goldItems.assign(ids.begin(), ids.begin() + std::ptrdiff_t(gold));
    const std::size_t calibration = std::min(ids.size() - gold, draw(g, 0, 4));
    switch (draw(g, 0, 2)) {
    case 0:
        break; // none
    case 1:
        in.calibrationCount = calibration;
        break;
    default:
        in.calibrationItems.assign(ids.begin() + std::ptrdiff_t(gold),
                                   ids.begin() + std::ptrdiff_t(gold + calibration));
    }
    c.label = "config " + std::to_string(n) + ": " + std::to_string(in.items.size()) + " items, " +
              std::to_string(raters) + " raters, k=" + std::to_string(in.ratersPerItem) +
              (in.keepTurnTogether ? ", turns together" : ", single items") + ", calibration " +
              std::to_string(calibration);
    return c;
}

// Components of the rater graph by breadth-first search over the pairs that share an item.
inline std::size_t countComponents(const std::vector<std::vector<std::size_t>> &shared)
{
    std::vector<char> seen(shared.size(), 0);
    std::size_t count = 0;
    for (std::size_t s = 0; s < shared.size(); ++s) {
        if (seen[s])
            continue;
        ++count;
        std::vector<std::size_t> stack{s};
        seen[s] = 1;
        while (!stack.empty()) {
            const std::size_t a = stack.back();
            stack.pop_back();
            for (std::size_t b = 0; b < shared.size(); ++b)
                if (!seen[b] && shared[a][b] > 0) {
                    seen[b] = 1;
                    stack.push_back(b);
                }
        }
    }
    return count;
}

// Sets of items per rater, from the per-rater lists (not from ratersOf).
inline std::vector<std::set<std::size_t>> itemSets(const AssignmentDesign &d)
{
    std::vector<std::set<std::size_t>> sets(d.raters().size());
    for (std::size_t r = 0; r < d.raters().size(); ++r)
        sets[r] = std::set<std::size_t>(d.itemsOf(r).begin(), d.itemsOf(r).end());
    return sets;
}

inline std::vector<std::vector<std::size_t>> bruteOverlap(const AssignmentDesign &d)
{
    const auto sets = itemSets(d);
    std::vector<std::vector<std::size_t>> shared(sets.size(),
                                                 std::vector<std::size_t>(sets.size(), 0));
    for (std::size_t a = 0; a < sets.size(); ++a)
        for (std::size_t b = 0; b < sets.size(); ++b)
            for (std::size_t i : sets[a])
                shared[a][b] += sets[b].count(i);
    return shared;
}

// Non-calibration items per rater.
inline std::vector<std::size_t> loads(const AssignmentDesign &d,
                                      const std::vector<std::size_t> &raters)
{
    std::vector<std::size_t> out;
    for (std::size_t r : raters)
        out.push_back(
            std::size_t(std::count_if(d.itemsOf(r).begin(), d.itemsOf(r).end(),
                                      [&](std::size_t i) { return !d.isCalibration(i); })));
    return out;
}

// Each rater's list: every dialogue one contiguous block, its turns never going back.
inline bool turnsInOrder(const AssignmentDesign &d, std::size_t r)
{
    std::set<std::string> finished;
    const auto &list = d.itemsOf(r);
    for (std::size_t j = 0; j < list.size(); ++j) {
        const auto &item = d.items()[list[j]];
        if (j > 0) {
            const auto &before = d.items()[list[j - 1]];
            if (before.dialogue == item.dialogue && before.turn > item.turn)
                return false;
            if (before.dialogue != item.dialogue && !finished.insert(before.dialogue).second)
                return false;
        }
        if (finished.count(item.dialogue))
            return false;
    }
    return true;
}

} // namespace avemo::design::test
