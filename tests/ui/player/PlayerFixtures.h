#pragma once

#include "AvemoTestPaths.h"
#include "player/PlaybackItem.h"

#include <QDir>
#include <QString>

// The committed player fixtures (tests/ui/player/data, made by make-fixtures.sh): 320x240,
// 20 fps (one frame = 50 ms), a keyframe every 5 frames.
namespace avemo::fixtures {

inline QString path(const char *name)
{
    return QStringLiteral(AVEMO_SOURCE_DIR "/tests/ui/player/data/") + QLatin1String(name);
}

constexpr double kFps = 20.0;
constexpr qint64 kFrameUs = 50000;

inline PlaybackItem replyOnly(const char *name = "reply.webm")
{
    PlaybackItem item;
    item.replyClip = path(name);
    return item;
}

inline PlaybackItem withContext()
{
    PlaybackItem item;
    item.contextClips = {path("context1.webm"), path("context2.webm")};
    item.replyClip = path("reply.webm");
    return item;
}

inline PlaybackItem separateAudio(int offsetMs = 40)
{
    PlaybackItem item;
    item.replyClip = path("reply-video-only.webm");
    item.replyAudio = path("reply-audio.ogg");
    item.replyAudioOffsetMs = offsetMs;
    return item;
}

// Keeps GStreamer's PulseAudio probe quiet and away from the user's session.
inline void usePrivateRuntimeDir()
{
    static const QString dir = QDir::temp().filePath(QStringLiteral("avemo-player-test-xdg"));
    QDir().mkpath(dir);
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", dir.toLocal8Bit());
}

} // namespace avemo::fixtures
