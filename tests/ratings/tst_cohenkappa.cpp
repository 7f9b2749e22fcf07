#include "CohenKappa.h"
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

const std::vector<double> raterA{1, 2, 3, 4, 4, 3, 2, 1, 2, 3, 4, 1, 1, 2, 3};
const std::vector<double> raterB{1, 2, 3, 3, 4, 4, 2, 2, 1, 3, 4, 2, 1, 3, 3};

} // namespace

class TestCohenKappa : public QObject
{
    Q_OBJECT

private slots:
    // Cohen, J. (1968). Weighted kappa: nominal scale agreement with provision for scaled
    // disagreement or partial credit. Psychological Bulletin 70(4), 213-220: the 3 x 3
    // example of proportions (n = 200) with disagreement weights 0/1/3, 1/0/6, 3/6/0.
    // Cohen reports kappa = .492 and weighted kappa = .348.
    void cohen1968Example()
    {
        const std::vector<double> proportions{0.44, 0.07, 0.09, 0.05, 0.20, 0.05, 0.01, 0.03, 0.06};
        const std::vector<double> weights{0, 1, 3, 1, 0, 6, 3, 6, 0};
        const auto unweighted = weightedKappaFromTable(
            proportions, disagreementWeights({0, 1, 2}, KappaWeights::None), 3);
        QVERIFY(near(unweighted.value(), 0.492, 0.0005));
        QVERIFY(near(weightedKappaFromTable(proportions, weights, 3).value(), 0.348, 0.0005));
    }

    // Fleiss, Cohen & Everitt (1969), Large sample standard errors of kappa and weighted kappa,
    // Psychological Bulletin 72(5), 323-327: 3 x 3 table of counts (n = 200) with agreement
    // weights 1, 0, .4444 / 0, 1, .6667 / .4444, .6667, 1. As reproduced in the R psych
    // cohen.kappa() examples: kappa .43, weighted kappa .51 (psych prints 2 decimals).
    void fleissCohenEverittExample()
    {
        const std::vector<double> counts{106, 10, 4, 22, 28, 10, 2, 12, 6};
        const std::vector<double> agreement{1, 0, 0.4444, 0, 1, 0.6667, 0.4444, 0.6667, 1};
        std::vector<double> disagreement;
        for (const double w : agreement)
            disagreement.push_back(1.0 - w);
        const auto none = disagreementWeights({0, 1, 2}, KappaWeights::None);
        QVERIFY(near(weightedKappaFromTable(counts, none, 3).value(), 0.429, 0.0005));
        QVERIFY(near(weightedKappaFromTable(counts, disagreement, 3).value(), 0.51, 0.005));
    }

    // scikit-learn 1.2.1 cohen_kappa_score on the same two raters (values 1..4, all observed,
    // so rank distances and value distances coincide).
    void matchesScikitLearn_data()
    {
        QTest::addColumn<int>("weights");
        QTest::addColumn<double>("expected");
        QTest::newRow("none") << int(KappaWeights::None) << 0.4642857142857143;
        QTest::newRow("linear") << int(KappaWeights::Linear) << 0.6616541353383458;
        QTest::newRow("quadratic") << int(KappaWeights::Quadratic) << 0.8214285714285714;
    }
    void matchesScikitLearn()
    {
        QFETCH(int, weights);
        QFETCH(double, expected);
        const auto summary =
            cohenKappaPairs(tableFromRaterRows({raterA, raterB}), KappaWeights(weights));
        QVERIFY(summary.hasValue());
        QCOMPARE(summary->pairs.size(), std::size_t(1));
        QCOMPARE(summary->pairs[0].sharedItems, std::size_t(15));
        QVERIFY(near(*summary->mean, expected, 1e-12));
    }

    // Distances are between values: on the values {1, 2, 5} a 1-vs-5 disagreement weighs 4
    // times a 1-vs-2 one (linear), where rank-based tools would weigh it 2 times.
    void weightsUseValueDistances()
    {
        const auto w = disagreementWeights({1, 2, 5}, KappaWeights::Linear);
        QCOMPARE(w[0 * 3 + 2], 4.0);
        QCOMPARE(w[0 * 3 + 1], 1.0);
        const auto declared =
            tableFromRaterRows({{1, 2, 5}, {1, 5, 5}}, Scale::fromPoints({1, 2, 3, 4, 5}));
        QCOMPARE(cohenKappaPairs(declared, KappaWeights::Linear)->distances,
                 ValueSetSource::DeclaredScale);
        const auto observed = tableFromRaterRows({{1, 2, 5}, {1, 5, 5}});
        QCOMPARE(cohenKappaPairs(observed, KappaWeights::Linear)->distances,
                 ValueSetSource::ObservedValues);
    }

    void meanOverPairsAndRatersWithoutSharedItems()
    {
        // Raters 0-2 overlap; rater 3 rates only item 4, which nobody else rated.
        const auto table = tableFromRaterRows({{1, 2, 3, 1, missing},
                                               {1, 2, 3, 2, missing},
                                               {1, 2, 2, 2, missing},
                                               {missing, missing, missing, missing, 3}});
        const auto s = cohenKappaPairs(table, KappaWeights::None);
        QVERIFY(s.hasValue());
        QCOMPARE(s->pairs.size(), std::size_t(3));
        QCOMPARE(s->pairsWithoutSharedItems, std::size_t(3));
        QCOMPARE(s->ratersWithoutSharedItems, std::vector<std::size_t>{3});
        double sum = 0;
        for (const auto &p : s->pairs)
            sum += *p.kappa;
        QVERIFY(near(*s->mean, sum / 3.0, 1e-15));
    }

    void raterOrderDoesNotMatter()
    {
        const auto ab =
            cohenKappaPairs(tableFromRaterRows({raterA, raterB}), KappaWeights::Quadratic);
        const auto ba =
            cohenKappaPairs(tableFromRaterRows({raterB, raterA}), KappaWeights::Quadratic);
        QVERIFY(near(*ab->mean, *ba->mean, 1e-15));
    }

    void edgeCases()
    {
        QVERIFY(!cohenKappaPairs(RatingTable(), KappaWeights::None).hasValue());
        QVERIFY(!cohenKappaPairs(tableFromRaterRows({{1, 2}}), KappaWeights::None).hasValue());
        const auto constant =
            cohenKappaPairs(tableFromRaterRows({{2, 2, 2}, {2, 2, 2}}), KappaWeights::None);
        QVERIFY(constant.hasValue());
        QVERIFY(!constant->mean.has_value());
        QVERIFY(constant->pairs[0].reason.starts_with("undefined"));
        QCOMPARE(*cohenKappaPairs(tableFromRaterRows({{1, 2, 3}, {1, 2, 3}}), KappaWeights::Linear)
                      ->mean,
                 1.0);
        std::vector<double> continuous;
        for (int i = 0; i < 150; ++i)
            continuous.push_back(i * 0.5);
        QVERIFY(cohenKappaPairs(tableFromRaterRows({continuous, continuous}), KappaWeights::None)
                    .reason()
                    .starts_with("needs categorical values"));
    }
};

QTEST_APPLESS_MAIN(TestCohenKappa)
#include "tst_cohenkappa.moc"
