#pragma once

#include "Result.h"

#include <span>
#include <vector>

namespace avemo::ratings {

// A correlation with a confidence interval and a two-sided p-value for "no association".
// ciLow/ciHigh are NaN when n is too small for the interval.
struct CorrelationEstimate
{
    double value = 0.0;
    double ciLow = 0.0;
    double ciHigh = 0.0;
    double pValue = 0.0;
    std::size_t n = 0;
};

// Pearson r. CI: Fisher z with SE 1/sqrt(n-3). p: t = r sqrt((n-2)/(1-r^2)) on n-2 df.
Result<CorrelationEstimate> pearson(std::span<const double> x, std::span<const double> y,
                                    double confidence = 0.95);

// Spearman rho (Pearson on mid-ranks). CI: Fisher z with the Bonett & Wright (2000) SE
// sqrt((1 + rho^2/2)/(n-3)). p: the t approximation on n-2 df.
Result<CorrelationEstimate> spearman(std::span<const double> x, std::span<const double> y,
                                     double confidence = 0.95);

// Kendall tau-b, O(n log n) (Knight 1966). p: normal approximation with the null variance of
// S adjusted for ties in both variables (Kendall 1970). CI: Fisher z with the
// Fieller, Hartley & Pearson (1957) SE sqrt(0.437/(n-4)).
Result<CorrelationEstimate> kendallTauB(std::span<const double> x, std::span<const double> y,
                                        double confidence = 0.95);

// Mid-ranks (1-based; ties share the mean of their ranks).
std::vector<double> midRanks(std::span<const double> values);

} // namespace avemo::ratings
