#include "Problem.h"

#include <algorithm>

namespace avemo {

QString Problem::toString() const
{
    const QString kind = isError() ? QStringLiteral("error") : QStringLiteral("warning");
    if (line <= 0) // about the whole file
        return QStringLiteral("%1: %2: %3").arg(file, kind, message);
    return QStringLiteral("%1:%2:%3: %4: %5").arg(file).arg(line).arg(column).arg(kind, message);
}

bool hasErrors(const ProblemList &problems)
{
    return std::any_of(problems.begin(), problems.end(),
                       [](const Problem &p) { return p.isError(); });
}

int countErrors(const ProblemList &problems)
{
    return int(std::count_if(problems.begin(), problems.end(),
                             [](const Problem &p) { return p.isError(); }));
}

} // namespace avemo
