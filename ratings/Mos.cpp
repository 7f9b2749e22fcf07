#include "Mos.h"

#include "Distributions.h"

#include <boost/accumulators/accumulators.hpp>
#include <boost/accumulators/statistics/count.hpp>
#include <boost/accumulators/statistics/mean.hpp>
#include <boost/accumulators/statistics/stats.hpp>
#include <boost/accumulators/statistics/variance.hpp>

#include <cmath>
#include <limits>

namespace avemo::ratings {

namespace {

namespace acc = boost::accumulators;
using RunningMoments =
    acc::accumulator_set<double, acc::stats<acc::tag::variance>>; // brings count and mean

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

// Sample SD (n - 1) from Boost's running population variance.
double sampleSd(const RunningMoments &m)
{
    const auto n = static_cast<double>(acc::count(m));
    return n < 2 ? nan : std::sqrt(acc::variance(m) * n / (n - 1.0));
}

// The ratings taking part in a bootstrap, with items and raters renumbered densely so a
// replicate draws weights only for the units that matter.
struct BootstrapSample
{
    std::vector<std::uint32_t> item, rater, side;
    std::vector<double> score;
    std::size_t items = 0, raters = 0;
};

BootstrapSample collect(const RatingTable &table, const std::vector<double> &scores,
                        std::size_t groupA, std::size_t groupB)
{
    BootstrapSample s;
    std::vector<std::uint32_t> itemIndex(table.itemCount(), UINT32_MAX);
    std::vector<std::uint32_t> raterIndex(table.raterCount(), UINT32_MAX);
    const auto ratings = table.ratings();
    for (std::size_t i = 0; i < ratings.size(); ++i) {
        const auto &r = ratings[i];
        if ((r.group != groupA && r.group != groupB) || std::isnan(scores[i]))
            continue;
        if (itemIndex[r.item] == UINT32_MAX)
            itemIndex[r.item] = static_cast<std::uint32_t>(s.items++);
        if (raterIndex[r.rater] == UINT32_MAX)
            raterIndex[r.rater] = static_cast<std::uint32_t>(s.raters++);
        s.item.push_back(itemIndex[r.item]);
        s.rater.push_back(raterIndex[r.rater]);
        s.side.push_back(r.group == groupA ? 0 : 1);
        s.score.push_back(scores[i]);
    }
    return s;
}

// Replicates of MOS(side 0) - MOS(side 1), or of MOS(side 0) alone when single is true.
std::vector<double> twoWayReplicates(const BootstrapSample &s, bool single, std::size_t resamples,
                                     std::uint64_t seed)
{
    ResampleWeights sampler(seed);
    std::vector<double> itemWeights(s.items), raterWeights(s.raters), replicates;
    replicates.reserve(resamples);
    for (std::size_t b = 0; b < resamples; ++b) {
        sampler.draw(itemWeights);
        sampler.draw(raterWeights);
        double sum[2] = {0.0, 0.0}, weight[2] = {0.0, 0.0};
        for (std::size_t i = 0; i < s.score.size(); ++i) {
            const double w = itemWeights[s.item[i]] * raterWeights[s.rater[i]];
            sum[s.side[i]] += w * s.score[i];
            weight[s.side[i]] += w;
        }
        if (weight[0] == 0.0 || (!single && weight[1] == 0.0))
            continue; // no rating survived the draw: the replicate is undefined
        replicates.push_back(single ? sum[0] / weight[0] : sum[0] / weight[0] - sum[1] / weight[1]);
    }
    return replicates;
}

Result<BootstrapInterval> intervalOf(std::vector<double> replicates, std::size_t resamples,
                                     std::uint64_t seed, double confidence)
{
    if (replicates.size() < resamples / 2)
        return Result<BootstrapInterval>::fail("undefined in most bootstrap resamples");
    const std::size_t defined = replicates.size();
    auto ci = percentileInterval(std::move(replicates), confidence);
    ci.resamples = resamples;
    ci.undefinedResamples = resamples - defined;
    ci.seed = seed;
    return Result<BootstrapInterval>::ok(ci);
}

} // namespace

Result<MosSummary> summarizeScores(std::span<const double> scores, double confidence)
{
    if (scores.empty())
        return Result<MosSummary>::fail("no ratings");
    RunningMoments moments;
    for (const double s : scores)
        moments(s);
    MosSummary m;
    m.n = scores.size();
    m.mean = acc::mean(moments);
    m.sd = sampleSd(moments);
    const double t = dist::studentTQuantile(1.0 - (1.0 - confidence) / 2.0, double(m.n) - 1.0);
    m.ciHalfWidth = m.n < 2 ? nan : t * m.sd / std::sqrt(double(m.n));
    m.ciLow = m.mean - m.ciHalfWidth;
    m.ciHigh = m.mean + m.ciHalfWidth;
    return Result<MosSummary>::ok(m);
}

MosAnalysis::MosAnalysis(const RatingTable &table, bool zNormalize)
    : m_table(table)
{
    const auto ratings = table.ratings();
    m_scores.reserve(ratings.size());
    for (const auto &r : ratings)
        m_scores.push_back(r.value);
    if (!zNormalize)
        return;
    std::vector<RunningMoments> perRater(table.raterCount());
    for (const auto &r : ratings)
        perRater[r.rater](r.value);
    std::vector<double> mean(table.raterCount()), sd(table.raterCount());
    for (std::size_t k = 0; k < perRater.size(); ++k) {
        mean[k] = acc::mean(perRater[k]);
        sd[k] = sampleSd(perRater[k]);
        if (!(sd[k] > 0.0))
            m_excludedRaters.push_back(k);
    }
    for (std::size_t i = 0; i < ratings.size(); ++i) {
        const auto k = ratings[i].rater;
        m_scores[i] = sd[k] > 0.0 ? (ratings[i].value - mean[k]) / sd[k] : nan;
    }
}

Result<MosSummary> MosAnalysis::ofGroup(std::size_t group, double confidence) const
{
    std::vector<double> scores;
    const auto ratings = m_table.ratings();
    for (std::size_t i = 0; i < ratings.size(); ++i)
        if (ratings[i].group == group && !std::isnan(m_scores[i]))
            scores.push_back(m_scores[i]);
    return summarizeScores(scores, confidence);
}

Result<MosSummary> MosAnalysis::ofItem(std::size_t item, double confidence) const
{
    std::vector<double> scores;
    const auto ratings = m_table.ratings();
    const auto first =
        static_cast<std::size_t>(m_table.ratingsOfItem(item).data() - ratings.data());
    for (std::size_t i = first; i < first + m_table.ratingsOfItem(item).size(); ++i)
        if (!std::isnan(m_scores[i]))
            scores.push_back(m_scores[i]);
    return summarizeScores(scores, confidence);
}

Result<BootstrapInterval> MosAnalysis::groupBootstrap(std::size_t group, std::size_t resamples,
                                                      std::uint64_t seed, double confidence) const
{
    if (resamples < 2)
        return Result<BootstrapInterval>::fail("bootstrap needs at least 2 resamples");
    const auto sample = collect(m_table, m_scores, group, group);
    if (sample.items < 2 || sample.raters < 2)
        return Result<BootstrapInterval>::fail(
            "bootstrap over raters and items needs at least 2 of each");
    return intervalOf(twoWayReplicates(sample, true, resamples, seed), resamples, seed, confidence);
}

Result<MosDifference> MosAnalysis::differenceBootstrap(std::size_t groupA, std::size_t groupB,
                                                       std::size_t resamples, std::uint64_t seed,
                                                       double confidence) const
{
    using R = Result<MosDifference>;
    if (groupA == groupB)
        return R::fail("the two groups must differ");
    if (resamples < 2)
        return R::fail("bootstrap needs at least 2 resamples");
    const auto a = ofGroup(groupA), b = ofGroup(groupB);
    if (!a || !b)
        return R::fail("both groups need ratings");
    const auto sample = collect(m_table, m_scores, groupA, groupB);
    if (sample.items < 2 || sample.raters < 2)
        return R::fail("bootstrap over raters and items needs at least 2 of each");
    auto ci =
        intervalOf(twoWayReplicates(sample, false, resamples, seed), resamples, seed, confidence);
    if (!ci)
        return R::fail(ci.reason());
    return R::ok({a->mean - b->mean, ci.value()});
}

} // namespace avemo::ratings
