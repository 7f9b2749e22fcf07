#include "Mos.h"
#include "RatingFixtures.h"

#include <QTest>

#include <cmath>

using namespace avemo::ratings;
using namespace avemo::ratings::fixtures;

namespace {

bool near(double a, double b, double tolerance)
{
    return std::fabs(a - b) <= tolerance;
}

// Two systems, 6 items each (item ids shared: the same dialogue answered by both), 4 raters.
RatingTable twoSystems()
{
    RatingTableBuilder builder(Scale::fromPoints({1, 2, 3, 4, 5}));
    const double a[4][6] = {
        {4, 5, 4, 3, 5, 4}, {3, 4, 4, 3, 4, 4}, {5, 5, 4, 4, 5, 5}, {4, 4, 3, 3, 4, 4}};
    const double b[4][6] = {
        {2, 3, 2, 1, 3, 2}, {2, 2, 3, 2, 2, 1}, {3, 3, 3, 2, 4, 3}, {1, 2, 2, 1, 2, 2}};
    for (int r = 0; r < 4; ++r)
        for (int i = 0; i < 6; ++i) {
            builder.add("d" + std::to_string(i), "r" + std::to_string(r), a[r][i], "A");
            builder.add("d" + std::to_string(i), "r" + std::to_string(r), b[r][i], "B");
        }
    return std::move(builder.build().value());
}

} // namespace

class TestMos : public QObject
{
    Q_OBJECT

private slots:
    // CI95 = t(0.975, N-1) * s / sqrt(N) (ITU-T P.800.2). Quantiles from R 4.2 qt():
    // t(0.975, 4) = 2.7764451051977934, t(0.975, 7) = 2.3646242515927844 (SciPy 1.10.1 is
    // 6e-10 off on the latter; Boost agrees with R).
    void summaryMatchesScipy()
    {
        const auto m = summarizeScores(std::vector<double>{1, 2, 3, 4, 5});
        QCOMPARE(m->mean, 3.0);
        QVERIFY(near(m->sd, std::sqrt(2.5), 1e-15));
        QVERIFY(near(m->ciHalfWidth, 2.7764451051977934 * std::sqrt(2.5) / std::sqrt(5.0), 1e-14));
        const auto m2 = summarizeScores(std::vector<double>{4, 5, 3, 4, 4, 2, 5, 3});
        QCOMPARE(m2->mean, 3.75);
        QVERIFY(near(m2->sd, 1.0350983390135313, 1e-14));
        const double halfWidth = 2.3646242515927844 * 1.0350983390135313 / std::sqrt(8.0);
        QVERIFY(near(m2->ciHalfWidth, halfWidth, 1e-14));
        QVERIFY(near(m2->ciLow, 3.75 - halfWidth, 1e-14));
        QCOMPARE(m2->n, std::size_t(8));
    }

    void singleAndEmpty()
    {
        const auto one = summarizeScores(std::vector<double>{4});
        QCOMPARE(one->mean, 4.0);
        QVERIFY(std::isnan(one->sd));
        QVERIFY(std::isnan(one->ciHalfWidth));
        QVERIFY(!summarizeScores(std::vector<double>{}).hasValue());
    }

    void perGroupAndPerItem()
    {
        const auto table = twoSystems();
        const MosAnalysis mos(table, false);
        QCOMPARE(table.groupCount(), std::size_t(2));
        const auto a = mos.ofGroup(0), b = mos.ofGroup(1);
        QCOMPARE(a->n, std::size_t(24));
        QVERIFY(near(a->mean, 97.0 / 24.0, 1e-14));
        QVERIFY(near(b->mean, 53.0 / 24.0, 1e-14));
        const auto item0 = mos.ofItem(0); // both systems' ratings of dialogue d0
        QCOMPARE(item0->n, std::size_t(8));
    }

    void zNormalisationPerRater()
    {
        // Rater 1 uses the scale shifted by one point: z-scores remove the offset.
        const auto table = tableFromRaterRows({{1, 2, 3, 4}, {2, 3, 4, 5}, {3, 3, 3, 3}});
        const MosAnalysis mos(table, true);
        QCOMPARE(mos.excludedRaters(), std::vector<std::size_t>{2}); // no spread: excluded
        for (std::size_t i = 0; i < 4; ++i) {
            const auto item = mos.ofItem(i);
            QCOMPARE(item->n, std::size_t(2));
            QVERIFY(near(item->sd, 0.0, 1e-15)); // both raters agree after normalisation
        }
        QVERIFY(near(mos.ofGroup(0)->mean, 0.0, 1e-15));
    }

    void twoWayBootstrap()
    {
        const auto table = twoSystems();
        const MosAnalysis mos(table, false);
        const auto ci = mos.groupBootstrap(0, 1000, 11);
        QVERIFY2(ci.hasValue(), ci.reason().c_str());
        const double mean = mos.ofGroup(0)->mean;
        QVERIFY(ci->low < mean && mean < ci->high);
        const auto again = mos.groupBootstrap(0, 1000, 11);
        QCOMPARE(again->low, ci->low);
        QCOMPARE(again->high, ci->high);
        const auto diff = mos.differenceBootstrap(0, 1, 1000, 5);
        QVERIFY(diff.hasValue());
        QVERIFY(near(diff->difference, 44.0 / 24.0, 1e-14));
        QVERIFY(diff->ci.low > 0.0); // A is clearly better in every rater and item
        QVERIFY(diff->ci.low < diff->difference && diff->difference < diff->ci.high);
    }

    void bootstrapNeedsRatersAndItems()
    {
        const auto table = tableFromRaterRows({{1, 2, 3}});
        const MosAnalysis mos(table, false);
        QVERIFY(!mos.groupBootstrap(0, 100, 1).hasValue());
        QVERIFY(!mos.differenceBootstrap(0, 0, 100, 1).hasValue());
    }
};

QTEST_APPLESS_MAIN(TestMos)
#include "tst_mos.moc"
