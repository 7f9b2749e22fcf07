#include "dashboard/MosChartTab.h"

#include "dashboard/ChartSupport.h"
#include "dashboard/DashboardFormat.h"
#include "dashboard/QuestionPicker.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QValueAxis>

namespace avemo {

MosChartTab::MosChartTab(QWidget *parent)
    : QWidget(parent)
{
    m_question = new QuestionPicker(this);
    m_view = dashboard::makeChartView(this);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    auto *pick = new QHBoxLayout;
    pick->addWidget(new QLabel(tr("Question:"), this));
    pick->addWidget(m_question);
    pick->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pick);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_note);
    connect(m_question, &QuestionPicker::questionChanged, this, &MosChartTab::showQuestion);
}

void MosChartTab::setSnapshot(const std::shared_ptr<const DashboardSnapshot> &snapshot)
{
    m_snapshot = snapshot;
    if (snapshot)
        m_question->setQuestions(snapshot->study, snapshot->numericQuestions());
    else
        showQuestion(-1);
}

void MosChartTab::showQuestion(int question)
{
    auto *chart = new QChart;
    m_bars = m_whiskers = 0;
    const QuestionStatistics *s =
        m_snapshot && question >= 0 ? m_snapshot->statisticsOf(std::size_t(question)) : nullptr;
    if (!s) {
        dashboard::setChart(m_view, chart);
        m_note->clear();
        return;
    }
    const Question &q = m_snapshot->study.questions()[question];
    chart->setTitle(q.prompt);
    auto *set = new QBarSet(tr("MOS"));
    QStringList systems;
    for (const SystemStatistics &system : s->systems) {
        systems.append(system.system);
        *set << (std::isnan(system.mos) ? 0.0 : system.mos);
    }
    auto *bars = new QBarSeries;
    bars->append(set);
    bars->setBarWidth(0.55);
    chart->addSeries(bars);
    m_bars = int(set->count());

    auto *x = new QBarCategoryAxis;
    x->append(systems);
    auto *y = new QValueAxis;
    y->setRange(q.scale.min, q.scale.max);
    y->setTickCount(q.kind == QuestionKind::Mos ? q.scale.pointCount() : 5);
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(tr("MOS with CI95"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);

    // The whiskers: one line per system, drawn as an I (cap, stem, cap) at its category's
    // centre; a category axis places x = i at the i-th category.
    const QColor ink = m_view->palette().color(QPalette::Text);
    for (std::size_t i = 0; i < s->systems.size(); ++i) {
        const SystemStatistics &system = s->systems[i];
        if (std::isnan(system.ciLow) || std::isnan(system.ciHigh))
            continue;
        const double c = double(i), w = 0.08;
        const double low = std::max(system.ciLow, q.scale.min);
        const double high = std::min(system.ciHigh, q.scale.max);
        auto *whisker = new QLineSeries;
        whisker->append(
            {{c - w, low}, {c + w, low}, {c, low}, {c, high}, {c - w, high}, {c + w, high}});
        whisker->setPen(QPen(ink, 2));
        chart->addSeries(whisker);
        whisker->attachAxis(x);
        whisker->attachAxis(y);
        ++m_whiskers;
    }
    chart->legend()->hide();
    dashboard::setChart(m_view, chart);

    QStringList lines;
    for (const SystemStatistics &system : s->systems) {
        //: %1 a system, %4 "N 40 ratings", %5 "5 raters"
        lines.append(tr("%1: MOS %2, CI95 %3, %4 from %5")
                         .arg(system.system, dashboard::figure(system.mos, 2),
                              dashboard::interval(system.ciLow, system.ciHigh),
                              tr("N %n rating(s)", nullptr, int(system.n)),
                              tr("%n rater(s)", nullptr, int(system.raters))));
        if (!std::isnan(system.mixedEstimate))
            //: the estimate of the mixed model (raters and items as random effects)
            lines.append(tr("    mixed model: %1, CI95 %2 (Satterthwaite df %3)")
                             .arg(dashboard::figure(system.mixedEstimate, 2),
                                  dashboard::interval(system.mixedLow, system.mixedHigh),
                                  dashboard::figure(system.mixedDf, 1)));
        else if (!system.mixedNote.isEmpty())
            lines.append(tr("    mixed model: %1").arg(system.mixedNote));
    }
    if (!s->systems.empty() && !std::isnan(s->systems.front().mixedResidualVariance)) {
        const SystemStatistics &first = s->systems.front();
        lines.append(tr("Mixed model score ~ system + (1|rater) + (1|item), REML: variance of "
                        "raters %1, of items %2, residual %3. %4")
                         .arg(dashboard::figure(first.mixedRaterVariance, 3),
                              dashboard::figure(first.mixedItemVariance, 3),
                              dashboard::figure(first.mixedResidualVariance, 3), first.mixedNote));
    }
    m_note->setText(lines.join(u'\n') +
                    tr("\nGold items and excluded raters are left out; bars start at the "
                       "bottom of the scale."));
}

QString MosChartTab::noteText() const
{
    return m_note->text();
}

} // namespace avemo
