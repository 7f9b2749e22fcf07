#pragma once

#include "export/DashboardSnapshot.h"
#include "export/MetricsTable.h"

#include <QWidget>

#include <optional>

class QChartView;
class QComboBox;
class QLabel;

namespace avemo {

class QuestionPicker;

// The perceptual score against each automatic metric of the benchmark: a scatter of the
// items' MOS (included raters, gold items left out) against the metric from a metrics.csv,
// joined the way the exports join it (MetricsTable), with Pearson and Spearman correlations.
// The study folder's metrics.csv is loaded when there is one; the coordinator can pick another.
class MetricsChartTab : public QWidget
{
    Q_OBJECT

public:
    explicit MetricsChartTab(QWidget *parent = nullptr);

    void setSnapshot(const std::shared_ptr<const DashboardSnapshot> &snapshot);
    // Reads a metrics file for the current snapshot; false with the problems shown.
    bool loadMetrics(const QString &path);
    QString metricsPath() const { return m_path; }

    QuestionPicker *questionPicker() const { return m_question; }
    QComboBox *metricPicker() const { return m_metric; }
    QChartView *chartView() const { return m_view; }
    int pointCount() const { return m_pointCount; }
    double pearsonR() const { return m_pearson; }

private:
    void chooseFile();
    void redraw();

    std::shared_ptr<const DashboardSnapshot> m_snapshot;
    std::optional<MetricsTable> m_metrics;
    QString m_path;
    QuestionPicker *m_question = nullptr;
    QComboBox *m_metric = nullptr;
    QLabel *m_file = nullptr;
    QChartView *m_view = nullptr;
    QLabel *m_note = nullptr;
    int m_pointCount = 0;
    double m_pearson = NAN;
};

} // namespace avemo
