#pragma once

#include "RatingsCsv.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <optional>

// Options shared by `agreement` and `mos`: the ratings file and its columns, the rows to keep,
// a declared scale and the bootstrap settings.
namespace avemo::cli {

void addRatingsOptions(QCommandLineParser &parser);

struct RatingsArguments
{
    RatingsRequest request;
    QString by; // the --by text as given, for the reports
    std::size_t bootstrap = 0;
    quint64 seed = 1;
};

// Reads the shared options; on a usage error prints it and returns nothing (exit status 2).
std::optional<RatingsArguments> readRatingsOptions(const QCommandLineParser &parser,
                                                   const QString &command, QTextStream &err);

// Lets the allocator keep freed memory for the next table (see the .cpp); call once.
void tuneAllocatorForLargeTables();

// Prints the notes, then the problems under one line saying what input was expected.
void printRatingsProblems(const QString &path, const ProblemList &problems,
                          const QStringList &notes, QTextStream &err);

} // namespace avemo::cli
