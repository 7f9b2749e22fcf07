#pragma once

#include "TaskControl.h"
#include "coordination/MergeTypes.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace avemo {

// Brings annotators' databases (raters, item orders, responses, flags, events) into the
// coordinator's database. Each source is checked and merged in its own transaction: a refused
// source changes nothing, and the others still merge. Merging the same file twice, or the
// files in any order, gives the same database (see MergeWriter for the rules).
//
// A source is refused when it is not a study database, holds schema objects our migrations
// did not create, holds another study (different study id), another version of this study
// (different definition hash), is the master itself, or brings a rater id that already holds
// results from another database. Sources are only read (see docs/coordination.md, "Annotator
// files are not trusted"); rows the study cannot accept are left out and listed.
//
// Opens its own connections: call it from any one thread (a GUI runs it on a worker thread).
// progress is called as (sources done, sources); cancelling stops before the next source or
// between the steps of one, whose transaction is then rolled back.
class ResultsMerger
{
    Q_DECLARE_TR_FUNCTIONS(avemo::ResultsMerger)

public:
    static MergeReport merge(const QString &masterPath, const QStringList &sourcePaths,
                             const TaskControl &control = {});
};

} // namespace avemo
