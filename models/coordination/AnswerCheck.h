#pragma once

#include "StudyTypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>
#include <span>
#include <string_view>

namespace avemo {

// Whether a stored answer is one the study allows: a category of the question's label set, a
// point of a MOS scale, a finite number within a slider's range, or any text. The merge uses
// it to keep out what an annotator's file claims, the export to leave out what a database
// holds anyway; the rating screen only ever offers such answers.
class AnswerCheck
{
    Q_DECLARE_TR_FUNCTIONS(avemo::AnswerCheck)

public:
    enum class Verdict
    {
        Accepted,
        NotACategory, // not one of the label set's category ids
        OffTheScale,  // not a number, not finite, or not on the question's scale
        UnknownKind,
    };

    // The rule itself, on the value's UTF-8 bytes as stored (a million answers are judged in an
    // export, so no QString per value): categoryIds are the label set's category ids in UTF-8,
    // in label-set order (empty for other questions). score is set when accepted: the category's
    // index, the number, or NaN for text. A number is the whole value in C-locale notation:
    // no spaces, no sign '+', no locale's decimal comma.
    static Verdict judge(const Question &question, std::span<const QByteArray> categoryIds,
                         std::string_view value, double &score);

    // Empty when value is acceptable, else why not ("is not a category of label set 'x'").
    static QString problem(const StudyDefinition &study, const Question &question,
                           const QString &value);
};

} // namespace avemo
