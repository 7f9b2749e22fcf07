#include "CliSupport.h"
#include "Commands.h"
#include "coordination/DesignAssigner.h"

#include <QFileInfo>

namespace avemo::cli {

namespace {

void printSummary(const DesignAssigner::Report &r, QTextStream &out)
{
    const design::DesignSummary &s = r.summary;
    out << "Design: " << s.designItems << " items (" << s.calibrationItems
        << " calibration, rated by every rater), " << r.activeRaters.size() << " active raters";
    if (!r.inactiveRaters.isEmpty())
        out << " (" << r.inactiveRaters.size() << " dropped out: " << r.inactiveRaters.join(u", ")
            << ")";
    out << ", raters_per_item " << r.ratersPerItem << ", keep_turn_together "
        << (r.keepTurnTogether ? "true" : "false") << '\n';
    out << "Items per active rater: min " << r.itemsPerActiveMin << ", max " << r.itemsPerActiveMax
        << " (calibration included, gold items come on top)\n";
    out << "Ratings per item: min " << s.ratingsPerItemMin << ", max " << s.ratingsPerItemMax
        << '\n';
    out << "Shared items per pair of raters: min " << s.sharedPerPairMin << ", max "
        << s.sharedPerPairMax << "; " << s.components
        << (s.components == 1 ? " connected group" : " separate groups") << " of raters"
        << (s.agreementEstimable ? "" : " (agreement between groups cannot be estimated)") << '\n';
    out << "Media time per active rater: min " << formatDuration(r.mediaMsMin) << ", max "
        << formatDuration(r.mediaMsMax)
        << " (context clips and reply of each item played once, gold items included; rating "
           "takes longer)\n";
    for (const std::string &note : s.notes)
        out << "Note: " << QString::fromStdString(note) << '\n';
}

void printMoves(const DesignAssigner::Report &r, QTextStream &out)
{
    out << "Rebalanced: " << r.moves.size() << " assignment(s) changed; answered items stay "
        << "where they are\n";
    for (const design::Move &m : r.moves) {
        const QString item = QString::fromStdString(m.item);
        if (m.from.empty())
            out << "  + " << item << " to " << QString::fromStdString(m.to) << '\n';
        else if (m.to.empty())
            out << "  - " << item << " from " << QString::fromStdString(m.from) << '\n';
        else
            out << "  " << item << ": " << QString::fromStdString(m.from) << " -> "
                << QString::fromStdString(m.to) << '\n';
    }
    for (const QString &note : r.notes)
        out << "Note: " << note << '\n';
}

} // namespace

int runAssign(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Assigns the items to the raters as study.json's 'design' says (each item to "
        "raters_per_item raters, balanced, connected, calibration items to everyone) and stores "
        "each rater's item order, which packages and sessions then follow. Run again after "
        "raters drop out (--drop) or join (--add): answered items stay where they are, "
        "unanswered ones move to the active raters, and the moves are listed. Prints the "
        "design summary."));
    parser.addPositionalArgument(QStringLiteral("STUDY_DB"),
                                 QStringLiteral("the coordinator's study database"));
    parser.addOption({QStringLiteral("dry-run"),
                      QStringLiteral("compute and print the summary; write nothing")});
    parser.addOption({QStringLiteral("drop"),
                      QStringLiteral("a rater who left: their unanswered items move (repeatable)"),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("add"),
                      QStringLiteral("a rater who joins the design (repeatable)"),
                      QStringLiteral("ID")});
    if (!parseArguments(parser, QStringLiteral("assign"), args, err))
        return 2;
    if (parser.positionalArguments().size() != 1) {
        err << "avemo-cli assign: expected STUDY_DB\n\n" << parser.helpText();
        return 2;
    }
    const QString database = parser.positionalArguments().first();
    if (!QFileInfo(database).isFile()) {
        err << "avemo-cli assign: " << database
            << ": no such file (expected a study database made by avemo-cli import)\n";
        return 1;
    }
    DesignAssigner::Options options;
    options.database = database;
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    options.addRaters = parser.values(QStringLiteral("add"));
    options.dropRaters = parser.values(QStringLiteral("drop"));
    const DesignAssigner::Report r = DesignAssigner::run(options);
    if (!r.ok) {
        err << "avemo-cli assign: " << database << ": " << r.error << '\n';
        return 1;
    }
    if (r.rebalanced)
        printMoves(r, out);
    printSummary(r, out);
    if (r.written)
        out << "Stored each rater's item order in " << database << ".\n";
    else
        out << "Dry run: nothing was written.\n";
    return 0;
}

} // namespace avemo::cli
