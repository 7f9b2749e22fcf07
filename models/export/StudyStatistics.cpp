#include "export/StudyStatistics.h"

#include "CohenKappa.h"
#include "Distributions.h"
#include "FleissKappa.h"
#include "ItemDisagreement.h"
#include "KrippendorffAlpha.h"
#include "MixedModel.h"
#include "Mos.h"
#include "export/CsvWriter.h"

#include <boost/accumulators/accumulators.hpp>
#include <boost/accumulators/statistics/stats.hpp>
#include <boost/accumulators/statistics/variance.hpp>

#include <algorithm>
#include <atomic>
#include <future>
#include <mutex>
#include <thread>
#include <unordered_map>

namespace avemo {

namespace {

QString reasonText(const std::string &reason)
{
    return QString::fromStdString(reason);
}

bool isNumeric(const Question &q)
{
    return q.kind == QuestionKind::Mos || q.kind == QuestionKind::Slider;
}

// ratings::summarizeScores() for many small samples: the same accumulator and the same t
// quantile, but the quantile (a Boost.Math root search, ~5 us) is computed once per sample
// size instead of once per item; 100,000 items would otherwise spend half a second there.
class ItemMos
{
public:
    ratings::MosSummary operator()(std::span<const ratings::Rating> ratings)
    {
        namespace acc = boost::accumulators;
        acc::accumulator_set<double, acc::stats<acc::tag::variance>> moments;
        for (const auto &r : ratings)
            moments(r.value);
        ratings::MosSummary m;
        m.n = ratings.size();
        const double n = double(m.n);
        m.mean = acc::mean(moments);
        m.sd = m.n < 2 ? NAN : std::sqrt(acc::variance(moments) * n / (n - 1.0));
        auto t = m_t.find(m.n);
        if (t == m_t.end())
            t = m_t.emplace(m.n, ratings::dist::studentTQuantile(1.0 - (1.0 - 0.95) / 2.0, n - 1.0))
                    .first;
        m.ciHalfWidth = m.n < 2 ? NAN : t->second * m.sd / std::sqrt(n);
        m.ciLow = m.mean - m.ciHalfWidth;
        m.ciHigh = m.mean + m.ciHalfWidth;
        return m;
    }

private:
    std::unordered_map<std::size_t, double> m_t;
};

// Per item: over every included rater, gold items too (items.csv lists them, flagged).
void itemFigures(const StudyRatings &study, std::size_t question, QuestionStatistics &out)
{
    out.items.resize(study.items().size());
    for (std::size_t i = 0; i < out.items.size(); ++i)
        out.items[i].item = std::uint32_t(i);
    TableOptions options;
    options.includeGold = true;
    const auto qt = study.table(question, options);
    if (!qt || qt->table.empty())
        return;
    const auto &table = qt->table;
    const bool numeric = isNumeric(study.questions()[qsizetype(question)]);
    ItemMos mos;
    const auto disagreements = ratings::itemDisagreements(table);
    for (std::size_t t = 0; t < table.itemCount(); ++t) {
        ItemStatistics &s = out.items[qt->items[t]];
        const ratings::ItemDisagreement &d = disagreements[t];
        s.n = d.ratings;
        for (const double v : d.majorityValues)
            s.majority.append(StudyStatistics::valueText(study, question, v));
        std::size_t onMajority = 0;
        for (const auto &r : table.ratingsOfItem(t))
            onMajority += !d.majorityValues.empty() && r.value == d.majorityValues.front();
        s.agreement = double(onMajority) / double(d.ratings);
        if (!numeric) {
            s.disagreement = d.entropyBits;
            continue;
        }
        s.disagreement = d.range;
        const ratings::MosSummary m = mos(table.ratingsOfItem(t));
        s.mos = m.mean;
        s.sd = m.sd;
        s.ciLow = m.ciLow;
        s.ciHigh = m.ciHigh;
    }
}

// Per system: gold items and excluded raters left out.
void systemFigures(const StudyRatings &study, std::size_t question,
                   const ratings::RatingTable *table,
                   const std::vector<std::uint32_t> &systemOfGroup,
                   const StatisticsOptions &options, QuestionStatistics &out)
{
    const Question &q = study.questions()[qsizetype(question)];
    const LabelSet *set = study.labelSet(question);
    const std::size_t categories = set ? std::size_t(set->categories.size()) : 0;
    for (const QString &system : study.systems()) {
        SystemStatistics s;
        s.system = system;
        s.shares.assign(categories, NAN);
        out.systems.push_back(std::move(s));
    }
    if (!table || table->empty())
        return;
    const ratings::MosAnalysis mos(*table, false);
    for (std::size_t g = 0; g < table->groupCount(); ++g) {
        SystemStatistics &s = out.systems[systemOfGroup[g]];
        std::vector<std::size_t> counts(categories, 0);
        std::vector<char> items(table->itemCount()), raters(table->raterCount());
        for (const auto &r : table->ratings()) {
            if (r.group != g)
                continue;
            ++s.n;
            items[r.item] = raters[r.rater] = 1;
            if (r.code < categories)
                ++counts[r.code];
        }
        s.items = std::size_t(std::count(items.begin(), items.end(), 1));
        s.raters = std::size_t(std::count(raters.begin(), raters.end(), 1));
        if (q.kind == QuestionKind::Categorical) {
            for (std::size_t c = 0; c < categories; ++c)
                s.shares[c] = double(counts[c]) / double(s.n);
            continue;
        }
        if (const auto m = mos.ofGroup(g)) {
            s.mos = m->mean;
            s.sd = m->sd;
            s.ciLow = m->ciLow;
            s.ciHigh = m->ciHigh;
        }
        if (options.bootstrapResamples == 0)
            continue;
        const auto ci = mos.groupBootstrap(g, options.bootstrapResamples, options.seed);
        if (ci) {
            s.bootLow = ci->low;
            s.bootHigh = ci->high;
        } else {
            s.bootNote = reasonText(ci.reason());
        }
    }
}

// The mixed model of one mos/slider question: one fit over all its systems (docs/statistics.md).
void mixedModelFigures(const ratings::RatingTable &table,
                       const std::vector<std::uint32_t> &systemOfGroup, QuestionStatistics &out)
{
    const auto fit = ratings::fitMixedModel(table);
    for (std::size_t g = 0; g < table.groupCount(); ++g) {
        SystemStatistics &s = out.systems[systemOfGroup[g]];
        if (!fit) {
            s.mixedNote = reasonText(fit.reason());
            continue;
        }
        const auto &e = fit->groups[g];
        s.mixedEstimate = e.estimate;
        s.mixedSe = e.se;
        s.mixedDf = e.df;
        s.mixedLow = e.ciLow;
        s.mixedHigh = e.ciHigh;
        s.mixedRaterVariance = fit->raterVariance;
        s.mixedItemVariance = fit->itemVariance;
        s.mixedResidualVariance = fit->residualVariance;
        QStringList boundary;
        if (fit->raterAtBoundary)
            boundary.append(QStringLiteral("rater"));
        if (fit->itemAtBoundary)
            boundary.append(QStringLiteral("item"));
        if (!boundary.isEmpty())
            s.mixedNote = boundary.join(QLatin1String(" and ")) +
                          QStringLiteral(" variance on the boundary (estimated as 0)");
    }
}

void agreementFigures(const Question &q, const ratings::RatingTable *table,
                      const StatisticsOptions &options, AgreementStatistics &a)
{
    const bool numeric = isNumeric(q);
    const auto level = numeric ? ratings::Level::Interval : ratings::Level::Nominal;
    const auto weights = numeric ? ratings::KappaWeights::Quadratic : ratings::KappaWeights::None;
    a.level = QString::fromLatin1(ratings::levelName(level));
    a.cohenWeights = QString::fromLatin1(ratings::weightsName(weights));
    if (!table || table->empty()) {
        a.alphaNote = a.fleissNote = a.cohenNote = QStringLiteral("no ratings");
        return;
    }
    a.items = table->itemCount();
    a.raters = table->raterCount();
    a.ratings = table->ratingCount();
    if (const auto alpha = ratings::krippendorffAlpha(*table, level)) {
        a.alpha = alpha->alpha;
        if (options.bootstrapResamples > 0) {
            const auto ci = ratings::krippendorffAlphaBootstrap(
                *table, level, options.bootstrapResamples, options.seed);
            if (ci) {
                a.alphaLow = ci->low;
                a.alphaHigh = ci->high;
            } else {
                a.alphaNote = reasonText(ci.reason());
            }
        }
    } else {
        a.alphaNote = reasonText(alpha.reason());
    }
    if (const auto fleiss = ratings::fleissKappa(*table))
        a.fleiss = fleiss->kappa;
    else
        a.fleissNote = reasonText(fleiss.reason());
    const auto cohen = ratings::cohenKappaPairs(*table, weights);
    if (cohen && cohen->mean) {
        a.cohenMean = *cohen->mean;
        a.cohenPairs = cohen->definedPairs;
    } else {
        a.cohenNote = cohen ? QStringLiteral("no rater pair with a defined kappa")
                            : reasonText(cohen.reason());
    }
}

} // namespace

QString StudyStatistics::valueText(const StudyRatings &study, std::size_t question, double value)
{
    if (const LabelSet *set = study.labelSet(question)) {
        const auto index = qsizetype(value);
        return index >= 0 && index < set->categories.size() ? set->categories[index].id : QString();
    }
    return QString::fromStdString(CsvWriter::numberText(value));
}

QuestionStatistics StudyStatistics::computeQuestion(const StudyRatings &study, std::size_t question,
                                                    const StatisticsOptions &options)
{
    QuestionStatistics out;
    out.question = question;
    itemFigures(study, question, out);
    // Systems and agreement: study data only (no gold items, no excluded raters).
    const auto qt = study.table(question, TableOptions{});
    const ratings::RatingTable *table = qt ? &qt->table : nullptr;
    systemFigures(study, question, table, qt ? qt->systems : std::vector<std::uint32_t>{}, options,
                  out);
    if (table && !table->empty() &&
        study.questions()[qsizetype(question)].kind != QuestionKind::Categorical)
        mixedModelFigures(*table, qt->systems, out);
    agreementFigures(study.questions()[qsizetype(question)], table, options, out.agreement);
    if (!qt)
        out.agreement.alphaNote = reasonText(qt.reason());
    return out;
}

std::vector<QuestionStatistics> StudyStatistics::compute(const StudyRatings &study,
                                                         const StatisticsOptions &options,
                                                         const TaskControl &control)
{
    // Questions are independent and only read the study: one worker per core takes the next
    // question, so a core left free (ratings.csv's writer done first, say) shares the work.
    // Results keep the study order. Workers ask cancelled() before each question, one at a
    // time, so a cancel waits for at most one question per worker, as it did on one thread.
    std::vector<std::size_t> questions;
    for (std::size_t q = 0; q < std::size_t(study.questions().size()); ++q)
        if (StudyRatings::hasStatistics(study.questions()[qsizetype(q)]))
            questions.push_back(q);
    std::vector<QuestionStatistics> result(questions.size());
    std::atomic<std::size_t> next{0};
    std::atomic<bool> stop{false};
    std::mutex asking;
    const auto worker = [&] {
        for (std::size_t k = next++; k < questions.size(); k = next++) {
            {
                const std::lock_guard lock(asking);
                if (stop || control.isCancelled()) {
                    stop = true;
                    return;
                }
            }
            result[k] = computeQuestion(study, questions[k], options);
        }
    };
    const std::size_t threads =
        std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, questions.size() + 1);
    std::vector<std::future<void>> helpers;
    for (std::size_t t = 1; t < threads; ++t)
        helpers.push_back(std::async(std::launch::async, worker));
    worker();
    for (auto &helper : helpers)
        helper.get();
    if (stop)
        return {};
    return result;
}

} // namespace avemo
