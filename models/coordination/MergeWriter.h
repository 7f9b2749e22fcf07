#pragma once

#include "MergeTypes.h"
#include "TaskControl.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace avemo {

// The SQL of merging one annotator database (already checked to hold the same study version)
// into the master, in one transaction: all of it is written, or none of it.
//
// Rules, chosen so merges are idempotent and order-independent:
// - a rater is owned by the database they rated in (rater.origin_instance); a source may bring
//   a rater who is new, unowned and without work in the master, or already owned by the same
//   origin; anything else is a conflict and the whole source is refused;
// - responses are one per item, rater and question; the one with the greater (revision,
//   answered_at, uuid) wins, whatever order the files come in;
// - flags likewise per item and rater by (flagged_at, uuid); events are added by UUID;
// - a rater's item order is copied when the master has none for them.
class MergeWriter
{
    Q_DECLARE_TR_FUNCTIONS(avemo::MergeWriter)

public:
    MergeWriter(QSqlDatabase master, const TaskControl &control)
        : m_db(std::move(master))
        , m_control(control)
    {
    }

    // Fills report (counts, raters, conflicts, outcome and message).
    void merge(const QString &sourcePath, const QString &sourceInstance, MergeSourceReport &report);

private:
    bool prepareMaps(const QString &sourceInstance, QString &error);
    bool findConflicts(QStringList &conflicts, QString &detail, QString &error);
    bool mergeRaters(MergeCounts &counts, QStringList &raters, QString &error);
    bool mergeResponses(MergeCounts &counts, QString &error);
    bool mergeFlags(MergeCounts &counts, QString &error);
    bool mergeEvents(MergeCounts &counts, QString &error);
    bool recordSource(const QString &sourcePath, const QString &sourceInstance,
                      const MergeCounts &counts, QString &error);
    void dropTemporaryTables();

    bool exec(const QString &sql, const QString &what, QString &error);
    bool count(const QString &sql, int &out, QString &error);

    QSqlDatabase m_db;
    const TaskControl &m_control;
};

} // namespace avemo
