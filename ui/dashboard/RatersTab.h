#pragma once

#include "export/DashboardSnapshot.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace avemo {

class QuestionPicker;
class RaterTableModel;

// Every rater's work and screening on one question, and the way to exclude a rater from the
// statistics (or take them back). The change itself is the dashboard's: it asks for a reason,
// records it and recomputes.
class RatersTab : public QWidget
{
    Q_OBJECT

public:
    explicit RatersTab(RaterTableModel *model, QWidget *parent = nullptr);

    void setSnapshot(const std::shared_ptr<const DashboardSnapshot> &snapshot);
    QuestionPicker *questionPicker() const { return m_question; }
    QTableView *view() const { return m_view; }

signals:
    void exclusionToggleRequested(const QString &raterId, bool exclude);

private:
    void updateButton();

    RaterTableModel *m_model = nullptr;
    QuestionPicker *m_question = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_toggle = nullptr;
    QLabel *m_exclusions = nullptr;
};

} // namespace avemo
