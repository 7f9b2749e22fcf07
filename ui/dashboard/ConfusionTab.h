#pragma once

#include "export/DashboardSnapshot.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace avemo {

class ConfusionMatrixModel;
class QuestionPicker;

// Confusion of labels: a rater (or all included raters) against the intended emotion or the
// consensus, for one categorical question.
class ConfusionTab : public QWidget
{
    Q_OBJECT

public:
    explicit ConfusionTab(QWidget *parent = nullptr);

    void setSnapshot(const std::shared_ptr<const DashboardSnapshot> &snapshot);
    ConfusionMatrixModel *model() const { return m_model; }
    QuestionPicker *questionPicker() const { return m_question; }
    QComboBox *referencePicker() const { return m_reference; }
    QComboBox *raterPicker() const { return m_rater; }

private:
    void recompute();

    std::shared_ptr<const DashboardSnapshot> m_snapshot;
    QuestionPicker *m_question = nullptr;
    QComboBox *m_reference = nullptr;
    QComboBox *m_rater = nullptr;
    ConfusionMatrixModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace avemo
