#pragma once

#include "DashboardSnapshot.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace avemo {

class AgreementModel;
class RaterTableModel;

// Agreement per question with CIs, the number of items and raters, and progress per rater.
class OverviewTab : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewTab(RaterTableModel *raters, QWidget *parent = nullptr);

    void setSnapshot(const std::shared_ptr<const DashboardSnapshot> &snapshot);
    AgreementModel *agreementModel() const { return m_agreement; }

private:
    QLabel *m_summary = nullptr;
    AgreementModel *m_agreement = nullptr;
    QTableView *m_agreementView = nullptr;
    QTableView *m_progressView = nullptr;
};

} // namespace avemo
