#include "ExportData.h"

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
        for (std::size_t i = begin; i < end; ++i)
            computeCorrelation(correlations[i]);
    };
    const std::size_t half = correlations.size() / 2;
    auto upper = std::async(std::launch::async, compute, half, correlations.size());
    compute(0, half);
    upper.get();
}

void ExportData::computeCorrelation(MetricCorrelation &c) const
{
    const QuestionStatistics &qs = *statisticsOf(c.question);
    std::vector<double> x, y;
    for (const ItemStatistics &item : qs.items) {
        const double v = metrics->value(item.item, c.metric);
        if (study->items()[item.item].isGold() || item.n == 0 || std::isnan(v))
            continue;
        x.push_back(item.mos);
        y.push_back(v);
    }
    c.n = x.size();
    c.pearson = estimate(ratings::pearson(x, y));
    c.spearman = estimate(ratings::spearman(x, y));
    c.kendall = estimate(ratings::kendallTauB(x, y));
}

} // namespace avemo
