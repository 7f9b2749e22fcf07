#include "rating/ScaleQuestionRow.h"

#include "rating/ScalePoints.h"

#include <QKeyEvent>

namespace avemo {

ScaleQuestionRow::ScaleQuestionRow(const Question &question, QWidget *parent)
    : ChoiceQuestionRow(question, choicesOf(question.scale), question.scale.pointCount(), parent)
{
}

QList<ChoiceQuestionRow::Choice> ScaleQuestionRow::choicesOf(const Scale &scale)
{
    QList<Choice> choices;
    for (int i = 0; i < scale.pointCount(); ++i) {
        const QString value = ScalePoints::valueAt(scale, i);
        const QString anchor = ScalePoints::anchorAt(scale, i);
        // The number on top, its anchor under it: five buttons fit in a narrow panel.
        const QString text = anchor.isEmpty() ? value : value + u'\n' + anchor;
        choices.append({value, escapeMnemonic(text), {}});
    }
    return choices;
}

int ScaleQuestionRow::indexForKey(const QKeyEvent *event) const
{
    const int digit = digitOf(event);
    return digit < 0 ? -1 : ScalePoints::indexForDigit(question().scale, digit);
}

QList<QPair<QString, QString>> ScaleQuestionRow::answerKeys() const
{
    // The keys that pick something, listed as the range from the first to the last.
    const Scale &s = question().scale;
    QList<int> digits;
    for (int d = 0; d <= 9; ++d)
        if (ScalePoints::indexForDigit(s, d) >= 0)
            digits.append(d);
    if (digits.isEmpty())
        return {};
    //: A range of number keys, e.g. "1–5"
    const QString range = tr("%1–%2").arg(digits.first()).arg(digits.last());
    return {{range, ScalePoints::digitsPickByValue(s)
                        ? tr("Pick the scale point with that number")
                        : tr("Pick the scale point at that position")}};
}

} // namespace avemo
