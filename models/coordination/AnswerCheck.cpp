#include "AnswerCheck.h"

#include <cmath>

namespace avemo {

QString AnswerCheck::problem(const StudyDefinition &study, const Question &question,
                             const QString &value)
{
    switch (question.kind) {
    case QuestionKind::Categorical: {
        const LabelSet *set = study.labelSet(question.labelSet);
        if (!set || set->indexOf(value) < 0)
            return tr("'%1' is not a category of label set '%2'")
                .arg(value.left(40), question.labelSet);
        return {};
    }
    case QuestionKind::Mos:
    case QuestionKind::Slider: {
        bool ok = false;
        const double number = value.trimmed().toDouble(&ok);
        const bool onScale =
            ok && std::isfinite(number) &&
            (question.kind == QuestionKind::Mos
                 ? question.scale.contains(number)
                 : number >= question.scale.min - 1e-9 && number <= question.scale.max + 1e-9);
        if (!onScale)
            return tr("'%1' is not a number on the scale %2..%3")
                .arg(value.left(40))
                .arg(question.scale.min)
                .arg(question.scale.max);
        return {};
    }
    case QuestionKind::Text:
        return {};
    }
    return tr("question '%1' has a kind this version does not know").arg(question.id);
}

} // namespace avemo
