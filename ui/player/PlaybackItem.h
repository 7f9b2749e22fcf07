#pragma once

#include <QString>
#include <QStringList>

namespace avemo {

// What the player plays for one rated item: the context clips in order, then the reply. The
// paths are local files; nothing derived from them may reach the screen when `blind` is set.
struct PlaybackItem
{
    QStringList contextClips;
    QString replyClip;
    // A separate audio track played over the reply video; empty when the reply carries its own.
    QString replyAudio;
    // When the separate audio starts relative to the reply video (positive: audio later).
    int replyAudioOffsetMs = 0;
    bool blind = true;
    // Loudness normalisation per segment, in dB (presentation.loudness_lufs minus the track's
    // measured loudness): one per context clip, then the reply's. 0 when off or unmeasured.
    QList<double> contextGainsDb;
    double replyGainDb = 0.0;

    bool isEmpty() const { return replyClip.isEmpty(); }
    int segmentCount() const { return isEmpty() ? 0 : int(contextClips.size()) + 1; }
    int replyIndex() const { return int(contextClips.size()); }
    bool isReply(int segment) const { return segment == replyIndex(); }
    // The clip of a segment: context clips first, the reply last.
    QString segmentPath(int segment) const;
    // The separate audio for a segment (only the reply has one).
    QString segmentAudio(int segment) const { return isReply(segment) ? replyAudio : QString(); }
    double segmentGainDb(int segment) const
    {
        return isReply(segment) ? replyGainDb : contextGainsDb.value(segment, 0.0);
    }
    int segmentAudioOffsetMs(int segment) const
    {
        return isReply(segment) && !replyAudio.isEmpty() ? replyAudioOffsetMs : 0;
    }

    friend bool operator==(const PlaybackItem &, const PlaybackItem &) = default;
};

} // namespace avemo
