#pragma once

#include "Problem.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QTextStream>

namespace avemo::cli {

// Parses a command's arguments; on a usage error prints it with the command's help and
// returns false (the caller exits with status 2).
bool parseArguments(QCommandLineParser &parser, const QString &command, const QStringList &args,
                    QTextStream &err);

// Writes problems one per line as FILE:LINE:COLUMN: severity: message.
void printProblems(const ProblemList &problems, QTextStream &s);
QJsonArray problemsToJson(const ProblemList &problems);

// Qt Multimedia warns about every missing sound server while probing media; the CLI prints
// only what the user can act on unless AVEMO_VERBOSE is set.
void quietMultimediaWarnings();

} // namespace avemo::cli
