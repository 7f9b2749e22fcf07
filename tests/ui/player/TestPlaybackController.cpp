#include "PlayerFixtures.h"
#include "SinkMonitor.h"
#include "player/GstClipPipeline.h"
#include "player/PlaybackController.h"

#include <QSignalSpy>
#include <QTest>
#include <QVideoSink>

#include <algorithm>
#include <cmath>

using avemo::PlaybackController;
using avemo::PlaybackItem;
using State = PlaybackController::State;
namespace fx = avemo::fixtures;

namespace {
constexpr int kLoadTimeoutMs = 5000;
constexpr int kPlayTimeoutMs = 15000;

// Waits until `controller` shows the first frame of what it loaded.
bool loadAndWait(PlaybackController &controller, const PlaybackItem &item)
{
    controller.load(item);
    return QTest::qWaitFor([&] { return controller.state() == State::Paused; }, kLoadTimeoutMs);
}

qint64 startUs(const QSignalSpy &spy, qsizetype i)
{
    return spy.at(i).at(0).value<QVideoFrame>().startTime();
}

} // namespace

class TestPlaybackController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { fx::usePrivateRuntimeDir(); }

    void loadShowsFirstFramePaused()
    {
        PlaybackController controller;
        QSignalSpy frames(controller.videoSink(), &QVideoSink::videoFrameChanged);
        QVERIFY(loadAndWait(controller, fx::replyOnly()));
        QVERIFY(frames.size() >= 1);
        const auto frame = frames.last().at(0).value<QVideoFrame>();
        QCOMPARE(frame.size(), QSize(320, 240));
        QVERIFY(controller.hasVideo());
        QCOMPARE(controller.frameRate(), fx::kFps);
        QCOMPARE(controller.segmentCount(), 1);
        QVERIFY(controller.isReplySegment());
    }

    void framesAreDecodedAndPositionAdvances()
    {
        PlaybackController controller;
        QVERIFY(loadAndWait(controller, fx::replyOnly()));
        QSignalSpy frames(controller.videoSink(), &QVideoSink::videoFrameChanged);
        QSignalSpy positions(&controller, &PlaybackController::positionChanged);
        controller.play();
        QCOMPARE(controller.state(), State::Playing);
        QTRY_VERIFY_WITH_TIMEOUT(frames.size() >= 15, kPlayTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(controller.position() >= 500, kPlayTimeoutMs);
        // Every frame is a new one, in order: not the same picture sent again. One exception:
        // a pipeline started for the first play (GstClipPipeline::play, when it comes more than
        // 50 ms after the preroll: always on a loaded machine, seldom on an idle one) hands its
        // first frame over twice, as its preroll and then at its time, which the A/V-sync
        // benchmark needs to see painted.
        for (qsizetype i = 1; i < frames.size(); ++i)
            QVERIFY2(startUs(frames, i) > startUs(frames, i - 1) ||
                         (i == 1 && startUs(frames, 1) == startUs(frames, 0)),
                     qPrintable(QStringLiteral("frame %1 at %2 us after one at %3 us")
                                    .arg(i)
                                    .arg(startUs(frames, i))
                                    .arg(startUs(frames, i - 1))));
        QVERIFY(!positions.isEmpty());
        QVERIFY(positions.last().at(0).toLongLong() > 0);
    }

    void seekWhilePausedLandsOnTarget()
    {
        PlaybackController controller;
        QVERIFY(loadAndWait(controller, fx::replyOnly()));
        QSignalSpy frames(controller.videoSink(), &QVideoSink::videoFrameChanged);
        controller.seekTo(1234);
        QTRY_VERIFY_WITH_TIMEOUT(!frames.isEmpty(), kLoadTimeoutMs);
        QVERIFY2(std::abs(startUs(frames, 0) - 1234000) < fx::kFrameUs,
                 qPrintable(QString::number(startUs(frames, 0))));
        QCOMPARE(controller.state(), State::Paused);
    }

    void seekWhilePlayingLandsWithinOneFrame()
    {
        PlaybackController controller;
        QVERIFY(loadAndWait(controller, fx::replyOnly()));
        controller.play();
        QSignalSpy frames(controller.videoSink(), &QVideoSink::videoFrameChanged);
        QTRY_VERIFY_WITH_TIMEOUT(frames.size() >= 3, kPlayTimeoutMs);
        frames.clear();
        controller.seekTo(1500);
        QTRY_VERIFY_WITH_TIMEOUT(!frames.isEmpty(), kLoadTimeoutMs);
        QVERIFY2(std::abs(startUs(frames, 0) - 1500000) < fx::kFrameUs,
                 qPrintable(QString::number(startUs(frames, 0))));
    }

    void frameStepMovesExactlyOneFrame()
    {
        PlaybackController controller;
        QVERIFY(loadAndWait(controller, fx::replyOnly()));
        QSignalSpy shown(&controller, &PlaybackController::frameShown);
        QSignalSpy frames(controller.videoSink(), &QVideoSink::videoFrameChanged);
        controller.seekTo(500); // inside a frame: the first step goes to the next frame's start
        QTRY_COMPARE_WITH_TIMEOUT(frames.size(), 1, kLoadTimeoutMs);
        const qint64 afterSeek = startUs(frames, 0);

        controller.stepForward();
        QTRY_COMPARE_WITH_TIMEOUT(frames.size(), 2, kLoadTimeoutMs);
        const qint64 first = startUs(frames, 1);
        QVERIFY(first > afterSeek && first - afterSeek <= fx::kFrameUs);

        controller.stepForward();
        QTRY_COMPARE_WITH_TIMEOUT(frames.size(), 3, kLoadTimeoutMs);
        QCOMPARE(startUs(frames, 2) - first, fx::kFrameUs);

        controller.stepBackward();
        QTRY_COMPARE_WITH_TIMEOUT(frames.size(), 4, kLoadTimeoutMs);
        QCOMPARE(startUs(frames, 3), first);
        QCOMPARE(shown.last().at(0).toLongLong(), first);
        QCOMPARE(controller.state(), State::Paused);
    }

    void frameStepPausesPlayback()
    {
        PlaybackController controller;
        QVERIFY(loadAndWait(controller, fx::replyOnly()));
        controller.play();
        QTRY_VERIFY_WITH_TIMEOUT(controller.position() >= 200, kPlayTimeoutMs);
        controller.stepForward();
        QCOMPARE(controller.state(), State::Paused);
    }

    void contextThenReplyPlayInSequence()
    {
        PlaybackController controller;
        QSignalSpy segments(&controller, &PlaybackController::segmentChanged);
        QSignalSpy ended(&controller, &PlaybackController::replyPlayedToEnd);
        QSignalSpy frames(controller.videoSink(), &QVideoSink::videoFrameChanged);
        QVERIFY(loadAndWait(controller, fx::withContext()));
        QCOMPARE(controller.segmentCount(), 3);
        controller.play();
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, kPlayTimeoutMs);
        QCOMPARE(segments.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(segments.at(i).at(0).toInt(), i);
            QCOMPARE(segments.at(i).at(1).toInt(), 3);
            QCOMPARE(segments.at(i).at(2).toBool(), i == 2);
        }
        QCOMPARE(controller.state(), State::Finished);
        QVERIFY(controller.hasReplyPlayedToEnd());
        // 1 s + 1 s + 2 s at 20 fps: most frames of all three clips really reached the sink.
        QVERIFY2(frames.size() >= 70, qPrintable(QString::number(frames.size())));
    }

    void replayPlaysTheReplyAgain()
    {
        PlaybackController controller;
        QSignalSpy ended(&controller, &PlaybackController::replyPlayedToEnd);
        QVERIFY(loadAndWait(controller, fx::withContext()));
        controller.replayReply(); // from the context: jumps straight to the reply
        QTRY_VERIFY_WITH_TIMEOUT(controller.isReplySegment(), kLoadTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, kPlayTimeoutMs);
        controller.replayReply();
        QCOMPARE(controller.state(), State::Playing);
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 2, kPlayTimeoutMs);
    }

    void separateAudioPlaysToEndAfterASeek()
    {
        PlaybackController controller;
        QSignalSpy ended(&controller, &PlaybackController::replyPlayedToEnd);
        QVERIFY(loadAndWait(controller, fx::separateAudio(40)));
        controller.play();
        QTRY_VERIFY_WITH_TIMEOUT(controller.position() >= 800, kPlayTimeoutMs);
        controller.pause();
        controller.seekTo(300);
        controller.play();
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, kPlayTimeoutMs);
    }

    // Play after a seek while paused starts on a fresh pipeline (GstClipPipeline::seek): it
    // goes on from the frame shown, with no picture from the clip's start slipping out first.
    void playAfterASeekWhilePausedGoesOnFromThere()
    {
        PlaybackController controller;
        QSignalSpy ended(&controller, &PlaybackController::replyPlayedToEnd);
        QVERIFY(loadAndWait(controller, fx::separateAudio(40)));
        controller.play();
        QTRY_VERIFY_WITH_TIMEOUT(controller.position() >= 300, kPlayTimeoutMs);
        controller.pause();
        QSignalSpy frames(controller.videoSink(), &QVideoSink::videoFrameChanged);
        controller.seekTo(1200);
        QTRY_VERIFY_WITH_TIMEOUT(!frames.isEmpty(), kLoadTimeoutMs);
        frames.clear();
        controller.play();
        QTRY_VERIFY_WITH_TIMEOUT(frames.size() >= 3, kPlayTimeoutMs);
        for (qsizetype i = 0; i < frames.size(); ++i)
            QVERIFY2(startUs(frames, i) >= 1200000 - fx::kFrameUs,
                     qPrintable(QString::number(startUs(frames, i))));
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, kPlayTimeoutMs);
    }

    // Issue 12: a separate reply audio track was silent in 7 of 13 plays on a real sound server.
    // Needs the private server ctest starts (private-pulse.sh): fails, not skips, without it.
    void separateAudioReachesTheSoundServerEveryTime()
    {
        QVERIFY2(avemo::GstClipPipeline::hasAudioOutput(),
                 "no sound server: run through ctest, which starts a private PulseAudio");
        for (int play = 0; play < 3; ++play) {
            avemo::test::SinkMonitor monitor;
            QVERIFY2(monitor.start(), "cannot record the sound server's null sink monitor");
            PlaybackController controller;
            QSignalSpy ended(&controller, &PlaybackController::replyPlayedToEnd);
            QVERIFY(loadAndWait(controller, fx::separateAudio(40)));
            controller.play();
            QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, kPlayTimeoutMs);
            monitor.stop();
            QVERIFY(monitor.sampleCount() > avemo::test::SinkMonitor::kRate); // > 1 s recorded
            QVERIFY2(!monitor.bursts().isEmpty(),
                     qPrintable(QStringLiteral("play %1 silent").arg(play)));
        }
    }

    void audioOnlyReplyPlaysToEnd()
    {
        PlaybackController controller;
        QSignalSpy hasVideo(&controller, &PlaybackController::hasVideoChanged);
        QSignalSpy ended(&controller, &PlaybackController::replyPlayedToEnd);
        QVERIFY(loadAndWait(controller, fx::replyOnly("reply-audio.ogg")));
        QVERIFY(!controller.hasVideo());
        QVERIFY(!hasVideo.isEmpty());
        QCOMPARE(hasVideo.last().at(0).toBool(), false);
        controller.play();
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, kPlayTimeoutMs);
    }

    void preloadedItemShowsItsFirstFrameAtOnce()
    {
        PlaybackController controller;
        QVERIFY(loadAndWait(controller, fx::replyOnly()));
        const PlaybackItem next = fx::withContext();
        controller.preload(next);
        QTRY_VERIFY_WITH_TIMEOUT(controller.isPreloaded(next), kLoadTimeoutMs);
        QSignalSpy shown(&controller, &PlaybackController::frameShown);
        controller.load(next);
        // Shown inside load() itself: no decoder start, no event loop turn.
        QCOMPARE(shown.size(), 1);
        QCOMPARE(controller.state(), State::Paused);
        QCOMPARE(controller.segmentIndex(), 0);
        controller.play();
        QSignalSpy frames(controller.videoSink(), &QVideoSink::videoFrameChanged);
        QTRY_VERIFY_WITH_TIMEOUT(frames.size() >= 5, kPlayTimeoutMs);
    }

    void missingFileReportsWithoutItsName()
    {
        PlaybackController controller;
        QSignalSpy errors(&controller, &PlaybackController::errorOccurred);
        PlaybackItem item = fx::withContext();
        item.contextClips[1] = fx::path("secret-system-x.webm");
        controller.load(item);
        controller.play();
        QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, kPlayTimeoutMs);
        const QString message = errors.first().at(0).toString();
        QVERIFY2(message.startsWith(QStringLiteral("Context clip 2")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("could not be found")), qPrintable(message));
        QVERIFY(!message.contains(QStringLiteral("secret")));
        QVERIFY(!message.contains(QStringLiteral("webm")));
        QCOMPARE(controller.state(), State::Failed);
    }

    void brokenFilesReportAnError_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("garbage") << QStringLiteral("garbage.webm");
        QTest::newRow("truncated") << QStringLiteral("truncated.webm");
    }

    void brokenFilesReportAnError()
    {
        QFETCH(QString, file);
        PlaybackController controller;
        QSignalSpy errors(&controller, &PlaybackController::errorOccurred);
        PlaybackItem item = fx::replyOnly();
        item.replyClip = fx::path(file.toUtf8().constData());
        controller.load(item);
        controller.play();
        QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), kPlayTimeoutMs);
        const QString message = errors.first().at(0).toString();
        QVERIFY2(message.startsWith(QStringLiteral("The reply")), qPrintable(message));
        QVERIFY(!message.contains(file.section(u'.', 0, 0)));
        QCOMPARE(controller.state(), State::Failed);
        // The next item still plays: one bad file does not break the player.
        QVERIFY(loadAndWait(controller, fx::replyOnly()));
    }

    void notBlindNamesTheFile()
    {
        PlaybackController controller;
        QSignalSpy errors(&controller, &PlaybackController::errorOccurred);
        PlaybackItem item = fx::separateAudio();
        item.replyAudio = fx::path("missing-track.ogg");
        item.blind = false;
        controller.load(item);
        QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, kPlayTimeoutMs);
        const QString message = errors.first().at(0).toString();
        QVERIFY2(message.contains(QStringLiteral("missing-track.ogg")), qPrintable(message));
        QVERIFY(message.startsWith(QStringLiteral("The reply's audio track")));
    }

    void volumeIsBounded()
    {
        PlaybackController controller;
        controller.setVolume(0.95f);
        controller.volumeUp();
        QCOMPARE(controller.volume(), 1.0f);
        controller.setVolume(0.05f);
        controller.volumeDown();
        QCOMPARE(controller.volume(), 0.0f);
    }
};

QTEST_MAIN(TestPlaybackController)
#include "TestPlaybackController.moc"
