#include "rating/LockBanner.h"

#include <QPainter>

namespace avemo {

LockBanner::LockBanner(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setMargin(fontMetrics().height() / 3);
}

void LockBanner::paintEvent(QPaintEvent *event)
{
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        QColor tint = palette().color(QPalette::Highlight);
        tint.setAlphaF(0.18f);
        const qreal radius = fontMetrics().height() / 3.0;
        painter.setPen(Qt::NoPen);
        painter.setBrush(tint);
        painter.drawRoundedRect(QRectF(rect()), radius, radius);
    }
    QLabel::paintEvent(event);
}

} // namespace avemo
