#pragma once

#include "JsonFieldReader.h"

namespace avemo {

// Reads study.json's `design` object (raters_per_item, keep_turn_together, calibration_items)
// against the study's `raters`, which must be read first. Calibration ids are checked against
// items.csv later, by StudyFolderLoader. Unknown keys are errors: a misspelt
// `keep_turn_together` would silently split the turns.
class DesignJsonParser : private JsonFieldReader
{
    // lupdate does not see the base class's context: named again so that these messages
    // keep the study.json parser's translations.
    Q_DECLARE_TR_FUNCTIONS(avemo::StudyJsonParser)

public:
    using JsonFieldReader::JsonFieldReader;

    // Sets def.design when the value is present (even when parts of it are wrong: the problems
    // say what).
    void read(const QJsonValue &value, StudyDefinition &def);

    // What only items.csv can tell: every calibration id names a study item that is not a gold
    // item, and a calibration count leaves items to assign. Reported at the id in study.json.
    static void checkAgainstItems(const StudyDefinition &def, const QList<StudyItem> &items,
                                  const QString &fileName, ProblemList &problems);

private:
    void readRatersPerItem(const QJsonObject &obj, const QString &ptr, StudyDefinition &def);
    void readCalibration(const QJsonValue &value, const QString &ptr, StudyDesign &design);
};

} // namespace avemo
