#include "CliSupport.h"
#include "Commands.h"
#include "coordination/ResultsMerger.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace avemo::cli {

namespace {

QJsonObject toJson(const MergeSourceReport &s)
{
    const MergeCounts &c = s.counts;
    QJsonObject o{{QStringLiteral("source"), s.path},
                  {QStringLiteral("instance_uuid"), s.instanceUuid},
                  {QStringLiteral("outcome"), outcomeName(s.outcome)},
                  {QStringLiteral("raters"), QJsonArray::fromStringList(s.raters)},
                  {QStringLiteral("new_responses"), c.newResponses},
                  {QStringLiteral("updated_responses"), c.updatedResponses},
                  {QStringLiteral("unchanged_responses"), c.unchangedResponses},
                  {QStringLiteral("new_events"), c.newEvents},
                  {QStringLiteral("new_flags"), c.newFlags},
                  {QStringLiteral("updated_flags"), c.updatedFlags},
                  {QStringLiteral("new_raters"), c.newRaters},
                  {QStringLiteral("claimed_raters"), c.claimedRaters},
                  {QStringLiteral("new_item_orders"), c.newAssignments}};
    if (!s.message.isEmpty())
        o.insert(QStringLiteral("message"), s.message);
    if (!s.conflictingRaters.isEmpty())
        o.insert(QStringLiteral("conflicting_raters"),
                 QJsonArray::fromStringList(s.conflictingRaters));
    o.insert(QStringLiteral("replaced_raters"), QJsonArray::fromStringList(s.replacedRaters));
    QJsonArray skipped;
    for (const MergeSkip &k : s.skipped)
        skipped.append(QJsonObject{{QStringLiteral("table"), k.table},
                                   {QStringLiteral("row"), double(k.row)},
                                   {QStringLiteral("reason"), k.reason}});
    o.insert(QStringLiteral("skipped"), skipped);
    return o;
}

void printText(const MergeSourceReport &s, QTextStream &out)
{
    out << s.path << ": " << outcomeName(s.outcome) << '\n';
    if (s.outcome == MergeSourceReport::Outcome::Refused ||
        s.outcome == MergeSourceReport::Outcome::Cancelled) {
        out << "  " << s.message << '\n';
        return;
    }
    const MergeCounts &c = s.counts;
    out << "  raters:    " << s.raters.join(QStringLiteral(", ")) << " (" << c.newRaters << " new, "
        << c.claimedRaters << " listed in the master)\n"
        << "  orders:    " << c.newAssignments << " new item orders\n"
        << "  responses: " << c.newResponses << " new, " << c.updatedResponses << " updated, "
        << c.unchangedResponses << " unchanged\n"
        << "  events:    " << c.newEvents << " new\n"
        << "  flags:     " << c.newFlags << " new, " << c.updatedFlags << " updated\n";
    if (!s.replacedRaters.isEmpty())
        out << "  replaced:  the answers of " << s.replacedRaters.join(QStringLiteral(", "))
            << " came from a file that was not their package; this package replaced them\n";
    if (!s.skipped.isEmpty())
        out << "  skipped:   " << s.skipped.size() << " rows the study cannot accept (listed on "
            << "stderr)\n";
}

} // namespace

int runMerge(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Merges annotators' databases into the coordinator's study database. Each file is "
        "merged in one transaction or refused as a whole (another study, another version of "
        "the study, a rater id that already holds results from another database, schema "
        "objects AV-EMO Rater did not create). Rows the study cannot accept (a value off its "
        "scale, a wrong type, a timestamp after the merge, an unknown item) are left out and "
        "listed on stderr with their table and row; the exit status is then 1. Annotator "
        "files are only read, never written. Merging a file again, or the files in another "
        "order, gives the same database."));
    parser.addPositionalArgument(QStringLiteral("MASTER_DB"),
                                 QStringLiteral("the coordinator's study database"));
    parser.addPositionalArgument(QStringLiteral("ANNOTATOR_DB..."),
                                 QStringLiteral("annotators' databases (from their packages)"));
    parser.addOption(
        {QStringLiteral("json"), QStringLiteral("print the report as one JSON object")});
    if (!parseArguments(parser, QStringLiteral("merge"), args, err))
        return 2;
    QStringList paths = parser.positionalArguments();
    if (paths.size() < 2) {
        err << "avemo-cli merge: expected MASTER_DB and at least one ANNOTATOR_DB\n\n"
            << parser.helpText();
        return 2;
    }
    const QString master = paths.takeFirst();
    TaskControl control;
    control.progress = [&err](int done, int total) {
        err << "merged " << done << "/" << total << '\r' << (done == total ? "\n" : "")
            << Qt::flush;
    };
    const MergeReport report = ResultsMerger::merge(master, paths, control);
    if (!report.error.isEmpty()) {
        err << "avemo-cli merge: " << report.error << '\n';
        return 1;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray sources;
        for (const MergeSourceReport &s : report.sources)
            sources.append(toJson(s));
        out << QJsonDocument(QJsonObject{{QStringLiteral("master"), master},
                                         {QStringLiteral("all_merged"), report.allMerged()},
                                         {QStringLiteral("sources"), sources}})
                   .toJson(QJsonDocument::Indented);
    } else {
        for (const MergeSourceReport &s : report.sources)
            printText(s, out);
    }
    for (const MergeSourceReport &s : report.sources) {
        if (s.outcome == MergeSourceReport::Outcome::Refused)
            err << "avemo-cli merge: " << s.message << '\n';
        for (const MergeSkip &k : s.skipped)
            err << "avemo-cli merge: " << s.path << ": " << k.table << " row " << k.row
                << " left out: " << k.reason << '\n';
    }
    return report.allMerged() ? 0 : 1;
}

} // namespace avemo::cli
