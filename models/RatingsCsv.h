#pragma once

#include "CohenKappa.h"
#include "KrippendorffAlpha.h"
#include "LongRatingsFile.h"
#include "Problem.h"
#include "RatingTable.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace avemo {

// What `agreement` and `mos` ask of a ratings file: its columns, the rows to keep, a declared
// scale (numbers, or labels in their order) and, when the user said so, the level and weights.
struct RatingsRequest
{
    QString path;
    ratings::LongRatingsOptions columns;
    ratings::Scale numericScale;
    std::vector<std::string> labelScale;
    std::optional<ratings::Level> level;          // unset: from the file (see levelFor)
    std::optional<ratings::KappaWeights> weights; // unset: none at nominal, else quadratic
};

// One table to analyse, with how its values were read.
struct RatingsGroup
{
    std::string id; // composite --by key, parts separated by ratings::kGroupSeparator
    ratings::RatingTable table;
    std::vector<std::string> labels; // category labels in code order, if values were labels
    ratings::Level level = ratings::Level::Nominal;
    ratings::KappaWeights weights = ratings::KappaWeights::None;
    QString levelSource; // why this level: "--level", "categorical question", ...
};

struct RatingsInput
{
    std::vector<RatingsGroup> groups;
    QStringList notes; // rows left out and why, for stderr
};

// Any long-format ratings CSV, our export's ratings.csv included (see docs/statistics.md):
// reads the file once, then builds the tables the command needs. Problems name the file, line
// and field; at most ratings::FileProblems::kShown are listed, then how many more.
struct RatingsCsv
{
    // Agreement: one table per --by group, each with its own level (the export's question kind
    // decides it unless --level is given).
    static std::optional<RatingsInput> readForAgreement(const RatingsRequest &request,
                                                        ProblemList &problems);

    // MOS: one table whose groups are the --by groups; values must be numbers (or declared
    // labels). In our export, categorical and free-text rows are left out (noted).
    static std::optional<RatingsInput> readForMos(const RatingsRequest &request,
                                                  ProblemList &problems);

    // The composite group id as people read it: "A, q1".
    static QString groupName(const std::string &id);
};

} // namespace avemo
