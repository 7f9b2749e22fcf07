#include "rating/CategoricalQuestionRow.h"

#include <QKeyEvent>

namespace avemo {

CategoricalQuestionRow::CategoricalQuestionRow(const Question &question, const LabelSet &labelSet,
                                               QWidget *parent)
    : ChoiceQuestionRow(question, choicesOf(labelSet), columnsFor(labelSet.categories.size()),
                        parent)
    , m_labelSet(labelSet)
{
}

QList<ChoiceQuestionRow::Choice> CategoricalQuestionRow::choicesOf(const LabelSet &labelSet)
{
    QList<Choice> choices;
    for (int i = 0; i < labelSet.categories.size(); ++i) {
        const Category &c = labelSet.categories[i];
        const QString key = keyText(labelSet, i);
        const QString label = labelText(c);
        //: A category button: the category's label and the key that picks it, e.g. "Happy [h]"
        const QString text = key.isEmpty() ? label : tr("%1 [%2]").arg(label, key);
        choices.append({c.id, escapeMnemonic(text), {}});
    }
    return choices;
}

int CategoricalQuestionRow::columnsFor(qsizetype count)
{
    // Four short labels fit beside a video; more wrap into rows of three or four.
    if (count <= 4)
        return int(count);
    return count <= 6 ? 3 : 4;
}

QString CategoricalQuestionRow::labelText(const Category &category)
{
    return category.label.isEmpty() ? category.id : category.label.text(QLocale());
}

QString CategoricalQuestionRow::keyText(const LabelSet &set, int index)
{
    const QChar key = set.categories[index].key;
    if (!key.isNull())
        return QString(key);
    return index < 9 ? QString::number(index + 1) : QString();
}

QList<QPair<QString, QString>> CategoricalQuestionRow::answerKeys() const
{
    QList<QPair<QString, QString>> keys;
    for (int i = 0; i < m_labelSet.categories.size(); ++i) {
        const Category &c = m_labelSet.categories[i];
        keys.append({keyText(m_labelSet, i), labelText(c)});
    }
    const int positions = std::min<int>(9, int(m_labelSet.categories.size()));
    if (positions > 0)
        keys.append({tr("1–%1").arg(positions), tr("Pick the category at that position")});
    return keys;
}

int CategoricalQuestionRow::indexForKey(const QKeyEvent *event) const
{
    // Shift is allowed so that Caps Lock or an upper-case key in the study still matches.
    if ((event->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier)) != Qt::NoModifier)
        return -1;
    const QString text = event->text();
    if (text.size() == 1) {
        const QChar typed = text.front().toCaseFolded();
        for (int i = 0; i < m_labelSet.categories.size(); ++i) {
            const QChar key = m_labelSet.categories[i].key;
            if (!key.isNull() && key.toCaseFolded() == typed)
                return i;
        }
    }
    // A category's own key wins over a position: a set may use digits as its keys.
    const int digit = digitOf(event);
    if (digit >= 1 && digit <= choiceCount())
        return digit - 1;
    return -1;
}

} // namespace avemo
