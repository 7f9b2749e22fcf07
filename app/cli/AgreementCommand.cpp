#include "AgreementReport.h"
#include "CliSupport.h"
#include "Commands.h"
#include "RatingsArguments.h"
#include "RatingsCsv.h"

#include <QJsonDocument>

namespace avemo::cli {

int runAgreement(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Inter-rater agreement of a long-format ratings CSV: Krippendorff's alpha, Fleiss' "
        "kappa, Cohen's kappa per rater pair and the six ICCs. See docs/statistics.md."));
    addRatingsOptions(parser);
    parser.addOption({QStringLiteral("level"),
                      QStringLiteral("level of measurement: nominal, ordinal, interval or ratio"),
                      QStringLiteral("LEVEL")});
    parser.addOption({QStringLiteral("weights"),
                      QStringLiteral("Cohen's kappa weights: none, linear or quadratic"),
                      QStringLiteral("W"), QStringLiteral("none")});
    if (!parseArguments(parser, QStringLiteral("agreement"), args, err))
        return 2;
    const auto common = readRatingsOptions(parser, QStringLiteral("agreement"), err);
    if (!common)
        return 2;
    const auto level = ratings::levelFromName(parser.value(QStringLiteral("level")).toStdString());
    const auto weights =
        ratings::weightsFromName(parser.value(QStringLiteral("weights")).toStdString());
    if (!level || !weights) {
        err << "avemo-cli agreement: "
            << (!level ? "--level must be nominal, ordinal, interval or ratio"
                       : "--weights must be none, linear or quadratic")
            << "\n\n"
            << parser.helpText();
        return 2;
    }

    ProblemList problems;
    const auto table = RatingsCsv::read(common->path, {}, problems, common->scale);
    printProblems(problems, err);
    if (!table)
        return 1;
    AgreementOptions options;
    options.level = *level;
    options.weights = *weights;
    options.bootstrapResamples = common->bootstrap;
    options.seed = common->seed;
    const auto report = AgreementReport::compute(*table, options);
    if (parser.isSet(QStringLiteral("json")))
        out << QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
    else
        out << report.toText();
    return 0;
}

} // namespace avemo::cli
