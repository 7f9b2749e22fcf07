#pragma once

#include "StudyTypes.h"
#include "TaskControl.h"
#include "coordination/MergeTypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>

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
// - a rater's item order is copied when the master has none for them;
// - a rater's origin is the instance id of the file being merged, never what the file's rater
//   rows claim;
// - a package (its instance id is a PackageToken) brings only the rater it was made for, and
//   wins over a file that claimed that rater first without being their package: that file's
//   responses, flags and item order for the rater are replaced (its events stay in the log);
// - rows the study cannot accept are left out and listed (MergeRowFilter);
// - a package's items are matched through the aliases the master recorded for it (tables
//   package_item), every other file's by item id; messages name the study's item ids.
//
// The annotator file is read through a read-only URI (ATTACH), after ResultsMerger checked that
// its schema is exactly ours. A progress handler stops the SQL when the user cancels or when it
// runs far longer than a file of that size can need (kStepsPerByte).
class MergeWriter
{
    Q_DECLARE_TR_FUNCTIONS(avemo::MergeWriter)

public:
    // SQLite virtual machine steps allowed per byte of the annotator file (plus kBaseSteps):
    // a genuine merge needs a few hundred per row, a row takes at least ~50 bytes.
    static constexpr qint64 kStepsPerByte = 2000;
    static constexpr qint64 kBaseSteps = 200'000'000;

    MergeWriter(QSqlDatabase master, QString masterInstance, const StudyDefinition &study,
                const TaskControl &control)
        : m_db(std::move(master))
        , m_masterInstance(std::move(masterInstance))
        , m_study(study)
        , m_control(control)
    {
    }

    // Merges the file sourceUri opens (read-only); sourcePath names it in messages and in the
    // merge history. Fills report (counts, raters, conflicts, skipped rows, outcome, message).
    // mapped: the file is a package made from this master under opaque names (PackageNames):
    // its items are matched through the aliases the master recorded for its instance id, not
    // by their item ids.
    void merge(const QString &sourceUri, const QString &sourcePath, qint64 sourceBytes,
               const QString &sourceInstance, bool mapped, MergeSourceReport &report);

private:
    bool prepareMaps(const QString &sourceInstance, bool mapped, QString &error);
    bool findConflicts(const QString &sourceInstance, QStringList &conflicts, QString &detail,
                       QString &error);
    bool replaceImpostors(QString &error);
    bool mergeRaters(MergeCounts &counts, QStringList &raters, QString &error);
    bool mergeResponses(MergeCounts &counts, QList<MergeSkip> &skipped, QString &error);
    bool mergeFlags(MergeCounts &counts, QList<MergeSkip> &skipped, QString &error);
    bool mergeEvents(MergeCounts &counts, QList<MergeSkip> &skipped, QString &error);
    bool recordSource(const QString &sourcePath, const QString &sourceInstance,
                      const MergeCounts &counts, QString &error);
    void dropTemporaryTables();

    bool exec(const QString &sql, const QString &what, QString &error);
    // The message for a failed write that is the master's, or empty.
    QString writeFailure(const QString &sourcePath) const;
    bool count(const QString &sql, int &out, QString &error);

    QSqlDatabase m_db;
    QString m_masterInstance;
    const StudyDefinition &m_study;
    const TaskControl &m_control;
    QDateTime m_mergeTime;
    QSqlError m_lastError;
    QStringList m_replacedRaters; // claimed by a file that was not their package
};

} // namespace avemo
