#include "DesignFixture.h"

#include <QTest>

using namespace avemo::design;
using namespace avemo::design::test;

// Late joiners and dropouts: only unanswered assignments move, loads even out over the active
// raters, every item keeps its k raters, and the moves say exactly what changed.
class TestDesignRebalance : public QObject
{
    Q_OBJECT

private:
    struct Scenario
    {
        AssignmentDesign before;
        std::map<std::string, std::set<std::string>> answered;
        std::vector<std::string> active;
        std::string label;
    };

    // A design from a random shape; each rater answered the first 0..40 % of their list; up to
    // three raters drop out and up to three join, keeping at least k + 1 active.
    static Scenario scenario(std::uint64_t n)
    {
        Config c = randomConfig(n);
        std::mt19937_64 g(n + 1000);
        Scenario s{*AssignmentDesign::make(c.input).design, {}, {}, c.label};
        const auto &d = s.before;
        for (std::size_t r = 0; r < d.raters().size(); ++r) {
            const std::size_t count = d.itemsOf(r).size() * draw(g, 0, 40) / 100;
            for (std::size_t j = 0; j < count; ++j)
                s.answered[d.raters()[r]].insert(d.items()[d.itemsOf(r)[j]].id);
        }
        std::vector<std::string> raters = d.raters();
        std::shuffle(raters.begin(), raters.end(), g);
        const std::size_t keep = std::size_t(c.input.ratersPerItem) + 1;
        const std::size_t drop =
            raters.size() > keep ? std::min(raters.size() - keep, draw(g, 0, 3)) : 0;
        s.active.assign(raters.begin() + std::ptrdiff_t(drop), raters.end());
        for (std::size_t j = draw(g, 0, 3); j > 0; --j)
            s.active.push_back("late" + std::to_string(j));
        s.label += ", " + std::to_string(drop) + " dropped, " + std::to_string(s.active.size()) +
                   " active";
        return s;
    }

    static std::set<std::pair<std::string, std::string>> pairs(const AssignmentDesign &d)
    {
        std::set<std::pair<std::string, std::string>> out;
        for (std::size_t r = 0; r < d.raters().size(); ++r)
            for (std::size_t i : d.itemsOf(r))
                out.insert({d.raters()[r], d.items()[i].id});
        return out;
    }

    static void check(const Scenario &s, const RebalanceResult &result)
    {
        const char *label = s.label.c_str();
        QVERIFY2(result.design, label);
        QVERIFY2(
            result.problems.empty(),
            (s.label + ": " + (result.problems.empty() ? std::string() : result.problems.front()))
                .c_str());
        const AssignmentDesign &after = *result.design;
        const auto beforePairs = pairs(s.before), afterPairs = pairs(after);
        const std::set<std::string> active(s.active.begin(), s.active.end());

        // Nothing answered moves.
        for (const auto &[rater, items] : s.answered)
            for (const auto &item : items)
                QVERIFY2(afterPairs.count({rater, item}), label);
        for (const Move &m : result.moves)
            if (s.answered.count(m.from))
                QVERIFY2(!s.answered.at(m.from).count(m.item), label);

        // The moves are exactly the difference between before and after.
        auto replayed = beforePairs;
        for (const Move &m : result.moves) {
            if (!m.from.empty())
                QVERIFY2(replayed.erase({m.from, m.item}) == 1, label);
            if (!m.to.empty())
                QVERIFY2(replayed.insert({m.to, m.item}).second, label);
        }
        QVERIFY2(replayed == afterPairs, label);

        // Inactive raters keep only what they answered; active ones have every calibration item.
        for (std::size_t r = 0; r < after.raters().size(); ++r) {
            const std::string &id = after.raters()[r];
            for (std::size_t i : after.itemsOf(r))
                QVERIFY2(active.count(id) ||
                             (s.answered.count(id) && s.answered.at(id).count(after.items()[i].id)),
                         label);
            if (active.count(id))
                for (std::size_t i = 0; i < after.items().size(); ++i)
                    if (after.isCalibration(i))
                        QVERIFY2(std::find(after.ratersOf(i).begin(), after.ratersOf(i).end(), r) !=
                                     after.ratersOf(i).end(),
                                 label);
        }

        // k kept: every non-calibration item still has k distinct raters.
        for (std::size_t i = 0; i < after.items().size(); ++i)
            if (!after.isCalibration(i))
                QVERIFY2(after.ratersOf(i).size() == std::size_t(after.ratersPerItem()), label);

        // Loads balanced over the active raters, by the same unit as the design.
        std::vector<std::size_t> activeIdx;
        for (std::size_t r = 0; r < after.raters().size(); ++r)
            if (active.count(after.raters()[r]))
                activeIdx.push_back(r);
        std::size_t unit = 1;
        for (const auto &u : after.units())
            unit = std::max(unit, u.size());
        const auto load = loads(after, activeIdx);
        const auto [lo, hi] = std::minmax_element(load.begin(), load.end());
        QVERIFY2(*hi - *lo <= unit,
                 (s.label + ": active loads " + std::to_string(*lo) + ".." + std::to_string(*hi))
                     .c_str());
        for (std::size_t r = 0; r < after.raters().size(); ++r)
            QVERIFY2(turnsInOrder(after, r), label);
    }

private slots:
    void propertiesHoldForManyScenarios()
    {
        for (std::uint64_t n = 0; n < 120; ++n) {
            const Scenario s = scenario(n);
            check(s, AssignmentDesign::rebalance(s.before, s.answered, s.active));
            if (QTest::currentTestFailed())
                return;
        }
    }

    // Everyone still active and nobody new: nothing moves.
    void nothingMovesWhenNothingChanged()
    {
        for (std::uint64_t n = 0; n < 30; ++n) {
            const Scenario s = scenario(n);
            const auto result =
                AssignmentDesign::rebalance(s.before, s.answered, s.before.raters());
            QVERIFY(result.design);
            QVERIFY(result.moves.empty());
            QCOMPARE(result.design->toText(), s.before.toText());
        }
    }

    // A rater who answered everything and drops out keeps it all; one who answered nothing hands
    // everything on; a late joiner takes a fair share.
    void dropoutAndLateJoiner()
    {
        DesignInput in;
        for (int t = 0; t < 90; ++t)
            in.items.push_back({"i" + std::to_string(t), "d" + std::to_string(t / 3), t % 3, "s"});
        in.raters = {"a", "b", "c", "d"};
        in.ratersPerItem = 2;
        const auto before = *AssignmentDesign::make(in).design;
        std::map<std::string, std::set<std::string>> answered;
        for (std::size_t i : before.itemsOf(*before.raterIndex("a")))
            answered["a"].insert(before.items()[i].id);
        const auto result = AssignmentDesign::rebalance(before, answered, {"b", "c", "d", "e"});
        QVERIFY(result.design);
        const auto &after = *result.design;
        QCOMPARE(after.itemsOf(*after.raterIndex("a")), before.itemsOf(*before.raterIndex("a")));
        QVERIFY(after.itemsOf(*after.raterIndex("d")).size() <
                before.itemsOf(*before.raterIndex("d")).size());
        const std::size_t joined = after.itemsOf(*after.raterIndex("e")).size();
        // 90 items x 2 = 180 assignments; a keeps its 45 answered ones, 135 over 4 active = 33.75.
        QVERIFY2(joined >= 33 && joined <= 34, std::to_string(joined).c_str());
        for (const Move &m : result.moves)
            QVERIFY(m.from != "a");
    }

    void unknownAnswersAreRefused()
    {
        DesignInput in;
        in.items = {{"x", "d", 1, "s"}};
        in.raters = {"a", "b"};
        const auto before = *AssignmentDesign::make(in).design;
        const std::string other = before.ratersOf(0).front() == 0 ? "b" : "a";
        auto result = AssignmentDesign::rebalance(before, {{other, {"x"}}}, {"a", "b"});
        QVERIFY(!result.design);
        QVERIFY(result.problems.front().find("did not assign") != std::string::npos);
        result = AssignmentDesign::rebalance(before, {{"zed", {"x"}}}, {"a", "b"});
        QVERIFY(!result.design);
        QVERIFY(result.problems.front().find("not a rater of the design") != std::string::npos);
    }
};

QTEST_APPLESS_MAIN(TestDesignRebalance)
#include "tst_designrebalance.moc"
