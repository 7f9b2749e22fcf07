#include "RatingsCsv.h"

#include <algorithm>

namespace avemo {

namespace {

using ratings::FileProblems;
using ratings::LongRatingsFile;

QString qs(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString joinedIds(const std::vector<std::string> &ids, std::size_t limit = 12)
{
    QStringList names;
    for (std::size_t i = 0; i < ids.size() && i < limit; ++i)
        names << qs(ids[i]);
    if (ids.size() > limit)
        names << QStringLiteral("...");
    return names.join(QLatin1String(", "));
}

// Copies the collected problems (at most kShown) and says how many more there were.
void transfer(const QString &path, const FileProblems &from, ProblemList &to)
{
    for (const auto &p : from.shown()) {
        Problem problem;
        problem.file = path;
        problem.line = int(p.line);
        problem.column = int(p.column);
        problem.message = qs(p.message);
        to.append(problem);
    }
    if (from.total() > from.shown().size()) {
        Problem more;
        more.file = path;
        more.message = QStringLiteral("and %1 more problems like these")
                           .arg(from.total() - from.shown().size());
        to.append(more);
    }
}

void wholeFileProblem(const QString &path, const QString &message, ProblemList &problems)
{
    Problem p;
    p.file = path;
    p.message = message;
    problems.append(p);
}

bool groupsByQuestion(const ratings::LongRatingsOptions &columns)
{
    return std::find(columns.groupColumns.begin(), columns.groupColumns.end(), "question_id") !=
           columns.groupColumns.end();
}

// Reads the file and applies the checks both commands share.
std::optional<LongRatingsFile> readFile(const RatingsRequest &request, std::uint8_t skipKinds,
                                        const QString &skipReason, ProblemList &problems,
                                        QStringList &notes)
{
    auto columns = request.columns;
    columns.skipKinds = skipKinds;
    LongRatingsFile file = LongRatingsFile::read(request.path.toStdString(), columns);
    if (!file.problems.empty()) {
        transfer(request.path, file.problems, problems);
        return std::nullopt;
    }
    if (file.excludedRows > 0 || file.goldRows > 0)
        notes << QStringLiteral("left out as the export's statistics do: %1 rows of excluded "
                                "raters, %2 rows of gold items")
                     .arg(file.excludedRows)
                     .arg(file.goldRows);
    const QString skippedKinds =
        (file.skippedKinds & ratings::CategoricalRow) && (file.skippedKinds & ratings::TextRow)
            ? QStringLiteral("categorical and free-text")
        : (file.skippedKinds & ratings::CategoricalRow) ? QStringLiteral("categorical")
                                                        : QStringLiteral("free-text");
    if (file.skippedKindRows > 0)
        notes << QStringLiteral("left out: %1 rows of %2 questions (%3)")
                     .arg(file.skippedKindRows)
                     .arg(skippedKinds, skipReason);
    if (file.rows.empty()) {
        QString message = request.columns.question.empty()
                              ? QStringLiteral("no ratings to analyse")
                              : QStringLiteral("no ratings to analyse for question '%1'")
                                    .arg(qs(request.columns.question));
        if (file.skippedKindRows > 0)
            message += QStringLiteral(": its %1 rows are %2 answers (%3)")
                           .arg(file.skippedKindRows)
                           .arg(skippedKinds, skipReason);
        else
            message += QStringLiteral(" (every value is empty or left out)");
        wholeFileProblem(request.path, message, problems);
        return std::nullopt;
    }
    // Two questions' answers on one item are not two raters' views of one thing.
    if (file.questions.size() > 1 && request.columns.question.empty() &&
        !groupsByQuestion(request.columns)) {
        wholeFileProblem(request.path,
                         QStringLiteral("the file holds %1 questions (%2): pick one with "
                                        "--question ID or analyse each with --by question_id")
                             .arg(file.questions.size())
                             .arg(joinedIds(file.questions)),
                         problems);
        return std::nullopt;
    }
    return file;
}

ratings::KappaWeights defaultWeights(ratings::Level level)
{
    return level == ratings::Level::Nominal ? ratings::KappaWeights::None
                                            : ratings::KappaWeights::Quadratic;
}

// The ids are taken by value: the one-group case hands over the file's own (no copy of
// 100,000 item ids), several groups each get a copy, compacted to their own ratings.
std::optional<RatingsGroup> buildGroup(const RatingsRequest &request, const LongRatingsFile &file,
                                       std::size_t group, std::vector<ratings::Rating> rows,
                                       std::vector<std::string> itemIds,
                                       std::vector<std::string> raterIds, FileProblems &issues)
{
    RatingsGroup out;
    out.id = file.groupIds[group];
    const std::uint8_t kinds = group < file.groupKinds.size() ? file.groupKinds[group] : 0;
    if (request.level) {
        out.level = *request.level;
        out.levelSource = QStringLiteral("--level");
    } else if (!request.labelScale.empty()) {
        out.level = ratings::Level::Ordinal;
        out.levelSource = QStringLiteral("labels declared with --scale");
    } else if (kinds == ratings::CategoricalRow) {
        out.level = ratings::Level::Nominal;
        out.levelSource = QStringLiteral("categorical question, as agreement.csv");
    } else if (kinds == ratings::ScoreRow) {
        out.level = ratings::Level::Interval;
        out.levelSource = QStringLiteral("mos/slider question, as agreement.csv");
    } else {
        out.level = ratings::Level::Nominal;
        out.levelSource = QStringLiteral("category labels");
    }
    out.weights = request.weights.value_or(defaultWeights(out.level));

    ratings::ValueCodingRequest coding;
    coding.labelsAllowed = out.level == ratings::Level::Nominal && request.labelScale.empty();
    coding.numericScale = request.numericScale;
    coding.labelScale = request.labelScale;
    coding.levelHint = "at the " + std::string(ratings::levelName(out.level)) +
                       " level values must be numbers (labels: --level nominal, or their order "
                       "with --scale a,b,c)";
    const auto values = ratings::codeValues(file, rows, coding, issues);
    if (!values)
        return std::nullopt;
    // Numbers and no --level: the file does not say how far apart they are.
    if (!request.level && request.labelScale.empty() && kinds == 0 && values->labels.empty()) {
        issues.add(0, 0,
                   "the values are numbers: say how to compare them with --level nominal, "
                   "ordinal, interval or ratio");
        return std::nullopt;
    }
    for (auto &r : rows)
        r.value = values->valueOfToken[r.code];
    out.labels = values->labels;
    auto table =
        ratings::RatingTable::create(std::move(rows), std::move(itemIds), std::move(raterIds),
                                     {file.groupIds[group]}, values->scale);
    if (!table) {
        issues.add(0, 0, table.reason());
        return std::nullopt;
    }
    out.table = std::move(table.value());
    return out;
}

} // namespace

std::optional<RatingsInput> RatingsCsv::readForAgreement(const RatingsRequest &request,
                                                         ProblemList &problems)
{
    RatingsInput input;
    auto file =
        readFile(request, ratings::TextRow, QStringLiteral("free text has no agreement statistics"),
                 problems, input.notes);
    if (!file)
        return std::nullopt;
    FileProblems issues;
    const std::size_t groupCount = file->groupIds.size();
    if (groupCount == 1) {
        // The common case and the big one: no copy of the ratings.
        auto rows = std::move(file->rows);
        for (auto &r : rows)
            r.group = 0;
        auto g = buildGroup(request, *file, 0, std::move(rows), std::move(file->itemIds),
                            std::move(file->raterIds), issues);
        if (g)
            input.groups.push_back(std::move(*g));
    } else {
        std::vector<std::vector<ratings::Rating>> rows(groupCount);
        for (std::size_t k = 0; k < file->rows.size(); ++k) {
            auto r = file->rows[k];
            const auto g = r.group;
            r.group = 0;
            rows[g].push_back(r);
        }
        file->rows = {};
        for (std::size_t g = 0; g < groupCount; ++g) {
            auto built = buildGroup(request, *file, g, std::move(rows[g]), file->itemIds,
                                    file->raterIds, issues);
            if (built)
                input.groups.push_back(std::move(*built));
        }
    }
    if (!issues.empty()) {
        transfer(request.path, issues, problems);
        return std::nullopt;
    }
    return input;
}

std::optional<RatingsInput> RatingsCsv::readForMos(const RatingsRequest &request,
                                                   ProblemList &problems)
{
    RatingsInput input;
    auto file = readFile(request, ratings::CategoricalRow | ratings::TextRow,
                         QStringLiteral("MOS needs scores"), problems, input.notes);
    if (!file)
        return std::nullopt;
    FileProblems issues;
    ratings::ValueCodingRequest coding;
    coding.numericScale = request.numericScale;
    coding.labelScale = request.labelScale;
    coding.levelHint = "MOS needs scores (category labels count only with their order: --scale "
                       "a,b,c)";
    const auto values = ratings::codeValues(*file, file->rows, coding, issues);
    if (!values) {
        transfer(request.path, issues, problems);
        return std::nullopt;
    }
    auto rows = std::move(file->rows);
    for (auto &r : rows)
        r.value = values->valueOfToken[r.code];
    auto table = ratings::RatingTable::create(std::move(rows), std::move(file->itemIds),
                                              std::move(file->raterIds), std::move(file->groupIds),
                                              values->scale);
    if (!table) {
        wholeFileProblem(request.path, qs(table.reason()), problems);
        return std::nullopt;
    }
    RatingsGroup all;
    all.table = std::move(table.value());
    all.labels = values->labels;
    input.groups.push_back(std::move(all));
    return input;
}

QString RatingsCsv::groupName(const std::string &id)
{
    return qs(id).replace(QLatin1Char(ratings::kGroupSeparator), QLatin1String(", "));
}

} // namespace avemo
