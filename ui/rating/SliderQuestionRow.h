#pragma once

#include "rating/QuestionRow.h"

class QSlider;

namespace avemo {

// A slider question over a scale (possibly fractional: the slider moves over point positions,
// never over raw doubles). An untouched slider is unanswered, and says so: the handle waits in
// the middle and the value reads "Not set" until a key or the mouse moves it. When focused,
// Left/Right step one point, Home/End jump to the ends, and on a scale of whole numbers 0..9 a
// number key picks that value.
class SliderQuestionRow : public QuestionRow
{
    Q_OBJECT

public:
    explicit SliderQuestionRow(const Question &question, QWidget *parent = nullptr);

    QString value() const override;
    bool setValue(const QString &value) override;
    void clearAnswer() override;
    QList<QPair<QString, QString>> answerKeys() const override;

    QSlider *slider() const { return m_slider; }
    QString valueText() const;

protected:
    bool isAnswerKey(const QKeyEvent *event) const override;
    void applyAnswerKey(const QKeyEvent *event) override;
    void applyLocked(bool locked) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int middleIndex() const;
    void moveTo(int index);
    void updateValueLabel();

    QSlider *m_slider = nullptr;
    class QLabel *m_valueLabel = nullptr;
    bool m_touched = false;
    bool m_settingValue = false;
};

} // namespace avemo
