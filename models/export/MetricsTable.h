#pragma once

#include "CsvReader.h"
#include "Problem.h"
#include "export/StudyRatings.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace avemo {

// The benchmark's automatic metrics joined to a study's items. The file is a CSV with a
// header; the key is item_id when that column exists, else dialogue_id + turn + system. Every
// other column is a metric and must be numeric (an empty cell is a missing value). When
// joining by item_id, dialogue_id / turn / system columns are keys too, not metrics.
class MetricsTable
{
public:
    struct Column
    {
        QString name;       // as exported: prefixed with metric_ when it clashes
        QString sourceName; // as in the file
    };

    // reservedNames: column names of the exports this table is joined into; a metric with
    // such a name is renamed metric_<name>. Errors (unreadable file, missing keys, a
    // non-numeric cell, a duplicate key) go to problems and return nothing; unmatched rows on
    // either side are warnings naming the file and line.
    static std::optional<MetricsTable> read(const QString &path, const StudyRatings &study,
                                            const QStringList &reservedNames,
                                            ProblemList &problems);

    // The join itself, on a CSV already read (file names it in problems), against the study's
    // items; itemsCsv is where the study's items.csv lives, for the unmatched-item warnings.
    // read() is readFile + join; the fuzzer calls this directly, without a study database.
    static std::optional<MetricsTable> join(const CsvTable &csv, const QString &file,
                                            const std::vector<RatedItem> &items,
                                            const QString &studyId, const QString &itemsCsv,
                                            const QStringList &reservedNames,
                                            ProblemList &problems);

    const std::vector<Column> &columns() const { return m_columns; }
    // NaN when the item has no metrics row or the cell is empty.
    double value(std::size_t item, std::size_t column) const
    {
        return m_values[item * m_columns.size() + column];
    }
    bool matched(std::size_t item) const { return m_matched[item] != 0; }
    bool joinedByItemId() const { return m_byItemId; }
    int unmatchedMetricRows() const { return m_unmatchedMetricRows; }
    int unmatchedItems() const { return m_unmatchedItems; }
    int metricRows() const { return m_metricRows; }

private:
    std::vector<Column> m_columns;
    std::vector<double> m_values; // items x columns
    std::vector<char> m_matched;
    bool m_byItemId = false;
    int m_unmatchedMetricRows = 0;
    int m_unmatchedItems = 0;
    int m_metricRows = 0;
};

} // namespace avemo
