#include "rating/QuestionRow.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

namespace avemo {

namespace {
// The frame of a question that still needs an answer: the palette's highlight turned to amber,
// keeping its saturation and lightness so that it sits as calmly in a dark palette as in a light
// one.
QColor attentionColor(const QPalette &palette)
{
    const QColor highlight = palette.color(QPalette::Highlight);
    return QColor::fromHsl(32, std::max(highlight.hslSaturation(), 150), highlight.lightness());
}

bool hasOnly(const QKeyEvent *event, Qt::KeyboardModifiers allowed)
{
    return (event->modifiers() & ~allowed) == Qt::NoModifier;
}
} // namespace

QuestionRow::QuestionRow(const Question &question, QWidget *parent)
    : QWidget(parent)
    , m_question(question)
{
    setFocusPolicy(Qt::StrongFocus);
    m_focusTarget = this;
    setAttribute(Qt::WA_Hover, false);

    auto *layout = new QVBoxLayout(this);
    const int pad = fontMetrics().height() / 2;
    layout->setContentsMargins(pad, pad * 2 / 3, pad, pad * 2 / 3);
    layout->setSpacing(pad / 2);

    auto *header = new QHBoxLayout;
    header->setSpacing(pad);
    // Study texts are shown exactly as written, in the application's language when the study
    // has it: plain text, never interpreted as markup.
    const QString prompt = question.prompt.text(QLocale());
    m_prompt = new QLabel(prompt, this);
    m_prompt->setTextFormat(Qt::PlainText);
    m_prompt->setWordWrap(true);
    QFont promptFont = m_prompt->font();
    promptFont.setWeight(QFont::DemiBold);
    m_prompt->setFont(promptFont);
    header->addWidget(m_prompt, 1);
    if (question.required) {
        auto *marker = new QLabel(tr("required"), this);
        marker->setForegroundRole(QPalette::PlaceholderText);
        marker->setAlignment(Qt::AlignRight | Qt::AlignTop);
        marker->setToolTip(tr("This question must be answered before the item can be submitted"));
        header->addWidget(marker, 0, Qt::AlignTop);
    }
    layout->addLayout(header);

    m_body = new QVBoxLayout;
    m_body->setSpacing(pad / 2);
    layout->addLayout(m_body);
    setAccessibleName(prompt);
}

void QuestionRow::setLocked(bool locked)
{
    if (m_locked == locked)
        return;
    m_locked = locked;
    applyLocked(locked);
}

void QuestionRow::setMissing(bool missing)
{
    if (m_missing == missing)
        return;
    m_missing = missing;
    update();
}

void QuestionRow::setFocusTarget(QWidget *target)
{
    if (m_focusTarget == target)
        return;
    if (m_focusTarget && m_focusTarget != this)
        m_focusTarget->removeEventFilter(this);
    m_focusTarget = target;
    if (target != this) {
        // The row itself is no tab stop then: Tab lands in the field, and clicks on the prompt
        // forward there too.
        setFocusPolicy(Qt::NoFocus);
        setFocusProxy(target);
        target->installEventFilter(this);
    }
}

void QuestionRow::notifyAnswerChanged()
{
    if (isAnswered())
        setMissing(false);
    emit answerChanged();
}

bool QuestionRow::isNavigationKey(const QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
        return hasOnly(event, Qt::KeypadModifier);
    case Qt::Key_Return:
    case Qt::Key_Enter:
        return hasOnly(event, Qt::KeypadModifier);
    default:
        return false;
    }
}

bool QuestionRow::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::ShortcutOverride: {
        // Claim our keys before the window's shortcuts (the player's Left/Right, R, ...) see them.
        auto *key = static_cast<QKeyEvent *>(event);
        if (isNavigationKey(key) || (!m_locked && isAnswerKey(key))) {
            key->accept();
            return true;
        }
        break;
    }
    case QEvent::FocusIn:
        setFocused(true);
        break;
    case QEvent::FocusOut:
        setFocused(false);
        break;
    default:
        break;
    }
    return QWidget::event(event);
}

bool QuestionRow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_focusTarget) {
        if (event->type() == QEvent::FocusIn)
            setFocused(true);
        else if (event->type() == QEvent::FocusOut)
            setFocused(false);
    }
    return QWidget::eventFilter(watched, event);
}

void QuestionRow::setFocused(bool focused)
{
    if (m_focused == focused)
        return;
    m_focused = focused;
    update();
    if (focused)
        emit focusEntered();
}

void QuestionRow::keyPressEvent(QKeyEvent *event)
{
    if (isNavigationKey(event)) {
        if (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down)
            emit stepRequested(event->key() == Qt::Key_Up ? -1 : 1);
        else
            emit submitRequested();
        event->accept();
        return;
    }
    if (isAnswerKey(event)) {
        // Locked: the key is still ours (it must not leak to another action), it just does nothing.
        if (!m_locked)
            applyAnswerKey(event);
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void QuestionRow::mousePressEvent(QMouseEvent *event)
{
    m_focusTarget->setFocus(Qt::MouseFocusReason);
    QWidget::mousePressEvent(event);
}

void QuestionRow::paintEvent(QPaintEvent *)
{
    if (!m_focused && !m_missing)
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor edge =
        m_missing ? attentionColor(palette()) : palette().color(QPalette::Highlight);
    QColor fill = m_focused ? palette().color(QPalette::Highlight) : edge;
    fill.setAlphaF(m_focused ? 0.12f : 0.06f);
    const qreal width = m_focused && m_missing ? 2.5 : 2.0;
    const qreal radius = fontMetrics().height() / 3.0;
    painter.setPen(QPen(edge, width));
    painter.setBrush(fill);
    painter.drawRoundedRect(QRectF(rect()).adjusted(width / 2, width / 2, -width / 2, -width / 2),
                            radius, radius);
}

} // namespace avemo
