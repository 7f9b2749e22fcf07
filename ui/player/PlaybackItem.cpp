#include "player/PlaybackItem.h"

namespace avemo {

QString PlaybackItem::segmentPath(int segment) const
{
    if (segment < 0 || segment > replyIndex())
        return {};
    return isReply(segment) ? replyClip : contextClips.at(segment);
}

} // namespace avemo
