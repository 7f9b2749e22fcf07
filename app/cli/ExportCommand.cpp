#include "CliSupport.h"
#include "Commands.h"
#include "export/ReportPdf.h"
#include "export/StudyExporter.h"

#include <QJsonDocument>

namespace avemo::cli {

int runExport(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes a study's ratings, per-item, per-system and agreement tables as CSV (UTF-8, "
        "RFC 4180, '.' decimals; see docs/export-format.md) and an HTML report into DIR; with "
        "--metrics, joins automatic metrics and writes their correlations with the MOS."));
    parser.addPositionalArgument(QStringLiteral("STUDY_DB"), QStringLiteral("study database"));
    parser.addOption({QStringLiteral("out"), QStringLiteral("output folder (created if needed)"),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("metrics"),
                      QStringLiteral("automatic metrics CSV, keyed by item_id or by dialogue_id, "
                                     "turn and system"),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("bootstrap"),
                      QStringLiteral("bootstrap resamples for the CIs of system MOS and alpha "
                                     "(0: none)"),
                      QStringLiteral("N"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("bootstrap random seed"),
                      QStringLiteral("S"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("no-html"), QStringLiteral("do not write report.html")});
    parser.addOption({QStringLiteral("pdf"), QStringLiteral("also write report.pdf")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("print a JSON summary on stdout")});
    if (!parseArguments(parser, QStringLiteral("export"), args, err))
        return 2;
    const auto usage = [&](const QString &message) {
        err << "avemo-cli export: " << message << "\n\n" << parser.helpText();
        return 2;
    };
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usage(QStringLiteral("expected one STUDY_DB"));
    const QString outDir = parser.value(QStringLiteral("out"));
    if (outDir.isEmpty())
        return usage(QStringLiteral("--out DIR is required"));
    ExportOptions options;
    bool ok = false;
    options.statistics.bootstrapResamples =
        parser.value(QStringLiteral("bootstrap")).toULongLong(&ok);
    if (!ok || options.statistics.bootstrapResamples == 1)
        return usage(QStringLiteral("--bootstrap needs 0 (none) or at least 2 resamples"));
    options.statistics.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return usage(QStringLiteral("--seed needs a non-negative whole number"));
    options.metricsPath = parser.value(QStringLiteral("metrics"));
    options.html = !parser.isSet(QStringLiteral("no-html"));
    options.pdf = parser.isSet(QStringLiteral("pdf"));
    if (options.pdf && !ReportPdf::canWrite())
        return usage(QStringLiteral("--pdf is not available in this build of avemo-cli"));

    // Progress on stderr in tenths, so a log stays short.
    qint64 lastTenth = -1;
    TaskControl control;
    control.progress = [&](qint64 done, qint64 total) {
        const qint64 tenth = total > 0 ? done * 10 / total : 0;
        if (tenth != lastTenth) {
            lastTenth = tenth;
            err << "export: " << tenth * 10 << "%\n";
            err.flush();
        }
    };
    const ExportSummary summary = StudyExporter::run(positional.first(), outDir, options, control);
    printProblems(summary.problems, err);
    if (!summary.ok)
        err << "avemo-cli export: " << summary.error << "; nothing was written\n";
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json = summary.toJson();
        json.insert(QStringLiteral("out"), outDir);
        json.insert(QStringLiteral("problems"), problemsToJson(summary.problems));
        out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else if (summary.ok) {
        for (const ExportedFile &f : summary.files)
            out << f.name
                << (f.name.endsWith(QLatin1String(".csv")) ? QStringLiteral(": %1 rows").arg(f.rows)
                                                           : QString())
                << '\n';
        if (!options.metricsPath.isEmpty())
            out << "metrics: " << summary.unmatchedMetricRows << " rows without an item, "
                << summary.unmatchedItems << " items without metrics\n";
    }
    return summary.ok ? 0 : 1;
}

} // namespace avemo::cli
