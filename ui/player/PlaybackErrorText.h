#pragma once

#include <QCoreApplication>
#include <QMediaPlayer>
#include <QString>

namespace avemo {

// Turns what Qt Multimedia / GStreamer report into one sentence an annotator can act on. The
// backend text is matched, never shown when blind: it may carry a URI.
class PlaybackErrorText
{
    Q_DECLARE_TR_FUNCTIONS(avemo::PlaybackErrorText)

public:
    enum class Part
    {
        Context,
        Reply,
        ReplyAudio
    };

    // contextNumber counts from 1 and is used only for Part::Context.
    static QString userMessage(Part part, int contextNumber, QMediaPlayer::Error error,
                               const QString &backendText, const QString &path, bool blind);
    // "The reply video", "Context clip 2", ...: the subject of every message.
    static QString partName(Part part, int contextNumber);
};

} // namespace avemo
