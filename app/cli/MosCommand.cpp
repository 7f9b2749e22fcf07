#include "CliSupport.h"
#include "Commands.h"
#include "MosReport.h"
#include "RatingsArguments.h"
#include "RatingsCsv.h"

#include <QJsonDocument>

namespace avemo::cli {

int runMos(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Mean opinion scores of a long-format ratings CSV with SD, N and the Student-t CI95 "
        "(ITU-T P.800.2), per group; with --bootstrap, system-level CIs over raters and items "
        "and the differences between groups."));
    addRatingsOptions(parser);
    parser.addOption(
        {QStringLiteral("z-score"), QStringLiteral("normalise each rater's scores to z-scores")});
    parser.addOption({QStringLiteral("model"),
                      QStringLiteral("plain (MOS only, the default) or mixed: also fit score ~ "
                                     "group + (1|rater) + (1|item) by REML"),
                      QStringLiteral("plain|mixed"), QStringLiteral("plain")});
    if (!parseArguments(parser, QStringLiteral("mos"), args, err))
        return 2;
    const auto common = readRatingsOptions(parser, QStringLiteral("mos"), err);
    if (!common)
        return 2;

    const QString model = parser.value(QStringLiteral("model"));
    if (model != QLatin1String("plain") && model != QLatin1String("mixed")) {
        err << "mos: --model must be plain or mixed, not '" << model << "'\n";
        return 2;
    }
    MosOptions options;
    options.mixedModel = model == QLatin1String("mixed");
    options.groupColumn = common->by;
    options.zNormalize = parser.isSet(QStringLiteral("z-score"));
    options.bootstrapResamples = common->bootstrap;
    options.seed = common->seed;
    tuneAllocatorForLargeTables();
    ProblemList problems;
    const auto input = RatingsCsv::readForMos(common->request, problems);
    printRatingsProblems(common->request.path, problems, input ? input->notes : QStringList(), err);
    if (!input)
        return 1;
    const auto report = MosReport::compute(input->groups.front().table, options);
    if (parser.isSet(QStringLiteral("json")))
        out << QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
    else
        out << report.toText();
    return 0;
}

} // namespace avemo::cli
