#include "coordination/AnswerCheck.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

namespace avemo {

namespace {

std::optional<double> parseNumber(std::string_view text)
{
    double value = 0;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    if (result.ec != std::errc() || result.ptr != text.data() + text.size() ||
        !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace

AnswerCheck::Verdict AnswerCheck::judge(const Question &question,
                                        std::span<const QByteArray> categoryIds,
                                        std::string_view value, double &score)
{
    switch (question.kind) {
    case QuestionKind::Categorical: {
        const auto it =
            std::find_if(categoryIds.begin(), categoryIds.end(), [&](const QByteArray &id) {
                return std::string_view(id.constData(), std::size_t(id.size())) == value;
            });
        if (it == categoryIds.end())
            return Verdict::NotACategory;
        score = double(it - categoryIds.begin());
        return Verdict::Accepted;
    }
    case QuestionKind::Mos:
    case QuestionKind::Slider: {
        const auto number = parseNumber(value);
        const bool onScale = number && (question.kind == QuestionKind::Mos
                                            ? question.scale.contains(*number)
                                            : *number >= question.scale.min - 1e-9 &&
                                                  *number <= question.scale.max + 1e-9);
        if (!onScale)
            return Verdict::OffTheScale;
        score = *number;
        return Verdict::Accepted;
    }
    case QuestionKind::Text:
        score = std::numeric_limits<double>::quiet_NaN();
        return Verdict::Accepted;
    }
    return Verdict::UnknownKind;
}

QString AnswerCheck::problem(const StudyDefinition &study, const Question &question,
                             const QString &value)
{
    const LabelSet *set =
        question.kind == QuestionKind::Categorical ? study.labelSet(question.labelSet) : nullptr;
    std::vector<QByteArray> categoryIds;
    if (set)
        for (const Category &c : set->categories)
            categoryIds.push_back(c.id.toUtf8());
    const QByteArray utf8 = value.toUtf8();
    double score = 0;
    switch (judge(question, categoryIds,
                  std::string_view(utf8.constData(), std::size_t(utf8.size())), score)) {
    case Verdict::Accepted:
        return {};
    case Verdict::NotACategory:
        return tr("'%1' is not a category of label set '%2'")
            .arg(value.left(40), question.labelSet);
    case Verdict::OffTheScale:
        return tr("'%1' is not a number on the scale %2..%3")
            .arg(value.left(40))
            .arg(question.scale.min)
            .arg(question.scale.max);
    case Verdict::UnknownKind:
        break;
    }
    return tr("question '%1' has a kind this version does not know").arg(question.id);
}

} // namespace avemo
