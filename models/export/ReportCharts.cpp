#include "export/ReportCharts.h"

#include <algorithm>
#include <cmath>

namespace avemo {

namespace {

const QColor kInk(0x22, 0x22, 0x22);
const QColor kMuted(0x55, 0x55, 0x55);
const QColor kGrid(0xdd, 0xdd, 0xdd);
const QColor kBar(0x4e, 0x79, 0xa7);
const QColor kHeat(0x2e, 0x5c, 0x8a);

// Text widths without fonts (the HTML is written without a QGuiApplication): an average
// sans-serif glyph is about 0.58 em wide, enough to decide between horizontal and vertical
// labels and to reserve margins.
double approxWidth(const QString &text, double size)
{
    return double(text.size()) * size * 0.58;
}

QString elided(const QString &text, double size, double width)
{
    const auto fits = qsizetype(std::max(4.0, width / (size * 0.58)));
    return text.size() <= fits ? text : text.left(fits - 1) + QChar(0x2026);
}

QString fixed(double value, int decimals)
{
    return std::isfinite(value) ? QString::number(value, 'f', decimals) : QStringLiteral("-");
}

// The plot area of a chart and the data range it shows: maps values to chart units.
struct Plot
{
    QRectF area;
    double xMin = 0, xMax = 1, yMin = 0, yMax = 1;

    double x(double v) const { return area.left() + (v - xMin) / (xMax - xMin) * area.width(); }
    double y(double v) const { return area.bottom() - (v - yMin) / (yMax - yMin) * area.height(); }
};

// The frame, and the facts a reader (or a test) needs to read values back from the SVG:
// the plot rectangle and the value range its bottom and top edges stand for.
void frame(ReportChart &chart, const Plot &plot)
{
    chart.add(ReportChart::Rect{plot.area, QColor(), kMuted, QStringLiteral("plot"), {}});
    chart.setAttribute(QStringLiteral("data-plot"), QStringLiteral("%1 %2 %3 %4")
                                                        .arg(plot.area.x())
                                                        .arg(plot.area.y())
                                                        .arg(plot.area.width())
                                                        .arg(plot.area.height()));
    chart.setAttribute(QStringLiteral("data-y-range"),
                       QStringLiteral("%1 %2").arg(plot.yMin).arg(plot.yMax));
}

// About five round steps (1, 2 or 5 times a power of ten) between low and high.
std::vector<double> niceTicks(double low, double high)
{
    std::vector<double> ticks;
    const double range = high - low;
    if (!(range > 0) || !std::isfinite(range))
        return ticks;
    const double raw = range / 5;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    const double step = raw / power < 1.5 ? power : raw / power < 3.5 ? 2 * power : 5 * power;
    for (double t = std::ceil(low / step) * step; t <= high + step * 1e-9; t += step)
        ticks.push_back(std::abs(t) < step * 1e-9 ? 0.0 : t);
    return ticks;
}

int decimalsFor(const std::vector<double> &ticks)
{
    for (int d = 0; d < 4; ++d) {
        const double f = std::pow(10.0, d);
        if (std::all_of(ticks.begin(), ticks.end(),
                        [f](double t) { return std::abs(t * f - std::round(t * f)) < 1e-6; }))
            return d;
    }
    return 4;
}

void yTicks(ReportChart &chart, const Plot &plot, const std::vector<double> &ticks)
{
    const int decimals = decimalsFor(ticks);
    for (const double t : ticks) {
        const double y = plot.y(t);
        chart.add(ReportChart::Line{{plot.area.left(), y},
                                    {plot.area.right(), y},
                                    kGrid,
                                    1,
                                    false,
                                    QStringLiteral("grid")});
        chart.add(ReportChart::Text{{plot.area.left() - 5, y + 4},
                                    fixed(t, decimals),
                                    ReportChart::Anchor::End,
                                    10,
                                    false,
                                    false,
                                    kInk});
    }
}

void xTicks(ReportChart &chart, const Plot &plot, const std::vector<double> &ticks)
{
    const int decimals = decimalsFor(ticks);
    for (const double t : ticks) {
        const double x = plot.x(t);
        chart.add(ReportChart::Line{{x, plot.area.top()},
                                    {x, plot.area.bottom()},
                                    kGrid,
                                    1,
                                    false,
                                    QStringLiteral("grid")});
        chart.add(ReportChart::Text{{x, plot.area.bottom() + 14},
                                    fixed(t, decimals),
                                    ReportChart::Anchor::Middle,
                                    10,
                                    false,
                                    false,
                                    kInk});
    }
}

void title(ReportChart &chart, const QString &text, double y = 18)
{
    chart.add(ReportChart::Text{{8, y},
                                elided(text, 12, chart.width() - 16),
                                ReportChart::Anchor::Start,
                                12,
                                true,
                                false,
                                kInk});
}

void verticalTitle(ReportChart &chart, const Plot &plot, const QString &text, double x = 14)
{
    chart.add(ReportChart::Text{{x, plot.area.center().y()},
                                elided(text, 10, plot.area.height()),
                                ReportChart::Anchor::Middle,
                                10,
                                false,
                                true,
                                kMuted});
}

// The value axis of a question's scores: every scale point of a MOS scale (up to 11), else
// round steps.
std::vector<double> scoreTicks(const Question &q)
{
    if (q.kind == QuestionKind::Mos && q.scale.pointCount() <= 11) {
        std::vector<double> ticks;
        for (int i = 0; i < q.scale.pointCount(); ++i)
            ticks.push_back(q.scale.point(i));
        return ticks;
    }
    return niceTicks(q.scale.min, q.scale.max);
}

QString chartId(const Question &q, const QString &what)
{
    return QStringLiteral("chart-%1-%2").arg(q.id, what);
}

} // namespace

ReportChart ReportCharts::mos(const ExportData &data, const QuestionStatistics &qs)
{
    const Question &q = data.study->questions()[qsizetype(qs.question)];
    const std::vector<SystemStatistics> &systems = qs.systems;
    constexpr double width = 640, left = 56, right = 16, top = 34, plotHeight = 210;
    const double band = (width - left - right) / double(std::max<std::size_t>(1, systems.size()));
    double longest = 0;
    for (const SystemStatistics &s : systems)
        longest = std::max(longest, approxWidth(s.system, 11));
    // Labels turn vertical when they do not fit their bar's band.
    const bool vertical = longest > band - 6;
    const double bottom = vertical ? std::min(longest, 160.0) + 20 : 30;
    ReportChart chart(chartId(q, QStringLiteral("mos")), width, top + plotHeight + bottom);
    const Plot plot{QRectF(left, top, width - left - right, plotHeight), 0, double(systems.size()),
                    q.scale.min, q.scale.max};
    title(chart, QStringLiteral("%1: MOS per system with CI95").arg(q.id));
    yTicks(chart, plot, scoreTicks(q));
    verticalTitle(chart, plot, QStringLiteral("MOS, CI95 (t)"));

    for (std::size_t i = 0; i < systems.size(); ++i) {
        const SystemStatistics &s = systems[i];
        const double centre = plot.x(double(i) + 0.5);
        const double barWidth = std::min(band * 0.55, 90.0);
        if (vertical)
            chart.add(ReportChart::Text{{centre + 4, plot.area.bottom() + 8},
                                        elided(s.system, 11, 160),
                                        ReportChart::Anchor::End,
                                        11,
                                        false,
                                        true,
                                        kInk});
        else
            chart.add(ReportChart::Text{{centre, plot.area.bottom() + 16},
                                        s.system,
                                        ReportChart::Anchor::Middle,
                                        11,
                                        false,
                                        false,
                                        kInk});
        if (!std::isfinite(s.mos))
            continue;
        // Bars start at the bottom of the scale, as on the dashboard.
        const double value = std::clamp(s.mos, q.scale.min, q.scale.max);
        const double barTop = plot.y(value);
        chart.add(ReportChart::Rect{
            QRectF(centre - barWidth / 2, barTop, barWidth, plot.area.bottom() - barTop), kBar,
            QColor(), QStringLiteral("bar"),
            QStringLiteral("%1: MOS %2, CI95 [%3, %4], %5 ratings from %6 raters")
                .arg(s.system, fixed(s.mos, 3), fixed(s.ciLow, 3), fixed(s.ciHigh, 3))
                .arg(s.n)
                .arg(s.raters)});
        // The figure inside the bar's foot, where no whisker can cover it.
        const bool inside = plot.area.bottom() - barTop > 18;
        chart.add(ReportChart::Text{{centre, inside ? plot.area.bottom() - 6 : barTop - 4},
                                    fixed(s.mos, 2),
                                    ReportChart::Anchor::Middle,
                                    10,
                                    true,
                                    false,
                                    inside ? QColor(Qt::white) : kInk});
        if (!std::isfinite(s.ciLow) || !std::isfinite(s.ciHigh))
            continue;
        const double low = plot.y(std::max(s.ciLow, q.scale.min));
        const double high = plot.y(std::min(s.ciHigh, q.scale.max));
        const double cap = std::min(barWidth * 0.3, 12.0);
        chart.add(ReportChart::Line{
            {centre, low}, {centre, high}, kInk, 1.5, false, QStringLiteral("whisker")});
        for (const double y : {low, high})
            chart.add(ReportChart::Line{{centre - cap, y},
                                        {centre + cap, y},
                                        kInk,
                                        1.5,
                                        false,
                                        QStringLiteral("whisker-cap")});
    }
    frame(chart, plot);
    return chart;
}

std::optional<ReportCharts::Confusion>
ReportCharts::confusion(const ExportData &data, const QuestionStatistics &qs, Reference reference)
{
    if (qs.items.size() != data.study->items().size())
        return std::nullopt;
    Confusion c = LabelConfusion::compute(*data.study, qs, reference);
    if (c.size == 0 || !c.anyReference)
        return std::nullopt;
    return c;
}

std::optional<ReportChart> ReportCharts::confusionChart(const ExportData &data,
                                                        const QuestionStatistics &qs,
                                                        Reference reference)
{
    const auto matrix = confusion(data, qs, reference);
    if (!matrix)
        return std::nullopt;
    const Question &q = data.study->questions()[qsizetype(qs.question)];
    const LabelSet &set = *data.study->labelSet(qs.question);
    const bool intended = reference == Reference::IntendedEmotion;
    const int k = matrix->size;
    constexpr double cell = 52, top = 70;
    double labelWidth = 0;
    for (const Category &c : set.categories)
        labelWidth = std::max(labelWidth, approxWidth(c.id, 10));
    const double left = 30 + std::max(labelWidth, 30.0) + 8;
    const double width = std::max(left + k * cell + 16, 320.0);
    ReportChart chart(chartId(q, intended ? QStringLiteral("confusion-intended")
                                          : QStringLiteral("confusion-consensus")),
                      width, top + k * cell + 30);
    title(chart, intended ? QStringLiteral("%1 vs intended emotion").arg(q.id)
                          : QStringLiteral("%1 vs consensus").arg(q.id));
    const QRectF grid(left, top, k * cell, k * cell);
    chart.add(ReportChart::Text{{grid.center().x(), top - 24},
                                intended ? QStringLiteral("intended emotion of the item")
                                         : QStringLiteral("consensus (single majority label)"),
                                ReportChart::Anchor::Middle,
                                10,
                                false,
                                false,
                                kMuted});
    chart.add(ReportChart::Text{{14, grid.center().y()},
                                QStringLiteral("label given"),
                                ReportChart::Anchor::Middle,
                                10,
                                false,
                                true,
                                kMuted});
    for (int i = 0; i < k; ++i) {
        const QString &id = set.categories[i].id;
        chart.add(ReportChart::Text{{left + (i + 0.5) * cell, top - 8},
                                    elided(id, 10, cell),
                                    ReportChart::Anchor::Middle,
                                    10,
                                    false,
                                    false,
                                    kInk});
        chart.add(ReportChart::Text{{left - 6, top + (i + 0.5) * cell + 4},
                                    id,
                                    ReportChart::Anchor::End,
                                    10,
                                    false,
                                    false,
                                    kInk});
    }
    for (int row = 0; row < k; ++row) {
        int rowTotal = 0;
        for (int column = 0; column < k; ++column)
            rowTotal += matrix->count(row, column);
        for (int column = 0; column < k; ++column) {
            const int n = matrix->count(row, column);
            const double share = rowTotal > 0 ? double(n) / rowTotal : 0.0;
            // Colour deepens with the share of the row, as on the dashboard.
            QColor fill = kHeat;
            fill.setAlphaF(float(n > 0 ? 0.08 + 0.85 * share : 0.0));
            const QRectF box(left + column * cell, top + row * cell, cell, cell);
            chart.add(ReportChart::Rect{
                box, n > 0 ? fill : QColor(Qt::white), kGrid, QStringLiteral("cell"),
                QStringLiteral("given %1, %2 %3: %4 of %5 (%6%)")
                    .arg(set.categories[row].id,
                         intended ? QStringLiteral("intended") : QStringLiteral("consensus"),
                         set.categories[column].id)
                    .arg(n)
                    .arg(rowTotal)
                    .arg(qRound(100 * share))});
            chart.add(ReportChart::Text{{box.center().x(), box.center().y() + 4},
                                        QString::number(n),
                                        ReportChart::Anchor::Middle,
                                        11,
                                        share > 0.5,
                                        false,
                                        share > 0.5 ? QColor(Qt::white) : kInk});
        }
    }
    chart.add(ReportChart::Text{{8, grid.bottom() + 20},
                                QStringLiteral("%1 ratings; %2 left out (no reference label)")
                                    .arg(matrix->total)
                                    .arg(matrix->leftOut),
                                ReportChart::Anchor::Start,
                                10,
                                false,
                                false,
                                kMuted});
    chart.setAttribute(QStringLiteral("data-total"), QString::number(matrix->total));
    return chart;
}

ReportChart ReportCharts::metricScatter(const ExportData &data, const QuestionStatistics &qs,
                                        const MetricCorrelation &c)
{
    const StudyRatings &study = *data.study;
    const Question &q = study.questions()[qsizetype(qs.question)];
    const QString metric = data.metrics->columns()[c.metric].name;
    // The points ExportData::computeCorrelations() correlates: non-gold items with ratings
    // and a value of the metric.
    std::vector<std::pair<double, double>> points;
    std::vector<std::uint32_t> items;
    for (const ItemStatistics &item : qs.items) {
        const double v = data.metrics->value(item.item, c.metric);
        if (study.items()[item.item].isGold() || item.n == 0 || std::isnan(v))
            continue;
        points.emplace_back(v, item.mos);
        items.push_back(item.item);
    }
    constexpr double width = 310, height = 236;
    ReportChart chart(chartId(q, QStringLiteral("metric-") + metric), width, height);
    double lo = 0, hi = 1;
    if (!points.empty()) {
        const auto [min, max] = std::minmax_element(
            points.begin(), points.end(), [](auto a, auto b) { return a.first < b.first; });
        const double pad = std::max(1e-6, (max->first - min->first) * 0.05);
        lo = min->first - pad;
        hi = max->first + pad;
    }
    // A little room beyond the scale so points on its ends are not cut in half.
    const double margin = (q.scale.max - q.scale.min) * 0.04;
    const Plot plot{QRectF(46, 40, width - 46 - 12, height - 40 - 38), lo, hi, q.scale.min - margin,
                    q.scale.max + margin};
    // Tens of thousands of points make a solid blot and a report of tens of megabytes (20,000
    // items x 15 scatters: 43 MB, 1.3 s). Beyond kMaxScatterPoints, every k-th item is drawn:
    // items.csv order spreads the sample over dialogues and systems, and r above uses them all.
    constexpr std::size_t kMaxScatterPoints = 1500;
    const std::size_t stride = (points.size() + kMaxScatterPoints - 1) / kMaxScatterPoints;
    const QString drawn = stride > 1 ? QStringLiteral(", 1 in %1 drawn").arg(stride) : QString();
    title(chart, QStringLiteral("%1 vs %2").arg(q.id, metric), 16);
    chart.add(ReportChart::Text{
        {8, 31},
        std::isfinite(c.pearson.value)
            ? QStringLiteral("Pearson r = %1 [%2, %3], n = %4")
                      .arg(fixed(c.pearson.value, 3), fixed(c.pearson.ciLow, 2),
                           fixed(c.pearson.ciHigh, 2))
                      .arg(c.n) +
                  drawn
            : elided(QStringLiteral("r undefined (%1), n = %2").arg(c.pearson.note).arg(c.n) +
                         drawn,
                     10, width - 16),
        ReportChart::Anchor::Start,
        10,
        false,
        false,
        kMuted});
    yTicks(chart, plot, scoreTicks(q));
    xTicks(chart, plot, niceTicks(lo, hi));
    verticalTitle(chart, plot, QStringLiteral("item MOS"), 12);
    chart.add(ReportChart::Text{{plot.area.center().x(), height - 6},
                                elided(metric, 10, width),
                                ReportChart::Anchor::Middle,
                                10,
                                false,
                                false,
                                kMuted});
    QColor fill = kBar;
    fill.setAlphaF(0.7f);
    chart.setAttribute(QStringLiteral("data-drawn-every"),
                       QString::number(std::max<std::size_t>(stride, 1)));
    for (std::size_t i = 0; i < points.size(); i += std::max<std::size_t>(stride, 1))
        chart.add(ReportChart::Circle{{plot.x(points[i].first), plot.y(points[i].second)},
                                      3.5,
                                      fill,
                                      QStringLiteral("point"),
                                      QStringLiteral("%1: %2 = %3, MOS %4")
                                          .arg(study.items()[items[i]].itemId, metric,
                                               QString::number(points[i].first),
                                               fixed(points[i].second, 3))});
    frame(chart, plot);
    return chart;
}

std::vector<ReportChartGroup> ReportCharts::forQuestion(const ExportData &data,
                                                        const QuestionStatistics &qs)
{
    const Question &q = data.study->questions()[qsizetype(qs.question)];
    std::vector<ReportChartGroup> groups;
    if (q.kind == QuestionKind::Categorical) {
        ReportChartGroup confusions;
        confusions.caption = QStringLiteral(
            "Rows: the label a rater gave; columns: the reference; colour: share of the row. "
            "Included raters, every item (gold items too).");
        // The intended emotion belongs to the reply: only questions about it compare with it.
        if (q.target == QuestionTarget::Reply)
            if (auto chart = confusionChart(data, qs, Reference::IntendedEmotion))
                confusions.charts.push_back(std::move(*chart));
        if (auto chart = confusionChart(data, qs, Reference::Consensus))
            confusions.charts.push_back(std::move(*chart));
        if (!confusions.charts.empty())
            groups.push_back(std::move(confusions));
        return groups;
    }
    ReportChartGroup mosGroup;
    mosGroup.caption = QStringLiteral(
        "Bars: the MOS of the table above, from the bottom of the scale; whiskers: its CI95 "
        "(t). Gold items and excluded raters are left out.");
    mosGroup.charts.push_back(mos(data, qs));
    groups.push_back(std::move(mosGroup));
    if (data.metrics) {
        ReportChartGroup scatter;
        scatter.heading = QStringLiteral("Against the automatic metrics");
        scatter.caption = QStringLiteral(
            "One point per non-gold item: its MOS against the metric. r and its CI95 (Fisher "
            "z) are those of the correlations table.");
        for (const MetricCorrelation &c : data.correlations)
            if (c.question == qs.question)
                scatter.charts.push_back(metricScatter(data, qs, c));
        if (!scatter.charts.empty())
            groups.push_back(std::move(scatter));
    }
    return groups;
}

} // namespace avemo
