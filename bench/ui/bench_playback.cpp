// Playback figures for docs/benchmarks.md ("Playback"), measured on the demo study with the real
// PlaybackController and GStreamer, headless. A Qt program rather than Google Benchmark: every
// figure is an event-loop latency or a sampled error, not a tight loop.
//
//   bench_playback [STUDY_DIR]
//
// 1. Next item to first frame: load(next) -> frameShown, with the next item preloaded while the
//    current one "is rated", over every item of the study in file order (and, for comparison,
//    without preloading).
// 2. Context -> reply: from the last context clip's end to the reply's first frame (the reply is
//    prepared while the context plays).
// Audio/video sync is measured at the output by bench_av_sync, not from player positions.

#include "player/PlaybackController.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>

using avemo::PlaybackController;
using avemo::PlaybackItem;

namespace {

// items.csv has no line breaks inside fields in the demo study: a per-line RFC 4180 split does.
QStringList splitCsvLine(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields.append(std::exchange(field, QString()));
        } else {
            field += c;
        }
    }
    fields.append(field);
    return fields;
}

QList<PlaybackItem> readItems(const QString &studyDir)
{
    QFile file(QDir(studyDir).filePath(QStringLiteral("items.csv")));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QTextStream in(&file);
    const QStringList header = splitCsvLine(in.readLine());
    const auto col = [&header](const char *name) { return header.indexOf(QLatin1String(name)); };
    const qsizetype context = col("context_media"), reply = col("reply_media"),
                    audio = col("reply_audio"), offset = col("reply_audio_offset_ms");
    const QDir dir(studyDir);
    QList<PlaybackItem> items;
    while (!in.atEnd()) {
        const QStringList f = splitCsvLine(in.readLine());
        if (f.size() < header.size())
            continue;
        PlaybackItem item;
        for (const QString &clip : f.at(context).split(u'|', Qt::SkipEmptyParts))
            item.contextClips.append(dir.filePath(clip));
        item.replyClip = dir.filePath(f.at(reply));
        if (audio >= 0 && !f.at(audio).isEmpty()) {
            item.replyAudio = dir.filePath(f.at(audio));
            item.replyAudioOffsetMs = f.at(offset).toInt();
        }
        items.append(item);
    }
    return items;
}

// Exact order statistics (nearest rank), not estimates: these are published figures.
double quantile(QList<double> values, double q)
{
    if (values.isEmpty())
        return std::nan("");
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(q * double(values.size()))) - 1;
    return values.at(qBound<qsizetype>(0, rank, values.size() - 1));
}

void report(const char *what, const QList<double> &ms)
{
    std::printf("%-46s n=%3lld  median %7.2f ms  p95 %7.2f ms  max %7.2f ms\n", what,
                static_cast<long long>(ms.size()), quantile(ms, 0.5), quantile(ms, 0.95),
                ms.isEmpty() ? 0.0 : *std::max_element(ms.begin(), ms.end()));
    std::fflush(stdout);
}

// Runs the event loop until `done` or `timeoutMs`; false on timeout.
template <typename Pred> bool waitFor(Pred done, int timeoutMs = 10000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}

// Time from load(item) to the first frame shown (or to Paused for an audio-only first clip).
double timeLoad(PlaybackController &controller, const PlaybackItem &item)
{
    bool shown = false;
    QElapsedTimer timer;
    const auto connection = QObject::connect(&controller, &PlaybackController::frameShown,
                                             [&shown](qint64) { shown = true; });
    timer.start();
    controller.load(item);
    waitFor([&] {
        return shown ||
               (controller.state() == PlaybackController::State::Paused &&
                !controller.hasVideo()) ||
               controller.state() == PlaybackController::State::Failed;
    });
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    QObject::disconnect(connection);
    return ms;
}

void benchItemSwitch(const QList<PlaybackItem> &items)
{
    QList<double> preloaded, cold;
    PlaybackController controller;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const PlaybackItem &next = items.at((i + 1) % items.size());
        controller.load(items.at(i));
        controller.preload(next);
        // The annotator is rating: seconds pass, the preload has long finished.
        if (!waitFor([&] { return controller.isPreloaded(next); }))
            std::fprintf(stderr, "preload of item %lld did not finish\n", (long long)i + 1);
        preloaded.append(timeLoad(controller, next));
    }
    PlaybackController coldController;
    for (const PlaybackItem &item : items) {
        // Unloaded first: consecutive items often share their first clip, which would be reused.
        coldController.unload();
        cold.append(timeLoad(coldController, item));
    }
    report("next item -> first frame, preloaded", preloaded);
    report("next item -> first frame, not preloaded", cold);
}

// The interval between the last frame of the context and the first of a video reply, as
// presented (nominal: one frame, 50 ms in the demo study). Only the last half second of each
// context clip is played.
void benchContextToReply(const QList<PlaybackItem> &items)
{
    QList<double> intervals;
    PlaybackController controller;
    QElapsedTimer clock;
    clock.start();
    double lastFrameMs = -1;
    bool inReply = false;
    bool measured = false;
    QObject::connect(&controller, &PlaybackController::frameShown, [&](qint64) {
        const double now = double(clock.nsecsElapsed()) / 1e6;
        if (inReply && !measured && lastFrameMs >= 0) {
            intervals.append(now - lastFrameMs);
            measured = true;
        }
        lastFrameMs = now;
    });
    QObject::connect(&controller, &PlaybackController::segmentChanged,
                     [&](int, int, bool isReply) { inReply = isReply; });
    for (const PlaybackItem &item : items) {
        if (item.contextClips.isEmpty() || !item.replyClip.endsWith(QLatin1String(".webm")))
            continue;
        controller.load(item);
        waitFor([&] { return controller.state() == PlaybackController::State::Paused; });
        measured = false;
        lastFrameMs = -1;
        while (!inReply) {
            const int segment = controller.segmentIndex();
            controller.seekTo(controller.duration() - 500);
            controller.play();
            if (!waitFor([&] { return controller.segmentIndex() != segment; }))
                break;
        }
        waitFor([&] { return measured; });
        controller.pause();
    }
    report("context -> reply frame interval (nominal 50)", intervals);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QString studyDir = QStringLiteral(AVEMO_DEMO_STUDY_DIR);
    const QStringList args = app.arguments().mid(1);
    if (!args.isEmpty())
        studyDir = args.constFirst();
    const QList<PlaybackItem> items = readItems(studyDir);
    if (items.isEmpty()) {
        std::fprintf(stderr, "no items in %s\n", qPrintable(studyDir));
        return 1;
    }
    std::printf("study %s: %lld items\n", qPrintable(QDir(studyDir).dirName()),
                static_cast<long long>(items.size()));
    benchItemSwitch(items);
    benchContextToReply(items);
    return 0;
}
