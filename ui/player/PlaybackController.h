#pragma once

#include "player/ClipPlayer.h"
#include "player/PlaybackItem.h"

#include <QObject>
#include <QTimer>
#include <QVideoFrame>

class QVideoSink;

namespace avemo {

// Plays one item: its context clips in sequence, then the reply (Qt 6 has no playlist, so the
// queue is ours). Frames go out through videoSink(); errors come out as one user-facing sentence
// that never names a file when the item is blind. The next clip of the item and the first clip
// of the next item (preload()) are prepared on spare players, so moving on swaps players instead
// of waiting for a decoder.
class PlaybackController : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Empty,
        Loading,
        Playing,
        Paused,
        Finished,
        Failed
    };
    Q_ENUM(State)

    explicit PlaybackController(QObject *parent = nullptr);
    ~PlaybackController() override;

    // Every shown frame is set on this sink; the widget and tests read it.
    QVideoSink *videoSink() const { return m_output; }
    const PlaybackItem &item() const { return m_item; }
    State state() const { return m_state; }
    int segmentIndex() const { return m_segment; }
    int segmentCount() const { return m_item.segmentCount(); }
    bool isReplySegment() const { return m_item.isReply(m_segment); }
    bool hasVideo() const;
    qint64 position() const;
    qint64 duration() const;
    double frameRate() const;
    float volume() const { return m_volume; }
    // The linear gain the clip on screen plays at: the volume times its loudness normalisation.
    double outputGain() const { return m_current->outputGain(); }
    // True once the reply has played to its end since load() (for must_play_fully).
    bool hasReplyPlayedToEnd() const { return m_replyEnded; }
    // True once every context clip (the user's turn) has played to its end since load(); true
    // at once for an item without context.
    bool hasUserTurnPlayedToEnd() const { return m_userTurnEnded; }
    // load() starts playing by itself (the study's presentation.autoplay).
    void setAutoplay(bool autoplay) { m_autoplayOnLoad = autoplay; }
    bool autoplay() const { return m_autoplayOnLoad; }
    // False when there is no sound output at all (no sound server): playback is silent.
    static bool hasAudioOutput();
    QString errorMessage() const { return m_error; }
    // True when load(next) will show its first frame at once (decoded by preload()).
    bool isPreloaded(const avemo::PlaybackItem &next) const;

public slots:
    // Shows the first frame of the item's first clip, paused.
    void load(const avemo::PlaybackItem &item);
    // Prepares the first clip of the item that will be loaded next.
    void preload(const avemo::PlaybackItem &next);
    void unload();
    void play();
    void pause();
    void togglePlayPause();
    // Within the current clip, clamped to it.
    void seekTo(qint64 ms);
    void seekBy(qint64 deltaMs);
    // Pauses, then shows the frame `delta` frames away from the one on screen.
    void stepFrame(int delta);
    void stepForward() { stepFrame(1); }
    void stepBackward() { stepFrame(-1); }
    void replayReply();
    void setVolume(float volume);
    void volumeUp();
    void volumeDown();

signals:
    void segmentChanged(int index, int count, bool isReply);
    void positionChanged(qint64 ms);
    void durationChanged(qint64 ms);
    void stateChanged(avemo::PlaybackController::State state);
    void hasVideoChanged(bool hasVideo);
    void volumeChanged(float volume);
    void replyPlayedToEnd();
    void userTurnPlayedToEnd();
    void frameShown(qint64 timestampUs);
    void errorOccurred(const QString &userMessage);

private:
    void wire(ClipPlayer *player);
    // An idle player from the pool (a new one if every player is busy or retiring).
    ClipPlayer *idlePlayer();
    ClipPlayer *createPlayer();
    // Retires what a slot holds and empties it.
    void release(ClipPlayer *&slot);
    void openSegment(int segment, bool autoplay);
    void prepareNextSegment();
    void onReady(ClipPlayer *player);
    void onFinished(ClipPlayer *player);
    void onFailed(ClipPlayer *player, ClipPlayer::Part part, QMediaPlayer::Error error,
                  const QString &text);
    void show(const QVideoFrame &frame);
    void setState(State state);

    QVideoSink *m_output = nullptr;
    // Players move between slots instead of reopening: a swap shows an already decoded frame.
    // Retired players close later (closing at once would block), so the pool can grow by a few.
    QList<ClipPlayer *> m_pool;
    ClipPlayer *m_current = nullptr;     // on screen; never null
    ClipPlayer *m_nextSegment = nullptr; // the clip after the current one, same item
    ClipPlayer *m_nextItem = nullptr;    // the first clip of the preloaded item
    PlaybackItem m_item;
    int m_segment = 0;
    State m_state = State::Empty;
    bool m_autoplay = false;
    bool m_replyEnded = false;
    bool m_userTurnEnded = false;
    bool m_autoplayOnLoad = false;
    bool m_staleFrame = false; // the current player's last frame is not where it now stands
    float m_volume = 1.0f;
    QString m_error;
    QTimer m_prepareTimer;
};

} // namespace avemo
