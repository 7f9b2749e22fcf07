#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace avemo {

// What one merge did with one annotator database.
struct MergeCounts
{
    int newResponses = 0;
    int updatedResponses = 0; // revised on the laptop since the last merge
    int unchangedResponses = 0;
    int newEvents = 0;
    int newFlags = 0;
    int updatedFlags = 0;
    int newRaters = 0;
    int claimedRaters = 0;  // listed in the master, now bound to the database they rated in
    int newAssignments = 0; // raters whose item order the master did not have yet

    bool changedAnything() const
    {
        return newResponses + updatedResponses + newEvents + newFlags + updatedFlags + newRaters +
                   claimedRaters + newAssignments >
               0;
    }
};

// A row of an annotator database the merge did not take, and why; the rest of the file merges.
struct MergeSkip
{
    QString table;  // response, item_flag, event
    qint64 row = 0; // the row's rowid in the annotator database
    QString reason;
};

struct MergeSourceReport
{
    enum class Outcome
    {
        Merged,    // something new or updated was written
        Unchanged, // everything in it was already in the master
        Refused,   // nothing written; message says why
        Cancelled, // nothing written from this source
    };

    QString path;
    QString instanceUuid;
    Outcome outcome = Outcome::Refused;
    QString message;               // the refusal, when Refused
    QStringList raters;            // rater ids this source brought
    QStringList conflictingRaters; // when refused for a rater conflict
    QList<MergeSkip> skipped;      // rows left out of a merged source
    QStringList replacedRaters;    // raters whose earlier answers came from a file that was not
                                   // their package, replaced by this one (their package)
    MergeCounts counts;
};

struct MergeReport
{
    QString error; // the master itself could not be used; no source was looked at
    QList<MergeSourceReport> sources;
    bool cancelled = false;

    // True when every source merged whole: none refused or cancelled, no row skipped.
    bool allMerged() const
    {
        if (!error.isEmpty() || cancelled)
            return false;
        for (const auto &s : sources)
            if (s.outcome == MergeSourceReport::Outcome::Refused ||
                s.outcome == MergeSourceReport::Outcome::Cancelled || !s.skipped.isEmpty())
                return false;
        return true;
    }
};

// "merged", "unchanged", "refused", "cancelled": for summaries and JSON.
QString outcomeName(MergeSourceReport::Outcome outcome);

} // namespace avemo
