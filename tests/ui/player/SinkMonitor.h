#pragma once

// Records what reaches the sound server: the monitor of its null sink (private-pulse.sh), with
// each sample's time on CLOCK_MONOTONIC, the clock paint times are taken on too. Shared by the
// player tests and bench_av_sync.

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QMutexLocker>

#include <cmath>
#include <cstdint>
#include <gst/app/gstappsink.h>
#include <gst/gst.h>
#include <mutex>

namespace avemo::test {

// Now on the clock SinkMonitor stamps its samples with (GStreamer's monotonic system clock).
inline qint64 monotonicNs()
{
    GstClock *clock = gst_system_clock_obtain();
    const GstClockTime now = gst_clock_get_time(clock);
    gst_object_unref(clock);
    return qint64(now);
}

class SinkMonitor
{
public:
    static constexpr int kRate = 48000;

    // The monitor source, from AVEMO_SOUND_MONITOR (set by the ctest fixture), else nul.monitor.
    static QByteArray device()
    {
        const QByteArray fromEnv = qgetenv("AVEMO_SOUND_MONITOR");
        return fromEnv.isEmpty() ? QByteArrayLiteral("nul.monitor") : fromEnv;
    }

    ~SinkMonitor() { stop(); }

    // False when there is no sound server to record from.
    bool start()
    {
        static std::once_flag once;
        std::call_once(once, [] { gst_init(nullptr, nullptr); });
        const QByteArray description =
            "pulsesrc device=" + device() +
            " buffer-time=20000 latency-time=5000 ! audioconvert ! audioresample ! "
            "audio/x-raw,format=F32LE,channels=1,rate=48000 ! appsink name=out sync=false";
        GError *error = nullptr;
        m_pipeline = gst_parse_launch(description.constData(), &error);
        if (error) {
            g_error_free(error);
            return false;
        }
        // Sample times on the system clock (CLOCK_MONOTONIC): one clock with the paint times.
        GstClock *clock = gst_system_clock_obtain();
        gst_pipeline_use_clock(GST_PIPELINE(m_pipeline), clock);
        gst_object_unref(clock);
        GstElement *sink = gst_bin_get_by_name(GST_BIN(m_pipeline), "out");
        GstAppSinkCallbacks callbacks{};
        callbacks.new_sample = [](GstAppSink *appsink, gpointer self) {
            static_cast<SinkMonitor *>(self)->take(gst_app_sink_pull_sample(appsink));
            return GST_FLOW_OK;
        };
        gst_app_sink_set_callbacks(GST_APP_SINK(sink), &callbacks, this, nullptr);
        gst_object_unref(sink);
        if (gst_element_set_state(m_pipeline, GST_STATE_PLAYING) == GST_STATE_CHANGE_FAILURE) {
            stop();
            return false;
        }
        // Recording has begun once the pipeline is PLAYING (live sources need no preroll).
        GstState state = GST_STATE_NULL;
        gst_element_get_state(m_pipeline, &state, nullptr, 5 * GST_SECOND);
        return state == GST_STATE_PLAYING;
    }

    void stop()
    {
        if (!m_pipeline)
            return;
        gst_element_set_state(m_pipeline, GST_STATE_NULL);
        gst_object_unref(m_pipeline);
        m_pipeline = nullptr;
    }

    struct Burst
    {
        qint64 onsetNs = 0; // first sample above the threshold, CLOCK_MONOTONIC
        qint64 lengthNs = 0;
        float peak = 0.0f;
    };

    // Sounds separated by at least `gapMs` of silence (|x| below `threshold`).
    QList<Burst> bursts(float threshold = 0.05f, double gapMs = 50.0) const
    {
        QMutexLocker lock(&m_mutex);
        QList<Burst> found;
        const auto gapNs = qint64(gapMs * 1e6);
        qint64 lastLoudNs = -1;
        for (const Chunk &chunk : m_chunks) {
            for (qsizetype i = 0; i < chunk.samples.size(); ++i) {
                const float value = std::fabs(chunk.samples.at(i));
                if (value < threshold)
                    continue;
                const qint64 t = chunk.startNs + qint64(double(i) * 1e9 / kRate);
                if (found.isEmpty() || t - lastLoudNs > gapNs)
                    found.append(Burst{t, 0, 0.0f});
                found.last().lengthNs = t - found.last().onsetNs;
                found.last().peak = std::max(found.last().peak, value);
                lastLoudNs = t;
            }
        }
        return found;
    }

    qsizetype sampleCount() const
    {
        QMutexLocker lock(&m_mutex);
        qsizetype n = 0;
        for (const Chunk &chunk : m_chunks)
            n += chunk.samples.size();
        return n;
    }

private:
    struct Chunk
    {
        qint64 startNs = 0;
        QList<float> samples;
    };

    void take(GstSample *sample)
    {
        if (!sample)
            return;
        GstBuffer *buffer = gst_sample_get_buffer(sample);
        GstMapInfo map;
        if (buffer && GST_BUFFER_PTS_IS_VALID(buffer) &&
            gst_buffer_map(buffer, &map, GST_MAP_READ)) {
            Chunk chunk;
            // Running time + base time = the clock time at which this sample was captured (the
            // source subtracts its own latency when it stamps the buffer).
            chunk.startNs = qint64(GST_BUFFER_PTS(buffer) + gst_element_get_base_time(m_pipeline));
            const auto *data = reinterpret_cast<const float *>(map.data);
            chunk.samples = QList<float>(data, data + map.size / sizeof(float));
            gst_buffer_unmap(buffer, &map);
            QMutexLocker lock(&m_mutex);
            m_chunks.append(std::move(chunk));
        }
        gst_sample_unref(sample);
    }

    GstElement *m_pipeline = nullptr;
    mutable QMutex m_mutex;
    QList<Chunk> m_chunks;
};

} // namespace avemo::test
