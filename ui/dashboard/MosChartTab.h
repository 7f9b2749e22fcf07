#pragma once

#include "export/DashboardSnapshot.h"

#include <QWidget>

class QChartView;
class QLabel;

namespace avemo {

class QuestionPicker;

// MOS per system for one score question, with t-based CI95 error bars (ITU-T P.800.2): one
// bar per system and an I-shaped whisker over it from the lower to the upper bound. Below it, the
// figures in words, with the mixed model's estimates (computed in models/export) next to them.
class MosChartTab : public QWidget
{
    Q_OBJECT

public:
    explicit MosChartTab(QWidget *parent = nullptr);

    void setSnapshot(const std::shared_ptr<const DashboardSnapshot> &snapshot);
    QuestionPicker *questionPicker() const { return m_question; }
    QChartView *chartView() const { return m_view; }
    int barCount() const { return m_bars; }
    int whiskerCount() const { return m_whiskers; }
    QString noteText() const;

private:
    void showQuestion(int question);

    std::shared_ptr<const DashboardSnapshot> m_snapshot;
    QuestionPicker *m_question = nullptr;
    QChartView *m_view = nullptr;
    QLabel *m_note = nullptr;
    int m_bars = 0;
    int m_whiskers = 0;
};

} // namespace avemo
