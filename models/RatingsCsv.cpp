#include "RatingsCsv.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace avemo {

namespace {

Problem problemAt(const QString &file, int line, int column, const QString &message)
{
    Problem p;
    p.file = file;
    p.line = line;
    p.column = column;
    p.message = message;
    return p;
}

// The table checks the scale too; checking here lets the message name the line.
bool onScale(const ratings::Scale &scale, double value)
{
    if ((scale.minimum && value < *scale.minimum) || (scale.maximum && value > *scale.maximum))
        return false;
    if (!scale.hasPoints())
        return true;
    return std::any_of(scale.points.begin(), scale.points.end(), [value](double p) {
        return std::fabs(p - value) <= 1e-9 * std::max(1.0, std::fabs(p));
    });
}

} // namespace

std::optional<ratings::RatingTable>
RatingsCsv::toTable(const CsvTable &csv, const QString &fileName, const QString &groupColumn,
                    ProblemList &problems, const ratings::Scale &scale)
{
    const int itemColumn = csv.column(QStringLiteral("item_id"));
    const int raterColumn = csv.column(QStringLiteral("rater_id"));
    const int valueColumn = csv.column(QStringLiteral("value"));
    const int groupIndex = groupColumn.isEmpty() ? -1 : csv.column(groupColumn);
    const int errorsBefore = countErrors(problems);
    const auto requireColumn = [&](int index, const QString &name) {
        if (index < 0)
            problems.append(
                problemAt(fileName, 1, 0,
                          QStringLiteral("missing column '%1' in the header (found: %2)")
                              .arg(name, csv.header.join(QLatin1String(", ")))));
    };
    requireColumn(itemColumn, QStringLiteral("item_id"));
    requireColumn(raterColumn, QStringLiteral("rater_id"));
    requireColumn(valueColumn, QStringLiteral("value"));
    if (!groupColumn.isEmpty())
        requireColumn(groupIndex, groupColumn);
    if (countErrors(problems) > errorsBefore)
        return std::nullopt;

    ratings::RatingTableBuilder builder(scale);
    builder.reserve(std::size_t(csv.rows.size()));
    // Duplicates are caught here rather than by the table so the message can name both lines.
    QHash<QString, int> firstLine;
    for (qsizetype r = 0; r < csv.rows.size(); ++r) {
        const QStringList &row = csv.rows[r];
        const int line = csv.rowLines.value(r);
        const QString item = row.value(itemColumn).trimmed();
        const QString rater = row.value(raterColumn).trimmed();
        const QString text = row.value(valueColumn).trimmed();
        const QString group = groupIndex >= 0 ? row.value(groupIndex).trimmed() : QString();
        if (item.isEmpty() || rater.isEmpty()) {
            const bool noItem = item.isEmpty();
            problems.append(problemAt(fileName, line, (noItem ? itemColumn : raterColumn) + 1,
                                      noItem ? QStringLiteral("item_id is empty")
                                             : QStringLiteral("rater_id is empty")));
            continue;
        }
        if (text.isEmpty())
            continue; // a missing rating
        bool ok = false;
        const double value = text.toDouble(&ok);
        if (!ok || !std::isfinite(value)) {
            problems.append(problemAt(
                fileName, line, valueColumn + 1,
                QStringLiteral("value '%1' is not a finite number (item '%2', rater '%3')")
                    .arg(text, item, rater)));
            continue;
        }
        if (!onScale(scale, value)) {
            problems.append(problemAt(fileName, line, valueColumn + 1,
                                      QStringLiteral("value '%1' is not on the declared scale "
                                                     "(item '%2', rater '%3')")
                                          .arg(text, item, rater)));
            continue;
        }
        const QString key = item + QChar(0x1f) + rater + QChar(0x1f) + group;
        const auto seen = firstLine.constFind(key);
        if (seen != firstLine.constEnd()) {
            problems.append(
                problemAt(fileName, line, raterColumn + 1,
                          QStringLiteral("rater '%1' already rated item '%2' on line %3")
                              .arg(rater, item)
                              .arg(*seen)));
            continue;
        }
        firstLine.insert(key, line);
        builder.add(item.toStdString(), rater.toStdString(), value, group.toStdString());
    }
    if (countErrors(problems) > errorsBefore)
        return std::nullopt;
    auto table = builder.build();
    if (!table) {
        problems.append(problemAt(fileName, 0, 0, QString::fromStdString(table.reason())));
        return std::nullopt;
    }
    return std::move(table.value());
}

std::optional<ratings::RatingTable> RatingsCsv::read(const QString &path,
                                                     const QString &groupColumn,
                                                     ProblemList &problems,
                                                     const ratings::Scale &scale)
{
    auto parsed = CsvReader::readFile(path);
    problems.append(parsed.problems);
    if (!parsed.ok())
        return std::nullopt;
    return toTable(parsed.table, path, groupColumn, problems, scale);
}

} // namespace avemo
