#include "Icc.h"

#include "Distributions.h"

#include <cmath>
#include <limits>

namespace avemo::ratings {

namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

struct MeanSquares
{
    double rows, columns, error, within;
};

MeanSquares anova(std::span<const double> x, std::size_t n, std::size_t k)
{
    const double nd = static_cast<double>(n), kd = static_cast<double>(k);
    std::vector<double> rowMean(n, 0.0), colMean(k, 0.0);
    double grand = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = 0; j < k; ++j) {
            rowMean[i] += x[i * k + j] / kd;
            colMean[j] += x[i * k + j] / nd;
            grand += x[i * k + j];
        }
    }
    grand /= nd * kd;
    double ssRows = 0.0, ssCols = 0.0, ssTotal = 0.0;
    for (std::size_t i = 0; i < n; ++i)
        ssRows += kd * (rowMean[i] - grand) * (rowMean[i] - grand);
    for (std::size_t j = 0; j < k; ++j)
        ssCols += nd * (colMean[j] - grand) * (colMean[j] - grand);
    for (const double v : x)
        ssTotal += (v - grand) * (v - grand);
    const double ssError = std::max(0.0, ssTotal - ssRows - ssCols);
    const double ssWithin = std::max(0.0, ssTotal - ssRows);
    return {ssRows / (nd - 1.0), ssCols / (kd - 1.0), ssError / ((nd - 1.0) * (kd - 1.0)),
            ssWithin / (nd * (kd - 1.0))};
}

// Single-rater ICC from an F bound in cases 1 and 3, and its k-rater (Spearman-Brown) form.
double single(double f, double k)
{
    return (f - 1.0) / (f + k - 1.0);
}
double average(double f)
{
    return 1.0 - 1.0 / f;
}
double spearmanBrown(double r, double k)
{
    return k * r / (1.0 + (k - 1.0) * r);
}

} // namespace

Result<IccEstimate> intraclassCorrelations(std::span<const double> x, std::size_t n, std::size_t k,
                                           double confidence)
{
    using R = Result<IccEstimate>;
    if (n < 2 || k < 2)
        return R::fail("not applicable: ICC needs at least 2 items and 2 raters");
    if (x.size() != n * k)
        return R::fail("internal error: matrix size is not targets x raters");
    const MeanSquares ms = anova(x, n, k);
    if (!(ms.rows > 0.0) || !(ms.within > 0.0 || ms.error > 0.0))
        return R::fail("undefined: the ratings have no variance between or within items");

    IccEstimate e;
    e.targets = n;
    e.raters = k;
    e.confidence = confidence;
    e.msRows = ms.rows;
    e.msColumns = ms.columns;
    e.msError = ms.error;
    e.msWithin = ms.within;
    const double nd = static_cast<double>(n), kd = static_cast<double>(k);
    const double tail = 1.0 - (1.0 - confidence) / 2.0;

    // Case 1: one-way random effects, F = MSR / MSW on (n-1, n(k-1)).
    const double f1 = ms.rows / ms.within;
    const double df1a = nd - 1.0, df1b = nd * (kd - 1.0);
    const double f1Low = f1 / dist::fisherFQuantile(tail, df1a, df1b);
    const double f1High = f1 * dist::fisherFQuantile(tail, df1b, df1a);
    const double p1 = dist::fisherFUpperTail(f1, df1a, df1b);
    e.forms[0] = {"ICC(1,1)",
                  (ms.rows - ms.within) / (ms.rows + (kd - 1.0) * ms.within),
                  single(f1Low, kd),
                  single(f1High, kd),
                  f1,
                  df1a,
                  df1b,
                  p1};
    e.forms[3] = {"ICC(1,k)",
                  (ms.rows - ms.within) / ms.rows,
                  average(f1Low),
                  average(f1High),
                  f1,
                  df1a,
                  df1b,
                  p1};

    // Cases 2 and 3 share the test F = MSR / MSE on (n-1, (n-1)(k-1)).
    const double f3 = ms.rows / ms.error;
    const double df3b = (nd - 1.0) * (kd - 1.0);
    const double f3Low = f3 / dist::fisherFQuantile(tail, df1a, df3b);
    const double f3High = f3 * dist::fisherFQuantile(tail, df3b, df1a);
    const double p3 = dist::fisherFUpperTail(f3, df1a, df3b);
    e.forms[2] = {"ICC(3,1)",
                  (ms.rows - ms.error) / (ms.rows + (kd - 1.0) * ms.error),
                  single(f3Low, kd),
                  single(f3High, kd),
                  f3,
                  df1a,
                  df3b,
                  p3};
    e.forms[5] = {
        "ICC(3,k)", (ms.rows - ms.error) / ms.rows, average(f3Low), average(f3High), f3, df1a, df3b,
        p3};

    // Case 2: two-way random effects, absolute agreement; the CI uses Satterthwaite's
    // approximate degrees of freedom v (McGraw & Wong 1996, Table 7, case 2A).
    const double icc2 = (ms.rows - ms.error) /
                        (ms.rows + (kd - 1.0) * ms.error + kd * (ms.columns - ms.error) / nd);
    double low2 = nan, high2 = nan;
    if (icc2 < 1.0) {
        const double a = kd * icc2 / (nd * (1.0 - icc2));
        const double b = 1.0 + kd * icc2 * (nd - 1.0) / (nd * (1.0 - icc2));
        const double v = (a * ms.columns + b * ms.error) * (a * ms.columns + b * ms.error) /
                         ((a * ms.columns) * (a * ms.columns) / (kd - 1.0) +
                          (b * ms.error) * (b * ms.error) / df3b);
        const double fStar = dist::fisherFQuantile(tail, df1a, v);
        const double fStar2 = dist::fisherFQuantile(tail, v, df1a);
        const double c = kd * ms.columns + (kd * nd - kd - nd) * ms.error;
        low2 = nd * (ms.rows - fStar * ms.error) / (fStar * c + nd * ms.rows);
        high2 = nd * (fStar2 * ms.rows - ms.error) / (c + nd * fStar2 * ms.rows);
    }
    e.forms[1] = {"ICC(2,1)", icc2, low2, high2, f3, df1a, df3b, p3};
    e.forms[4] = {"ICC(2,k)",
                  (ms.rows - ms.error) / (ms.rows + (ms.columns - ms.error) / nd),
                  spearmanBrown(low2, kd),
                  spearmanBrown(high2, kd),
                  f3,
                  df1a,
                  df3b,
                  p3};
    return R::ok(e);
}

Result<IccEstimate> intraclassCorrelations(const RatingTable &table, double confidence)
{
    using R = Result<IccEstimate>;
    if (table.empty())
        return R::fail("not applicable: no ratings");
    const std::size_t n = table.itemCount(), k = table.raterCount();
    const std::size_t missing = n * k - table.ratingCount();
    if (table.ratingCount() != n * k)
        return R::fail("not applicable: ICC needs complete data (every rater rates every item); " +
                       std::to_string(missing) + " of " + std::to_string(n * k) +
                       " item x rater cells are missing");
    std::vector<double> matrix(n * k);
    std::vector<bool> filled(n * k, false);
    for (const auto &r : table.ratings()) {
        const std::size_t cell = std::size_t(r.item) * k + r.rater;
        if (filled[cell])
            return R::fail("not applicable: a rater rated an item more than once");
        filled[cell] = true;
        matrix[cell] = r.value;
    }
    return intraclassCorrelations(matrix, n, k, confidence);
}

} // namespace avemo::ratings
