#include "PlayerFixtures.h"
#include "player/PlayerWidget.h"
#include "player/TimelineWidget.h"
#include "player/VideoView.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using avemo::PlaybackController;
using avemo::PlayerWidget;
namespace fx = avemo::fixtures;

class TestPlayerWidget : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { fx::usePrivateRuntimeDir(); }

    void showsVideoFramesAndTimeline()
    {
        PlayerWidget widget;
        widget.resize(480, 360);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        widget.load(fx::withContext());
        QTRY_VERIFY_WITH_TIMEOUT(!widget.videoView()->image().isNull(), 5000);
        QCOMPARE(widget.videoView()->image().size(), QSize(320, 240));
        QVERIFY(widget.videoView()->isVisible());
        QVERIFY(!widget.isShowingMessage());
        QVERIFY(widget.timeline()->text().startsWith(QStringLiteral("Context 1 of 2")));
        widget.replayReply();
        QTRY_VERIFY_WITH_TIMEOUT(widget.timeline()->text().startsWith(QStringLiteral("Reply ")),
                                 5000);
        QTRY_VERIFY_WITH_TIMEOUT(widget.timeline()->position() > 300, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(widget.videoView()->framesPainted() > 5, 10000);
    }

    void audioOnlyShowsThePlaceholder()
    {
        PlayerWidget widget;
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        widget.load(fx::replyOnly("reply-audio.ogg"));
        QTRY_VERIFY_WITH_TIMEOUT(widget.isShowingAudioOnly(), 5000);
        auto *label = widget.findChild<QLabel *>(QStringLiteral("audioOnlyLabel"));
        QVERIFY(label);
        QVERIFY(label->isVisible());
        QCOMPARE(label->text(), QStringLiteral("Audio only"));
        QVERIFY(!widget.videoView()->isVisible());
    }

    void brokenFileShowsMessageAndSkip()
    {
        PlayerWidget widget;
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        QSignalSpy skip(&widget, &PlayerWidget::skipAndFlagRequested);
        avemo::PlaybackItem item = fx::replyOnly("garbage.webm");
        widget.load(item);
        widget.play();
        QTRY_VERIFY_WITH_TIMEOUT(widget.isShowingMessage(), 10000);
        QVERIFY(widget.skipAndFlagButton()->isVisible());
        QCOMPARE(widget.skipAndFlagButton()->text(), QStringLiteral("Skip and flag"));
        const QString message = widget.message();
        QVERIFY(message.startsWith(QStringLiteral("The reply")));
        // Blind: nothing on screen names the file, in any label or tooltip.
        for (const QWidget *child : widget.findChildren<QWidget *>()) {
            const auto *label = qobject_cast<const QLabel *>(child);
            for (const QString &text : {label ? label->text() : QString(), child->toolTip()}) {
                QVERIFY2(!text.contains(QStringLiteral("garbage")), qPrintable(text));
                QVERIFY2(!text.contains(QStringLiteral("webm")), qPrintable(text));
            }
        }
        QTest::mouseClick(widget.skipAndFlagButton(), Qt::LeftButton);
        QCOMPARE(skip.size(), 1);

        // The next item clears the message and plays.
        widget.load(fx::replyOnly());
        QVERIFY(!widget.isShowingMessage());
        QTRY_COMPARE_WITH_TIMEOUT(widget.controller()->state(), PlaybackController::State::Paused,
                                  5000);
        QVERIFY(widget.videoView()->isVisible());
    }
};

QTEST_MAIN(TestPlayerWidget)
#include "TestPlayerWidget.moc"
