#pragma once

#include <QChart>
#include <QChartView>

class QWidget;

namespace avemo::dashboard {

// A chart view in the dashboard's look: antialiased, the theme following the window's
// palette (light or dark), a quiet legend at the bottom.
QChartView *makeChartView(QWidget *parent);
// Replaces the chart of a view (the old one is deleted) and styles the new one.
void setChart(QChartView *view, QChart *chart);

} // namespace avemo::dashboard
