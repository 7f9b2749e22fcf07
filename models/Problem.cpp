#include "Problem.h"

#include <algorithm>
#include <vector>

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

namespace {

QString comparable(const QString &name)
{
    return name.toLower().replace(u'-', u'_');
}

// Levenshtein distance with a transposition counting as one edit (optimal string alignment).
qsizetype editDistance(const QString &a, const QString &b)
{
    const qsizetype n = a.size(), m = b.size();
    std::vector<std::vector<qsizetype>> d(std::size_t(n + 1), std::vector<qsizetype>(m + 1));
    for (qsizetype i = 0; i <= n; ++i)
        d[i][0] = i;
    for (qsizetype j = 0; j <= m; ++j)
        d[0][j] = j;
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const qsizetype cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}

} // namespace

QString nearestName(const QString &name, const QStringList &candidates)
{
    // Names in study files are short; a long one is not a typo of ours (and would cost n * m).
    if (name.isEmpty() || name.size() > 64)
        return {};
    const QString key = comparable(name);
    QString best;
    qsizetype bestDistance = std::max<qsizetype>(1, key.size() / 3) + 1;
    for (const QString &candidate : candidates) {
        const qsizetype distance = editDistance(key, comparable(candidate));
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

} // namespace avemo
