#pragma once

#include "rating/ChoiceQuestionRow.h"

namespace avemo {

// A categorical question: one button per category of its label set, "Happy [h]". When focused,
// the category's key answers it, and so do the number keys 1..9 by position. Keys are per label
// set and two questions may share a set, so a key only ever answers the focused question.
class CategoricalQuestionRow : public ChoiceQuestionRow
{
    Q_OBJECT

public:
    CategoricalQuestionRow(const Question &question, const LabelSet &labelSet,
                           QWidget *parent = nullptr);

    QList<QPair<QString, QString>> answerKeys() const override;

    // The key that answers category `index` of `set`: its own key, else its position (1..9).
    static QString keyText(const LabelSet &set, int index);
    // The label a category shows in the application's language (QLocale()), else its id. Only
    // the label is translated: the id that is stored and the key that picks it stay the same.
    static QString labelText(const Category &category);

protected:
    int indexForKey(const QKeyEvent *event) const override;

private:
    static QList<Choice> choicesOf(const LabelSet &labelSet);
    static int columnsFor(qsizetype count);

    LabelSet m_labelSet;
};

} // namespace avemo
