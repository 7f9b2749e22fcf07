#include "rating/SliderQuestionRow.h"

#include "rating/ScalePoints.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QSlider>
#include <QStyleOptionSlider>
#include <QStylePainter>

#include <cmath>

namespace avemo {

namespace {
// Fusion fills the groove up to the handle, which would show an untouched slider as a chosen
// value; until the annotator moves it, the groove stays unfilled.
class AnswerSlider : public QSlider
{
public:
    using QSlider::QSlider;
    void setShowsValue(bool shows)
    {
        m_showsValue = shows;
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QStylePainter painter(this);
        QStyleOptionSlider option;
        initStyleOption(&option);
        option.subControls = QStyle::SC_SliderGroove | QStyle::SC_SliderHandle;
        if (tickPosition() != NoTicks)
            option.subControls |= QStyle::SC_SliderTickmarks;
        if (!m_showsValue)
            option.palette.setColor(QPalette::Highlight, option.palette.color(QPalette::Button));
        painter.drawComplexControl(QStyle::CC_Slider, option);
    }

private:
    bool m_showsValue = false;
};

QString endText(const Scale &scale, int index)
{
    const QString value = ScalePoints::valueAt(scale, index);
    const QString anchor = ScalePoints::anchorAt(scale, index);
    //: An end of a slider: its value and the study's anchor label, e.g. "1 · Very negative"
    return anchor.isEmpty() ? value : SliderQuestionRow::tr("%1 · %2").arg(value, anchor);
}
} // namespace

SliderQuestionRow::SliderQuestionRow(const Question &question, QWidget *parent)
    : QuestionRow(question, parent)
{
    const Scale &scale = question.scale;
    const int last = std::max(0, scale.pointCount() - 1);

    auto *line = new QHBoxLayout;
    m_slider = new AnswerSlider(Qt::Horizontal, this);
    m_slider->setRange(0, last);
    m_slider->setSingleStep(1);
    m_slider->setPageStep(std::max(1, last / 10));
    m_slider->setTickPosition(last <= 20 ? QSlider::TicksBelow : QSlider::NoTicks);
    m_slider->setFocusPolicy(Qt::NoFocus); // the row is the tab stop and handles the keys
    m_slider->setValue(middleIndex());
    // A wheel turned to scroll the panel must never change an answer.
    m_slider->installEventFilter(this);
    line->addWidget(m_slider, 1);

    m_valueLabel = new QLabel(this);
    m_valueLabel->setTextFormat(Qt::PlainText);
    m_valueLabel->setMinimumWidth(fontMetrics().horizontalAdvance(tr("Not set")));
    m_valueLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    line->addWidget(m_valueLabel);
    bodyLayout()->addLayout(line);

    auto *ends = new QHBoxLayout;
    auto *low = new QLabel(endText(scale, 0), this);
    auto *high = new QLabel(endText(scale, last), this);
    for (auto *label : {low, high}) {
        label->setTextFormat(Qt::PlainText);
        label->setForegroundRole(QPalette::PlaceholderText);
    }
    high->setAlignment(Qt::AlignRight);
    ends->addWidget(low);
    ends->addStretch(1);
    ends->addWidget(high);
    bodyLayout()->addLayout(ends);

    // Any move by the mouse (drag, click on the groove) answers; so does a press on the handle
    // that leaves it where it was.
    const auto touch = [this] {
        if (m_settingValue)
            return;
        focusTarget()->setFocus(Qt::MouseFocusReason);
        m_touched = true;
        updateValueLabel();
        notifyAnswerChanged();
    };
    connect(m_slider, &QSlider::valueChanged, this, touch);
    connect(m_slider, &QSlider::sliderPressed, this, touch);
    updateValueLabel();
}

int SliderQuestionRow::middleIndex() const
{
    return std::max(0, question().scale.pointCount() - 1) / 2;
}

QString SliderQuestionRow::value() const
{
    return m_touched ? ScalePoints::valueAt(question().scale, m_slider->value()) : QString();
}

bool SliderQuestionRow::setValue(const QString &value)
{
    const int index = ScalePoints::indexOf(question().scale, value);
    if (index < 0)
        return false;
    moveTo(index);
    return true;
}

void SliderQuestionRow::clearAnswer()
{
    if (!m_touched)
        return;
    m_settingValue = true;
    m_slider->setValue(middleIndex());
    m_settingValue = false;
    m_touched = false;
    updateValueLabel();
    notifyAnswerChanged();
}

void SliderQuestionRow::moveTo(int index)
{
    const bool changed = !m_touched || m_slider->value() != index;
    m_settingValue = true;
    m_slider->setValue(index);
    m_settingValue = false;
    m_touched = true;
    updateValueLabel();
    if (changed)
        notifyAnswerChanged();
}

QString SliderQuestionRow::valueText() const
{
    return m_valueLabel->text();
}

void SliderQuestionRow::updateValueLabel()
{
    static_cast<AnswerSlider *>(m_slider)->setShowsValue(m_touched);
    if (!m_touched) {
        m_valueLabel->setText(tr("Not set"));
        m_valueLabel->setForegroundRole(QPalette::PlaceholderText);
        return;
    }
    const QString anchor = ScalePoints::anchorAt(question().scale, m_slider->value());
    const QString number = ScalePoints::valueAt(question().scale, m_slider->value());
    m_valueLabel->setText(anchor.isEmpty() ? number : tr("%1 · %2").arg(number, anchor));
    m_valueLabel->setForegroundRole(QPalette::WindowText);
}

bool SliderQuestionRow::isAnswerKey(const QKeyEvent *event) const
{
    if ((event->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier)
        return false;
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Home:
    case Qt::Key_End:
        return true;
    default:
        break;
    }
    const int digit = event->key() - Qt::Key_0;
    return digit >= 0 && digit <= 9 && ScalePoints::digitsAreValues(question().scale) &&
           ScalePoints::indexOf(question().scale, QString::number(digit)) >= 0;
}

void SliderQuestionRow::applyAnswerKey(const QKeyEvent *event)
{
    // The first step starts from where the handle is shown, the middle.
    const int current = m_slider->value();
    switch (event->key()) {
    case Qt::Key_Left:
        moveTo(std::max(m_slider->minimum(), current - 1));
        return;
    case Qt::Key_Right:
        moveTo(std::min(m_slider->maximum(), current + 1));
        return;
    case Qt::Key_Home:
        moveTo(m_slider->minimum());
        return;
    case Qt::Key_End:
        moveTo(m_slider->maximum());
        return;
    default:
        setValue(QString::number(event->key() - Qt::Key_0));
    }
}

void SliderQuestionRow::applyLocked(bool locked)
{
    m_slider->setEnabled(!locked);
}

bool SliderQuestionRow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_slider && event->type() == QEvent::Wheel) {
        event->ignore(); // let the scroll area have it
        return true;
    }
    return QuestionRow::eventFilter(watched, event);
}

QList<QPair<QString, QString>> SliderQuestionRow::answerKeys() const
{
    QList<QPair<QString, QString>> keys{{tr("Left / Right"), tr("Move the slider one step")},
                                        {tr("Home / End"), tr("Move the slider to an end")}};
    if (ScalePoints::digitsAreValues(question().scale))
        keys.append({tr("%1–%2").arg(
                         ScalePoints::valueAt(question().scale, 0),
                         ScalePoints::valueAt(question().scale, question().scale.pointCount() - 1)),
                     tr("Set the slider to that value")});
    return keys;
}

} // namespace avemo
