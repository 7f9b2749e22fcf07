#include "dashboard/MetricsChartTab.h"

#include "dashboard/ChartSupport.h"
#include "dashboard/DashboardFormat.h"
#include "dashboard/QuestionPicker.h"
#include "export/ExportData.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScatterSeries>
#include <QValueAxis>

namespace avemo {

using dashboard::figure;

MetricsChartTab::MetricsChartTab(QWidget *parent)
    : QWidget(parent)
{
    m_question = new QuestionPicker(this);
    m_metric = new QComboBox(this);
    m_metric->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_file = new QLabel(this);
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *choose = new QPushButton(tr("&Choose Metrics File..."), this);
    m_view = dashboard::makeChartView(this);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *pick = new QHBoxLayout;
    pick->addWidget(new QLabel(tr("Question:"), this));
    pick->addWidget(m_question);
    pick->addSpacing(12);
    pick->addWidget(new QLabel(tr("Metric:"), this));
    pick->addWidget(m_metric);
    pick->addSpacing(12);
    pick->addWidget(m_file, 1);
    pick->addWidget(choose);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pick);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_note);

    connect(choose, &QPushButton::clicked, this, &MetricsChartTab::chooseFile);
    connect(m_question, &QuestionPicker::questionChanged, this, &MetricsChartTab::redraw);
    connect(m_metric, &QComboBox::currentIndexChanged, this, &MetricsChartTab::redraw);
}

void MetricsChartTab::setSnapshot(const std::shared_ptr<const DashboardSnapshot> &snapshot)
{
    const bool newStudy =
        !snapshot || !m_snapshot || m_snapshot->databasePath != snapshot->databasePath;
    m_snapshot = snapshot;
    if (newStudy) {
        m_path.clear();
        m_metrics.reset();
    }
    if (!snapshot) {
        m_metric->clear();
        redraw();
        return;
    }
    QString path = m_path;
    const QString beside =
        QDir(snapshot->study.sourceFolder()).filePath(QStringLiteral("metrics.csv"));
    if (path.isEmpty() && !snapshot->study.sourceFolder().isEmpty() && QFileInfo::exists(beside))
        path = beside;
    if (!path.isEmpty())
        loadMetrics(path); // the join depends on the items: read again for a new snapshot
    m_question->setQuestions(snapshot->study, snapshot->numericQuestions());
    redraw();
}

void MetricsChartTab::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Automatic Metrics"),
        m_path.isEmpty() && m_snapshot ? m_snapshot->study.sourceFolder() : m_path,
        tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        loadMetrics(path);
}

bool MetricsChartTab::loadMetrics(const QString &path)
{
    m_path = path;
    m_metrics.reset();
    const QString previous = m_metric->currentText();
    {
        const QSignalBlocker block(m_metric);
        m_metric->clear();
    }
    if (!m_snapshot)
        return false;
    ProblemList problems;
    m_metrics = MetricsTable::read(path, m_snapshot->study,
                                   ExportData::reservedMetricNames(m_snapshot->study), problems);
    if (!m_metrics) {
        QStringList lines;
        for (const Problem &p : problems)
            lines.append(p.toString());
        m_file->setText(tr("%1: not usable").arg(QFileInfo(path).fileName()));
        m_note->setText(lines.join(u'\n'));
        redraw();
        return false;
    }
    {
        const QSignalBlocker block(m_metric);
        for (const MetricsTable::Column &c : m_metrics->columns())
            m_metric->addItem(c.name);
        m_metric->setCurrentIndex(std::max(0, m_metric->findText(previous)));
    }
    m_file->setText(tr("%1: %n row(s), joined by %2;", nullptr, m_metrics->metricRows())
                        .arg(QFileInfo(path).fileName(), m_metrics->joinedByItemId()
                                                             ? tr("item_id")
                                                             : tr("dialogue, turn and system")) +
                    u' ' + tr("%n item(s) without metrics", nullptr, m_metrics->unmatchedItems()));
    m_file->setToolTip(path);
    redraw();
    return true;
}

void MetricsChartTab::redraw()
{
    auto *chart = new QChart;
    m_pointCount = 0;
    m_pearson = NAN;
    const int question = m_question->question();
    const int metric = m_metric->currentIndex();
    const QuestionStatistics *s =
        m_snapshot && question >= 0 ? m_snapshot->statisticsOf(std::size_t(question)) : nullptr;
    if (!s || !m_metrics || metric < 0) {
        if (!m_metrics && m_snapshot && m_path.isEmpty())
            m_note->setText(tr("Pick the benchmark's metrics.csv to compare the perceptual "
                               "scores with its automatic metrics."));
        dashboard::setChart(m_view, chart);
        return;
    }
    const Question &q = m_snapshot->study.questions()[question];
    // Study data only (gold items are checks, not systems' output), paired exactly as the
    // export's correlations.csv pairs them.
    const ItemMetricPairs pairs =
        itemMetricPairs(m_snapshot->study, *s, *m_metrics, std::size_t(metric));
    const std::vector<double> &xs = pairs.metric;
    const std::vector<double> &ys = pairs.mos;
    auto *points = new QScatterSeries;
    points->setName(tr("items"));
    points->setMarkerSize(9);
    for (std::size_t i = 0; i < xs.size(); ++i)
        points->append(xs[i], ys[i]);
    m_pointCount = int(points->count());
    chart->addSeries(points);
    const QString metricName = m_metric->currentText();
    auto *x = new QValueAxis;
    x->setTitleText(metricName);
    if (!xs.empty()) {
        const auto [lo, hi] = std::minmax_element(xs.begin(), xs.end());
        const double pad = std::max(1e-6, (*hi - *lo) * 0.05);
        x->setRange(*lo - pad, *hi + pad);
    }
    auto *y = new QValueAxis;
    // A little room beyond the scale so points on its ends are not cut in half.
    const double margin = (q.scale.max - q.scale.min) * 0.04;
    y->setRange(q.scale.min - margin, q.scale.max + margin);
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(q.scale.min);
    y->setTickInterval(q.kind == QuestionKind::Mos ? q.scale.step
                                                   : (q.scale.max - q.scale.min) / 4);
    y->setTitleText(tr("Item MOS: %1").arg(q.id));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    points->attachAxis(x);
    points->attachAxis(y);
    chart->legend()->hide();

    const MetricCorrelation c =
        correlateItemMos(m_snapshot->study, *s, *m_metrics, std::size_t(metric));
    m_pearson = c.pearson.value;
    const auto text = [](const MetricCorrelation::Estimate &e, const char *symbol) {
        if (std::isnan(e.value))
            return tr("%1 undefined (%2)").arg(QString::fromUtf8(symbol), e.note);
        return tr("%1 = %2 %3, p = %4")
            .arg(QString::fromUtf8(symbol), figure(e.value, 3),
                 dashboard::interval(e.ciLow, e.ciHigh), figure(e.p, 4));
    };
    chart->setTitle(
        tr("%1 against %2 (%n item(s))", nullptr, int(xs.size())).arg(q.id, metricName));
    m_note->setText(tr("Pearson %1; Spearman %2. CI95 by Fisher z; correlations.csv of an "
                       "export lists every question and metric with Kendall's tau too.")
                        .arg(text(c.pearson, "r"), text(c.spearman, "\u03c1")));
    dashboard::setChart(m_view, chart);
}

} // namespace avemo
