#pragma once

#include <QElapsedTimer>
#include <QMediaPlayer>
#include <QObject>
#include <QTimer>
#include <QVideoFrame>

#include <memory>

class QAudioOutput;
class QVideoSink;

namespace avemo {

// Plays one clip, optionally with a separate audio track kept in sync at a declared offset. The
// controller keeps several of these: the one on screen, and one preparing the next item so that
// switching shows its first frame at once. Frames go to a private sink and out through
// frameArrived(), so a clip being prepared never reaches the screen.
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
    // Releases the media at once. Blocks (Qt 6.4 GStreamer) for 1 s while a preroll is under way
    // and 300 ms while video plays: use retire() unless the player is known to be idle.
    void close();
    // Pauses now and closes once that no longer blocks; the player is unusable until isIdle().
    void retire();
    bool isIdle() const { return m_path.isEmpty() && !m_retiring; }
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

signals:
    void frameArrived(const QVideoFrame &frame);
    void ready();
    void positionChanged(qint64 ms);
    void durationChanged(qint64 ms);
    void hasVideoChanged(bool hasVideo);
    // The clip played to its end (and its separate audio, if any).
    void finished();
    void failed(avemo::ClipPlayer::Part part, QMediaPlayer::Error error, const QString &text);
    // |audio position - video frame time - offset| measured on a frame while both play.
    void syncSampled(double errorMs);

private:
    void onFrame(const QVideoFrame &frame);
    void onStatus(QMediaPlayer::MediaStatus status);
    void onAudioStatus(QMediaPlayer::MediaStatus status);
    void markReady();
    void alignAudio();
    void alignAudioSolo();
    void checkFinished();
    void failLater(Part part, const QString &text);

    std::unique_ptr<QMediaPlayer> m_video;
    QAudioOutput *m_videoOut = nullptr;
    QVideoSink *m_sink = nullptr;
    std::unique_ptr<QMediaPlayer> m_audio;
    QAudioOutput *m_audioOut = nullptr;
    QTimer m_audioStart;
    QTimer m_retireTimer;
    int m_retireTries = 0;
    bool m_retiring = false;

    QString m_path;
    QString m_audioPath;
    int m_offsetMs = 0;
    float m_volume = 1.0f;
    bool m_ready = false;
    bool m_loaded = false; // GStreamer ignores seeks until the media is loaded
    qint64 m_pendingSeekMs = -1;
    // The furthest point really played: an end long before the duration means a damaged file.
    qint64 m_reachedMs = 0;
    bool m_failed = false;
    bool m_wantPlaying = false;
    bool m_videoEnded = false;
    bool m_audioEnded = false;
    QVideoFrame m_lastFrame;
    // Start time of the first decoded frame: the origin of the frame grid for stepFrame().
    qint64 m_frameOriginUs = -1;
    qint64 m_firstFrameDurationUs = 0;
    // Corrections are rate-limited: a seek needs a few frames to settle before it is measured.
    QElapsedTimer m_sinceCorrection;
    // Moving the audio alone while the video runs lands it late by the audio pipeline's restart
    // time (about 20 ms here): aim that far ahead, and learn the figure from what each correction
    // actually achieved. Starting both together from pause needs no lead.
    double m_soloLeadMs = 20.0;
    bool m_learnLead = false;
    // Bumped by close(): a failure queued for an earlier source must not reach the new one.
    quint64 m_generation = 0;
};

} // namespace avemo
