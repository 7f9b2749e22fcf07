#include "dashboard/OverviewTab.h"

#include "dashboard/AgreementModel.h"
#include "dashboard/DashboardViews.h"
#include "dashboard/FlagTableModel.h"
#include "dashboard/RaterTableModel.h"

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

    m_leftOut = new QLabel(this);
    m_leftOut->setWordWrap(true);
    m_leftOut->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_leftOut->hide();
    m_flags = new FlagTableModel(this);
    m_flagView = dashboard::makeTable(m_flags, this);
    // Reasons are the raters' own words, of any length: wrapped, never cut off.
    m_flagView->setWordWrap(true);
    m_flagView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_flagHeading = dashboard::makeHeading(tr("Items flagged by raters"), this);
    m_flagHeading->hide();
    m_flagView->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_leftOut);
    layout->addSpacing(6);
    layout->addWidget(dashboard::makeHeading(tr("Agreement per question"), this));
    layout->addWidget(m_agreementView, 3);
    layout->addSpacing(6);
    layout->addWidget(dashboard::makeHeading(tr("Progress per rater"), this));
    layout->addWidget(m_progressView, 2);
    layout->addSpacing(6);
    layout->addWidget(m_flagHeading);
    layout->addWidget(m_flagView, 2);
}

QString OverviewTab::summaryText() const
{
    return m_summary->text();
}

QString OverviewTab::leftOutText() const
{
    return m_leftOut->isHidden() ? QString() : m_leftOut->text();
}

void OverviewTab::setSnapshot(const std::shared_ptr<const DashboardSnapshot> &snapshot)
{
    m_agreement->setSnapshot(snapshot);
    m_flags->setSnapshot(snapshot);
    const bool flagged = snapshot && !snapshot->study.flags().empty();
    m_flagHeading->setVisible(flagged);
    m_flagView->setVisible(flagged);
    m_leftOut->setVisible(snapshot && snapshot->study.leftOutCount() > 0);
    if (!snapshot) {
        m_summary->clear();
        return;
    }
    if (const StudyRatings &s = snapshot->study; s.leftOutCount() > 0) {
        // Named as the export names them (in English: table, column and reason come from
        // the database and the study), so a line here can be searched for in the export's log.
        QStringList lines;
        for (const LeftOutRow &row : s.leftOut())
            lines.append(row.describe().toHtmlEscaped());
        if (s.leftOutCount() > s.leftOut().size())
            lines.append(tr("and %n more", nullptr, int(s.leftOutCount() - s.leftOut().size())));
        m_leftOut->setText(
            tr("<b>%n stored value(s) left out</b>: the study does not allow them, so they are "
               "in no figure here and in no export.",
               nullptr, int(s.leftOutCount())) +
            QStringLiteral("<br>") + lines.join(QStringLiteral("<br>")));
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
