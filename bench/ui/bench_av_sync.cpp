// Audio/video sync measured at the output, for docs/benchmarks.md ("A/V sync at the output").
// Plays flash/beep clips through the real PlayerWidget and records, on one clock
// (CLOCK_MONOTONIC), when each white frame was painted and when its beep reached the sound
// server (the null sink's monitor of a private PulseAudio server, see private-pulse.sh).
//
//   bench_av_sync [--runs N] [--only muxed|sep0|sep+200|sep-200]
//
// Each clip: 30 fps, 4 s; the first frame is white with a 100 ms tone at the clip's sound start
// (the "start tone": it must reach the server whole), then one white frame with a 50 ms 1 kHz
// beep at 0.5, 1.5, 2.5 and 3.5 s. Variants: muxed (H.264/AAC mp4), and a video (VP9 webm) with
// a separate Vorbis track at offsets 0, +200 and -200 ms, the beeps placed in the audio file so
// that they coincide with the flashes when the offset is honoured.

#include "SinkMonitor.h"
#include "player/PlaybackController.h"
#include "player/PlayerWidget.h"
#include "player/VideoView.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <cstdio>

using avemo::PlaybackController;
using avemo::PlaybackItem;
using avemo::PlayerWidget;
using avemo::test::SinkMonitor;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr double kEvents[] = {0.5, 1.5, 2.5, 3.5};
constexpr double kClipSeconds = 4.0;
constexpr int kFps = 30;

bool ffmpeg(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral("ffmpeg"),
                  QStringList{QStringLiteral("-hide_banner"), QStringLiteral("-loglevel"),
                              QStringLiteral("error"), QStringLiteral("-y")} +
                      args);
    if (!process.waitForFinished(120000) || process.exitCode() != 0) {
        std::fprintf(stderr, "ffmpeg failed: %s\n", process.readAllStandardError().constData());
        return false;
    }
    return true;
}

QString videoFilter()
{
    // White on frame 0 and on the frame of each event.
    QStringList frames{QStringLiteral("eq(n,0)")};
    for (double e : kEvents)
        frames.append(QStringLiteral("eq(n,%1)").arg(std::lround(e * kFps)));
    return QStringLiteral("drawbox=x=0:y=0:w=iw:h=ih:color=white:t=fill:enable='%1'")
        .arg(frames.join(u'+'));
}

// Tone where the clip's sound starts (100 ms) and a 50 ms beep at each event, in audio time.
QString toneExpression(int offsetMs)
{
    const double offset = offsetMs / 1000.0;
    const double start = std::max(0.0, -offset);
    QStringList gates{QStringLiteral("between(t,%1,%2)").arg(start).arg(start + 0.1)};
    for (double e : kEvents)
        gates.append(QStringLiteral("between(t,%1,%2)").arg(e - offset).arg(e - offset + 0.05));
    return QStringLiteral("0.5*sin(2*PI*1000*t)*(%1)").arg(gates.join(u'+'));
}

QString audioSource(int offsetMs)
{
    return QStringLiteral("aevalsrc='%1':s=48000:d=%2")
        .arg(toneExpression(offsetMs))
        .arg(kClipSeconds);
}

QString videoSource()
{
    return QStringLiteral("color=black:s=320x240:r=%1:d=%2").arg(kFps).arg(kClipSeconds);
}

struct Variant
{
    QString name;
    PlaybackItem item;
    int offsetMs = 0;
};

QList<Variant> makeClips(const QDir &dir)
{
    QList<Variant> variants;
    const QString muxed = dir.filePath(QStringLiteral("muxed.mp4"));
    if (!ffmpeg({u"-f"_s,         u"lavfi"_s,      u"-i"_s,       videoSource(),
                 u"-f"_s,         u"lavfi"_s,      u"-i"_s,       audioSource(0),
                 u"-vf"_s,        videoFilter(),   u"-c:v"_s,     u"libx264"_s,
                 u"-profile:v"_s, u"baseline"_s,   u"-pix_fmt"_s, u"yuv420p"_s,
                 u"-g"_s,         u"30"_s,         u"-c:a"_s,     u"aac"_s,
                 u"-movflags"_s,  u"+faststart"_s, muxed}))
        return {};
    Variant m{QStringLiteral("muxed"), {}, 0};
    m.item.replyClip = muxed;
    variants.append(m);
    const QString video = dir.filePath(QStringLiteral("video.webm"));
    if (!ffmpeg({u"-f"_s, u"lavfi"_s, u"-i"_s, videoSource(), u"-vf"_s, videoFilter(), u"-c:v"_s,
                 u"libvpx-vp9"_s, u"-deadline"_s, u"realtime"_s, u"-g"_s, u"30"_s, u"-an"_s,
                 video}))
        return {};
    for (int offset : {0, 200, -200}) {
        const QString audio = dir.filePath(QStringLiteral("audio%1.ogg").arg(offset));
        if (!ffmpeg({u"-f"_s, u"lavfi"_s, u"-i"_s, audioSource(offset), u"-c:a"_s, u"libvorbis"_s,
                     audio}))
            return {};
        Variant v{
            QStringLiteral("sep%1%2").arg(offset > 0 ? u"+"_s : QString()).arg(offset), {}, offset};
        v.item.replyClip = video;
        v.item.replyAudio = audio;
        v.item.replyAudioOffsetMs = offset;
        variants.append(v);
    }
    return variants;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return NAN;
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(p * double(values.size()))) - 1;
    return values.at(qBound<qsizetype>(0, rank, values.size() - 1));
}

struct PlayResult
{
    bool heard = false;       // the start tone reached the server
    double startToneMs = 0.0; // how much of the 100 ms start tone arrived
    QList<double> offsetsMs;  // audio onset - flash painted, per event (positive: sound late)
    // Beep-to-beep intervals in the recording that differ from the file's by more than
    // kCorrectionMs: the sink skipped or inserted sound to re-align (audible as a jump).
    int corrections = 0;
};

constexpr double kCorrectionMs = 5.0;

PlayResult playOnce(PlayerWidget &player, const Variant &variant)
{
    PlayResult result;
    SinkMonitor monitor;
    if (!monitor.start()) {
        std::fprintf(stderr, "cannot record %s: is the private sound server running?\n",
                     SinkMonitor::device().constData());
        return result;
    }
    QList<qint64> flashesNs;
    bool wasWhite = false;
    bool playing = false;
    const auto connection = QObject::connect(
        player.videoView(), &avemo::VideoView::framePainted, [&](const QImage &image) {
            const qint64 now = avemo::test::monotonicNs();
            const bool white = qGray(image.pixel(image.width() / 2, image.height() / 2)) > 200;
            if (playing && white && !wasWhite)
                flashesNs.append(now);
            wasWhite = white;
        });
    PlaybackController *controller = player.controller();
    player.load(variant.item);
    if (!QTest::qWaitFor([&] { return controller->state() == PlaybackController::State::Paused; },
                         10000))
        std::fprintf(stderr, "%s did not load\n", qPrintable(variant.name));
    playing = true;
    controller->play();
    if (!QTest::qWaitFor([&] { return controller->state() == PlaybackController::State::Finished; },
                         15000))
        std::fprintf(stderr, "%s did not finish\n", qPrintable(variant.name));
    QTest::qWait(300); // the sound server plays out what it still holds
    monitor.stop();
    QObject::disconnect(connection);

    const QList<SinkMonitor::Burst> bursts = monitor.bursts();
    if (bursts.isEmpty())
        return result;
    result.heard = true;
    result.startToneMs = double(bursts.first().lengthNs) / 1e6;
    for (qsizetype i = 2; i < bursts.size(); ++i) {
        const double intervalMs = double(bursts.at(i).onsetNs - bursts.at(i - 1).onsetNs) / 1e6;
        const double expectedMs = (kEvents[1] - kEvents[0]) * 1000.0;
        if (std::abs(intervalMs - expectedMs) > kCorrectionMs)
            ++result.corrections;
    }
    // Beeps after the start tone, each matched with the flash painted nearest to it.
    for (qsizetype i = 1; i < bursts.size(); ++i) {
        qint64 best = -1;
        for (qint64 flash : flashesNs) {
            if (best < 0 ||
                std::llabs(flash - bursts.at(i).onsetNs) < std::llabs(best - bursts.at(i).onsetNs))
                best = flash;
        }
        if (best >= 0 && std::llabs(best - bursts.at(i).onsetNs) < 400'000'000)
            result.offsetsMs.append(double(bursts.at(i).onsetNs - best) / 1e6);
    }
    return result;
}

// The recording's own error: a plain GStreamer playbin (its clock forced to the monotonic system
// clock) plays the muxed clip's sound; pulsesink renders the beep at stream time E at base time + E
// on that clock, so onset - (base + E) is what the monitor adds (its capture latency estimate).
QList<double> monitorBiasMs(const QString &file)
{
    SinkMonitor monitor;
    QList<double> bias;
    if (!monitor.start())
        return bias;
    const QByteArray uri = QUrl::fromLocalFile(file).toEncoded();
    GstElement *playbin = gst_element_factory_make("playbin", nullptr);
    GstElement *fakeVideo = gst_element_factory_make("fakesink", nullptr);
    g_object_set(fakeVideo, "sync", TRUE, nullptr);
    g_object_set(playbin, "uri", uri.constData(), "video-sink", fakeVideo, nullptr);
    GstClock *clock = gst_system_clock_obtain();
    gst_pipeline_use_clock(GST_PIPELINE(playbin), clock);
    gst_object_unref(clock);
    gst_element_set_state(playbin, GST_STATE_PLAYING);
    GstBus *bus = gst_element_get_bus(playbin);
    GstMessage *end = gst_bus_timed_pop_filtered(
        bus, 15 * GST_SECOND, GstMessageType(GST_MESSAGE_EOS | GST_MESSAGE_ERROR));
    const auto base = qint64(gst_element_get_base_time(playbin));
    if (end)
        gst_message_unref(end);
    gst_object_unref(bus);
    QTest::qWait(300);
    gst_element_set_state(playbin, GST_STATE_NULL);
    gst_object_unref(playbin);
    monitor.stop();
    const QList<SinkMonitor::Burst> bursts = monitor.bursts();
    for (qsizetype i = 1; i < bursts.size() && i <= qsizetype(std::size(kEvents)); ++i)
        bias.append(double(bursts.at(i).onsetNs - base) / 1e6 - kEvents[i - 1] * 1000.0);
    return bias;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(file.readLine()).section(u' ', 0, 2);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    int runs = 10;
    QString only;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--runs"))
            runs = args.at(++i).toInt();
        else if (args.at(i) == QLatin1String("--only"))
            only = args.at(++i);
    }
    QTemporaryDir dir;
    const QList<Variant> variants = makeClips(QDir(dir.path()));
    if (variants.isEmpty())
        return 1;
    for (int run = 0; run < 3; ++run) {
        std::printf("monitor bias (sound server vs pulsesink's own clock), run %d:", run);
        for (double ms : monitorBiasMs(variants.first().item.replyClip))
            std::printf(" %+.1f", ms);
        std::printf(" ms\n");
    }
    PlayerWidget player;
    player.resize(640, 520);
    player.show();
    if (!QTest::qWaitForWindowExposed(&player))
        return 1;

    std::printf("load average at start: %s\n", qPrintable(loadAverage()));
    std::printf("%-8s %5s %6s %9s %9s %8s %8s %8s %9s %11s\n", "clip", "plays", "heard",
                "start>=95", "events", "median", "p95|x|", "max|x|", "first p95", "corr/clip");
    for (const Variant &variant : variants) {
        if (!only.isEmpty() && variant.name != only)
            continue;
        int heard = 0;
        int wholeStart = 0;
        QList<double> offsets;
        QList<double> absOffsets;
        QList<double> firstAbs;
        int corrections = 0;
        int maxCorrections = 0;
        for (int run = 0; run < runs; ++run) {
            const PlayResult r = playOnce(player, variant);
            heard += r.heard ? 1 : 0;
            corrections += r.corrections;
            maxCorrections = std::max(maxCorrections, r.corrections);
            wholeStart += r.startToneMs >= 95.0 ? 1 : 0;
            for (double ms : r.offsetsMs) {
                offsets.append(ms);
                absOffsets.append(std::abs(ms));
            }
            if (!r.offsetsMs.isEmpty())
                firstAbs.append(std::abs(r.offsetsMs.first()));
            if (qEnvironmentVariableIsSet("AVEMO_BENCH_VERBOSE")) {
                std::printf("  %s run %d: start tone %.1f ms, offsets", qPrintable(variant.name),
                            run, r.startToneMs);
                for (double ms : r.offsetsMs)
                    std::printf(" %+.1f", ms);
                std::printf("\n");
            }
        }
        const QString events =
            QStringLiteral("%1/%2").arg(offsets.size()).arg(runs * qsizetype(std::size(kEvents)));
        const QString perClip = QStringLiteral("%1 max %2")
                                    .arg(double(corrections) / runs, 0, 'f', 2)
                                    .arg(maxCorrections);
        std::printf("%-8s %5d %6d %9d %9s %+8.1f %8.1f %8.1f %9.1f %11s\n",
                    qPrintable(variant.name), runs, heard, wholeStart, qPrintable(events),
                    percentile(offsets, 0.5), percentile(absOffsets, 0.95),
                    percentile(absOffsets, 1.0), percentile(firstAbs, 0.95), qPrintable(perClip));
        std::fflush(stdout);
    }
    std::printf("load average at end: %s\n", qPrintable(loadAverage()));
    return 0;
}
