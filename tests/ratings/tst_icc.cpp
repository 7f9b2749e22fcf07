#include "Icc.h"
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

// Shrout, P. E. & Fleiss, J. L. (1979). Intraclass correlations: uses in assessing rater
// reliability. Psychological Bulletin 86(2), 420-428, Table 2: 6 targets (rows) x 4 judges.
const std::vector<std::vector<double>> shroutFleiss{
    {9, 2, 5, 8}, {6, 1, 3, 2}, {8, 4, 6, 8}, {7, 1, 2, 6}, {10, 5, 6, 9}, {6, 2, 4, 7},
};

std::vector<double> flatten(const std::vector<std::vector<double>> &rows)
{
    std::vector<double> flat;
    for (const auto &row : rows)
        flat.insert(flat.end(), row.begin(), row.end());
    return flat;
}

// An independent two-way ANOVA from raw sums (the textbook "correction term" layout) and
// the Shrout & Fleiss formulas applied to it.
std::array<double, 6> iccByHand(const std::vector<std::vector<double>> &x)
{
    const double n = double(x.size()), k = double(x.front().size());
    double total = 0, squares = 0;
    std::vector<double> rowSums(x.size(), 0), colSums(x.front().size(), 0);
    for (std::size_t i = 0; i < x.size(); ++i)
        for (std::size_t j = 0; j < x[i].size(); ++j) {
            total += x[i][j];
            squares += x[i][j] * x[i][j];
            rowSums[i] += x[i][j];
            colSums[j] += x[i][j];
        }
    const double correction = total * total / (n * k);
    double rowSq = 0, colSq = 0;
    for (const double s : rowSums)
        rowSq += s * s / k;
    for (const double s : colSums)
        colSq += s * s / n;
    const double ssTotal = squares - correction, ssRows = rowSq - correction,
                 ssCols = colSq - correction;
    const double bms = ssRows / (n - 1), jms = ssCols / (k - 1);
    const double ems = (ssTotal - ssRows - ssCols) / ((n - 1) * (k - 1));
    const double wms = (ssTotal - ssRows) / (n * (k - 1));
    return {(bms - wms) / (bms + (k - 1) * wms),
            (bms - ems) / (bms + (k - 1) * ems + k * (jms - ems) / n),
            (bms - ems) / (bms + (k - 1) * ems),
            (bms - wms) / bms,
            (bms - ems) / (bms + (jms - ems) / n),
            (bms - ems) / bms};
}

} // namespace

class TestIcc : public QObject
{
    Q_OBJECT

private slots:
    void publishedExample()
    {
        const auto icc = intraclassCorrelations(flatten(shroutFleiss), 6, 4);
        QVERIFY2(icc.hasValue(), icc.reason().c_str());
        // Shrout & Fleiss 1979, Table 4: .17 .29 .71 .44 .62 .91 (two decimals).
        const double published[] = {0.17, 0.29, 0.71, 0.44, 0.62, 0.91};
        const char *names[] = {"ICC(1,1)", "ICC(2,1)", "ICC(3,1)",
                               "ICC(1,k)", "ICC(2,k)", "ICC(3,k)"};
        for (std::size_t f = 0; f < 6; ++f) {
            QCOMPARE(icc->forms[f].name, std::string(names[f]));
            QVERIFY2(near(icc->forms[f].value, published[f], 0.005), names[f]);
        }
    }

    // R psych 2.2.9, ICC(sf, lmer = FALSE): values, and the F-based 95% bounds.
    void matchesRPsych()
    {
        const auto icc = intraclassCorrelations(flatten(shroutFleiss), 6, 4);
        const double value[] = {0.165742, 0.289764, 0.714841, 0.442797, 0.620051, 0.909316};
        const double low[] = {-0.1329323, 0.0187865, 0.3424648, -0.8844422, 0.0711368, 0.6756747};
        const double high[] = {0.722560, 0.761084, 0.945858, 0.912415, 0.927232, 0.985892};
        for (std::size_t f = 0; f < 6; ++f) {
            QVERIFY2(near(icc->forms[f].value, value[f], 5e-7), icc->forms[f].name.c_str());
            QVERIFY2(near(icc->forms[f].ciLow, low[f], 5e-7),
                     std::to_string(icc->forms[f].ciLow).c_str());
            QVERIFY2(near(icc->forms[f].ciHigh, high[f], 5e-7),
                     std::to_string(icc->forms[f].ciHigh).c_str());
        }
        QVERIFY(near(icc->forms[0].f, 1.79468, 5e-6));
        QVERIFY(near(icc->forms[2].f, 11.02725, 5e-6));
        QVERIFY(near(icc->forms[2].pValue, 0.000134567, 5e-9));
    }

    void matchesDirectAnovaOnRandomData()
    {
        const auto rows = randomRaterRows(12, 5, 9, 0.0, 77); // 12 items x 5 raters
        const auto icc = intraclassCorrelations(flatten(rows), 12, 5);
        const auto expected = iccByHand(rows);
        for (std::size_t f = 0; f < 6; ++f)
            QVERIFY(near(icc->forms[f].value, expected[f], 1e-12));
    }

    void fromLongFormatTable()
    {
        const auto table = tableFromItemRows(shroutFleiss);
        const auto icc = intraclassCorrelations(table);
        QVERIFY(icc.hasValue());
        QVERIFY(near(icc->forms[2].value, 0.714841, 5e-7));
        QCOMPARE(icc->targets, std::size_t(6));
        QCOMPARE(icc->raters, std::size_t(4));
    }

    void edgeCases()
    {
        auto incomplete = shroutFleiss;
        incomplete[2][1] = missing;
        const auto icc = intraclassCorrelations(tableFromItemRows(incomplete));
        QVERIFY(!icc.hasValue());
        QVERIFY(icc.reason().starts_with("not applicable: ICC needs complete data"));
        QVERIFY(icc.reason().find("1 of 24") != std::string::npos);
        QVERIFY(!intraclassCorrelations(RatingTable()).hasValue());
        const std::vector<double> constant(12, 3.0);
        QVERIFY(intraclassCorrelations(constant, 4, 3).reason().starts_with("undefined"));
        QVERIFY(!intraclassCorrelations(std::vector<double>{1, 2}, 1, 2).hasValue());
    }
};

QTEST_APPLESS_MAIN(TestIcc)
#include "tst_icc.moc"
