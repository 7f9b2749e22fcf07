#pragma once

#include <QElapsedTimer>
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
    // Creates the pipeline for m_path (and m_audioPath) and prerolls it; tearDown() ends it.
    void build();
    void tearDown();
    void seekPipeline(qint64 ms);
    // A new pipeline (a new sound server stream) at `ms`, playing if play() was asked for.
    void restart(qint64 ms);

    GstElement *m_pipeline = nullptr;
    // Set from a streaming thread when the decoder finds the stream, read from ours.
    std::atomic<GstElement *> m_videoSink = nullptr; // appsink
    std::atomic<GstElement *> m_audioSink = nullptr;
    std::atomic<GstElement *> m_volume = nullptr;
    GstElement *m_audioDecoder = nullptr; // the separate audio's decodebin
    QString m_path;
    QString m_audioPath;
    int m_offsetMs = 0;
    // Bumped by each tearDown(): reports from an earlier pipeline are dropped.
    std::atomic<int> m_build = 0;
    bool m_ended = false;     // EOS reached, no seek since
    bool m_playing = false;   // the state asked for, kept across a rebuild
    bool m_hasPlayed = false; // this pipeline has been PLAYING
    QElapsedTimer m_sinceBuild;
    // A seek waiting for a rebuilt pipeline to preroll; -1: none.
    qint64 m_pendingSeekMs = -1;
    // Streams linked in the current pipeline (m_hasVideo/m_hasAudio stay across a rebuild).
    std::atomic<bool> m_linkedVideo = false;
    std::atomic<bool> m_linkedAudio = false;
    std::atomic<double> m_gain = 1.0;
    std::atomic<bool> m_hasVideo = false;
    std::atomic<bool> m_hasAudio = false;
    std::atomic<double> m_fps = 0.0;
    std::atomic<bool> m_closing = false;
    // Bumped by seek(): a frame handed over before the seek but not yet delivered is dropped.
    std::atomic<int> m_seekSerial = 0;
};

} // namespace avemo
