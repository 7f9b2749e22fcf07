#include "player/ClipPlayer.h"

#include "player/GstClipPipeline.h"
#include "player/PlayerLog.h"

#include <QFileInfo>

#include <cmath>
#include <utility>

namespace avemo {

namespace {
// An end of stream this far before the declared duration is a cut-off file, not an end.
constexpr qint64 kEarlyEndMs = 500;
constexpr int kPositionPollMs = 40;
} // namespace

ClipPlayer::ClipPlayer(QObject *parent)
    : QObject(parent)
{
    m_positionTimer.setInterval(kPositionPollMs);
    connect(&m_positionTimer, &QTimer::timeout, this, [this] {
        if (m_pipeline && !m_pipeline->hasVideo()) {
            const qint64 ms = m_pipeline->position();
            m_reachedMs = qMax(m_reachedMs, ms);
            emit positionChanged(ms);
        }
    });
}

ClipPlayer::~ClipPlayer()
{
    delete m_pipeline.data(); // stops its threads before our members go
}

void ClipPlayer::open(const QString &path, const QString &audioPath, int audioOffsetMs)
{
    close();
    m_path = path;
    m_audioPath = audioPath;
    m_offsetMs = audioOffsetMs;
    qCDebug(lcPlayer) << "open" << path << audioPath << audioOffsetMs;
    if (!QFileInfo::exists(path)) {
        failLater(Part::Main, QStringLiteral("Resource not found"));
        return;
    }
    if (!audioPath.isEmpty() && !QFileInfo::exists(audioPath)) {
        failLater(Part::SeparateAudio, QStringLiteral("Resource not found"));
        return;
    }
    m_pipeline = new GstClipPipeline(path, audioPath, audioOffsetMs, this);
    connect(m_pipeline, &GstClipPipeline::frame, this, &ClipPlayer::onFrame);
    connect(m_pipeline, &GstClipPipeline::settled, this, &ClipPlayer::onSettled);
    connect(m_pipeline, &GstClipPipeline::endOfStream, this, &ClipPlayer::onEnd);
    connect(m_pipeline, &GstClipPipeline::error, this,
            [this](GstClipPipeline::ErrorKind kind, const QString &text, bool separate) {
                onError(int(kind), text, separate);
            });
    applyGain();
}

void ClipPlayer::close()
{
    ++m_generation;
    m_positionTimer.stop();
    if (m_pipeline) {
        // Stopping is quick without Qt Multimedia in between; the object goes once its queued
        // reports can no longer arrive.
        m_pipeline->disconnect(this);
        m_pipeline->pause();
        m_pipeline->deleteLater();
        m_pipeline = nullptr;
    }
    m_path.clear();
    m_audioPath.clear();
    m_ready = m_failed = m_wantPlaying = m_videoEnded = false;
    m_pendingSeekMs = -1;
    m_reachedMs = 0;
    m_lastFrame = QVideoFrame();
    m_frameOriginUs = -1;
    m_firstFrameDurationUs = 0;
}

bool ClipPlayer::isOpenFor(const QString &path, const QString &audioPath, int audioOffsetMs) const
{
    return !m_failed && m_path == path && m_audioPath == audioPath && m_offsetMs == audioOffsetMs;
}

bool ClipPlayer::hasVideo() const
{
    return m_pipeline && m_pipeline->hasVideo();
}

qint64 ClipPlayer::position() const
{
    if (!m_pipeline)
        return 0;
    // After a seek, until its frame arrives, the pipeline already answers with the target.
    return m_pipeline->position();
}

qint64 ClipPlayer::duration() const
{
    return m_pipeline ? m_pipeline->duration() : 0;
}

double ClipPlayer::frameRate() const
{
    const double fromStream = m_pipeline ? m_pipeline->frameRate() : 0.0;
    if (fromStream > 0.0)
        return fromStream;
    return m_firstFrameDurationUs > 0 ? 1e6 / double(m_firstFrameDurationUs) : 0.0;
}

void ClipPlayer::play()
{
    if (!m_pipeline || m_failed)
        return;
    if (m_videoEnded)
        seek(0);
    m_wantPlaying = true;
    m_pipeline->play();
    m_positionTimer.start();
}

void ClipPlayer::pause()
{
    m_wantPlaying = false;
    m_positionTimer.stop();
    if (m_pipeline)
        m_pipeline->pause();
}

void ClipPlayer::seek(qint64 ms)
{
    if (!m_pipeline || m_failed)
        return;
    m_videoEnded = false;
    if (!m_ready) {
        m_pendingSeekMs = qMax<qint64>(0, ms);
        return;
    }
    // After the end the pipeline sits at EOS; a flushing seek brings it back, paused or playing.
    m_pipeline->seek(ms);
    m_reachedMs = qMax<qint64>(0, ms);
}

bool ClipPlayer::stepFrame(int delta)
{
    const double fps = frameRate();
    if (fps <= 0.0 || !hasVideo())
        return false;
    if (m_wantPlaying)
        pause();
    const double frameUs = 1e6 / fps;
    const qint64 originUs = qMax<qint64>(0, m_frameOriginUs);
    const qint64 currentUs = m_lastFrame.isValid() ? m_lastFrame.startTime() : originUs;
    // A frame shown after a seek starts at the seek target, inside its frame: the small margin
    // keeps a frame that starts exactly on the grid from rounding down to the one before.
    const auto index = qint64(std::floor((double(currentUs - originUs) + 100.0) / frameUs));
    const auto lastIndex = qint64(std::floor(double(duration() * 1000 - originUs) / frameUs - 0.5));
    const qint64 target = qBound<qint64>(0, index + delta, qMax<qint64>(0, lastIndex));
    const auto targetUs = originUs + qint64(std::llround(double(target) * frameUs));
    // seek() takes ms: round up so the position is inside the wanted frame, not before.
    seek((targetUs + 999) / 1000);
    return true;
}

void ClipPlayer::setVolume(float volume)
{
    m_volume = qBound(0.0f, volume, 1.0f);
    applyGain();
}

void ClipPlayer::setGainDb(double gainDb)
{
    m_gainDb = gainDb;
    applyGain();
}

double ClipPlayer::outputGain() const
{
    return double(m_volume) * std::pow(10.0, m_gainDb / 20.0);
}

void ClipPlayer::applyGain()
{
    if (m_pipeline)
        m_pipeline->setGain(outputGain());
}

void ClipPlayer::onFrame(const QVideoFrame &frame)
{
    if (!frame.isValid() || m_path.isEmpty())
        return;
    m_lastFrame = frame;
    if (m_frameOriginUs < 0) {
        m_frameOriginUs = frame.startTime();
        if (frame.endTime() > frame.startTime())
            m_firstFrameDurationUs = frame.endTime() - frame.startTime();
    }
    m_reachedMs = qMax(m_reachedMs, frame.startTime() / 1000);
    emit frameArrived(frame);
    emit positionChanged(frame.startTime() / 1000);
}

void ClipPlayer::onSettled()
{
    if (m_ready || !m_pipeline)
        return;
    qCDebug(lcPlayer) << "prerolled" << m_path << "video" << m_pipeline->hasVideo() << "audio"
                      << m_pipeline->hasAudio() << "duration" << m_pipeline->duration();
    if (!m_pipeline->hasVideo() && !m_pipeline->hasAudio()) {
        // A cut-off file can preroll with no stream GStreamer recognises, and no error.
        onError(int(GstClipPipeline::ErrorKind::Format),
                QStringLiteral("Could not determine type of stream"), false);
        return;
    }
    emit hasVideoChanged(m_pipeline->hasVideo());
    emit durationChanged(m_pipeline->duration());
    markReady();
}

void ClipPlayer::onEnd()
{
    const qint64 durationMs = duration();
    if (durationMs - m_reachedMs > kEarlyEndMs) {
        qCWarning(lcPlayer) << "ended at" << m_reachedMs << "of" << durationMs;
        onError(int(GstClipPipeline::ErrorKind::Format), QStringLiteral("Stream ended early"),
                false);
        return;
    }
    m_videoEnded = true;
    m_wantPlaying = false;
    m_positionTimer.stop();
    emit finished();
}

void ClipPlayer::onError(int kind, const QString &text, bool separateAudio)
{
    if (m_failed || m_path.isEmpty())
        return; // GStreamer often follows the real error with a generic one
    qCWarning(lcPlayer) << "playback error" << text << (separateAudio ? m_audioPath : m_path);
    m_failed = true;
    m_wantPlaying = false;
    m_positionTimer.stop();
    if (m_pipeline)
        m_pipeline->pause();
    QMediaPlayer::Error error = QMediaPlayer::ResourceError;
    switch (GstClipPipeline::ErrorKind(kind)) {
    case GstClipPipeline::ErrorKind::Format:
        error = QMediaPlayer::FormatError;
        break;
    case GstClipPipeline::ErrorKind::AccessDenied:
        error = QMediaPlayer::AccessDeniedError;
        break;
    default:
        break;
    }
    emit failed(separateAudio ? Part::SeparateAudio : Part::Main, error, text);
}

void ClipPlayer::markReady()
{
    if (m_ready)
        return;
    m_ready = true;
    if (m_pendingSeekMs >= 0) {
        const qint64 ms = std::exchange(m_pendingSeekMs, -1);
        seek(ms);
    }
    emit ready();
}

void ClipPlayer::failLater(Part part, const QString &text)
{
    m_failed = true;
    // Queued: the caller connects after open() returns, and must still hear about it.
    QMetaObject::invokeMethod(
        this,
        [this, part, text, generation = m_generation] {
            if (generation == m_generation)
                emit failed(part, QMediaPlayer::ResourceError, text);
        },
        Qt::QueuedConnection);
}

} // namespace avemo
