#include "export/ReportHtml.h"

#include "export/ReportCharts.h"
#include "export/ReportTable.h"

#include <QDateTime>

#include <algorithm>

namespace avemo {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Three decimals for people; the CSVs carry full precision.
QString fixed(double value, int decimals = 3)
{
    return std::isfinite(value) ? QString::number(value, 'f', decimals) : QStringLiteral("&ndash;");
}

// A gold row may name no system: it is shown as what it is.
QString systemText(const RatedItem &item)
{
    return item.isGold() && item.system.isEmpty() ? QStringLiteral("(gold)") : esc(item.system);
}

QString interval(double low, double high)
{
    if (!std::isfinite(low) || !std::isfinite(high))
        return QStringLiteral("&ndash;");
    return QStringLiteral("[%1, %2]").arg(fixed(low), fixed(high));
}

// What the mixed model columns are, with the question's variance components (docs/statistics.md).
QString mixedModelNote(const QuestionStatistics &qs)
{
    if (qs.systems.empty())
        return {};
    const SystemStatistics &s = qs.systems.front();
    QString note = QStringLiteral("<p class=\"note\">Mixed model: score ~ system + (1|rater) + "
                                  "(1|item), REML; items are the rated replies. ");
    if (std::isfinite(s.mixedResidualVariance))
        note += QStringLiteral("Variance of raters %1, of items %2, residual %3. ")
                    .arg(fixed(s.mixedRaterVariance), fixed(s.mixedItemVariance),
                         fixed(s.mixedResidualVariance));
    return note + esc(s.mixedNote) + QStringLiteral("</p>\n");
}

QString summarySection(const ExportData &data, const ReportOptions &options)
{
    const StudyRatings &study = *data.study;
    int excluded = 0, gold = 0;
    for (const RatedRater &r : study.raters())
        excluded += r.excluded;
    for (const RatedItem &i : study.items())
        gold += i.isGold();
    QString html = QStringLiteral("<h1>%1</h1>\n").arg(esc(study.definition().title));
    html += QStringLiteral("<p>Study <b>%1</b>: %2 items (%3 gold), %4 systems, %5 raters (%6 "
                           "excluded), %7 responses. Exported %8.</p>\n")
                .arg(esc(study.studyId()))
                .arg(study.items().size())
                .arg(gold)
                .arg(study.systems().size())
                .arg(study.raters().size())
                .arg(excluded)
                .arg(study.responses().size())
                .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    html += QStringLiteral(
                "<p>Gold items and excluded raters are left out of the system, agreement and "
                "correlation figures. CI95: Student t over ratings (ITU-T P.800.2); bootstrap: "
                "%1 resamples over raters and items, seed %2.</p>\n")
                .arg(data.options.bootstrapResamples)
                .arg(data.options.seed);
    if (!study.flags().empty() || study.leftOutCount() > 0)
        html += QStringLiteral("<p>%1 item(s) flagged by raters; %2 stored row(s) left out as "
                               "values the study does not allow. Both are listed at the "
                               "end.</p>\n")
                    .arg(study.flags().size())
                    .arg(study.leftOutCount());
    if (excluded > 0) {
        ReportTable t({QStringLiteral("excluded rater"), QStringLiteral("reason")},
                      options.tableMetrics);
        for (const RatedRater &r : study.raters())
            if (r.excluded)
                t.row({esc(r.raterId), esc(r.exclusionReason)});
        html += t.html();
    }
    return html;
}

QString agreementSection(const ExportData &data, const ReportOptions &options)
{
    ReportTable t({QStringLiteral("question"), QStringLiteral("level"), QStringLiteral("items"),
                   QStringLiteral("raters"), QStringLiteral("alpha"), QStringLiteral("alpha CI95"),
                   QStringLiteral("Fleiss kappa"), QStringLiteral("mean Cohen kappa"),
                   QStringLiteral("notes")},
                  options.tableMetrics);
    // Notes are long and repeat from question to question: numbered once below the table, so
    // the table stays narrow enough to read (and to print).
    QStringList distinct;
    for (const QuestionStatistics &qs : data.questions) {
        const AgreementStatistics &a = qs.agreement;
        QStringList marks;
        for (const QString &n : {a.alphaNote, a.fleissNote, a.cohenNote}) {
            if (n.isEmpty())
                continue;
            if (!distinct.contains(n))
                distinct.append(n);
            marks.append(QString::number(distinct.indexOf(n) + 1));
        }
        t.row({esc(data.study->questions()[qsizetype(qs.question)].id), esc(a.level),
               QString::number(a.items), QString::number(a.raters), fixed(a.alpha),
               interval(a.alphaLow, a.alphaHigh), fixed(a.fleiss),
               fixed(a.cohenMean) + QStringLiteral(" (%1)").arg(esc(a.cohenWeights)),
               marks.join(QStringLiteral(", "))});
    }
    QString notes;
    for (qsizetype i = 0; i < distinct.size(); ++i)
        notes +=
            QStringLiteral("<p class=\"caption\">%1. %2</p>\n").arg(i + 1).arg(esc(distinct[i]));
    return QStringLiteral("<h2>Agreement</h2>\n") + t.html() + notes;
}

QString chartsSection(const ExportData &data, const QuestionStatistics &qs,
                      const ReportOptions &options)
{
    QString html;
    for (const ReportChartGroup &group : ReportCharts::forQuestion(data, qs)) {
        if (!group.heading.isEmpty())
            html += QStringLiteral("<h3>%1</h3>\n").arg(esc(group.heading));
        const auto chartHtml = [&](const ReportChart &chart) {
            return options.chartHtml ? options.chartHtml(chart) : chart.toSvg();
        };
        const bool narrow = std::all_of(group.charts.begin(), group.charts.end(),
                                        [](const ReportChart &c) { return c.width() <= 400; });
        if (options.chartsPerRow > 0 && narrow && group.charts.size() > 1) {
            html += QStringLiteral("<table class=\"charts\" border=\"0\" cellspacing=\"0\" "
                                   "cellpadding=\"4\">\n");
            for (std::size_t i = 0; i < group.charts.size(); ++i) {
                if (i % std::size_t(options.chartsPerRow) == 0)
                    html += i == 0 ? QStringLiteral("<tr>") : QStringLiteral("</tr>\n<tr>");
                html +=
                    QStringLiteral("<td class=\"chart\">%1</td>").arg(chartHtml(group.charts[i]));
            }
            html += QStringLiteral("</tr>\n</table>\n");
        } else {
            // One paragraph: charts flow side by side where the page is wide enough.
            html += QStringLiteral("<p class=\"charts\">\n");
            for (const ReportChart &chart : group.charts)
                html += chartHtml(chart) + QStringLiteral("\n");
            html += QStringLiteral("</p>\n");
        }
        html += QStringLiteral("<p class=\"caption\">%1</p>\n").arg(esc(group.caption));
    }
    return html;
}

QString questionSection(const ExportData &data, const QuestionStatistics &qs,
                        const ReportOptions &options)
{
    const StudyRatings &study = *data.study;
    const Question &q = study.questions()[qsizetype(qs.question)];
    const LabelSet *set = study.labelSet(qs.question);
    QString html =
        QStringLiteral("<h2 class=\"question\">%1</h2>\n<p class=\"prompt\">%2 (%3)</p>\n")
            .arg(esc(q.id), esc(q.prompt), esc(toString(q.kind)));
    QStringList headers{QStringLiteral("system"), QStringLiteral("ratings"),
                        QStringLiteral("items"), QStringLiteral("raters")};
    if (set) {
        for (const Category &c : set->categories)
            headers << c.label;
    } else {
        headers << QStringLiteral("MOS") << QStringLiteral("SD") << QStringLiteral("CI95 (t)")
                << QStringLiteral("CI95 (bootstrap)") << QStringLiteral("mixed model")
                << QStringLiteral("CI95 (mixed, Satterthwaite)");
    }
    ReportTable systems(headers, options.tableMetrics);
    for (const SystemStatistics &s : qs.systems) {
        QStringList cells{esc(s.system), QString::number(s.n), QString::number(s.items),
                          QString::number(s.raters)};
        if (set) {
            for (const double share : s.shares)
                cells << (std::isfinite(share) ? fixed(100 * share, 1) + QStringLiteral("%")
                                               : QStringLiteral("&ndash;"));
        } else {
            cells << fixed(s.mos) << fixed(s.sd) << interval(s.ciLow, s.ciHigh)
                  << interval(s.bootLow, s.bootHigh) << fixed(s.mixedEstimate)
                  << interval(s.mixedLow, s.mixedHigh);
        }
        systems.row(cells);
    }
    html += systems.html();
    if (!set)
        html += mixedModelNote(qs);
    if (options.charts)
        html += chartsSection(data, qs, options);
    if (options.questionExtras)
        html += options.questionExtras(qs.question);

    // The items to look at first: most disagreement, non-gold and gold alike.
    std::vector<const ItemStatistics *> items;
    for (const ItemStatistics &s : qs.items)
        if (s.n > 1)
            items.push_back(&s);
    std::stable_sort(items.begin(), items.end(), [](const auto *a, const auto *b) {
        return a->disagreement > b->disagreement;
    });
    if (items.size() > options.mostDisagreedItems)
        items.resize(options.mostDisagreedItems);
    if (!items.empty()) {
        html += QStringLiteral("<h3>Most disagreement</h3>\n");
        ReportTable t({QStringLiteral("item"), QStringLiteral("system"), QStringLiteral("ratings"),
                       QStringLiteral("majority"), QStringLiteral("agreement"),
                       set ? QStringLiteral("entropy (bits)") : QStringLiteral("range")},
                      options.tableMetrics);
        for (const ItemStatistics *s : items)
            t.row({esc(study.items()[s->item].itemId), systemText(study.items()[s->item]),
                   QString::number(s->n), esc(s->majority.join(QLatin1Char('|'))),
                   fixed(s->agreement), fixed(s->disagreement)});
        html += t.html();
    }
    return html;
}

QString metricsSection(const ExportData &data, const ReportOptions &options)
{
    if (!data.metrics)
        return {};
    const MetricsTable &m = *data.metrics;
    QString html = QStringLiteral("<h2>Automatic metrics</h2>\n<p>%1: %2 rows, joined by %3; "
                                  "%4 rows without a study item, %5 items without metrics.</p>\n")
                       .arg(esc(data.metricsFile))
                       .arg(m.metricRows())
                       .arg(m.joinedByItemId() ? QStringLiteral("item_id")
                                               : QStringLiteral("dialogue_id, turn, system"))
                       .arg(m.unmatchedMetricRows())
                       .arg(m.unmatchedItems());
    ReportTable t({QStringLiteral("question"), QStringLiteral("metric"), QStringLiteral("n"),
                   QStringLiteral("Pearson r"), QStringLiteral("CI95"), QStringLiteral("p"),
                   QStringLiteral("Spearman rho"), QStringLiteral("p"),
                   QStringLiteral("Kendall tau-b"), QStringLiteral("p")},
                  options.tableMetrics);
    for (const MetricCorrelation &c : data.correlations)
        t.row({esc(data.study->questions()[qsizetype(c.question)].id),
               esc(m.columns()[c.metric].name), QString::number(c.n), fixed(c.pearson.value),
               interval(c.pearson.ciLow, c.pearson.ciHigh), fixed(c.pearson.p, 4),
               fixed(c.spearman.value), fixed(c.spearman.p, 4), fixed(c.kendall.value),
               fixed(c.kendall.p, 4)});
    return html + t.html();
}

// What raters flagged (Ctrl+K: broken media, ...), so a reader knows which items some raters
// could not answer; flags.csv has every one.
QString flagsSection(const ExportData &data, const ReportOptions &options)
{
    const StudyRatings &study = *data.study;
    if (study.flags().empty())
        return {};
    QString html = QStringLiteral("<h2>Flagged items</h2>\n<p>%1 flag(s) by raters, who skipped "
                                  "these items with the reason given.</p>\n")
                       .arg(study.flags().size());
    ReportTable t({QStringLiteral("item"), QStringLiteral("system"), QStringLiteral("rater"),
                   QStringLiteral("reason"), QStringLiteral("flagged at")},
                  options.tableMetrics);
    for (std::size_t i = 0; i < study.flags().size() && i < options.listedRows; ++i) {
        const RatedFlag &f = study.flags()[i];
        const RatedItem &item = study.items()[f.item];
        const RatedRater &rater = study.raters()[f.rater];
        t.row({esc(item.itemId), systemText(item),
               esc(rater.raterId) + (rater.excluded ? QStringLiteral(" (excluded)") : QString()),
               esc(f.reason), esc(f.flaggedAt)});
    }
    html += t.html();
    if (study.flags().size() > options.listedRows)
        html += QStringLiteral("<p class=\"caption\">and %1 more in flags.csv</p>\n")
                    .arg(study.flags().size() - options.listedRows);
    return html;
}

// Stored rows the figures do not include because the study does not allow their values.
QString leftOutSection(const ExportData &data, const ReportOptions &options)
{
    const StudyRatings &study = *data.study;
    if (study.leftOutCount() == 0)
        return {};
    QString html =
        QStringLiteral("<h2>Stored values left out</h2>\n<p>%1 row(s) of the study database "
                       "hold a value the study does not allow; they are in no file of this "
                       "export and in no figure.</p>\n")
            .arg(study.leftOutCount());
    ReportTable t({QStringLiteral("table"), QStringLiteral("row"), QStringLiteral("rater"),
                   QStringLiteral("item"), QStringLiteral("question"), QStringLiteral("column"),
                   QStringLiteral("stored"), QStringLiteral("why")},
                  options.tableMetrics);
    for (const LeftOutRow &r : study.leftOut())
        t.row({esc(r.table), r.row >= 0 ? QString::number(r.row) : QStringLiteral("&ndash;"),
               esc(r.raterId), esc(r.itemId), esc(r.questionId), esc(r.field), esc(r.value),
               esc(r.reason)});
    html += t.html();
    if (study.leftOutCount() > study.leftOut().size())
        html += QStringLiteral("<p class=\"caption\">and %1 more</p>\n")
                    .arg(study.leftOutCount() - study.leftOut().size());
    return html;
}

} // namespace

QString ReportHtml::build(const ExportData &data, const ReportOptions &options)
{
    QString html =
        QStringLiteral(
            "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n<title>%1</title>\n<style>\n"
            "body { font-family: sans-serif; font-size: 10pt; margin: 2em; }\n"
            "table { border-collapse: collapse; margin: 0.5em 0 1.5em 0; }\n"
            "th, td { border: 1px solid #999;%2 text-align: right; }\n"
            "th { background: #eee; }\n"
            "td:first-child, th:first-child { text-align: left; }\n"
            ".prompt { color: #444; font-style: italic; }\n"
            "h2.question { page-break-before: always; }\n"
            "p.charts { margin: 0.5em 0 0 0; }\n"
            "svg.chart { margin: 0 8px 8px 0; vertical-align: top; }\n"
            "table.charts, td.chart { border: none; margin: 0; }\n"
            ".caption { color: #444; font-size: 9pt; margin: 0 0 1.5em 0; }\n"
            "</style></head><body>\n")
            .arg(esc(data.study->definition().title),
                 // Print: the tables' cellpadding instead (see ReportTable).
                 options.tableMetrics.active() ? QString() : QStringLiteral(" padding: 3px 6px;"));
    html += summarySection(data, options);
    html += agreementSection(data, options);
    for (const QuestionStatistics &qs : data.questions)
        html += questionSection(data, qs, options);
    html += metricsSection(data, options);
    html += flagsSection(data, options);
    html += leftOutSection(data, options);
    html += QStringLiteral("</body></html>\n");
    return html;
}

} // namespace avemo
