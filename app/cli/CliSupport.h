#pragma once

#include "Problem.h"

#include <QCommandLineParser>
#include <QIODevice>
#include <QJsonArray>
#include <QTextStream>

#include <cstdio>

namespace avemo::cli {

// Parses a command's arguments; on a usage error prints it with the command's help and
// returns false (the caller exits with status 2). --help (and --help-all) print the help on
// stdout and end the process with status 0, as QCommandLineParser::process() does: help asked
// for is a result, not an error. The usage line names the command (main() sees to that).
bool parseArguments(QCommandLineParser &parser, const QString &command, const QStringList &args,
                    QTextStream &err);

// stderr as the commands write to it. Progress is written as "text\r", redrawn in place on a
// terminal. When stderr is a file or a pipe (a log, a script, a test) each '\r' becomes a line
// end, so every progress line ends with a newline and a log reads one update per line. On a
// terminal, whatever follows a progress line first clears it, and finish() clears one left
// open by a command that stopped half-way, so no message lands on a stale counter.
class ErrorOutput : public QIODevice
{
public:
    explicit ErrorOutput(FILE *stream);
    void finish();

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    FILE *m_stream;
    bool m_terminal = false;
    bool m_openLine = false; // the last byte written was a '\r'
};

// A duration as H:MM:SS.mmm.
QString formatDuration(qint64 ms);

// Writes problems one per line as FILE:LINE:COLUMN: severity: message.
void printProblems(const ProblemList &problems, QTextStream &s);
QJsonArray problemsToJson(const ProblemList &problems);

// Qt Multimedia warns about every missing sound server while probing media; the CLI prints
// only what the user can act on unless AVEMO_VERBOSE is set.
void quietMultimediaWarnings();

} // namespace avemo::cli
