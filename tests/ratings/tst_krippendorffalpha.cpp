#include "KrippendorffAlpha.h"
#include "RatingFixtures.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <map>

using namespace avemo::ratings;
using namespace avemo::ratings::fixtures;

namespace {

// Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School for
// Communication, University of Pennsylvania, section "C. Any number of observers, missing
// data": 4 observers (rows A-D) x 12 units, '.' = missing.
const std::vector<std::vector<double>> krippendorff2011{
    {1, 2, 3, 3, 2, 1, 4, 1, 2, missing, missing, missing},
    {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, missing, 3},
    {missing, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, missing},
    {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, missing},
};

bool near(double a, double b, double tolerance)
{
    return std::fabs(a - b) <= tolerance;
}

// A second, deliberately naive alpha: every ordered pair of pairable values, by brute force.
double naiveAlpha(const std::vector<std::vector<double>> &byRater, Level level)
{
    std::vector<std::vector<double>> units;
    for (std::size_t i = 0; i < byRater.front().size(); ++i) {
        std::vector<double> unit;
        for (const auto &row : byRater)
            if (!std::isnan(row[i]))
                unit.push_back(row[i]);
        if (unit.size() >= 2)
            units.push_back(unit);
    }
    std::vector<double> all;
    for (const auto &u : units)
        all.insert(all.end(), u.begin(), u.end());
    std::map<double, double> frequency;
    for (const double v : all)
        frequency[v] += 1.0;
    const auto delta = [&](double c, double k) {
        switch (level) {
        case Level::Nominal:
            return c == k ? 0.0 : 1.0;
        case Level::Interval:
            return (c - k) * (c - k);
        case Level::Ratio:
            return c + k == 0.0 ? 0.0 : ((c - k) / (c + k)) * ((c - k) / (c + k));
        case Level::Ordinal: {
            const double lo = std::min(c, k), hi = std::max(c, k);
            double between = 0.0;
            for (const auto &[value, n] : frequency)
                if (value >= lo && value <= hi)
                    between += n;
            between -= (frequency[lo] + frequency[hi]) / 2.0;
            return between * between;
        }
        }
        return 0.0;
    };
    double observed = 0.0;
    for (const auto &u : units)
        for (std::size_t a = 0; a < u.size(); ++a)
            for (std::size_t b = 0; b < u.size(); ++b)
                if (a != b)
                    observed += delta(u[a], u[b]) / double(u.size() - 1);
    double expected = 0.0;
    for (std::size_t a = 0; a < all.size(); ++a)
        for (std::size_t b = 0; b < all.size(); ++b)
            if (a != b)
                expected += delta(all[a], all[b]);
    const double n = double(all.size());
    return 1.0 - (observed / n) / (expected / (n * (n - 1.0)));
}

} // namespace

class TestKrippendorffAlpha : public QObject
{
    Q_OBJECT

private slots:
    void publishedExample_data()
    {
        QTest::addColumn<int>("level");
        QTest::addColumn<double>("published");
        QTest::newRow("nominal") << int(Level::Nominal) << 0.743;
        QTest::newRow("ordinal") << int(Level::Ordinal) << 0.815;
        QTest::newRow("interval") << int(Level::Interval) << 0.849;
        QTest::newRow("ratio") << int(Level::Ratio) << 0.797;
    }
    void publishedExample()
    {
        QFETCH(int, level);
        QFETCH(double, published);
        const auto alpha = krippendorffAlpha(tableFromRaterRows(krippendorff2011), Level(level));
        QVERIFY2(alpha.hasValue(), alpha.reason().c_str());
        QVERIFY2(near(alpha->alpha, published, 0.0005), std::to_string(alpha->alpha).c_str());
        QCOMPARE(alpha->pairableValues, std::size_t(40)); // n = 40 in the paper
        QCOMPARE(alpha->pairableItems, std::size_t(11));  // unit 12 has one value only
    }

    void matchesBruteForceOnRandomData()
    {
        for (std::uint64_t seed = 1; seed <= 6; ++seed) {
            const auto rows = randomRaterRows(5, 40, 5, 0.3, seed);
            const auto table = tableFromRaterRows(rows);
            for (const Level level :
                 {Level::Nominal, Level::Ordinal, Level::Interval, Level::Ratio}) {
                const auto alpha = krippendorffAlpha(table, level);
                QVERIFY(alpha.hasValue());
                QVERIFY2(near(alpha->alpha, naiveAlpha(rows, level), 1e-12),
                         std::string(levelName(level)).c_str());
            }
        }
    }

    void raterAndItemOrderDoNotMatter()
    {
        auto rows = randomRaterRows(6, 50, 4, 0.2, 42);
        const double before = krippendorffAlpha(tableFromRaterRows(rows), Level::Interval)->alpha;
        std::reverse(rows.begin(), rows.end());
        for (auto &row : rows)
            std::rotate(row.begin(), row.begin() + 17, row.end());
        const double after = krippendorffAlpha(tableFromRaterRows(rows), Level::Interval)->alpha;
        QVERIFY(near(before, after, 1e-12));
    }

    void relabellingCategoriesDoesNotMatterForNominal()
    {
        auto rows = randomRaterRows(4, 60, 5, 0.1, 7);
        const double before = krippendorffAlpha(tableFromRaterRows(rows), Level::Nominal)->alpha;
        const std::map<double, double> relabel{{1, 40}, {2, -3}, {3, 7.5}, {4, 0}, {5, 12}};
        for (auto &row : rows)
            for (auto &v : row)
                if (!std::isnan(v))
                    v = relabel.at(v);
        const double after = krippendorffAlpha(tableFromRaterRows(rows), Level::Nominal)->alpha;
        QVERIFY(near(before, after, 1e-12));
    }

    void perfectAgreementIsOne()
    {
        const auto table =
            tableFromRaterRows({{1, 2, 3, 4, missing}, {1, 2, 3, 4, 5}, {1, 2, 3, missing, 5}});
        for (const Level level : {Level::Nominal, Level::Ordinal, Level::Interval, Level::Ratio})
            QCOMPARE(krippendorffAlpha(table, level)->alpha, 1.0);
    }

    // With 2 raters and no missing data, alpha = 1 - (1 - pi)(2N - 1)/(2N) for Scott's pi:
    // alpha corrects pi's expected agreement for sampling without replacement.
    void nominalWithTwoRatersRelatesToScottsPi()
    {
        const auto rows = randomRaterRows(2, 80, 4, 0.0, 99);
        const double n = 80.0;
        double agree = 0.0;
        std::map<double, double> pooled;
        for (std::size_t i = 0; i < 80; ++i) {
            agree += rows[0][i] == rows[1][i] ? 1.0 : 0.0;
            pooled[rows[0][i]] += 1.0;
            pooled[rows[1][i]] += 1.0;
        }
        double expected = 0.0;
        for (const auto &[value, count] : pooled)
            expected += (count / (2 * n)) * (count / (2 * n));
        const double pi = (agree / n - expected) / (1.0 - expected);
        const double alpha = krippendorffAlpha(tableFromRaterRows(rows), Level::Nominal)->alpha;
        QVERIFY(near(alpha, 1.0 - (1.0 - pi) * (2 * n - 1) / (2 * n), 1e-12));
    }

    void edgeCases()
    {
        QCOMPARE(krippendorffAlpha(RatingTable(), Level::Nominal).reason(), "no ratings");
        const auto single = tableFromRaterRows({{1, 2, missing}, {missing, missing, 3}});
        QVERIFY(krippendorffAlpha(single, Level::Nominal).reason().starts_with("no pairable"));
        const auto same = tableFromRaterRows({{3, 3, 3}, {3, 3, missing}});
        const auto undefinedAlpha = krippendorffAlpha(same, Level::Interval);
        QVERIFY(!undefinedAlpha.hasValue()); // undefined, not 1.0
        QVERIFY(undefinedAlpha.reason().starts_with("undefined"));
        const auto negative = tableFromRaterRows({{-1, 2}, {1, 2}});
        QVERIFY(krippendorffAlpha(negative, Level::Ratio).reason().starts_with("ratio level"));
        QVERIFY(krippendorffAlpha(negative, Level::Interval).hasValue());
    }

    void unobservedScalePointsDoNotChangeAlpha()
    {
        const auto declared =
            tableFromRaterRows(krippendorff2011, Scale::fromPoints({1, 2, 3, 4, 5, 6, 7}));
        QVERIFY(near(krippendorffAlpha(declared, Level::Ordinal)->alpha, 0.815, 0.0005));
    }

    void bootstrapIsReproducibleAndBracketsTheEstimate()
    {
        const auto table = tableFromRaterRows(randomRaterRows(5, 300, 3, 0.2, 5));
        // Make agreement non-trivial: copy rater 0 into rater 1 where both rated.
        const auto a = krippendorffAlphaBootstrap(table, Level::Nominal, 500, 1234);
        const auto b = krippendorffAlphaBootstrap(table, Level::Nominal, 500, 1234);
        const auto c = krippendorffAlphaBootstrap(table, Level::Nominal, 500, 99);
        QVERIFY(a.hasValue());
        QCOMPARE(a->low, b->low);
        QCOMPARE(a->high, b->high);
        QVERIFY(a->low != c->low || a->high != c->high);
        const double alpha = krippendorffAlpha(table, Level::Nominal)->alpha;
        QVERIFY(a->low < alpha && alpha < a->high);
        QCOMPARE(a->resamples, std::size_t(500));
        QCOMPARE(a->seed, std::uint64_t(1234));
    }

    void bootstrapOfOrdinalAndRatio()
    {
        const auto table = tableFromRaterRows(krippendorff2011);
        for (const Level level : {Level::Ordinal, Level::Interval, Level::Ratio}) {
            const auto ci = krippendorffAlphaBootstrap(table, level, 400, 3);
            QVERIFY2(ci.hasValue(), ci.reason().c_str());
            QVERIFY(ci->low <= ci->high && ci->high <= 1.0);
        }
    }
};

QTEST_APPLESS_MAIN(TestKrippendorffAlpha)
#include "tst_krippendorffalpha.moc"
