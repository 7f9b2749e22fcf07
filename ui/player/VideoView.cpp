#include "player/VideoView.h"

#include <QPainter>
#include <QVideoFrame>

#include <utility>

namespace avemo {

VideoView::VideoView(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void VideoView::setFrame(const QVideoFrame &frame)
{
    // An empty frame (stop, source change) keeps the last picture: no black flash between clips.
    if (!frame.isValid())
        return;
    m_image = frame.toImage();
    m_newFrame = true;
    update();
}

void VideoView::clear()
{
    m_image = QImage();
    update();
}

void VideoView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    // Near-black rather than black: softer next to the light panels, and the same in both themes.
    painter.fillRect(rect(), QColor(0x1e, 0x1f, 0x22));
    if (m_image.isNull())
        return;
    const QSize scaled = m_image.size().scaled(size(), Qt::KeepAspectRatio);
    const QRect target(QPoint((width() - scaled.width()) / 2, (height() - scaled.height()) / 2),
                       scaled);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(target, m_image);
    ++m_framesPainted;
    if (std::exchange(m_newFrame, false))
        emit framePainted(m_image);
}

} // namespace avemo
