#include "dashboard/DriftChartTab.h"

#include "dashboard/ChartSupport.h"
#include "dashboard/QuestionPicker.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QSpinBox>
#include <QValueAxis>

#include <algorithm>

namespace avemo {

DriftChartTab::DriftChartTab(QWidget *parent)
    : QWidget(parent)
{
    m_question = new QuestionPicker(this);
    m_window = new QSpinBox(this);
    m_window->setRange(1, 50);
    m_window->setValue(5);
    m_window->setSuffix(tr(" ratings"));
    m_view = dashboard::makeChartView(this);
    m_note = new QLabel(
        tr("Each line: one rater's scores in the order given, as a moving average. Excluded "
           "raters are drawn too, dashed."),
        this);
    m_note->setWordWrap(true);
    auto *pick = new QHBoxLayout;
    pick->addWidget(new QLabel(tr("Question:"), this));
    pick->addWidget(m_question);
    pick->addSpacing(12);
    pick->addWidget(new QLabel(tr("Moving average over:"), this));
    pick->addWidget(m_window);
    pick->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pick);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_note);
    connect(m_question, &QuestionPicker::questionChanged, this, &DriftChartTab::redraw);
    connect(m_window, &QSpinBox::valueChanged, this, &DriftChartTab::redraw);
}

void DriftChartTab::setSnapshot(const std::shared_ptr<const DashboardSnapshot> &snapshot)
{
    m_snapshot = snapshot;
    if (snapshot)
        m_question->setQuestions(snapshot->study, snapshot->numericQuestions());
    else
        redraw();
}

void DriftChartTab::redraw()
{
    auto *chart = new QChart;
    m_points.clear();
    const int question = m_question->question();
    if (!m_snapshot || question < 0) {
        dashboard::setChart(m_view, chart);
        return;
    }
    const StudyRatings &study = m_snapshot->study;
    const Question &q = study.questions()[question];
    // Each rater's responses to this question, in the order they were answered (ISO 8601 UTC
    // strings sort by time); ties keep items.csv order.
    std::vector<std::vector<const RatedResponse *>> byRater(study.raters().size());
    for (const RatedResponse &r : study.responses())
        if (r.question == std::uint32_t(question) && !std::isnan(r.number))
            byRater[r.rater].push_back(&r);
    auto *x = new QValueAxis;
    auto *y = new QValueAxis;
    y->setRange(q.scale.min, q.scale.max);
    y->setLabelFormat(QStringLiteral("%.1f"));
    y->setTitleText(tr("%1, moving average").arg(q.id));
    x->setLabelFormat(QStringLiteral("%d"));
    x->setTitleText(tr("Rating number in the rater's session"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    const int window = m_window->value();
    std::size_t longest = 1;
    for (std::size_t rater = 0; rater < byRater.size(); ++rater) {
        auto &list = byRater[rater];
        std::stable_sort(list.begin(), list.end(), [&](const auto *a, const auto *b) {
            return study.answeredAt(*a) < study.answeredAt(*b);
        });
        auto *line = new QLineSeries;
        line->setName(study.raters()[rater].raterId);
        double sum = 0;
        for (std::size_t k = 0; k < list.size(); ++k) {
            sum += list[k]->number;
            if (k >= std::size_t(window))
                sum -= list[k - std::size_t(window)]->number;
            const auto n = double(std::min(k + 1, std::size_t(window)));
            line->append(double(k + 1), sum / n);
        }
        longest = std::max(longest, list.size());
        m_points.append(int(line->count()));
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
        QPen pen = line->pen();
        pen.setWidthF(2.0);
        if (study.raters()[rater].excluded)
            pen.setStyle(Qt::DashLine);
        line->setPen(pen);
    }
    x->setRange(1, double(longest));
    x->setTickCount(std::min<int>(int(longest), 11));
    chart->setTitle(tr("Rater drift: %1").arg(q.prompt));
    dashboard::setChart(m_view, chart);
}

} // namespace avemo
