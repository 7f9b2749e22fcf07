#pragma once

#include "design/AssignmentDesign.h"

#include <QCoreApplication>
#include <QStringList>

namespace avemo {

// `avemo-cli assign`: computes who rates what from study.json's `design` (models/design) and
// stores it as each rater's item order (the assignment table, which the rating session and the
// packages already follow), gold items interleaved by SessionOrder as for every study.
// The first run assigns the design over the study's raters. A later run keeps every answered
// assignment where it is and moves unanswered ones over the active raters (DesignRebalancer),
// after --drop / --add; the design's raters and who is active are kept in design_rater.
class DesignAssigner
{
    Q_DECLARE_TR_FUNCTIONS(avemo::DesignAssigner)

public:
    struct Options
    {
        QString database;
        bool dryRun = false;    // compute and report; write nothing
        QStringList addRaters;  // join the design (late joiners)
        QStringList dropRaters; // leave it: their unanswered items move to the others
    };

    struct Report
    {
        bool ok = false;
        QString error;
        bool rebalanced = false; // a later run (moves), not the first assignment
        design::DesignSummary summary;
        int ratersPerItem = 1;
        bool keepTurnTogether = true;
        QStringList activeRaters;
        QStringList inactiveRaters;
        std::vector<design::Move> moves;
        QStringList notes; // what a rebalance could not keep
        // Items per active rater, calibration included (summary's figures count dropped-out
        // raters, who keep only what they answered).
        std::size_t itemsPerActiveMin = 0, itemsPerActiveMax = 0;
        // Playing time of the media of each active rater's items (context clips and reply,
        // gold items included), the least and the most loaded rater.
        qint64 mediaMsMin = 0, mediaMsMax = 0;
        bool written = false;
    };

    static Report run(const Options &options);
};

} // namespace avemo
