#include "export/StudyRatings.h"

#include <cmath>
#include <limits>

namespace avemo {

namespace {

constexpr std::uint32_t kUnknown = std::numeric_limits<std::uint32_t>::max();

} // namespace

QString LeftOutRow::describe() const
{
    QStringList whose;
    if (!raterId.isEmpty())
        whose.append(QStringLiteral("rater '%1'").arg(raterId));
    if (!itemId.isEmpty())
        whose.append(QStringLiteral("item '%1'").arg(itemId));
    if (!questionId.isEmpty())
        whose.append(QStringLiteral("question '%1'").arg(questionId));
    QString where = QStringLiteral("table %1").arg(table);
    if (row >= 0)
        where += QStringLiteral(", row %1").arg(row);
    if (!whose.isEmpty())
        where += QStringLiteral(" (%1)").arg(whose.join(QStringLiteral(", ")));
    return QStringLiteral("%1: %2 '%3' %4").arg(where, field, value, reason);
}

ProblemList StudyRatings::leftOutProblems() const
{
    ProblemList problems;
    for (const LeftOutRow &row : m_leftOut)
        problems.append({m_databasePath, 0, 0, Problem::Severity::Warning,
                         row.describe() + QStringLiteral("; left out")});
    if (m_leftOutCount > m_leftOut.size())
        problems.append({m_databasePath, 0, 0, Problem::Severity::Warning,
                         QStringLiteral("and %1 more stored rows the study does not allow; left "
                                        "out")
                             .arg(m_leftOutCount - m_leftOut.size())});
    return problems;
}

bool StudyRatings::hasStatistics(const Question &question)
{
    return question.kind != QuestionKind::Text;
}

const LabelSet *StudyRatings::labelSet(std::size_t question) const
{
    const Question &q = m_definition.questions.at(qsizetype(question));
    return q.kind == QuestionKind::Categorical ? m_definition.labelSet(q.labelSet) : nullptr;
}

std::optional<QString> StudyRatings::adjudication(std::size_t item, std::size_t question) const
{
    const auto it = m_adjudications.constFind((quint64(item) << 32) | quint64(question));
    if (it == m_adjudications.cend())
        return std::nullopt;
    return *it;
}

ratings::Result<QuestionTable> StudyRatings::table(std::size_t question,
                                                   const TableOptions &options) const
{
    using R = ratings::Result<QuestionTable>;
    if (question >= std::size_t(m_definition.questions.size()))
        return R::fail("no such question");
    const Question &q = m_definition.questions[qsizetype(question)];
    ratings::Scale scale;
    if (q.kind == QuestionKind::Text) {
        return R::fail("question '" + q.id.toStdString() + "' is free text: no statistics");
    } else if (q.kind == QuestionKind::Categorical) {
        const LabelSet *set = labelSet(question);
        std::vector<double> points;
        for (qsizetype i = 0; set && i < set->categories.size(); ++i)
            points.push_back(double(i));
        scale = ratings::Scale::fromPoints(std::move(points));
    } else if (q.kind == QuestionKind::Mos) {
        std::vector<double> points;
        for (int i = 0; i < q.scale.pointCount(); ++i)
            points.push_back(q.scale.point(i));
        scale = ratings::Scale::fromPoints(std::move(points));
    } else {
        scale = ratings::Scale::range(q.scale.min, q.scale.max);
    }

    // The engine keeps only ids with a rating, in their original order: the ratings are
    // numbered that way here, so only the ids in use are copied (a question's tables are
    // built twice, for items and for systems; copying every id each time cost more than
    // the rest of the engine's checks).
    std::vector<ratings::Rating> list;
    std::vector<std::uint32_t> itemCode(m_items.size(), kUnknown),
        raterCode(m_raters.size(), kUnknown), systemCode(m_systemIdsUtf8.size(), kUnknown);
    list.reserve(m_scores[question].size());
    for (const QuestionScore &r : m_scores[question]) {
        if ((!options.includeGold && m_itemGold[r.item]) ||
            (!options.includeExcludedRaters && m_raterExcluded[r.rater]))
            continue;
        const std::uint32_t system = m_itemSystem[r.item];
        list.push_back({r.item, r.rater, system, 0, r.number});
        itemCode[r.item] = raterCode[r.rater] = systemCode[system] = 0;
    }
    QuestionTable result;
    std::vector<std::string> itemIds, raterIds, systemIds;
    const auto number = [](std::vector<std::uint32_t> &code, const std::vector<std::string> &ids,
                           std::vector<std::string> &usedIds, std::vector<std::uint32_t> &used) {
        for (std::size_t i = 0; i < code.size(); ++i) {
            if (code[i] == kUnknown)
                continue;
            code[i] = std::uint32_t(used.size());
            used.push_back(std::uint32_t(i));
            usedIds.push_back(ids[i]);
        }
    };
    number(itemCode, m_itemIdsUtf8, itemIds, result.items);
    number(raterCode, m_raterIdsUtf8, raterIds, result.raters);
    number(systemCode, m_systemIdsUtf8, systemIds, result.systems);
    for (ratings::Rating &r : list) {
        r.item = itemCode[r.item];
        r.rater = raterCode[r.rater];
        r.group = systemCode[r.group];
    }
    auto table = ratings::RatingTable::create(std::move(list), std::move(itemIds),
                                              std::move(raterIds), std::move(systemIds), scale);
    if (!table)
        return R::fail(table.reason());
    result.table = std::move(table.value());
    return R::ok(std::move(result));
}

} // namespace avemo
