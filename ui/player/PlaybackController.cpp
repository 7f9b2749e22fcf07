#include "player/PlaybackController.h"

#include "player/GstClipPipeline.h"
#include "player/PlaybackErrorText.h"
#include "player/PlayerLog.h"

#include <QVideoSink>

#include <utility>

namespace avemo {

namespace {
constexpr float kVolumeStep = 0.1f;
// Opening a clip costs 5-30 ms of the GUI thread (pipeline set-up). Waiting this long lets the
// frame just shown be painted first; every clip lasts far longer than this.
constexpr int kPrepareDelayMs = 60;
} // namespace

PlaybackController::PlaybackController(QObject *parent)
    : QObject(parent)
    , m_output(new QVideoSink(this))
{
    m_current = idlePlayer();
    m_prepareTimer.setSingleShot(true);
    m_prepareTimer.setInterval(kPrepareDelayMs);
    connect(&m_prepareTimer, &QTimer::timeout, this, &PlaybackController::prepareNextSegment);
}

PlaybackController::~PlaybackController() = default;

ClipPlayer *PlaybackController::idlePlayer()
{
    for (ClipPlayer *player : std::as_const(m_pool)) {
        if (player->isIdle() && player != m_current && player != m_nextSegment &&
            player != m_nextItem)
            return player;
    }
    return createPlayer();
}

ClipPlayer *PlaybackController::createPlayer()
{
    auto *player = new ClipPlayer(this);
    player->setVolume(m_volume);
    wire(player);
    m_pool.append(player);
    qCDebug(lcPlayer) << "players in the pool:" << m_pool.size();
    return player;
}

void PlaybackController::release(ClipPlayer *&slot)
{
    if (slot)
        slot->retire();
    slot = nullptr;
}

void PlaybackController::wire(ClipPlayer *player)
{
    // Every player is wired once; only the one on screen (m_current) is listened to.
    connect(player, &ClipPlayer::frameArrived, this, [this, player](const QVideoFrame &frame) {
        if (player == m_current)
            show(frame);
    });
    connect(player, &ClipPlayer::ready, this, [this, player] { onReady(player); });
    connect(player, &ClipPlayer::finished, this, [this, player] { onFinished(player); });
    connect(player, &ClipPlayer::failed, this,
            [this, player](ClipPlayer::Part part, QMediaPlayer::Error error, const QString &text) {
                onFailed(player, part, error, text);
            });
    connect(player, &ClipPlayer::positionChanged, this, [this, player](qint64 ms) {
        if (player == m_current)
            emit positionChanged(ms);
    });
    connect(player, &ClipPlayer::durationChanged, this, [this, player](qint64 ms) {
        if (player == m_current)
            emit durationChanged(ms);
    });
}

bool PlaybackController::hasVideo() const
{
    return m_current->hasVideo();
}

qint64 PlaybackController::position() const
{
    return m_current->position();
}

qint64 PlaybackController::duration() const
{
    return m_current->duration();
}

double PlaybackController::frameRate() const
{
    return m_current->frameRate();
}

bool PlaybackController::hasAudioOutput()
{
    return GstClipPipeline::hasAudioOutput();
}

void PlaybackController::load(const PlaybackItem &item)
{
    m_item = item;
    m_replyEnded = false;
    m_userTurnEnded = item.contextClips.isEmpty();
    m_error.clear();
    release(m_nextSegment);
    if (item.isEmpty()) {
        unload();
        return;
    }
    if (m_nextItem && m_nextItem->isOpenFor(item.segmentPath(0), item.segmentAudio(0),
                                            item.segmentAudioOffsetMs(0))) {
        qCDebug(lcPlayer) << "switching to the preloaded item";
        ClipPlayer *old = std::exchange(m_current, std::exchange(m_nextItem, nullptr));
        // Show the new frame first: retiring the old player costs nothing visible after that.
        openSegment(0, m_autoplayOnLoad);
        old->retire();
        return;
    }
    release(m_nextItem);
    openSegment(0, m_autoplayOnLoad);
}

bool PlaybackController::isPreloaded(const PlaybackItem &next) const
{
    return !next.isEmpty() && m_nextItem && m_nextItem->isReady() &&
           m_nextItem->isOpenFor(next.segmentPath(0), next.segmentAudio(0),
                                 next.segmentAudioOffsetMs(0));
}

void PlaybackController::preload(const PlaybackItem &next)
{
    if (next.isEmpty()) {
        release(m_nextItem);
        return;
    }
    const QString path = next.segmentPath(0);
    const QString audio = next.segmentAudio(0);
    const int offset = next.segmentAudioOffsetMs(0);
    if (m_nextItem && m_nextItem->isOpenFor(path, audio, offset))
        return;
    release(m_nextItem);
    m_nextItem = idlePlayer();
    m_nextItem->open(path, audio, offset);
}

void PlaybackController::unload()
{
    m_item = PlaybackItem();
    m_segment = 0;
    m_autoplay = false;
    release(m_nextSegment);
    ClipPlayer *old = std::exchange(m_current, idlePlayer());
    old->retire();
    m_output->setVideoFrame(QVideoFrame());
    setState(State::Empty);
}

void PlaybackController::openSegment(int segment, bool autoplay)
{
    m_segment = segment;
    m_autoplay = autoplay;
    const QString path = m_item.segmentPath(segment);
    const QString audio = m_item.segmentAudio(segment);
    const int offset = m_item.segmentAudioOffsetMs(segment);
    if (m_current->isOpenFor(path, audio, offset)) {
        // Already there (a preloaded item swapped in, or the same clip again): keep the decoded
        // frame if it is the first one, go back to the start otherwise.
        if (m_current->isPlaying() || m_current->isAtEnd() || m_current->position() > 0) {
            m_current->pause();
            m_current->seek(0);
            m_staleFrame = true; // the frame at 0 arrives from the seek
        }
    } else if (m_nextSegment && m_nextSegment->isOpenFor(path, audio, offset)) {
        ClipPlayer *old = std::exchange(m_current, std::exchange(m_nextSegment, nullptr));
        old->retire();
    } else {
        ClipPlayer *old = std::exchange(m_current, idlePlayer());
        old->retire();
        m_current->open(path, audio, offset);
    }
    m_current->setGainDb(m_item.segmentGainDb(segment));
    emit segmentChanged(segment, m_item.segmentCount(), m_item.isReply(segment));
    emit durationChanged(m_current->duration());
    if (m_current->isReady())
        onReady(m_current);
    else
        setState(State::Loading);
}

void PlaybackController::prepareNextSegment()
{
    const int next = m_segment + 1;
    if (next >= m_item.segmentCount())
        return;
    const QString path = m_item.segmentPath(next);
    const QString audio = m_item.segmentAudio(next);
    const int offset = m_item.segmentAudioOffsetMs(next);
    if (m_nextSegment && m_nextSegment->isOpenFor(path, audio, offset))
        return;
    release(m_nextSegment);
    m_nextSegment = idlePlayer();
    m_nextSegment->open(path, audio, offset);
}

void PlaybackController::onReady(ClipPlayer *player)
{
    if (player != m_current)
        return;
    emit hasVideoChanged(m_current->hasVideo());
    emit durationChanged(m_current->duration());
    if (m_current->hasVideo() && m_current->lastFrame().isValid() && !m_staleFrame)
        show(m_current->lastFrame());
    else if (!m_current->hasVideo())
        m_output->setVideoFrame(QVideoFrame());
    m_staleFrame = false;
    if (m_autoplay) {
        m_current->play();
        setState(State::Playing);
    } else {
        setState(State::Paused);
    }
    m_prepareTimer.start();
}

void PlaybackController::onFinished(ClipPlayer *player)
{
    if (player != m_current)
        return;
    if (m_segment + 1 < m_item.segmentCount()) {
        if (m_segment + 1 == m_item.replyIndex() && !m_userTurnEnded) {
            m_userTurnEnded = true;
            emit userTurnPlayedToEnd();
        }
        openSegment(m_segment + 1, true);
        return;
    }
    m_replyEnded = true;
    setState(State::Finished);
    emit replyPlayedToEnd();
}

void PlaybackController::onFailed(ClipPlayer *player, ClipPlayer::Part part,
                                  QMediaPlayer::Error error, const QString &text)
{
    if (player != m_current) {
        // A clip being prepared: it reports again, to the user, if it is ever opened for real.
        qCInfo(lcPlayer) << "a prepared clip failed:" << text;
        return;
    }
    using Part = PlaybackErrorText::Part;
    const bool audio = part == ClipPlayer::Part::SeparateAudio;
    const Part what =
        audio ? Part::ReplyAudio : (m_item.isReply(m_segment) ? Part::Reply : Part::Context);
    const QString path = audio ? m_item.replyAudio : m_item.segmentPath(m_segment);
    m_error = PlaybackErrorText::userMessage(what, m_segment + 1, error, text, path, m_item.blind);
    m_current->pause();
    m_autoplay = false;
    setState(State::Failed);
    emit errorOccurred(m_error);
}

void PlaybackController::play()
{
    if (m_state == State::Empty || m_state == State::Failed)
        return;
    if (m_state == State::Loading) {
        m_autoplay = true;
        return;
    }
    if (m_state == State::Finished && m_segment != 0) {
        // Play after the end plays the whole item again, as presented.
        openSegment(0, true);
        return;
    }
    m_current->play();
    setState(State::Playing);
}

void PlaybackController::pause()
{
    m_autoplay = false;
    if (m_state != State::Playing && m_state != State::Loading)
        return;
    m_current->pause();
    setState(State::Paused);
}

void PlaybackController::togglePlayPause()
{
    if (m_state == State::Playing || (m_state == State::Loading && m_autoplay))
        pause();
    else
        play();
}

void PlaybackController::seekTo(qint64 ms)
{
    if (m_state == State::Empty || m_state == State::Failed || m_state == State::Loading)
        return;
    const qint64 end = m_current->duration();
    const qint64 target = qBound<qint64>(0, ms, end > 0 ? end : ms);
    m_current->seek(target);
    if (m_state == State::Finished)
        setState(State::Paused);
    emit positionChanged(target);
}

void PlaybackController::seekBy(qint64 deltaMs)
{
    seekTo(m_current->position() + deltaMs);
}

void PlaybackController::stepFrame(int delta)
{
    if (m_state == State::Empty || m_state == State::Failed || m_state == State::Loading)
        return;
    if (!m_current->stepFrame(delta))
        return;
    setState(State::Paused);
}

void PlaybackController::replayReply()
{
    if (m_state == State::Empty || m_state == State::Failed)
        return;
    if (!m_item.isReply(m_segment)) {
        openSegment(m_item.replyIndex(), true);
        return;
    }
    m_current->seek(0);
    m_current->play();
    setState(State::Playing);
}

void PlaybackController::setVolume(float volume)
{
    const float bounded = qBound(0.0f, volume, 1.0f);
    m_volume = bounded;
    for (ClipPlayer *player : std::as_const(m_pool))
        player->setVolume(bounded);
    emit volumeChanged(bounded);
}

void PlaybackController::volumeUp()
{
    setVolume(m_volume + kVolumeStep);
}

void PlaybackController::volumeDown()
{
    setVolume(m_volume - kVolumeStep);
}

void PlaybackController::show(const QVideoFrame &frame)
{
    m_output->setVideoFrame(frame);
    emit frameShown(frame.startTime());
}

void PlaybackController::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace avemo
