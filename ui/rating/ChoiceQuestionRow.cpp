#include "rating/ChoiceQuestionRow.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QKeyEvent>
#include <QPushButton>
#include <QStyleOptionButton>
#include <QStylePainter>

namespace avemo {

namespace {
// The chosen answer must be readable at a glance after hours of rating, also while locked;
// Fusion's checked state is a faint shade. Paint it in the palette's highlight instead, taken
// from the live palette at every paint so that a light/dark switch follows.
class ChoiceButton : public QPushButton
{
public:
    using QPushButton::QPushButton;

protected:
    void paintEvent(QPaintEvent *) override
    {
        QStylePainter painter(this);
        QStyleOptionButton option;
        initStyleOption(&option);
        if (isChecked()) {
            const QPalette &pal = palette();
            QColor fill = pal.color(QPalette::Active, QPalette::Highlight);
            QColor text = pal.color(QPalette::Active, QPalette::HighlightedText);
            if (!isEnabled()) {
                // Locked: still visibly chosen, but quieter than an answer that can change; half
                // way to the button colour, so the button text (not the highlight text) reads on
                // it.
                const QColor button = pal.color(QPalette::Active, QPalette::Button);
                fill = QColor::fromRgbF((fill.redF() + button.redF()) / 2,
                                        (fill.greenF() + button.greenF()) / 2,
                                        (fill.blueF() + button.blueF()) / 2);
                text = pal.color(QPalette::Active, QPalette::ButtonText);
            }
            option.palette.setColor(QPalette::Button, fill);
            option.palette.setColor(QPalette::ButtonText, text);
            option.state &= ~(QStyle::State_On | QStyle::State_Sunken);
        }
        painter.drawControl(QStyle::CE_PushButton, option);
    }
};
} // namespace

ChoiceQuestionRow::ChoiceQuestionRow(const Question &question, const QList<Choice> &choices,
                                     int columns, QWidget *parent)
    : QuestionRow(question, parent)
    , m_choices(choices)
    , m_group(new QButtonGroup(this))
{
    m_group->setExclusive(true);
    auto *grid = new QGridLayout;
    grid->setSpacing(fontMetrics().height() / 3);
    columns = std::max(1, columns);
    for (int i = 0; i < choices.size(); ++i) {
        auto *button = new ChoiceButton(choices[i].text, this);
        button->setCheckable(true);
        button->setFocusPolicy(Qt::NoFocus);
        button->setAutoDefault(false);
        button->setToolTip(choices[i].toolTip);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        // Fusion asks at least 80 px of every text button: five MOS buttons would then not fit a
        // panel beside the video. The text's own width plus a little air is enough.
        int textWidth = 0;
        for (const QString &line : choices[i].text.split(u'\n'))
            textWidth = std::max(textWidth, button->fontMetrics().horizontalAdvance(line));
        button->setMinimumWidth(textWidth + button->fontMetrics().height());
        m_group->addButton(button, i);
        grid->addWidget(button, i / columns, i % columns);
    }
    for (int c = 0; c < columns; ++c)
        grid->setColumnStretch(c, 1);
    bodyLayout()->addLayout(grid);

    // A click answers like a key does, and puts the keyboard on this question.
    connect(m_group, &QButtonGroup::idClicked, this, [this](int) {
        focusTarget()->setFocus(Qt::MouseFocusReason);
        notifyAnswerChanged();
    });
}

QString ChoiceQuestionRow::value() const
{
    const int index = checkedIndex();
    return index >= 0 ? m_choices[index].value : QString();
}

bool ChoiceQuestionRow::setValue(const QString &value)
{
    for (int i = 0; i < m_choices.size(); ++i) {
        if (m_choices[i].value == value) {
            check(i);
            return true;
        }
    }
    return false;
}

void ChoiceQuestionRow::clearAnswer()
{
    if (checkedIndex() < 0)
        return;
    // An exclusive group never lets its last checked button go.
    m_group->setExclusive(false);
    m_group->checkedButton()->setChecked(false);
    m_group->setExclusive(true);
    notifyAnswerChanged();
}

int ChoiceQuestionRow::checkedIndex() const
{
    return m_group->checkedId();
}

QPushButton *ChoiceQuestionRow::button(int index) const
{
    return qobject_cast<QPushButton *>(m_group->button(index));
}

void ChoiceQuestionRow::check(int index)
{
    if (checkedIndex() == index)
        return;
    m_group->button(index)->setChecked(true);
    notifyAnswerChanged();
}

bool ChoiceQuestionRow::isAnswerKey(const QKeyEvent *event) const
{
    return indexForKey(event) >= 0;
}

void ChoiceQuestionRow::applyAnswerKey(const QKeyEvent *event)
{
    const int index = indexForKey(event);
    if (index >= 0)
        check(index);
}

void ChoiceQuestionRow::applyLocked(bool locked)
{
    for (auto *b : m_group->buttons())
        b->setEnabled(!locked);
}

int ChoiceQuestionRow::digitOf(const QKeyEvent *event)
{
    if ((event->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier)
        return -1;
    if (event->key() >= Qt::Key_0 && event->key() <= Qt::Key_9)
        return event->key() - Qt::Key_0;
    return -1;
}

} // namespace avemo
