#pragma once

#include "RatingTable.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <optional>

// Options shared by `agreement` and `mos`: the ratings file, a declared scale and the
// bootstrap settings.
namespace avemo::cli {

void addRatingsOptions(QCommandLineParser &parser);

struct RatingsArguments
{
    QString path;
    ratings::Scale scale;
    std::size_t bootstrap = 0;
    quint64 seed = 1;
};

// Reads the shared options; on a usage error prints it and returns nothing (exit status 2).
std::optional<RatingsArguments> readRatingsOptions(const QCommandLineParser &parser,
                                                   const QString &command, QTextStream &err);

} // namespace avemo::cli
