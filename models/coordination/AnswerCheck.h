#pragma once

#include "StudyTypes.h"

#include <QCoreApplication>
#include <QString>

namespace avemo {

// Whether a stored answer is one the study allows: a category of the question's label set, a
// point of a MOS scale, a finite number within a slider's range, or any text. The merge uses
// it to keep out what an annotator's file claims; the rating screen only ever offers such
// answers.
class AnswerCheck
{
    Q_DECLARE_TR_FUNCTIONS(avemo::AnswerCheck)

public:
    // Empty when value is acceptable, else why not ("is not a category of label set 'x'").
    static QString problem(const StudyDefinition &study, const Question &question,
                           const QString &value);
};

} // namespace avemo
