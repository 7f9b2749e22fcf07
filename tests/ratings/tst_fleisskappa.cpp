#include "FleissKappa.h"
#include "KrippendorffAlpha.h"
#include "RatingFixtures.h"

#include <QTest>

#include <cmath>

using namespace avemo::ratings;
using namespace avemo::ratings::fixtures;

namespace {

// Fleiss, J. L. (1971). Measuring nominal scale agreement among many raters. Psychological
// Bulletin 76(5), 378-382, Table 1: 30 patients, 6 psychiatrists each, 5 diagnoses
// (depression, personality disorder, schizophrenia, neurosis, other); cells are counts.
const std::vector<std::vector<double>> fleiss1971{
    {0, 0, 0, 6, 0}, {0, 3, 0, 0, 3}, {0, 1, 4, 0, 1}, {0, 0, 0, 0, 6}, {0, 3, 0, 3, 0},
    {2, 0, 4, 0, 0}, {0, 0, 4, 0, 2}, {2, 0, 3, 1, 0}, {2, 0, 0, 4, 0}, {0, 0, 0, 0, 6},
    {1, 0, 0, 5, 0}, {1, 1, 0, 4, 0}, {0, 3, 3, 0, 0}, {1, 0, 0, 5, 0}, {0, 2, 0, 3, 1},
    {0, 0, 5, 0, 1}, {3, 0, 0, 1, 2}, {5, 1, 0, 0, 0}, {0, 2, 0, 4, 0}, {1, 0, 2, 0, 3},
    {0, 0, 0, 0, 6}, {0, 1, 0, 5, 0}, {0, 2, 0, 1, 3}, {2, 0, 0, 4, 0}, {1, 0, 0, 4, 1},
    {0, 5, 0, 1, 0}, {4, 0, 0, 0, 2}, {0, 2, 0, 4, 0}, {1, 0, 5, 0, 0}, {0, 0, 0, 0, 6},
};

// The same data in long format: item i gets count[j] ratings of category j from raters
// numbered within the item (Fleiss' raters differ between patients).
RatingTable longFormat(const std::vector<std::vector<double>> &counts)
{
    RatingTableBuilder builder;
    for (std::size_t i = 0; i < counts.size(); ++i) {
        int rater = 0;
        for (std::size_t j = 0; j < counts[i].size(); ++j)
            for (int c = 0; c < int(counts[i][j]); ++c)
                builder.add(std::to_string(i), std::to_string(rater++), double(j));
    }
    return std::move(builder.build().value());
}

bool near(double a, double b, double tolerance)
{
    return std::fabs(a - b) <= tolerance;
}

} // namespace

class TestFleissKappa : public QObject
{
    Q_OBJECT

private slots:
    void publishedExample()
    {
        const auto k = fleissKappaFromCounts(fleiss1971);
        QVERIFY2(k.hasValue(), k.reason().c_str());
        QVERIFY(near(k->kappa, 0.430, 0.0005)); // Fleiss 1971: kappa = .430
        QCOMPARE(k->items, std::size_t(30));
        QCOMPARE(k->ratingsPerItem, std::size_t(6));
        // Per-category kappas of Fleiss 1971 (Table 2): .245 .245 .520 .471 .566.
        const double published[] = {0.245, 0.245, 0.520, 0.471, 0.566};
        for (std::size_t j = 0; j < 5; ++j)
            QVERIFY2(near(*k->categories[j].kappa, published[j], 0.0005),
                     std::to_string(*k->categories[j].kappa).c_str());
        // statsmodels 0.13.5 fleiss_kappa on the same table: 0.43024452006014074.
        QVERIFY(near(k->kappa, 0.43024452006014074, 1e-12));
    }

    void longFormatGivesTheSameAsCounts()
    {
        const auto fromTable = fleissKappa(longFormat(fleiss1971));
        QVERIFY2(fromTable.hasValue(), fromTable.reason().c_str());
        QVERIFY(near(fromTable->kappa, fleissKappaFromCounts(fleiss1971)->kappa, 1e-14));
    }

    // Null SE of Fleiss, Nee & Landis (1979), recomputed here from its formula.
    void nullStandardError()
    {
        const auto k = fleissKappaFromCounts(fleiss1971);
        const double n = 30, m = 6;
        double sumPQ = 0, sumPQQP = 0;
        for (const auto &c : k->categories) {
            const double p = c.proportion, q = 1 - p;
            sumPQ += p * q;
            sumPQQP += p * q * (q - p);
        }
        const double se =
            std::sqrt(2.0 / (n * m * (m - 1))) / sumPQ * std::sqrt(sumPQ * sumPQ - sumPQQP);
        QVERIFY(near(k->standardErrorNull, se, 1e-14));
        QVERIFY(
            near(k->categories[0].standardErrorNull, std::sqrt(2.0 / (n * m * (m - 1))), 1e-14));
        QVERIFY(k->pValue < 1e-6);
    }

    // With m ratings on each of N items, alpha_nominal = 1 - (1 - kappa)(Nm - 1)/(Nm).
    void relatesToAlphaNominal()
    {
        const auto table = longFormat(fleiss1971);
        const double kappa = fleissKappa(table)->kappa;
        const double alpha = krippendorffAlpha(table, Level::Nominal)->alpha;
        QVERIFY(near(alpha, 1.0 - (1.0 - kappa) * (180.0 - 1.0) / 180.0, 1e-12));
    }

    void notApplicableOrUndefined()
    {
        const auto uneven = tableFromRaterRows({{1, 2, 1}, {1, 2, missing}});
        const auto k = fleissKappa(uneven);
        QVERIFY(!k.hasValue());
        QVERIFY(k.reason().starts_with("not applicable: items have between 1 and 2 ratings"));
        QVERIFY(fleissKappa(RatingTable()).reason().starts_with("not applicable"));
        QVERIFY(
            fleissKappa(tableFromRaterRows({{1, 2, 3}})).reason().starts_with("not applicable"));
        const auto oneCategory = fleissKappa(tableFromRaterRows({{2, 2, 2}, {2, 2, 2}}));
        QVERIFY(oneCategory.reason().starts_with("undefined"));
    }

    void unusedCategoryHasNoKappa()
    {
        const auto table =
            tableFromRaterRows({{1, 2, 1, 2}, {1, 2, 2, 2}}, Scale::fromPoints({1, 2, 3}));
        const auto k = fleissKappa(table);
        QVERIFY(k.hasValue());
        QCOMPARE(k->categories.size(), std::size_t(3));
        QVERIFY(!k->categories[2].kappa.has_value());
    }

    void perfectAgreementIsOne()
    {
        const auto k = fleissKappa(tableFromRaterRows({{1, 2, 3}, {1, 2, 3}, {1, 2, 3}}));
        QCOMPARE(k->kappa, 1.0);
    }
};

QTEST_APPLESS_MAIN(TestFleissKappa)
#include "tst_fleisskappa.moc"
