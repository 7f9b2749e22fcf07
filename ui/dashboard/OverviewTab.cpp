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
        tr("<b>%1</b><br>%2 items (%3 gold check items, left out of the statistics) from %4 "
           "systems; %5 raters, %6 excluded; %7 responses. Alpha CIs: percentile bootstrap "
           "over items, %8 resamples.")
            .arg(s.definition().title.toHtmlEscaped())
            .arg(s.items().size())
            .arg(gold)
            .arg(s.systems().size())
            .arg(raters)
            .arg(excluded)
            .arg(s.responses().size())
            .arg(snapshot->bootstrapResamples));
}

} // namespace avemo
