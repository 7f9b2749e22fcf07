#pragma once

#include "rating/ChoiceQuestionRow.h"

namespace avemo {

// A MOS question: one button per scale point with its anchor under the number ("4" / "Good").
// When focused, a number key picks the point with that value (1..5 on the ACR scale); see
// ScalePoints::indexForDigit() for scales without single-digit points.
class ScaleQuestionRow : public ChoiceQuestionRow
{
    Q_OBJECT

public:
    explicit ScaleQuestionRow(const Question &question, QWidget *parent = nullptr);

    QList<QPair<QString, QString>> answerKeys() const override;

protected:
    int indexForKey(const QKeyEvent *event) const override;

private:
    static QList<Choice> choicesOf(const Scale &scale);
};

} // namespace avemo
