#include "RatingsArguments.h"

namespace avemo::cli {

void addRatingsOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("ratings"),
                      QStringLiteral("long-format CSV with columns item_id, rater_id, value"),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("scale"),
                      QStringLiteral("declared scale points, e.g. 1,2,3,4,5 (values off it are "
                                     "rejected; weighted kappa uses their distances)"),
                      QStringLiteral("POINTS")});
    parser.addOption({QStringLiteral("bootstrap"),
                      QStringLiteral("bootstrap resamples for confidence intervals (0: none)"),
                      QStringLiteral("N"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("bootstrap random seed"),
                      QStringLiteral("S"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("print one JSON object")});
}

std::optional<RatingsArguments> readRatingsOptions(const QCommandLineParser &parser,
                                                   const QString &command, QTextStream &err)
{
    RatingsArguments a;
    const auto usage = [&](const QString &message) {
        err << "avemo-cli " << command << ": " << message << "\n\n" << parser.helpText();
        return std::nullopt;
    };
    a.path = parser.value(QStringLiteral("ratings"));
    if (a.path.isEmpty())
        return usage(QStringLiteral("--ratings FILE is required"));
    bool ok = false;
    a.bootstrap = parser.value(QStringLiteral("bootstrap")).toULongLong(&ok);
    if (!ok)
        return usage(QStringLiteral("--bootstrap needs a whole number of resamples"));
    if (a.bootstrap == 1)
        return usage(QStringLiteral("--bootstrap needs at least 2 resamples (or 0 for none)"));
    a.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return usage(QStringLiteral("--seed needs a non-negative whole number"));
    if (parser.isSet(QStringLiteral("scale"))) {
        std::vector<double> points;
        for (const QString &part : parser.value(QStringLiteral("scale")).split(QLatin1Char(','))) {
            const double v = part.trimmed().toDouble(&ok);
            if (!ok || !std::isfinite(v))
                return usage(QStringLiteral("--scale: '%1' is not a number").arg(part));
            points.push_back(v);
        }
        a.scale = ratings::Scale::fromPoints(std::move(points));
    }
    return a;
}

} // namespace avemo::cli
