#pragma once

#include <QObject>
#include <QString>
#include <QVideoFrame>

#include <atomic>

typedef struct _GstElement GstElement;
typedef struct _GstMessage GstMessage;
typedef struct _GstPad GstPad;

namespace avemo {

// One GStreamer pipeline for one clip: the clip's video (frames handed out, never drawn by
// GStreamer) and either the clip's own audio or a separate audio file with its offset, all on the
// one pipeline clock (the audio sink's). Sync holds by construction: nothing is ever re-seeked to
// chase another player. Everything it reports arrives on the thread that created it.
class GstClipPipeline : public QObject
{
    Q_OBJECT

public:
    enum class ErrorKind
    {
        NotFound,
        AccessDenied,
        Format,
        Other
    };
    Q_ENUM(ErrorKind)

    // Builds and prerolls (PAUSED). `audioPath` empty: the clip's own audio plays.
    GstClipPipeline(const QString &path, const QString &audioPath, int audioOffsetMs,
                    QObject *parent = nullptr);
    ~GstClipPipeline() override;

    void play();
    void pause();
    // Accurate, flushing: while paused the frame at `ms` arrives as a preroll frame.
    void seek(qint64 ms);
    // Linear gain (user volume times loudness normalisation), 0..10.
    void setGain(double gain);
    double gain() const { return m_gain; }
    qint64 position() const;
    qint64 duration() const;
    bool hasVideo() const { return m_hasVideo; }
    bool hasAudio() const { return m_hasAudio; }
    double frameRate() const { return m_fps; }

    // The name of the audio sink every pipeline uses ("pulsesink", "alsasink", or "fakesink" when
    // there is no sound output at all). Probed once per process.
    static QString audioSinkName();
    static bool hasAudioOutput() { return audioSinkName() != QLatin1String("fakesink"); }

signals:
    void frame(const QVideoFrame &frame);
    // A preroll or a seek has completed (ASYNC_DONE).
    void settled();
    void endOfStream();
    // `separateAudio`: the error came from the separate audio file.
    void error(avemo::GstClipPipeline::ErrorKind kind, const QString &text, bool separateAudio);

private:
    static void onPadAdded(GstElement *decodebin, GstPad *pad, void *self);
    void linkPad(GstElement *decodebin, GstPad *pad);
    GstElement *makeVideoBranch();
    GstElement *makeAudioBranch(bool separate);
    void handleMessage(GstMessage *message);
    void handleFrame(void *sample);

    GstElement *m_pipeline = nullptr;
    // Set from a streaming thread when the decoder finds the stream, read from ours.
    std::atomic<GstElement *> m_videoSink = nullptr; // appsink
    std::atomic<GstElement *> m_audioSink = nullptr;
    std::atomic<GstElement *> m_volume = nullptr;
    GstElement *m_audioDecoder = nullptr; // the separate audio's decodebin
    int m_offsetMs = 0;
    std::atomic<double> m_gain = 1.0;
    std::atomic<bool> m_hasVideo = false;
    std::atomic<bool> m_hasAudio = false;
    std::atomic<double> m_fps = 0.0;
    std::atomic<bool> m_closing = false;
    // Bumped by seek(): a frame handed over before the seek but not yet delivered is dropped.
    std::atomic<int> m_seekSerial = 0;
};

} // namespace avemo
