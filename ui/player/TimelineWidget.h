#pragma once

#include <QWidget>

class QLabel;

namespace avemo {

// The parts of an item (context clips, then the reply) as a row of segments, the current one
// filled up to the position, and the position in ms as text ("Reply 00:01.240 / 00:02.960").
class TimelineWidget : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineWidget(QWidget *parent = nullptr);

    int segmentCount() const { return m_count; }
    int currentSegment() const { return m_current; }
    qint64 position() const { return m_position; }
    qint64 duration() const { return m_duration; }
    QString text() const;
    // "mm:ss.zzz"
    static QString formatTime(qint64 ms);

public slots:
    void setSegment(int index, int count, bool isReply);
    void setPosition(qint64 ms);
    void setDuration(qint64 ms);
    void clear();

private:
    friend class TimelineBar;
    void refresh();

    QWidget *m_bar = nullptr;
    QLabel *m_label = nullptr;
    int m_count = 0;
    int m_current = -1;
    bool m_isReply = false;
    qint64 m_position = 0;
    qint64 m_duration = 0;
};

} // namespace avemo
