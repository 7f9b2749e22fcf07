#include "ClipPlayer.h"

#include "PlayerLog.h"

#include <QAudioOutput>
#include <QFileInfo>
#include <QMediaMetaData>
#include <QUrl>
#include <QVideoSink>

#include <cmath>
#include <utility>

namespace avemo {

namespace {
// Above this the separate audio is moved back onto the video clock. Below it a correction would
// cost more (a flushing seek, an audible click) than the error it removes.
constexpr double kCorrectThresholdMs = 15.0;
// A correction needs a few frames to settle before the next measurement means anything.
constexpr qint64 kCorrectionSettleMs = 300;
// The first samples after a correction still show the restart; later ones show where it landed.
constexpr qint64 kLeadMeasureAfterMs = 150;
constexpr double kMaxLeadMs = 80.0;
// Measured: stop() right after pause() blocks 300 ms, 100 ms later it takes 1 ms.
constexpr int kRetireDelayMs = 200;
constexpr int kRetireMaxTries = 25;
// An end of stream this far before the declared duration is a cut-off file, not an end.
constexpr qint64 kEarlyEndMs = 500;
} // namespace

ClipPlayer::ClipPlayer(QObject *parent)
    : QObject(parent)
    , m_video(std::make_unique<QMediaPlayer>())
    , m_videoOut(new QAudioOutput(this))
    , m_sink(new QVideoSink(this))
{
    // An audio output is attached even for silent video: without one, GStreamer fails
    // audio-only files with "Internal data stream error"; with one it falls back to a fake sink.
    m_video->setAudioOutput(m_videoOut);
    m_video->setVideoSink(m_sink);
    m_audioStart.setSingleShot(true);
    m_audioStart.setTimerType(Qt::PreciseTimer);
    connect(&m_audioStart, &QTimer::timeout, this, &ClipPlayer::alignAudioSolo);
    m_retireTimer.setSingleShot(true);
    connect(&m_retireTimer, &QTimer::timeout, this, [this] {
        const bool prerolling = !m_ready && !m_failed && !m_path.isEmpty();
        if (prerolling && ++m_retireTries < kRetireMaxTries) {
            m_retireTimer.start(kRetireDelayMs);
            return;
        }
        close();
    });

    connect(m_sink, &QVideoSink::videoFrameChanged, this, &ClipPlayer::onFrame);
    connect(m_video.get(), &QMediaPlayer::mediaStatusChanged, this, &ClipPlayer::onStatus);
    connect(m_video.get(), &QMediaPlayer::positionChanged, this, [this](qint64 ms) {
        m_reachedMs = qMax(m_reachedMs, ms);
        emit positionChanged(ms);
    });
    connect(m_video.get(), &QMediaPlayer::durationChanged, this, &ClipPlayer::durationChanged);
    connect(m_video.get(), &QMediaPlayer::hasVideoChanged, this, &ClipPlayer::hasVideoChanged);
    connect(m_video.get(), &QMediaPlayer::errorOccurred, this,
            [this](QMediaPlayer::Error error, const QString &text) {
                if (error == QMediaPlayer::NoError || m_path.isEmpty() || m_failed)
                    return; // GStreamer often follows the real error with a generic one
                qCWarning(lcPlayer) << "playback error" << error << text << m_path;
                m_failed = true;
                m_wantPlaying = false;
                emit failed(Part::Main, error, text);
            });
}

ClipPlayer::~ClipPlayer() = default;

void ClipPlayer::open(const QString &path, const QString &audioPath, int audioOffsetMs)
{
    close();
    m_path = path;
    m_audioPath = audioPath;
    m_offsetMs = audioOffsetMs;
    qCDebug(lcPlayer) << "open" << path << audioPath << audioOffsetMs;

    if (!audioPath.isEmpty()) {
        if (!m_audio) {
            m_audio = std::make_unique<QMediaPlayer>();
            m_audioOut = new QAudioOutput(this);
            m_audio->setAudioOutput(m_audioOut);
            connect(m_audio.get(), &QMediaPlayer::mediaStatusChanged, this,
                    &ClipPlayer::onAudioStatus);
            connect(m_audio.get(), &QMediaPlayer::errorOccurred, this,
                    [this](QMediaPlayer::Error error, const QString &text) {
                        if (error == QMediaPlayer::NoError || m_audioPath.isEmpty() || m_failed)
                            return;
                        qCWarning(lcPlayer) << "audio error" << error << text << m_audioPath;
                        m_failed = true;
                        m_wantPlaying = false;
                        emit failed(Part::SeparateAudio, error, text);
                    });
        }
        if (QFileInfo::exists(audioPath)) {
            m_audio->setSource(QUrl::fromLocalFile(audioPath));
            m_audio->pause();
        } else {
            failLater(Part::SeparateAudio, QStringLiteral("Resource not found"));
        }
    }
    setVolume(m_volume);

    if (!QFileInfo::exists(path)) {
        failLater(Part::Main, QStringLiteral("Resource not found"));
        return;
    }
    m_video->setSource(QUrl::fromLocalFile(path));
    // Paused, not stopped: GStreamer prerolls and hands the first frame to the sink.
    m_video->pause();
}

void ClipPlayer::retire()
{
    if (m_path.isEmpty() && !m_failed)
        return;
    pause();
    m_retiring = true;
    m_retireTries = 0;
    m_retireTimer.start(kRetireDelayMs);
}

void ClipPlayer::close()
{
    m_retireTimer.stop();
    m_retiring = false;
    m_audioStart.stop();
    ++m_generation;
    m_path.clear();
    m_audioPath.clear();
    m_ready = m_loaded = m_failed = m_wantPlaying = m_videoEnded = m_audioEnded = false;
    m_pendingSeekMs = -1;
    m_reachedMs = 0;
    m_lastFrame = QVideoFrame();
    m_frameOriginUs = -1;
    m_firstFrameDurationUs = 0;
    m_video->stop();
    m_video->setSource(QUrl());
    if (m_audio) {
        m_audio->stop();
        m_audio->setSource(QUrl());
    }
}

bool ClipPlayer::isOpenFor(const QString &path, const QString &audioPath, int audioOffsetMs) const
{
    return !m_failed && !m_retiring && m_path == path && m_audioPath == audioPath &&
           m_offsetMs == audioOffsetMs;
}

bool ClipPlayer::hasVideo() const
{
    return m_video->hasVideo();
}

qint64 ClipPlayer::position() const
{
    return m_video->position();
}

qint64 ClipPlayer::duration() const
{
    return m_video->duration();
}

double ClipPlayer::frameRate() const
{
    const double fromStream = m_video->metaData().value(QMediaMetaData::VideoFrameRate).toDouble();
    if (fromStream > 0.0)
        return fromStream;
    return m_firstFrameDurationUs > 0 ? 1e6 / double(m_firstFrameDurationUs) : 0.0;
}

void ClipPlayer::play()
{
    if (m_path.isEmpty() || m_failed)
        return;
    if (m_videoEnded)
        seek(0);
    m_wantPlaying = true;
    m_video->play();
    alignAudio();
}

void ClipPlayer::pause()
{
    m_wantPlaying = false;
    m_audioStart.stop();
    m_video->pause();
    if (m_audio)
        m_audio->pause();
}

void ClipPlayer::seek(qint64 ms)
{
    if (m_path.isEmpty() || m_failed)
        return;
    m_videoEnded = m_audioEnded = false;
    if (!m_ready) {
        m_pendingSeekMs = qMax<qint64>(0, ms);
        return;
    }
    // After the end GStreamer sits in StoppedState; paused shows the frame at the new position.
    if (m_video->playbackState() == QMediaPlayer::StoppedState)
        m_video->pause();
    m_video->setPosition(qMax<qint64>(0, ms));
    m_reachedMs = qMax<qint64>(0, ms);
    alignAudio();
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
    // setPosition() takes ms: round up so the position is inside the wanted frame, not before.
    seek((targetUs + 999) / 1000);
    return true;
}

void ClipPlayer::setVolume(float volume)
{
    m_volume = qBound(0.0f, volume, 1.0f);
    const bool separate = !m_audioPath.isEmpty();
    m_videoOut->setMuted(separate);
    m_videoOut->setVolume(m_volume);
    if (m_audioOut)
        m_audioOut->setVolume(m_volume);
}

void ClipPlayer::onFrame(const QVideoFrame &frame)
{
    // Stopping or clearing the source sends an empty frame: keep the last picture instead.
    if (!frame.isValid() || m_path.isEmpty())
        return;
    m_lastFrame = frame;
    if (m_frameOriginUs < 0) {
        m_frameOriginUs = frame.startTime();
        if (frame.endTime() > frame.startTime())
            m_firstFrameDurationUs = frame.endTime() - frame.startTime();
    }
    if (m_loaded)
        markReady();

    if (m_audio && m_wantPlaying && !m_audioStart.isActive() &&
        m_audio->playbackState() == QMediaPlayer::PlayingState) {
        const double errorMs =
            double(m_audio->position() + m_offsetMs) - double(frame.startTime()) / 1000.0;
        emit syncSampled(errorMs);
        if (std::abs(errorMs) > kCorrectThresholdMs &&
            m_sinceCorrection.elapsed() > kCorrectionSettleMs) {
            qCDebug(lcPlayer) << "audio drift" << errorMs << "ms: realigning";
            alignAudio();
        }
    }
    m_reachedMs = qMax(m_reachedMs, frame.startTime() / 1000);
    emit frameArrived(frame);
    emit positionChanged(frame.startTime() / 1000);
}

void ClipPlayer::onStatus(QMediaPlayer::MediaStatus status)
{
    qCDebug(lcPlayer) << "status" << status << "video" << m_video->hasVideo() << "audio"
                      << m_video->hasAudio() << "duration" << m_video->duration();
    switch (status) {
    case QMediaPlayer::LoadedMedia:
    case QMediaPlayer::BufferedMedia:
        if (m_loaded)
            break;
        m_loaded = true;
        if (!m_video->hasVideo() && !m_video->hasAudio()) {
            // A cut-off file can load with no stream GStreamer recognises, and no error.
            m_failed = true;
            emit failed(Part::Main, QMediaPlayer::FormatError,
                        QStringLiteral("Could not determine type of stream"));
            break;
        }
        // Audio-only clips never send a frame: loaded is as ready as they get.
        if (!m_video->hasVideo() || m_lastFrame.isValid())
            markReady();
        break;
    case QMediaPlayer::EndOfMedia:
        if (m_video->duration() - m_reachedMs > kEarlyEndMs) {
            qCWarning(lcPlayer) << "ended at" << m_reachedMs << "of" << m_video->duration();
            m_failed = true;
            m_wantPlaying = false;
            emit failed(Part::Main, QMediaPlayer::FormatError,
                        QStringLiteral("Stream ended early"));
            break;
        }
        m_videoEnded = true;
        checkFinished();
        break;
    case QMediaPlayer::InvalidMedia:
        if (!m_failed) {
            m_failed = true;
            m_wantPlaying = false;
            emit failed(Part::Main, m_video->error(), m_video->errorString());
        }
        break;
    default:
        break;
    }
}

void ClipPlayer::onAudioStatus(QMediaPlayer::MediaStatus status)
{
    if (status == QMediaPlayer::EndOfMedia) {
        m_audioEnded = true;
        checkFinished();
    }
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

void ClipPlayer::alignAudio()
{
    if (!m_audio || m_audioPath.isEmpty() || m_failed)
        return;
    m_audioStart.stop();
    m_sinceCorrection.restart();
    const qint64 target = m_video->position() - m_offsetMs;
    if (target < 0) {
        // The audio starts later than the video: hold it at its start until the video gets there.
        m_audio->pause();
        m_audio->setPosition(0);
        if (m_wantPlaying)
            m_audioStart.start(int(-target));
        return;
    }
    const qint64 audioDuration = m_audio->duration();
    if (audioDuration > 0 && target >= audioDuration) {
        m_audio->pause();
        m_audioEnded = true;
        return;
    }
    m_audioEnded = false;
    m_audio->setPosition(target);
    if (m_wantPlaying)
        m_audio->play();
    else
        m_audio->pause();
}

void ClipPlayer::alignAudioSolo()
{
    // Only the audio moves: the video keeps running while the audio pipeline restarts.
    if (!m_audio || !m_wantPlaying)
        return alignAudio();
    m_audioStart.stop();
    m_sinceCorrection.restart();
    const auto target = m_video->position() - m_offsetMs + qint64(std::lround(m_soloLeadMs));
    if (target < 0) {
        m_audioStart.start(int(-target));
        return;
    }
    m_audioEnded = false;
    m_audio->setPosition(target);
    m_audio->play();
    m_learnLead = true;
}

void ClipPlayer::checkFinished()
{
    const bool audioDone =
        !m_audio || m_audioPath.isEmpty() || m_audioEnded ||
        (m_audio->playbackState() != QMediaPlayer::PlayingState && !m_audioStart.isActive());
    if (!m_videoEnded || !audioDone)
        return;
    m_wantPlaying = false;
    emit finished();
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
