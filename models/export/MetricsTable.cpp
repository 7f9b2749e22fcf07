#include "export/MetricsTable.h"

#include "CsvReader.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

#include <charconv>
#include <cmath>
#include <limits>

namespace avemo {

namespace {

Problem problemAt(const QString &file, int line, int column, const QString &message,
                  Problem::Severity severity = Problem::Severity::Error)
{
    Problem p;
    p.file = file;
    p.line = line;
    p.column = column;
    p.severity = severity;
    p.message = message;
    return p;
}

QString compositeKey(const QString &dialogue, const QString &turn, const QString &system)
{
    return dialogue + QChar(0x1f) + turn + QChar(0x1f) + system;
}

// Strict '.'-decimal parsing whatever the locale (from_chars knows no locales); accepts what
// pandas and R write for numbers, including nan/inf spellings, which become missing values.
std::optional<double> parseMetric(const QString &text)
{
    const QByteArray utf8 = text.trimmed().toUtf8();
    const char *begin = utf8.constData();
    const char *end = begin + utf8.size();
    if (begin != end && *begin == '+')
        ++begin;
    double value = 0;
    const auto result = std::from_chars(begin, end, value);
    if (result.ec != std::errc() || result.ptr != end)
        return std::nullopt;
    return std::isfinite(value) ? value : std::numeric_limits<double>::quiet_NaN();
}

} // namespace

std::optional<MetricsTable> MetricsTable::read(const QString &path, const StudyRatings &study,
                                               const QStringList &reservedNames,
                                               ProblemList &problems)
{
    auto parsed = CsvReader::readFile(path, path);
    problems.append(parsed.problems);
    if (!parsed.ok())
        return std::nullopt;
    return join(parsed.table, path, study.items(), study.studyId(),
                QDir(study.sourceFolder()).filePath(QStringLiteral("items.csv")), reservedNames,
                problems);
}

std::optional<MetricsTable> MetricsTable::join(const CsvTable &csv, const QString &file,
                                               const std::vector<RatedItem> &items,
                                               const QString &studyId, const QString &itemsCsv,
                                               const QStringList &reservedNames,
                                               ProblemList &problems)
{
    const int errorsBefore = countErrors(problems);

    MetricsTable m;
    const int itemColumn = csv.column(QStringLiteral("item_id"));
    const int dialogueColumn = csv.column(QStringLiteral("dialogue_id"));
    const int turnColumn = csv.column(QStringLiteral("turn"));
    const int systemColumn = csv.column(QStringLiteral("system"));
    m.m_byItemId = itemColumn >= 0;
    if (!m.m_byItemId && (dialogueColumn < 0 || turnColumn < 0 || systemColumn < 0)) {
        problems.append(problemAt(
            file, 1, 0,
            QStringLiteral("no key columns: expected item_id, or dialogue_id, turn and system "
                           "(found: %1)")
                .arg(csv.header.join(QLatin1String(", ")))));
        return std::nullopt;
    }
    std::vector<int> metricColumns;
    for (int c = 0; c < int(csv.header.size()); ++c) {
        if (c == itemColumn || c == dialogueColumn || c == turnColumn || c == systemColumn)
            continue;
        const QString name = csv.header[c];
        if (name.trimmed().isEmpty()) {
            problems.append(problemAt(file, 1, c + 1, QStringLiteral("empty column name")));
            continue;
        }
        const bool clash = reservedNames.contains(name);
        m.m_columns.push_back({clash ? QStringLiteral("metric_") + name : name, name});
        metricColumns.push_back(c);
    }

    // Study side: the item each key names.
    QHash<QString, std::uint32_t> itemOfKey;
    for (std::size_t i = 0; i < items.size(); ++i)
        itemOfKey.insert(m.m_byItemId
                             ? items[i].itemId
                             : compositeKey(items[i].dialogueId, QString::number(items[i].turn),
                                            items[i].system),
                         std::uint32_t(i));

    const std::size_t width = m.m_columns.size();
    m.m_values.assign(items.size() * width, std::numeric_limits<double>::quiet_NaN());
    m.m_matched.assign(items.size(), 0);
    std::vector<int> lineOfItem(items.size(), 0);
    m.m_metricRows = int(csv.rows.size());
    for (qsizetype r = 0; r < csv.rows.size(); ++r) {
        const QStringList &row = csv.rows[r];
        const int line = csv.rowLines.value(r);
        QString key;
        QString shown;
        if (m.m_byItemId) {
            key = shown = row.value(itemColumn).trimmed();
        } else {
            const QString turn = row.value(turnColumn).trimmed();
            bool ok = false;
            const int turnNumber = turn.toInt(&ok);
            key = compositeKey(row.value(dialogueColumn).trimmed(),
                               ok ? QString::number(turnNumber) : turn,
                               row.value(systemColumn).trimmed());
            shown = QStringLiteral("dialogue '%1', turn %2, system '%3'")
                        .arg(row.value(dialogueColumn).trimmed(), turn,
                             row.value(systemColumn).trimmed());
        }
        const auto found = itemOfKey.constFind(key);
        std::vector<double> values(width, std::numeric_limits<double>::quiet_NaN());
        for (std::size_t k = 0; k < width; ++k) {
            const QString cell = row.value(metricColumns[k]).trimmed();
            if (cell.isEmpty())
                continue; // a missing value
            const auto number = parseMetric(cell);
            if (!number) {
                problems.append(problemAt(
                    file, line, metricColumns[k] + 1,
                    QStringLiteral("metric '%1' is not a number: '%2' (expected a number with "
                                   "'.' as the decimal separator, or an empty cell)")
                        .arg(m.m_columns[k].sourceName, cell)));
                continue;
            }
            values[k] = *number;
        }
        if (found == itemOfKey.cend()) {
            ++m.m_unmatchedMetricRows;
            problems.append(
                problemAt(file, line, m.m_byItemId ? itemColumn + 1 : dialogueColumn + 1,
                          QStringLiteral("no item of study '%1' matches %2").arg(studyId, shown),
                          Problem::Severity::Warning));
            continue;
        }
        if (lineOfItem[*found] != 0) {
            problems.append(problemAt(file, line, m.m_byItemId ? itemColumn + 1 : 0,
                                      QStringLiteral("%1 already has metrics on line %2")
                                          .arg(shown)
                                          .arg(lineOfItem[*found])));
            continue;
        }
        lineOfItem[*found] = line;
        m.m_matched[*found] = 1;
        std::copy(values.begin(), values.end(), m.m_values.begin() + qsizetype(*found * width));
    }
    // Study side: every item without metrics, named by its line in the study's items.csv.
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (m.m_matched[i])
            continue;
        ++m.m_unmatchedItems;
        problems.append(
            problemAt(itemsCsv, items[i].csvLine, 1,
                      QStringLiteral("item '%1' has no row in %2").arg(items[i].itemId, file),
                      Problem::Severity::Warning));
    }
    if (countErrors(problems) > errorsBefore)
        return std::nullopt;
    return m;
}

} // namespace avemo
