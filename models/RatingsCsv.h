#pragma once

#include "CsvReader.h"
#include "Problem.h"
#include "RatingTable.h"

#include <QString>

#include <optional>

namespace avemo {

// Long-format ratings from a CSV with the columns item_id, rater_id, value (others ignored)
// and, when groupColumn is set, that column too. An empty value is a missing rating. Every
// bad row becomes a Problem naming the file, line, field and what is wrong. A declared scale
// rejects values off it and sets the distances of weighted kappa.
struct RatingsCsv
{
    static std::optional<ratings::RatingTable> toTable(const CsvTable &csv, const QString &fileName,
                                                       const QString &groupColumn,
                                                       ProblemList &problems,
                                                       const ratings::Scale &scale = {});

    // Reads and converts; problems from the reader and the conversion end up in problems.
    static std::optional<ratings::RatingTable> read(const QString &path, const QString &groupColumn,
                                                    ProblemList &problems,
                                                    const ratings::Scale &scale = {});
};

} // namespace avemo
