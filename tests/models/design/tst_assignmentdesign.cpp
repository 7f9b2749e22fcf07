#include "DesignFixture.h"

#include <QTest>

using namespace avemo::design;
using namespace avemo::design::test;

// The design's guarantees over 200 random study shapes (items 1..2,000, raters k..50, k 1..5,
// turn groups kept or not, ragged or full turns, calibration by ids, by count or none, gold).
class TestAssignmentDesign : public QObject
{
    Q_OBJECT

private:
    static void checkProperties(const Config &c, const AssignmentDesign &d)
    {
        const DesignInput &in = c.input;
        const std::size_t k = std::size_t(in.ratersPerItem);
        const std::size_t raterCount = in.raters.size();
        const std::set<std::string> gold(in.goldItems.begin(), in.goldItems.end());
        QCOMPARE(d.items().size(), in.items.size() - gold.size());
        for (const auto &item : d.items())
            QVERIFY2(!gold.count(item.id), c.label.c_str());

        const auto sets = itemSets(d);
        // Every item: k distinct raters (all raters for calibration), agreeing with the lists.
        std::size_t calibration = 0;
        for (std::size_t i = 0; i < d.items().size(); ++i) {
            std::set<std::size_t> holders;
            for (std::size_t r = 0; r < raterCount; ++r)
                if (sets[r].count(i))
                    holders.insert(r);
            QCOMPARE(holders, std::set<std::size_t>(d.ratersOf(i).begin(), d.ratersOf(i).end()));
            if (d.isCalibration(i)) {
                ++calibration;
                QCOMPARE(holders.size(), raterCount);
            } else {
                QVERIFY2(holders.size() == k, c.label.c_str());
            }
        }
        const std::size_t wanted =
            in.calibrationItems.empty() ? in.calibrationCount : in.calibrationItems.size();
        QCOMPARE(calibration, wanted);
        for (const auto &id : in.calibrationItems)
            QVERIFY(d.isCalibration(*d.itemIndex(id)));
        for (std::size_t r = 0; r < raterCount; ++r)
            QCOMPARE(sets[r].size(), d.itemsOf(r).size()); // no item twice in a list

        // Turn groups: all items of one turn have the same raters.
        std::map<std::pair<std::string, int>, std::set<std::vector<std::size_t>>> raterSetsOfTurn;
        std::size_t largestTurn = 0;
        std::map<std::pair<std::string, int>, std::size_t> turnSize;
        for (std::size_t i = 0; i < d.items().size(); ++i)
            if (!d.isCalibration(i)) {
                const auto key = std::make_pair(d.items()[i].dialogue, d.items()[i].turn);
                raterSetsOfTurn[key].insert(d.ratersOf(i));
                largestTurn = std::max(largestTurn, ++turnSize[key]);
            }
        if (in.keepTurnTogether)
            for (const auto &[turn, raterSets] : raterSetsOfTurn)
                QVERIFY2(raterSets.size() == 1, c.label.c_str());

        // Balance: non-calibration items per rater differ by at most one unit: one item without
        // turn groups, the largest turn group's item count with them; when every turn group has
        // the same size that is exactly "turn groups per rater differ by at most one".
        std::vector<std::size_t> all(raterCount);
        std::iota(all.begin(), all.end(), 0);
        const auto load = loads(d, all);
        const std::size_t unit = in.keepTurnTogether ? std::max<std::size_t>(largestTurn, 1) : 1;
        const auto [lo, hi] = std::minmax_element(load.begin(), load.end());
        QVERIFY2(*hi - *lo <= unit,
                 (c.label + ": loads " + std::to_string(*lo) + ".." + std::to_string(*hi)).c_str());

        // Presentation order: dialogues contiguous, turns ascending.
        for (std::size_t r = 0; r < raterCount; ++r)
            QVERIFY2(turnsInOrder(d, r), c.label.c_str());

        // Summary, against brute force.
        const DesignSummary s = d.summary();
        const auto shared = bruteOverlap(d);
        QCOMPARE(d.overlapMatrix(), shared);
        std::size_t pairMin = SIZE_MAX, pairMax = 0;
        for (std::size_t a = 0; a < raterCount; ++a)
            for (std::size_t b = a + 1; b < raterCount; ++b) {
                pairMin = std::min(pairMin, shared[a][b]);
                pairMax = std::max(pairMax, shared[a][b]);
            }
        if (raterCount >= 2) {
            QCOMPARE(s.sharedPerPairMin, pairMin);
            QCOMPARE(s.sharedPerPairMax, pairMax);
        }
        QCOMPARE(s.assignedPerRaterMin, *lo);
        QCOMPARE(s.assignedPerRaterMax, *hi);
        QCOMPARE(s.itemsPerRaterMin, *lo + calibration);
        QCOMPARE(s.calibrationItems, calibration);
        if (calibration < d.items().size()) {
            QCOMPARE(s.ratingsPerItemMin, k);
            QCOMPARE(s.ratingsPerItemMax, k);
        }
        const std::size_t components = countComponents(shared);
        QCOMPARE(s.components, components);

        // Connected: with a calibration set always; with k >= 2 whenever there are enough
        // units to link everyone with a cycle to spare (units * (k - 1) >= raters).
        const std::size_t units =
            in.keepTurnTogether ? raterSetsOfTurn.size() : d.items().size() - calibration;
        if (calibration > 0 || (k >= 2 && units * (k - 1) >= raterCount))
            QVERIFY2(components == 1,
                     (c.label + ": " + std::to_string(components) + " components").c_str());
        if (k == 1 && calibration == 0 && raterCount >= 2) {
            QVERIFY(!s.agreementEstimable);
            QVERIFY(!s.notes.empty() &&
                    s.notes.front().find("cannot be estimated") != std::string::npos);
        }
    }

private slots:
    void propertiesHoldForManyShapes()
    {
        for (std::uint64_t n = 0; n < 200; ++n) {
            const Config c = randomConfig(n);
            const DesignResult result = AssignmentDesign::make(c.input);
            QVERIFY2(result.design, (c.label + ": " + result.error).c_str());
            checkProperties(c, *result.design);
            if (QTest::currentTestFailed())
                return;
        }
    }

    // Same input, byte-identical design; the input's order of items and raters does not matter;
    // another seed gives another design.
    void deterministicFromTheSeed()
    {
        for (std::uint64_t n = 0; n < 40; ++n) {
            Config c = randomConfig(n);
            const std::string first = AssignmentDesign::make(c.input).design->toText();
            QCOMPARE(AssignmentDesign::make(c.input).design->toText(), first);
            std::mt19937_64 g(n);
            std::shuffle(c.input.items.begin(), c.input.items.end(), g);
            std::shuffle(c.input.raters.begin(), c.input.raters.end(), g);
            QCOMPARE(AssignmentDesign::make(c.input).design->toText(), first);
        }
        Config c = randomConfig(3);
        c.input.items = [] {
            std::mt19937_64 g(1);
            return makeItems(g, 600, false);
        }();
        c.input.goldItems.clear();
        c.input.calibrationItems.clear();
        const std::string one = AssignmentDesign::make(c.input).design->toText();
        c.input.seed += 1;
        QVERIFY(AssignmentDesign::make(c.input).design->toText() != one);
    }

    // keep_turn_together off: single items are balanced to within one item even when turns have
    // 4 systems, and a turn's systems do reach different raters.
    void singleItemsWhenTurnsAreNotKept()
    {
        DesignInput in;
        std::mt19937_64 g(5);
        in.items = makeItems(g, 1000, false);
        in.raters = {"a", "b", "c", "d", "e", "f", "g"};
        in.ratersPerItem = 2;
        in.keepTurnTogether = false;
        const auto d = *AssignmentDesign::make(in).design;
        const auto s = d.summary();
        QVERIFY(s.assignedPerRaterMax - s.assignedPerRaterMin <= 1);
        bool split = false;
        for (std::size_t i = 1; i < d.items().size(); ++i)
            split = split || (d.items()[i].dialogue == d.items()[i - 1].dialogue &&
                              d.items()[i].turn == d.items()[i - 1].turn &&
                              d.ratersOf(i) != d.ratersOf(i - 1));
        QVERIFY(split);
        in.keepTurnTogether = true;
        QVERIFY(AssignmentDesign::make(in).design->summary().assignmentUnits < s.assignmentUnits);
    }

    // The shape that splits a plain least-loaded round robin into blocks: k divides the rater
    // count, every turn the same size.
    void connectedWhenKDividesTheRaters()
    {
        DesignInput in;
        for (int t = 0; t < 60; ++t)
            in.items.push_back({"i" + std::to_string(t), "d" + std::to_string(t), 1, "s"});
        for (int r = 0; r < 6; ++r)
            in.raters.push_back("r" + std::to_string(r));
        in.ratersPerItem = 3;
        for (std::uint64_t seed = 0; seed < 50; ++seed) {
            in.seed = seed;
            const auto s = AssignmentDesign::make(in).design->summary();
            QCOMPARE(s.components, std::size_t(1));
        }
    }

    void badInputIsNamed_data()
    {
        QTest::addColumn<int>("k");
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("message");
        QTest::newRow("k above raters") << 4 << ""
                                        << "raters_per_item is 4 but there are only 3 raters";
        QTest::newRow("k zero") << 0 << ""
                                << "raters_per_item must be at least 1 (got 0)";
        QTest::newRow("rater twice") << 1 << "rater"
                                     << "rater \"b\" is listed twice";
        QTest::newRow("item twice") << 1 << "item"
                                    << "item \"x1\" is listed twice";
        QTest::newRow("unknown calibration") << 1 << "calibration"
                                             << "calibration item \"nope\" is not an item";
        QTest::newRow("gold and calibration") << 1 << "both"
                                              << "cannot be both a gold and a calibration item";
        QTest::newRow("count and ids") << 1 << "count+ids"
                                       << "not both";
        QTest::newRow("count too big") << 1 << "count"
                                       << "a calibration count of 9 needs that many items";
    }
    void badInputIsNamed()
    {
        QFETCH(int, k);
        QFETCH(QString, fault);
        QFETCH(QString, message);
        DesignInput in;
        in.items = {{"x1", "d", 1, "a"}, {"x2", "d", 1, "b"}};
        in.raters = {"a", "b", "c"};
        in.ratersPerItem = k;
        if (fault == QLatin1String("rater"))
            in.raters.push_back("b");
        if (fault == QLatin1String("item"))
            in.items.push_back({"x1", "e", 1, "a"});
        if (fault == QLatin1String("calibration"))
            in.calibrationItems = {"nope"};
        if (fault == QLatin1String("both")) {
            in.calibrationItems = {"x1"};
            in.goldItems = {"x1"};
        }
        if (fault == QLatin1String("count+ids")) {
            in.calibrationItems = {"x1"};
            in.calibrationCount = 1;
        }
        if (fault == QLatin1String("count"))
            in.calibrationCount = 9;
        const DesignResult result = AssignmentDesign::make(in);
        QVERIFY(!result.design);
        QVERIFY2(result.error.find(message.toStdString()) != std::string::npos,
                 result.error.c_str());
    }
};

QTEST_APPLESS_MAIN(TestAssignmentDesign)
#include "tst_assignmentdesign.moc"
