#pragma once

#include "RatingTable.h"
#include "Result.h"

#include <array>
#include <span>
#include <string>

namespace avemo::ratings {

// One Shrout & Fleiss (1979) form. CI bounds are NaN when they cannot be computed.
struct IccForm
{
    std::string name; // "ICC(1,1)", ..., "ICC(3,k)"
    double value = 0.0;
    double ciLow = 0.0;
    double ciHigh = 0.0;
    double f = 0.0; // the F statistic of the test ICC = 0
    double df1 = 0.0;
    double df2 = 0.0;
    double pValue = 0.0;
};

struct IccEstimate
{
    std::size_t targets = 0; // n
    std::size_t raters = 0;  // k
    double confidence = 0.95;
    // Mean squares of the two-way ANOVA: rows (targets), columns (raters), residual, and the
    // one-way within-target mean square.
    double msRows = 0.0, msColumns = 0.0, msError = 0.0, msWithin = 0.0;
    // (1,1) (2,1) (3,1) (1,k) (2,k) (3,k), in that order.
    std::array<IccForm, 6> forms;
};

// The six intraclass correlations with F-based confidence intervals (McGraw & Wong 1996,
// Table 7). Complete data only: every item rated once by every rater; otherwise a reason.
Result<IccEstimate> intraclassCorrelations(const RatingTable &table, double confidence = 0.95);

// The same from an n x k matrix (row-major: targets x raters), as printed in papers.
Result<IccEstimate> intraclassCorrelations(std::span<const double> matrix, std::size_t targets,
                                           std::size_t raters, double confidence = 0.95);

} // namespace avemo::ratings
