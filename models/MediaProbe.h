#pragma once

#include <QCoreApplication>
#include <QString>

namespace avemo {

// Opens a media file with GStreamer, the stack that plays it during rating, and reports its
// duration and streams. A file that this stack cannot decode is found at validation time, not in
// front of an annotator. Opens no audio output (works the same with or without a sound server).
// Blocks for at most the timeout.
class MediaProbe
{
    // Messages are for the study author; the GUI shows them in its language.
    Q_DECLARE_TR_FUNCTIONS(avemo::MediaProbe)

public:
    struct Info
    {
        bool ok = false;
        QString error; // a clear reason when !ok
        qint64 durationMs = 0;
        bool hasVideo = false;
        bool hasAudio = false;
    };

    static Info probe(const QString &absolutePath, int timeoutMs = 10000);

    // Turns GStreamer's terse errors into advice a person can act on.
    static QString explain(const QString &backendError);
};

} // namespace avemo
