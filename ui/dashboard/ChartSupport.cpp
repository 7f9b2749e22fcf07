#include "dashboard/ChartSupport.h"

#include <QApplication>
#include <QLegend>
#include <QPalette>

namespace avemo::dashboard {

QChartView *makeChartView(QWidget *parent)
{
    auto *view = new QChartView(parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(420, 300);
    setChart(view, new QChart);
    return view;
}

void setChart(QChartView *view, QChart *chart)
{
    const QPalette palette = view->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette.brush(QPalette::Base));
    chart->setTitleBrush(palette.brush(QPalette::Text));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(8, 8, 8, 8));
    QChart *old = view->chart();
    view->setChart(chart);
    if (old != chart)
        delete old;
}

} // namespace avemo::dashboard
