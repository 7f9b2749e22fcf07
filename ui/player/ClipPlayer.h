#pragma once

#include <QMediaPlayer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVideoFrame>

namespace avemo {

// Plays one clip, optionally with a separate audio track at a declared offset, on one GStreamer
// pipeline (GstClipPipeline): one clock, so the two never need re-aligning. The controller keeps
// several of these: the one on screen, and one preparing the next item so that switching shows
// its first frame at once. Frames go out through frameArrived(), so a clip being prepared never
// reaches the screen.
class ClipPlayer : public QObject
{
    Q_OBJECT

public:
    enum class Part
    {
        Main,
        SeparateAudio
    };
    Q_ENUM(Part)

    explicit ClipPlayer(QObject *parent = nullptr);
    ~ClipPlayer() override;

    // Sets the sources and prerolls paused, so the first frame is decoded before play().
    void open(const QString &path, const QString &audioPath = {}, int audioOffsetMs = 0);
    // Releases the media at once (a GStreamer pipeline stops in a few ms).
    void close();
    // Kept for the controller's pool: closing no longer blocks, so this is close().
    void retire() { close(); }
    bool isIdle() const { return m_path.isEmpty(); }
    bool isOpenFor(const QString &path, const QString &audioPath, int audioOffsetMs) const;

    QString path() const { return m_path; }
    bool isReady() const { return m_ready; }
    bool hasFailed() const { return m_failed; }
    bool hasVideo() const;
    bool isPlaying() const { return m_wantPlaying; }
    bool isAtEnd() const { return m_videoEnded; }
    QVideoFrame lastFrame() const { return m_lastFrame; }
    qint64 position() const;
    qint64 duration() const;
    // Frames per second from the stream, or from the first frame's duration; 0 if unknown.
    double frameRate() const;

    void play();
    void pause();
    void seek(qint64 ms);
    // Paused only: shows the frame `delta` frames away; false when there is no frame grid.
    bool stepFrame(int delta);
    void setVolume(float volume);
    // Loudness normalisation, in dB, applied on top of the volume (0: none).
    void setGainDb(double gainDb);
    double gainDb() const { return m_gainDb; }
    // What the pipeline's volume element is set to: the volume times the normalisation gain.
    double outputGain() const;

signals:
    void frameArrived(const QVideoFrame &frame);
    void ready();
    void positionChanged(qint64 ms);
    void durationChanged(qint64 ms);
    void hasVideoChanged(bool hasVideo);
    // The clip played to its end (and its separate audio, if any).
    void finished();
    void failed(avemo::ClipPlayer::Part part, QMediaPlayer::Error error, const QString &text);

private:
    void onFrame(const QVideoFrame &frame);
    void onSettled();
    void onEnd();
    void onError(int kind, const QString &text, bool separateAudio);
    void markReady();
    void applyGain();
    void failLater(Part part, const QString &text);

    // Deleted later, not at once: its queued reports must not outlive it, nor reach a new clip.
    QPointer<class GstClipPipeline> m_pipeline;
    // Audio-only clips send no frames: the position is polled while playing.
    QTimer m_positionTimer;
    QString m_path;
    QString m_audioPath;
    int m_offsetMs = 0;
    float m_volume = 1.0f;
    double m_gainDb = 0.0;
    bool m_ready = false;
    qint64 m_pendingSeekMs = -1;
    // The furthest point really played: an end long before the duration means a damaged file.
    qint64 m_reachedMs = 0;
    bool m_failed = false;
    bool m_wantPlaying = false;
    bool m_videoEnded = false;
    QVideoFrame m_lastFrame;
    // Start time of the first decoded frame: the origin of the frame grid for stepFrame().
    qint64 m_frameOriginUs = -1;
    qint64 m_firstFrameDurationUs = 0;
    // Bumped by close(): a failure queued for an earlier source must not reach the new one.
    quint64 m_generation = 0;
};

} // namespace avemo
