#include "OverviewTab.h"

#include "AgreementModel.h"
#include "DashboardViews.h"
#include "RaterTableModel.h"

#include <QVBoxLayout>

namespace avemo {

OverviewTab::OverviewTab(RaterTableModel *raters, QWidget *parent)
    : QWidget(parent)
{
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_agreement = new AgreementModel(this);
    m_agreementView = dashboard::makeTable(m_agreement, this);
    // Progress only: the screening columns belong to the Raters tab.
    m_progressView = dashboard::makeTable(raters, this);
    for (int c = RaterTableModel::MedianTime; c < RaterTableModel::ColumnCount; ++c)
        m_progressView->setColumnHidden(c, true);
    m_progressView->horizontalHeader()->setSectionResizeMode(RaterTableModel::Progress,
                                                             QHeaderView::Stretch);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addSpacing(6);
    layout->addWidget(dashboard::makeHeading(tr("Agreement per question"), this));
    layout->addWidget(m_agreementView, 3);
    layout->addSpacing(6);
    layout->addWidget(dashboard::makeHeading(tr("Progress per rater"), this));
    layout->addWidget(m_progressView, 2);
}

void OverviewTab::setSnapshot(const std::shared_ptr<const DashboardSnapshot> &snapshot)
{
    m_agreement->setSnapshot(snapshot);
    if (!snapshot) {
        m_summary->clear();
        return;
    }
    const StudyRatings &s = snapshot->study;
    int gold = 0;
    for (const RatedItem &item : s.items())
        gold += item.isGold();
    const int raters = int(s.raters().size());
    const int excluded = raters - snapshot->includedRaters();
    m_summary->setText(
        //: %1 the study's title; %2..%8 counts such as "12 items", "3 raters" (%6 a number)
        tr("<b>%1</b><br>%2 (%3, left out of the statistics) from %4; %5, %6 excluded; %7. "
           "Alpha CIs: percentile bootstrap over items, %8.")
            .arg(s.definition().title.text(QLocale()).toHtmlEscaped(),
                 tr("%n item(s)", nullptr, int(s.items().size())),
                 tr("%n gold check item(s)", nullptr, gold),
                 tr("%n system(s)", nullptr, int(s.systems().size())),
                 tr("%n rater(s)", nullptr, raters), QString::number(excluded),
                 tr("%n response(s)", nullptr, int(s.responses().size())),
                 tr("%n resample(s)", nullptr, int(snapshot->bootstrapResamples))));
}

} // namespace avemo
