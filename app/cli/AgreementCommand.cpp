#include "AgreementReport.h"
#include "CliSupport.h"
#include "Commands.h"
#include "RatingsArguments.h"
#include "RatingsCsv.h"

#include <QJsonArray>
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
                      QStringLiteral("level of measurement: nominal, ordinal, interval or ratio "
                                     "(default: the export's question kind; labels: nominal)"),
                      QStringLiteral("LEVEL")});
    parser.addOption({QStringLiteral("weights"),
                      QStringLiteral("Cohen's kappa weights: none, linear or quadratic (default: "
                                     "none at the nominal level, else quadratic)"),
                      QStringLiteral("W")});
    if (!parseArguments(parser, QStringLiteral("agreement"), args, err))
        return 2;
    auto common = readRatingsOptions(parser, QStringLiteral("agreement"), err);
    if (!common)
        return 2;
    auto &request = common->request;
    if (parser.isSet(QStringLiteral("level"))) {
        request.level = ratings::levelFromName(parser.value(QStringLiteral("level")).toStdString());
        if (!request.level) {
            err << "avemo-cli agreement: --level must be nominal, ordinal, interval or ratio\n\n"
                << parser.helpText();
            return 2;
        }
    }
    if (parser.isSet(QStringLiteral("weights"))) {
        request.weights =
            ratings::weightsFromName(parser.value(QStringLiteral("weights")).toStdString());
        if (!request.weights) {
            err << "avemo-cli agreement: --weights must be none, linear or quadratic\n\n"
                << parser.helpText();
            return 2;
        }
    }

    tuneAllocatorForLargeTables();
    ProblemList problems;
    const auto input = RatingsCsv::readForAgreement(request, problems);
    printRatingsProblems(request.path, problems, input ? input->notes : QStringList(), err);
    if (!input)
        return 1;
    std::vector<AgreementReport> reports;
    for (const auto &group : input->groups) {
        AgreementOptions options;
        options.level = group.level;
        options.weights = group.weights;
        options.levelSource = group.levelSource;
        options.weightsSource =
            request.weights ? QStringLiteral("--weights")
                            : QStringLiteral("default at the %1 level")
                                  .arg(QLatin1String(ratings::levelName(group.level).data()));
        options.bootstrapResamples = common->bootstrap;
        options.seed = common->seed;
        reports.push_back(AgreementReport::compute(group.table, options));
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    if (common->by.isEmpty()) {
        if (json)
            out << QJsonDocument(reports.front().toJson()).toJson(QJsonDocument::Indented);
        else
            out << reports.front().toText();
        return 0;
    }
    QJsonArray groups;
    for (std::size_t g = 0; g < reports.size(); ++g) {
        const QString name = RatingsCsv::groupName(input->groups[g].id);
        if (json) {
            QJsonObject o = reports[g].toJson();
            o.insert(QStringLiteral("group"), name);
            o.insert(QStringLiteral("keys"),
                     QJsonArray::fromStringList(name.split(QLatin1String(", "))));
            groups.append(o);
        } else {
            out << (g ? "\n" : "") << "== " << common->by << " = " << name << " ==\n"
                << reports[g].toText();
        }
    }
    if (json)
        out << QJsonDocument(QJsonObject{{QStringLiteral("by"), common->by},
                                         {QStringLiteral("groups"), groups}})
                   .toJson(QJsonDocument::Indented);
    return 0;
}

} // namespace avemo::cli
