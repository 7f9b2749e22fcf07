#include "MediaProbe.h"

#include <QAudioOutput>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QMediaPlayer>
#include <QTimer>
#include <QUrl>

namespace avemo {

Q_LOGGING_CATEGORY(lcProbe, "avemo.models.probe", QtInfoMsg)

MediaProbe::Info MediaProbe::probe(const QString &absolutePath, int timeoutMs)
{
    Info info;
    QMediaPlayer player;
    // Without an audio output the GStreamer pipeline of an audio-only file fails to pre-roll
    // ("Internal data stream error"); with one it falls back to a fake sink when there is no
    // sound device, exactly as during playback.
    QAudioOutput audio;
    audio.setMuted(true);
    player.setAudioOutput(&audio);

    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QString backendError;
    QObject::connect(&player, &QMediaPlayer::errorOccurred, &loop,
                     [&](QMediaPlayer::Error, const QString &message) {
                         backendError = message;
                         loop.quit();
                     });
    QObject::connect(
        &player, &QMediaPlayer::mediaStatusChanged, &loop, [&](QMediaPlayer::MediaStatus status) {
            if (status == QMediaPlayer::LoadedMedia || status == QMediaPlayer::InvalidMedia)
                loop.quit();
        });
    player.setSource(QUrl::fromLocalFile(absolutePath));
    timeout.start(timeoutMs);
    if (player.mediaStatus() != QMediaPlayer::LoadedMedia && backendError.isEmpty() &&
        player.error() == QMediaPlayer::NoError)
        loop.exec();
    // The duration may arrive just after LoadedMedia.
    if (player.mediaStatus() == QMediaPlayer::LoadedMedia && player.duration() <= 0 &&
        timeout.isActive()) {
        QObject::connect(&player, &QMediaPlayer::durationChanged, &loop, &QEventLoop::quit);
        loop.exec();
    }

    if (player.error() != QMediaPlayer::NoError || !backendError.isEmpty()) {
        info.error = explain(backendError.isEmpty() ? player.errorString() : backendError);
    } else if (player.mediaStatus() != QMediaPlayer::LoadedMedia) {
        info.error = timeout.isActive()
                         ? tr("the file could not be opened as media")
                         : tr("opening the file timed out after %1 ms").arg(timeoutMs);
    } else if (!player.hasVideo() && !player.hasAudio()) {
        info.error = tr("the file holds neither a video nor an audio stream");
    } else if (player.duration() <= 0) {
        info.error = tr("the file has no duration (truncated or not seekable?)");
    } else {
        info.ok = true;
        info.durationMs = player.duration();
        info.hasVideo = player.hasVideo();
        info.hasAudio = player.hasAudio();
    }
    qCDebug(lcProbe) << absolutePath << info.ok << info.durationMs << info.error;
    return info;
}

QString MediaProbe::explain(const QString &backendError)
{
    if (backendError.contains(QLatin1String("No decoder available")))
        return tr("no decoder for this format (%1; install gstreamer1.0-libav and "
                  "gstreamer1.0-plugins-good, or re-encode as WebM VP9/Opus)")
            .arg(backendError);
    if (backendError.contains(QLatin1String("Could not determine type of stream")))
        return tr("not a media file that can be decoded (%1)").arg(backendError);
    if (backendError.contains(QLatin1String("Internal data stream error")))
        return tr("the stream could not be decoded: damaged file or missing GStreamer "
                  "plugin (%1)")
            .arg(backendError);
    if (backendError.contains(QLatin1String("Resource not found")))
        return tr("the file was not found");
    return backendError.isEmpty() ? tr("the file could not be decoded") : backendError;
}

} // namespace avemo
