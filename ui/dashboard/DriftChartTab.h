#pragma once

#include "export/DashboardSnapshot.h"

#include <QWidget>

class QChartView;
class QLabel;
class QSpinBox;

namespace avemo {

class QuestionPicker;

// Rater drift over the session: for one score question, each rater's ratings in the order
// they were answered (answered_at), as a trailing moving average against the rating's index.
// A line that climbs or sinks is a rater who grew more lenient or harsher.
class DriftChartTab : public QWidget
{
    Q_OBJECT

public:
    explicit DriftChartTab(QWidget *parent = nullptr);

    void setSnapshot(const std::shared_ptr<const DashboardSnapshot> &snapshot);
    QuestionPicker *questionPicker() const { return m_question; }
    QChartView *chartView() const { return m_view; }
    // Points per rater line, in raters' order (tests).
    const QList<int> &pointsPerLine() const { return m_points; }

private:
    void redraw();

    std::shared_ptr<const DashboardSnapshot> m_snapshot;
    QuestionPicker *m_question = nullptr;
    QSpinBox *m_window = nullptr;
    QChartView *m_view = nullptr;
    QLabel *m_note = nullptr;
    QList<int> m_points;
};

} // namespace avemo
