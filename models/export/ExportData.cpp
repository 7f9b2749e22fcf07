#include "export/ExportData.h"

#include "Correlation.h"

#include <future>

namespace avemo {

namespace {

MetricCorrelation::Estimate estimate(const ratings::Result<ratings::CorrelationEstimate> &r)
{
    MetricCorrelation::Estimate e;
    if (!r) {
        e.note = QString::fromStdString(r.reason());
        return e;
    }
    e.value = r->value;
    e.ciLow = r->ciLow;
    e.ciHigh = r->ciHigh;
    e.p = r->pValue;
    return e;
}

} // namespace

QStringList ExportData::reservedMetricNames(const StudyRatings &study)
{
    QStringList names{QStringLiteral("item_id"),        QStringLiteral("dialogue_id"),
                      QStringLiteral("turn"),           QStringLiteral("system"),
                      QStringLiteral("gold"),           QStringLiteral("n_items"),
                      QStringLiteral("metrics_matched")};
    for (const Question &q : study.questions()) {
        names << q.id << q.id + QStringLiteral("_mos") << q.id + QStringLiteral("_n")
              << q.id + QStringLiteral("_majority");
    }
    return names;
}

void ExportData::computeCorrelations()
{
    correlations.clear();
    if (!metrics || !study)
        return;
    for (const QuestionStatistics &qs : questions) {
        const QuestionKind kind = study->questions()[qsizetype(qs.question)].kind;
        if (kind != QuestionKind::Mos && kind != QuestionKind::Slider)
            continue;
        for (std::size_t m = 0; m < metrics->columns().size(); ++m) {
            MetricCorrelation c;
            c.question = qs.question;
            c.metric = m;
            correlations.push_back(std::move(c));
        }
    }
    // Each takes a few milliseconds (three sorts of every item); a study with five metrics
    // and three scored questions has fifteen: the second half on a second thread.
    const auto compute = [this](std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i) {
            MetricCorrelation &c = correlations[i];
            c = correlateItemMos(*study, *statisticsOf(c.question), *metrics, c.metric);
        }
    };
    const std::size_t half = correlations.size() / 2;
    auto upper = std::async(std::launch::async, compute, half, correlations.size());
    compute(0, half);
    upper.get();
}

ItemMetricPairs itemMetricPairs(const StudyRatings &study, const QuestionStatistics &question,
                                const MetricsTable &metrics, std::size_t metric)
{
    ItemMetricPairs pairs;
    for (const ItemStatistics &item : question.items) {
        const double v = metrics.value(item.item, metric);
        if (study.items()[item.item].isGold() || item.n == 0 || std::isnan(item.mos) ||
            std::isnan(v))
            continue;
        pairs.items.push_back(item.item);
        pairs.mos.push_back(item.mos);
        pairs.metric.push_back(v);
    }
    return pairs;
}

MetricCorrelation correlateItemMos(const StudyRatings &study, const QuestionStatistics &question,
                                   const MetricsTable &metrics, std::size_t metric)
{
    const ItemMetricPairs pairs = itemMetricPairs(study, question, metrics, metric);
    MetricCorrelation c;
    c.question = question.question;
    c.metric = metric;
    c.n = pairs.mos.size();
    c.pearson = estimate(ratings::pearson(pairs.mos, pairs.metric));
    c.spearman = estimate(ratings::spearman(pairs.mos, pairs.metric));
    c.kendall = estimate(ratings::kendallTauB(pairs.mos, pairs.metric));
    return c;
}

} // namespace avemo
