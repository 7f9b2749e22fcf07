#pragma once

#include "export/ExportData.h"
#include "export/LabelConfusion.h"
#include "export/ReportChart.h"

#include <optional>
#include <vector>

namespace avemo {

// Charts of one question shown together under a heading, with a caption saying what they show.
struct ReportChartGroup
{
    QString heading; // empty: right under the question's tables
    QString caption;
    std::vector<ReportChart> charts;
};

// The dashboard's charts for the report, drawn from the export's own statistics (ExportData),
// so every bar and point is a figure of the report's tables or CSVs:
//   mos, slider:  MOS per system with CI95 (t) whiskers (MosChartTab), from systems.csv's
//                 figures; with metrics, one scatter per metric of item MOS against the
//                 metric, titled with Pearson's r from correlations.csv (MetricsChartTab);
//   categorical:  label confusion heat maps (ConfusionTab): the label given against the
//                 intended emotion (questions about the reply, when items have one) and against
//                 the consensus (each item's single majority label).
class ReportCharts
{
public:
    using Reference = LabelConfusion::Reference;
    using Confusion = LabelConfusion;

    static std::vector<ReportChartGroup> forQuestion(const ExportData &data,
                                                     const QuestionStatistics &question);

    static ReportChart mos(const ExportData &data, const QuestionStatistics &question);
    // The included raters' ratings; empty when no item has a reference label.
    static std::optional<Confusion>
    confusion(const ExportData &data, const QuestionStatistics &question, Reference reference);
    // Empty when the reference has no label for any item.
    static std::optional<ReportChart>
    confusionChart(const ExportData &data, const QuestionStatistics &question, Reference reference);
    static ReportChart metricScatter(const ExportData &data, const QuestionStatistics &question,
                                     const MetricCorrelation &correlation);
};

} // namespace avemo
