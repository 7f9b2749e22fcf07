#include "Commands.h"

// Placeholders until the statistics commands land (issue 4).
namespace avemo::cli {
int runAgreement(const QStringList &, QTextStream &, QTextStream &err)
{
    err << "avemo-cli agreement: not available yet\n";
    return 2;
}
int runMos(const QStringList &, QTextStream &, QTextStream &err)
{
    err << "avemo-cli mos: not available yet\n";
    return 2;
}
} // namespace avemo::cli
