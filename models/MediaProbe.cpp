#include "MediaProbe.h"

#include <QLoggingCategory>
#include <QUrl>

#include <gst/gst.h>
#include <gst/pbutils/pbutils.h>
#include <mutex>

namespace avemo {

Q_LOGGING_CATEGORY(lcProbe, "avemo.models.probe", QtInfoMsg)

namespace {

void ensureGstInit()
{
    static std::once_flag once;
    std::call_once(once, [] { gst_init(nullptr, nullptr); });
}

// Why discovery failed, in the words GStreamer's players use, so that explain() reads the same
// for a file that fails here and one that fails while playing.
QString discovererError(GstDiscovererResult result, const GError *error)
{
    const QString text = error ? QString::fromUtf8(error->message) : QString();
    switch (result) {
    case GST_DISCOVERER_URI_INVALID:
        return QStringLiteral("Resource not found");
    case GST_DISCOVERER_MISSING_PLUGINS:
        return QStringLiteral("No decoder available for type (%1)").arg(text);
    case GST_DISCOVERER_TIMEOUT:
        return QString();
    default:
        return text;
    }
}

} // namespace

MediaProbe::Info MediaProbe::probe(const QString &absolutePath, int timeoutMs)
{
    Info info;
    ensureGstInit();
    // GStreamer's discoverer decodes just far enough to know the streams and the duration, into
    // fake sinks: probing opens no audio output, so a machine without a sound server is not
    // told so once per file ("Failed to connect: Connection refused", issue 12). It is the same
    // demuxers and decoders the player (ui/player/GstClipPipeline) uses.
    GError *error = nullptr;
    GstDiscoverer *discoverer = gst_discoverer_new(GstClockTime(timeoutMs) * GST_MSECOND, &error);
    if (!discoverer) {
        info.error = explain(error ? QString::fromUtf8(error->message) : QString());
        g_clear_error(&error);
        return info;
    }
    const QByteArray uri = QUrl::fromLocalFile(absolutePath).toEncoded();
    GstDiscovererInfo *found = gst_discoverer_discover_uri(discoverer, uri.constData(), &error);
    const GstDiscovererResult result =
        found ? gst_discoverer_info_get_result(found) : GST_DISCOVERER_ERROR;
    if (result == GST_DISCOVERER_OK) {
        GList *videos = gst_discoverer_info_get_video_streams(found);
        GList *audios = gst_discoverer_info_get_audio_streams(found);
        info.hasVideo = videos != nullptr;
        info.hasAudio = audios != nullptr;
        gst_discoverer_stream_info_list_free(videos);
        gst_discoverer_stream_info_list_free(audios);
        const GstClockTime duration = gst_discoverer_info_get_duration(found);
        info.durationMs = GST_CLOCK_TIME_IS_VALID(duration) ? qint64(duration / GST_MSECOND) : 0;
        if (!info.hasVideo && !info.hasAudio)
            info.error = tr("the file holds neither a video nor an audio stream");
        else if (info.durationMs <= 0)
            info.error = tr("the file has no duration (truncated or not seekable?)");
        else
            info.ok = true;
    } else if (result == GST_DISCOVERER_TIMEOUT) {
        info.error = tr("opening the file timed out after %1 ms").arg(timeoutMs);
    } else {
        const QString backendError = discovererError(result, error);
        info.error = backendError.isEmpty() ? tr("the file could not be opened as media")
                                            : explain(backendError);
    }
    if (!info.ok) {
        info.durationMs = 0;
        info.hasVideo = info.hasAudio = false;
    }
    g_clear_error(&error);
    if (found)
        gst_discoverer_info_unref(found);
    g_object_unref(discoverer);
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
