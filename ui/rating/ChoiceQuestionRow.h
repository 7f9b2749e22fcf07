#pragma once

#include "rating/QuestionRow.h"

class QAbstractButton;
class QButtonGroup;
class QPushButton;

namespace avemo {

// A question answered by picking one of a few buttons (categories, MOS points). The buttons take
// no focus: the row is the tab stop, and the subclass maps keys onto button positions.
class ChoiceQuestionRow : public QuestionRow
{
    Q_OBJECT

public:
    struct Choice
    {
        QString value;   // stored answer
        QString text;    // button text (already escaped for '&' mnemonics)
        QString toolTip; // optional
    };

    ChoiceQuestionRow(const Question &question, const QList<Choice> &choices, int columns,
                      QWidget *parent = nullptr);

    QString value() const override;
    bool setValue(const QString &value) override;
    void clearAnswer() override;

    int choiceCount() const { return int(m_choices.size()); }
    int checkedIndex() const;
    QPushButton *button(int index) const;

protected:
    // The position a key picks, or -1.
    virtual int indexForKey(const QKeyEvent *event) const = 0;

    bool isAnswerKey(const QKeyEvent *event) const override;
    void applyAnswerKey(const QKeyEvent *event) override;
    void applyLocked(bool locked) override;

    // QPushButton reads '&' as a mnemonic marker; a study label is shown as written.
    static QString escapeMnemonic(QString text) { return text.replace(u'&', QStringLiteral("&&")); }
    // The digit of an unmodified key press (top row or keypad), or -1.
    static int digitOf(const QKeyEvent *event);

private:
    void check(int index);

    QList<Choice> m_choices;
    QButtonGroup *m_group = nullptr;
};

} // namespace avemo
