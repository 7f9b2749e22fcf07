#pragma once

#include "export/DashboardSnapshot.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace avemo {

class AgreementModel;
class FlagTableModel;
class RaterTableModel;

// Agreement per question with CIs, the number of items and raters, progress per rater, the
// items raters flagged, and the stored values the figures leave out (a value the study does
// not allow).
class OverviewTab : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewTab(RaterTableModel *raters, QWidget *parent = nullptr);

    void setSnapshot(const std::shared_ptr<const DashboardSnapshot> &snapshot);
    AgreementModel *agreementModel() const { return m_agreement; }
    FlagTableModel *flagModel() const { return m_flags; }
    QTableView *flagView() const { return m_flagView; }
    QString summaryText() const;
    // What the dashboard says about stored values it left out; empty when there are none.
    QString leftOutText() const;

private:
    QLabel *m_summary = nullptr;
    QLabel *m_leftOut = nullptr;
    FlagTableModel *m_flags = nullptr;
    QLabel *m_flagHeading = nullptr;
    QTableView *m_flagView = nullptr;
    AgreementModel *m_agreement = nullptr;
    QTableView *m_agreementView = nullptr;
    QTableView *m_progressView = nullptr;
};

} // namespace avemo
