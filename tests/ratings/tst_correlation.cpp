#include "Correlation.h"

#include <QTest>

#include <cmath>

using namespace avemo::ratings;

namespace {

bool near(double a, double b, double tolerance)
{
    return std::fabs(a - b) <= tolerance;
}

// Small data with ties in both variables.
const std::vector<double> x{1, 2, 2, 3, 4, 5, 5, 6, 7, 8};
const std::vector<double> y{3, 1, 2, 2, 5, 6, 4, 8, 7, 7};

} // namespace

class TestCorrelation : public QObject
{
    Q_OBJECT

private slots:
    // Reference values: SciPy 1.10.1 (Debian 12) pearsonr / spearmanr /
    // kendalltau(variant='b', method='asymptotic') on x, y above.
    void pearsonMatchesScipy()
    {
        const auto r = pearson(x, y);
        QVERIFY(r.hasValue());
        QVERIFY(near(r->value, 0.8691389672505601, 1e-13));
        QVERIFY(near(r->pValue, 0.0010922882520877748, 1e-12));
        // pearsonr(...).confidence_interval(): Fisher z, as ours.
        QVERIFY(near(r->ciLow, 0.5289973339957817, 1e-12));
        QVERIFY(near(r->ciHigh, 0.9686747292823674, 1e-12));
        QCOMPARE(r->n, std::size_t(10));
    }

    void spearmanMatchesScipy()
    {
        const auto r = spearman(x, y);
        QVERIFY(near(r->value, 0.8558282208588958, 1e-13));
        QVERIFY(near(r->pValue, 0.0015823919962796391, 1e-12));
        // Bonett-Wright SE sqrt((1 + rho^2/2)/(n-3)) on Fisher z, computed with NumPy.
        QVERIFY(near(r->ciLow, 0.38987851668131923, 1e-12));
        QVERIFY(near(r->ciHigh, 0.9728765208825046, 1e-12));
    }

    void kendallMatchesScipy()
    {
        const auto r = kendallTauB(x, y);
        QVERIFY(near(r->value, 0.6744186046511628, 1e-13));
        QVERIFY(near(r->pValue, 0.008403922215618065, 1e-12));
        // Fieller et al. SE sqrt(0.437/(n-4)) on Fisher z, computed with NumPy.
        QVERIFY(near(r->ciLow, 0.28200240323795916, 1e-12));
        QVERIFY(near(r->ciHigh, 0.8735217995019218, 1e-12));
    }

    // By hand: x = 1..4, y = 1, 3, 2, 4 has 5 concordant and 1 discordant pair, no ties:
    // tau = 4/6; Spearman: d^2 = 0+1+1+0 = 2, rho = 1 - 6*2/(4*15) = 0.8; Pearson equals it.
    void handComputedSmallCase()
    {
        const std::vector<double> a{1, 2, 3, 4}, b{1, 3, 2, 4};
        QVERIFY(near(kendallTauB(a, b)->value, 4.0 / 6.0, 1e-15));
        QVERIFY(near(spearman(a, b)->value, 0.8, 1e-15));
        QVERIFY(near(pearson(a, b)->value, 0.8, 1e-15));
        QVERIFY(std::isnan(kendallTauB(a, b)->ciLow)); // n - 4 = 0: no interval
    }

    void kendallAgreesWithQuadraticCountOnRandomData()
    {
        std::vector<double> u, v;
        for (int i = 0; i < 300; ++i) {
            u.push_back((i * 37) % 11);
            v.push_back((i * 53 + (i % 7)) % 13);
        }
        double c = 0, d = 0, tu = 0, tv = 0;
        for (std::size_t i = 0; i < u.size(); ++i)
            for (std::size_t j = i + 1; j < u.size(); ++j) {
                const double s = (u[i] - u[j]) * (v[i] - v[j]);
                c += s > 0;
                d += s < 0;
                tu += u[i] == u[j];
                tv += v[i] == v[j];
            }
        const double pairs = 300.0 * 299 / 2;
        const double expected = (c - d) / std::sqrt((pairs - tu) * (pairs - tv));
        QVERIFY(near(kendallTauB(u, v)->value, expected, 1e-13));
    }

    void perfectAndInvalid()
    {
        const std::vector<double> a{1, 2, 3, 4, 5}, reversed{5, 4, 3, 2, 1};
        QCOMPARE(pearson(a, a)->value, 1.0);
        QCOMPARE(pearson(a, a)->pValue, 0.0);
        QVERIFY(near(kendallTauB(a, reversed)->value, -1.0, 1e-15));
        QVERIFY(pearson(a, std::vector<double>{1, 1, 1, 1, 1}).reason().starts_with("undefined"));
        QVERIFY(!pearson(a, std::vector<double>{1, 2}).hasValue());
        QVERIFY(!spearman(std::vector<double>{1, 2}, std::vector<double>{1, 2}).hasValue());
        const std::vector<double> withNan{1, 2, std::nan(""), 4, 5};
        QVERIFY(kendallTauB(a, withNan).reason().find("not a finite number") != std::string::npos);
    }

    void midRanksShareTies()
    {
        QCOMPARE(midRanks(std::vector<double>{10, 20, 20, 5}),
                 (std::vector<double>{2, 3.5, 3.5, 1}));
    }
};

QTEST_APPLESS_MAIN(TestCorrelation)
#include "tst_correlation.moc"
