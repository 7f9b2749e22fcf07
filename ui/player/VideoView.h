#pragma once

#include <QImage>
#include <QWidget>

class QVideoFrame;

namespace avemo {

// Paints the latest video frame, letterboxed on a calm dark background. A painter fed from the
// controller's QVideoSink, rather than a QVideoWidget: it cannot stall before the window is
// exposed (QVideoWidget does under Xvfb), and what it shows can be checked in tests.
class VideoView : public QWidget
{
    Q_OBJECT

public:
    explicit VideoView(QWidget *parent = nullptr);

    QImage image() const { return m_image; }
    int framesPainted() const { return m_framesPainted; }
    QSize sizeHint() const override { return {640, 360}; }
    QSize minimumSizeHint() const override { return {160, 90}; }

public slots:
    void setFrame(const QVideoFrame &frame);
    void clear();

signals:
    // A new frame has just been painted (bench_av_sync times it against the sound server).
    void framePainted(const QImage &image);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QImage m_image;
    int m_framesPainted = 0;
    bool m_newFrame = false;
};

} // namespace avemo
