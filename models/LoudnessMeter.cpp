#include "LoudnessMeter.h"

#include <QUrl>

#include <cmath>
#include <ebur128.h>
#include <gst/app/gstappsink.h>
#include <gst/gst.h>
#include <memory>

namespace avemo {

namespace {

template <typename T, void (*Free)(T *)> struct Deleter
{
    void operator()(T *p) const
    {
        if (p)
            Free(p);
    }
};
void unrefObject(GstElement *e)
{
    gst_object_unref(e);
}
void freeMeter(ebur128_state *s)
{
    ebur128_destroy(&s);
}
using PipelinePtr = std::unique_ptr<GstElement, Deleter<GstElement, unrefObject>>;
using MeterPtr = std::unique_ptr<ebur128_state, Deleter<ebur128_state, freeMeter>>;

// Stops the pipeline however the measurement ends.
struct Stopper
{
    GstElement *pipeline;
    ~Stopper() { gst_element_set_state(pipeline, GST_STATE_NULL); }
};

// The first error on the bus, if any (earlier messages are dropped).
std::optional<QString> popError(GstBus *bus)
{
    GstMessage *msg = gst_bus_pop_filtered(bus, GST_MESSAGE_ERROR);
    if (!msg)
        return std::nullopt;
    GError *err = nullptr;
    gst_message_parse_error(msg, &err, nullptr);
    const QString text = QString::fromUtf8(err ? err->message : "unknown error");
    g_clear_error(&err);
    gst_message_unref(msg);
    return text;
}

} // namespace

LoudnessMeter::Result LoudnessMeter::measure(const QString &absolutePath)
{
    Result result;
    if (!gst_is_initialized())
        gst_init(nullptr, nullptr);
    // Float samples at the file's own rate: libebur128 oversamples for the true peak itself.
    const QByteArray description =
        "uridecodebin name=dec ! audioconvert ! audioresample ! "
        "audio/x-raw,format=F32LE,layout=interleaved ! appsink name=out sync=false";
    GError *parseError = nullptr;
    PipelinePtr pipeline(gst_parse_launch(description.constData(), &parseError));
    if (!pipeline || parseError) {
        result.error = tr("GStreamer could not build the measuring pipeline (%1)")
                           .arg(QString::fromUtf8(parseError ? parseError->message : ""));
        g_clear_error(&parseError);
        return result;
    }
    GstElement *decoder = gst_bin_get_by_name(GST_BIN(pipeline.get()), "dec");
    const QByteArray uri = QUrl::fromLocalFile(absolutePath).toEncoded();
    g_object_set(decoder, "uri", uri.constData(), nullptr);
    // The first audio stream links to audioconvert; a video stream finds nothing to link to
    // and is dropped (decodebin goes on while one stream is linked).
    gst_object_unref(decoder);
    GstElement *sink = gst_bin_get_by_name(GST_BIN(pipeline.get()), "out");
    Stopper stopper{pipeline.get()};
    gst_element_set_state(pipeline.get(), GST_STATE_PLAYING);

    MeterPtr meter;
    unsigned channels = 0;
    GstBus *bus = gst_element_get_bus(pipeline.get());
    // An error never reaches the sink as an end of stream: the bus is asked between samples.
    std::optional<QString> decodeError;
    for (;;) {
        GstSample *sample = gst_app_sink_try_pull_sample(GST_APP_SINK(sink), 100 * GST_MSECOND);
        if (!sample) {
            if (gst_app_sink_is_eos(GST_APP_SINK(sink)) || (decodeError = popError(bus)))
                break;
            continue;
        }
        if (!meter) {
            const GstStructure *s = gst_caps_get_structure(gst_sample_get_caps(sample), 0);
            int rate = 0;
            int count = 0;
            gst_structure_get_int(s, "rate", &rate);
            gst_structure_get_int(s, "channels", &count);
            if (rate > 0 && count > 0) {
                channels = unsigned(count);
                meter.reset(ebur128_init(channels, unsigned(rate),
                                         EBUR128_MODE_I | EBUR128_MODE_TRUE_PEAK));
            }
        }
        GstMapInfo map;
        GstBuffer *buffer = gst_sample_get_buffer(sample);
        if (meter && buffer && gst_buffer_map(buffer, &map, GST_MAP_READ)) {
            const size_t frames = map.size / (sizeof(float) * channels);
            ebur128_add_frames_float(meter.get(), reinterpret_cast<const float *>(map.data),
                                     frames);
            gst_buffer_unmap(buffer, &map);
        }
        gst_sample_unref(sample);
    }
    const bool reachedEnd = gst_app_sink_is_eos(GST_APP_SINK(sink));
    gst_object_unref(bus);
    gst_object_unref(sink);
    if (!meter || !reachedEnd) {
        result.error = decodeError ? *decodeError : tr("no audio could be decoded");
        return result;
    }
    double lufs = -HUGE_VAL;
    if (ebur128_loudness_global(meter.get(), &lufs) == EBUR128_SUCCESS && std::isfinite(lufs))
        result.figures.integratedLufs = lufs;
    double peak = 0.0;
    for (unsigned c = 0; c < channels; ++c) {
        double channelPeak = 0.0;
        if (ebur128_true_peak(meter.get(), c, &channelPeak) == EBUR128_SUCCESS)
            peak = std::max(peak, channelPeak);
    }
    result.figures.truePeakDbtp = peak > 0.0 ? 20.0 * std::log10(peak) : -HUGE_VAL;
    result.ok = true;
    return result;
}

double normalisationGainDb(std::optional<double> targetLufs, std::optional<double> measuredLufs)
{
    if (!targetLufs || !measuredLufs)
        return 0.0;
    return *targetLufs - *measuredLufs;
}

} // namespace avemo
