#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace avemo {

// One problem found in a study folder or an input file. Formatted as
// "FILE:LINE:COLUMN: error: what is wrong (expected ...)" so editors and people can jump to it.
struct Problem
{
    enum class Severity
    {
        Error,
        Warning
    };

    QString file;
    int line = 0;   // 1-based; 0 when the problem concerns the whole file
    int column = 0; // 1-based; CSV: field number, JSON: character on the line
    Severity severity = Severity::Error;
    QString message;

    bool isError() const { return severity == Severity::Error; }
    QString toString() const;
};

using ProblemList = QList<Problem>;

bool hasErrors(const ProblemList &problems);
int countErrors(const ProblemList &problems);

// The candidate a misspelt name most likely meant, for "did you mean ...?": the closest by edit
// distance (ignoring case, '-' for '_'), if it is within a third of the name's length. Empty when
// nothing is that close.
QString nearestName(const QString &name, const QStringList &candidates);

} // namespace avemo
