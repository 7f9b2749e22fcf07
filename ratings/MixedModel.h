#pragma once

#include "RatingTable.h"
#include "Result.h"

#include <cstddef>
#include <string>
#include <vector>

namespace avemo::ratings {

// One group's (system's) estimate from the mixed model: its expected score for an average rater
// on an average item of that system.
struct MixedGroupEstimate
{
    double estimate = 0.0;
    double se = 0.0;
    double df = 0.0; // Satterthwaite
    double ciLow = 0.0, ciHigh = 0.0;
    std::size_t n = 0;
};

// estimate(a) - estimate(b), a < b, with the two-sided t test on Satterthwaite's df and the
// Holm (1979) adjustment over all pairs.
struct MixedContrast
{
    std::size_t a = 0, b = 0;
    double estimate = 0.0, se = 0.0, df = 0.0, t = 0.0, p = 0.0, pHolm = 0.0;
};

struct MixedModelFit
{
    std::vector<MixedGroupEstimate> groups; // indexed like RatingTable groups
    std::vector<MixedContrast> contrasts;   // (0,1), (0,2), ..., (1,2), ...
    double raterVariance = 0.0, itemVariance = 0.0, residualVariance = 0.0;
    bool raterAtBoundary = false, itemAtBoundary = false; // the variance was estimated as 0
    double remlCriterion = 0.0;                           // -2 REML log-likelihood
    std::size_t observations = 0, raters = 0, items = 0;
    std::size_t evaluations = 0;
    double confidence = 0.95;
};

// Fits score ~ 0 + group + (1|rater) + (1|item) by REML, the model lme4 writes as
// lmer(score ~ system + (1|rater) + (1|item), REML = TRUE) (cell-means coding here). Raters and
// items are the table's; what an "item" is depends on the table (see docs/statistics.md).
// Fails when there are fewer than two raters or two items, or no residual degrees of freedom.
Result<MixedModelFit> fitMixedModel(const RatingTable &table, double confidence = 0.95);

// Holm's step-down adjustment of p-values, in the input order.
std::vector<double> holmAdjust(const std::vector<double> &p);

} // namespace avemo::ratings
