#include "player/TimelineWidget.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>

namespace avemo {

// The painted row of segments; the text sits in a QLabel beside it so that it can be read (by
// screen readers, and by the blind-mode test that walks every widget's text).
class TimelineBar : public QWidget
{
public:
    explicit TimelineBar(TimelineWidget *timeline)
        : QWidget(timeline)
        , m_timeline(timeline)
    {
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        setFixedHeight(14);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        const TimelineWidget &t = *m_timeline;
        if (t.m_count <= 0)
            return;
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        const int gap = 6;
        const double replyShare = 2.0; // the reply is what is rated: give it the most room
        const double units = (t.m_count - 1) + replyShare;
        const double unitWidth = (width() - gap * (t.m_count - 1)) / units;
        const QPalette &pal = palette();
        double x = 0;
        for (int i = 0; i < t.m_count; ++i) {
            const bool reply = i == t.m_count - 1;
            const double w = unitWidth * (reply ? replyShare : 1.0);
            const QRectF track(x, 3, w, height() - 6);
            painter.setBrush(pal.color(QPalette::Mid));
            painter.drawRoundedRect(track, 3, 3);
            double fill = 0.0;
            if (i < t.m_current)
                fill = 1.0;
            else if (i == t.m_current && t.m_duration > 0)
                fill = qBound(0.0, double(t.m_position) / double(t.m_duration), 1.0);
            if (fill > 0.0) {
                QColor done = pal.color(QPalette::Highlight);
                if (!reply)
                    done.setAlphaF(0.55f); // context is background: a quieter fill
                painter.setBrush(done);
                painter.drawRoundedRect(QRectF(track.topLeft(), QSizeF(w * fill, track.height())),
                                        3, 3);
            }
            x += w + gap;
        }
    }

private:
    TimelineWidget *m_timeline;
};

TimelineWidget::TimelineWidget(QWidget *parent)
    : QWidget(parent)
    , m_bar(new TimelineBar(this))
    , m_label(new QLabel(this))
{
    m_label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // Wide enough for the longest text, so the bar does not twitch as the digits change.
    m_label->setMinimumWidth(
        m_label->fontMetrics().horizontalAdvance(tr("Context 9 of 9  00:00.000 / 00:00.000")));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar, 1);
    layout->addWidget(m_label);
    refresh();
}

QString TimelineWidget::formatTime(qint64 ms)
{
    ms = qMax<qint64>(0, ms);
    return QStringLiteral("%1:%2.%3")
        .arg(ms / 60000, 2, 10, QLatin1Char('0'))
        .arg((ms / 1000) % 60, 2, 10, QLatin1Char('0'))
        .arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

QString TimelineWidget::text() const
{
    if (m_count <= 0 || m_current < 0)
        return {};
    const QString times = formatTime(m_position) + QStringLiteral(" / ") + formatTime(m_duration);
    if (m_isReply)
        return tr("Reply %1").arg(times);
    return tr("Context %1 of %2  %3").arg(m_current + 1).arg(m_count - 1).arg(times);
}

void TimelineWidget::setSegment(int index, int count, bool isReply)
{
    m_current = index;
    m_count = count;
    m_isReply = isReply;
    m_position = 0;
    m_duration = 0;
    refresh();
}

void TimelineWidget::setPosition(qint64 ms)
{
    m_position = m_duration > 0 ? qBound<qint64>(0, ms, m_duration) : qMax<qint64>(0, ms);
    refresh();
}

void TimelineWidget::setDuration(qint64 ms)
{
    m_duration = qMax<qint64>(0, ms);
    refresh();
}

void TimelineWidget::clear()
{
    setSegment(-1, 0, false);
}

void TimelineWidget::refresh()
{
    m_label->setText(text());
    m_bar->update();
}

} // namespace avemo
