#pragma once

#include "JsonFieldReader.h"

namespace avemo {

// Reads study.json's `presentation` object: blindness, order seed, gold share, playback rules and
// the loudness target. Unknown keys are errors here: a misspelt `must_play_full` would silently
// turn a protection off.
class PresentationJsonParser : private JsonFieldReader
{
    // lupdate does not see the base class's context: named again so that these messages
    // keep the study.json parser's translations.
    Q_DECLARE_TR_FUNCTIONS(avemo::StudyJsonParser)

public:
    using JsonFieldReader::JsonFieldReader;

    // Leaves `presentation` at its defaults where the value is missing or unusable.
    void read(const QJsonValue &value, Presentation &presentation);

private:
    void readLoudnessTarget(const QJsonObject &obj, const QString &ptr, Presentation &presentation);
};

} // namespace avemo
