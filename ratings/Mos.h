#pragma once

#include "Bootstrap.h"
#include "RatingTable.h"
#include "Result.h"

#include <span>
#include <string>
#include <vector>

namespace avemo::ratings {

// Mean opinion score with the figures ITU-T P.800.2 asks for. sd and the CI are NaN for n < 2.
struct MosSummary
{
    double mean = 0.0;
    double sd = 0.0; // sample SD (n - 1)
    std::size_t n = 0;
    double ciHalfWidth = 0.0; // t(1 - alpha/2, n - 1) * sd / sqrt(n)
    double ciLow = 0.0;
    double ciHigh = 0.0;
};

// Fails only for an empty span.
Result<MosSummary> summarizeScores(std::span<const double> scores, double confidence = 0.95);

struct MosDifference
{
    double difference = 0.0; // MOS(a) - MOS(b)
    BootstrapInterval ci;
};

// MOS per group (e.g. per system), per item, and system-level bootstrap CIs. With
// zNormalize, each rater's ratings become z-scores (rater mean 0, SD 1) before averaging;
// raters with fewer than two ratings or no spread cannot be normalised and are left out
// (listed by excludedRaters()).
class MosAnalysis
{
public:
    MosAnalysis(const RatingTable &table, bool zNormalize);

    const std::vector<std::size_t> &excludedRaters() const { return m_excludedRaters; }

    Result<MosSummary> ofGroup(std::size_t group, double confidence = 0.95) const;
    Result<MosSummary> ofItem(std::size_t item, double confidence = 0.95) const;

    // Two-way bootstrap: each replicate resamples the group's items and its raters with
    // replacement, and weights a rating by (item draws) x (rater draws).
    Result<BootstrapInterval> groupBootstrap(std::size_t group, std::size_t resamples,
                                             std::uint64_t seed, double confidence = 0.95) const;

    // The same for MOS(a) - MOS(b); items and raters shared by both groups get the same
    // weights in a replicate, so paired designs keep their pairing.
    Result<MosDifference> differenceBootstrap(std::size_t groupA, std::size_t groupB,
                                              std::size_t resamples, std::uint64_t seed,
                                              double confidence = 0.95) const;

private:
    const RatingTable &m_table;
    std::vector<double> m_scores; // per rating, NaN when its rater was excluded
    std::vector<std::size_t> m_excludedRaters;
};

} // namespace avemo::ratings
