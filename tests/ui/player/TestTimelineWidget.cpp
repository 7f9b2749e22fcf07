#include "player/TimelineWidget.h"

#include <QLabel>
#include <QTest>

using avemo::TimelineWidget;

class TestTimelineWidget : public QObject
{
    Q_OBJECT

private slots:
    void formatsMilliseconds()
    {
        QCOMPARE(TimelineWidget::formatTime(0), QStringLiteral("00:00.000"));
        QCOMPARE(TimelineWidget::formatTime(1240), QStringLiteral("00:01.240"));
        QCOMPARE(TimelineWidget::formatTime(61005), QStringLiteral("01:01.005"));
        QCOMPARE(TimelineWidget::formatTime(-5), QStringLiteral("00:00.000"));
    }

    void showsPartAndPosition()
    {
        TimelineWidget timeline;
        timeline.setSegment(2, 3, true);
        timeline.setDuration(2960);
        timeline.setPosition(1240);
        QCOMPARE(timeline.text(), QStringLiteral("Reply 00:01.240 / 00:02.960"));
        // The text is in a real label, where screen readers and the blind-mode walk find it.
        const auto labels = timeline.findChildren<QLabel *>();
        QCOMPARE(labels.size(), 1);
        QCOMPARE(labels.first()->text(), timeline.text());

        timeline.setSegment(0, 3, false);
        timeline.setDuration(1000);
        timeline.setPosition(5000); // clamped to the clip
        QCOMPARE(timeline.text(), QStringLiteral("Context 1 of 2  00:01.000 / 00:01.000"));
    }

    void clearShowsNothing()
    {
        TimelineWidget timeline;
        timeline.setSegment(0, 1, true);
        timeline.clear();
        QVERIFY(timeline.text().isEmpty());
        QCOMPARE(timeline.segmentCount(), 0);
    }
};

QTEST_MAIN(TestTimelineWidget)
#include "TestTimelineWidget.moc"
