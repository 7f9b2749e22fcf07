#pragma once

#include "export/MetricsTable.h"
#include "export/StudyRatings.h"
#include "export/StudyStatistics.h"

#include <optional>
#include <vector>

namespace avemo {

// One perceptual question against one automatic metric, at item level: the item's MOS (over
// the included raters) against the item's metric value, over non-gold items that have both.
struct MetricCorrelation
{
    std::size_t question = 0; // StudyRatings question
    std::size_t metric = 0;   // MetricsTable column
    std::size_t n = 0;
    struct Estimate
    {
        double value = NAN, ciLow = NAN, ciHigh = NAN, p = NAN;
        QString note; // why the estimate is missing
    };
    Estimate pearson, spearman, kendall;
};

// The pairs a MetricCorrelation is computed over: each non-gold item with a MOS and a metric
// value, in item order. The export's correlations.csv and the dashboard's scatter plot both
// use these, so the chart shows exactly the figures the file holds.
struct ItemMetricPairs
{
    std::vector<std::size_t> items; // StudyRatings item indices
    std::vector<double> mos, metric;
};
ItemMetricPairs itemMetricPairs(const StudyRatings &study, const QuestionStatistics &question,
                                const MetricsTable &metrics, std::size_t metric);
// Pearson and Spearman with Fisher-z CIs and Kendall's tau-b over itemMetricPairs().
MetricCorrelation correlateItemMos(const StudyRatings &study, const QuestionStatistics &question,
                                   const MetricsTable &metrics, std::size_t metric);

// Everything an export writes, computed once: the CSV writers, the HTML report (and the
// dashboard, which shows the same figures) read from here.
struct ExportData
{
    const StudyRatings *study = nullptr;
    StatisticsOptions options;
    std::vector<QuestionStatistics> questions; // questions with statistics, in study order
    std::optional<MetricsTable> metrics;
    QString metricsFile;
    std::vector<MetricCorrelation> correlations;

    const QuestionStatistics *statisticsOf(std::size_t question) const
    {
        for (const auto &q : questions)
            if (q.question == question)
                return &q;
        return nullptr;
    }

    // Column names of the exports a metric must not take (it is then prefixed metric_).
    static QStringList reservedMetricNames(const StudyRatings &study);
    // Fills correlations from questions and metrics (mos and slider questions only).
    void computeCorrelations();
};

} // namespace avemo
