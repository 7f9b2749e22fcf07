#include "coordination/MergeWriter.h"

#include "ScopedTransaction.h"
#include "SqlError.h"
#include "SqliteStatement.h"
#include "coordination/CoordinationLog.h"
#include "coordination/MergeRowFilter.h"
#include "coordination/PackageToken.h"

#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace avemo {

namespace {

// The key an incoming response is compared by; SQLite compares row values left to right.
const auto kNewerResponse =
    QLatin1String("(m.revision, m.answered_at, m.uuid) < (i.revision, i.answered_at, i.uuid)");
const auto kSameResponseKey = QLatin1String(
    "m.item_id = i.item_id AND m.rater_id = i.rater_id AND m.question_id = i.question_id");

// Bounds the SQL of one merge: SQLite calls back every kInterval virtual machine steps, and a
// non-zero answer interrupts the statement (which then fails, and the transaction rolls back).
class WorkBound
{
public:
    static constexpr int kInterval = 10000;

    WorkBound(const QSqlDatabase &db, const TaskControl &control, qint64 budget)
        : m_handle(SqliteConnection::handleOf(db))
        , m_control(control)
        , m_budget(budget)
    {
        if (m_handle)
            sqlite3_progress_handler(m_handle, kInterval, &WorkBound::callback, this);
    }
    ~WorkBound()
    {
        if (m_handle)
            sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
    }
    WorkBound(const WorkBound &) = delete;
    WorkBound &operator=(const WorkBound &) = delete;

    bool cancelled() const { return m_cancelled; }
    bool exhausted() const { return m_exhausted; }

private:
    static int callback(void *self)
    {
        auto *bound = static_cast<WorkBound *>(self);
        bound->m_used += kInterval;
        bound->m_cancelled = bound->m_cancelled || bound->m_control.isCancelled();
        bound->m_exhausted = bound->m_exhausted || bound->m_used > bound->m_budget;
        return bound->m_cancelled || bound->m_exhausted ? 1 : 0;
    }

    sqlite3 *m_handle;
    const TaskControl &m_control;
    qint64 m_budget;
    qint64 m_used = 0;
    bool m_cancelled = false;
    bool m_exhausted = false;
};

} // namespace

QString outcomeName(MergeSourceReport::Outcome outcome)
{
    switch (outcome) {
    case MergeSourceReport::Outcome::Merged:
        return QStringLiteral("merged");
    case MergeSourceReport::Outcome::Unchanged:
        return QStringLiteral("unchanged");
    case MergeSourceReport::Outcome::Refused:
        return QStringLiteral("refused");
    case MergeSourceReport::Outcome::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

bool MergeWriter::exec(const QString &sql, const QString &what, QString &error)
{
    QSqlQuery q(m_db);
    if (q.exec(sql))
        return true;
    error = sqlError(what, q);
    m_lastError = q.lastError();
    return false;
}

QString MergeWriter::writeFailure(const QString &sourcePath) const
{
    // The annotator file is opened read-only: a full disk or a refused write is the master's
    // (or, for the merge's temporary tables, the temporary folder's).
    const QString master = m_db.databaseName();
    switch (m_lastError.nativeErrorCode().toInt() & 0xff) {
    case SQLITE_FULL:
        return tr("cannot write the master database '%1': the disk is full (or the temporary "
                  "folder's); nothing from '%2' was merged")
            .arg(master, sourcePath);
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return tr("cannot write the master database '%1': it is read-only; nothing from '%2' "
                  "was merged")
            .arg(master, sourcePath);
    case SQLITE_IOERR:
        return tr("cannot write the master database '%1': the disk reported an input/output "
                  "error (%3); nothing from '%2' was merged")
            .arg(master, sourcePath, m_lastError.databaseText());
    default:
        return {};
    }
}

bool MergeWriter::count(const QString &sql, int &out, QString &error)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql) || !q.next()) {
        error = sqlError(tr("cannot count what to merge"), q);
        m_lastError = q.lastError();
        return false;
    }
    out = q.value(0).toInt();
    return true;
}

void MergeWriter::dropTemporaryTables()
{
    QSqlQuery q(m_db);
    for (const char *table : {"merge_rater", "merge_item", "merge_question", "merge_response",
                              "merge_flag", "merge_event"})
        q.exec(QStringLiteral("DROP TABLE IF EXISTS temp.%1").arg(QLatin1String(table)));
}

void MergeWriter::merge(const QString &sourceUri, const QString &sourcePath, qint64 sourceBytes,
                        const QString &sourceInstance, bool mapped, MergeSourceReport &report)
{
    report.outcome = MergeSourceReport::Outcome::Refused;
    m_mergeTime = QDateTime::currentDateTimeUtc();
    m_lastError = QSqlError();
    dropTemporaryTables();
    {
        QSqlQuery attach(m_db);
        attach.prepare(QStringLiteral("ATTACH DATABASE ? AS src"));
        attach.addBindValue(sourceUri);
        if (!attach.exec()) {
            report.message = sqlError(tr("cannot read '%1'").arg(sourcePath), attach);
            return;
        }
    }
    QString error;
    QStringList conflicts;
    QString conflictDetail;
    MergeCounts counts;
    QStringList raters;
    QList<MergeSkip> skipped;
    bool cancelled = false;
    WorkBound bound(m_db, m_control, kBaseSteps + kStepsPerByte * sourceBytes);
    const auto step = [&](bool ok) {
        if (ok && m_control.isCancelled()) {
            cancelled = true;
            return false;
        }
        return ok;
    };
    {
        ScopedTransaction transaction(m_db);
        const bool ok =
            transaction.isActive() && step(prepareMaps(sourceInstance, mapped, error)) &&
            findConflicts(sourceInstance, conflicts, conflictDetail, error) &&
            conflicts.isEmpty() && replaceImpostors(error) &&
            step(mergeRaters(counts, raters, error)) &&
            step(mergeResponses(counts, skipped, error)) &&
            step(mergeFlags(counts, skipped, error)) && step(mergeEvents(counts, skipped, error)) &&
            recordSource(sourcePath, sourceInstance, counts, error) && transaction.commit();
        cancelled = cancelled || bound.cancelled();
        if (ok) {
            report.outcome = counts.changedAnything() ? MergeSourceReport::Outcome::Merged
                                                      : MergeSourceReport::Outcome::Unchanged;
            report.counts = counts;
            report.raters = raters;
            report.skipped = skipped;
            report.replacedRaters = m_replacedRaters;
        } else if (cancelled) {
            report.outcome = MergeSourceReport::Outcome::Cancelled;
            report.message = tr("cancelled; nothing from '%1' was merged").arg(sourcePath);
        } else if (bound.exhausted()) {
            report.message = tr("'%1' was refused: reading it took far more work than a file of "
                                "its size needs; nothing from this file was merged")
                                 .arg(sourcePath);
        } else if (!conflicts.isEmpty()) {
            report.conflictingRaters = conflicts;
            report.message =
                tr("'%1' was refused: rater id(s) %2 already belong to "
                   "another annotator database (%3); nothing from this file was merged")
                    .arg(sourcePath, conflicts.join(QStringLiteral(", ")), conflictDetail);
        } else if (!transaction.isActive() && error.isEmpty()) {
            report.message =
                sqlError(tr("cannot start writing to the master database"), m_db.lastError());
        } else {
            report.message = error.isEmpty() ? sqlError(tr("cannot merge '%1'").arg(sourcePath),
                                                        m_db.lastError())
                                             : tr("cannot merge '%1': %2").arg(sourcePath, error);
        }
    }
    dropTemporaryTables();
    QSqlQuery(m_db).exec(QStringLiteral("DETACH DATABASE src"));
}

bool MergeWriter::prepareMaps(const QString &sourceInstance, bool mapped, QString &error)
{
    // Rater ids, item ids and question ids are the stable names; row ids differ between files.
    if (!exec(QStringLiteral("CREATE TEMP TABLE merge_rater (src_id INTEGER PRIMARY KEY, "
                             "rater_id TEXT NOT NULL, name TEXT, created_at TEXT, origin TEXT "
                             "NOT NULL, main_id INTEGER)"),
              tr("cannot prepare the merge"), error))
        return false;
    QSqlQuery q(m_db);
    // Only raters with something to merge: a database imported from the study folder lists
    // every rater of study.json, and those rows alone say nothing about who rated where. Their
    // origin is this file, whatever its rater rows claim (origin_instance is not trusted).
    q.prepare(
        QStringLiteral("INSERT INTO temp.merge_rater (src_id, rater_id, name, created_at, origin) "
                       "SELECT r.id, r.rater_id, r.name, r.created_at, ? "
                       "FROM src.rater r WHERE "
                       "EXISTS (SELECT 1 FROM src.assignment WHERE rater_id = r.id) OR "
                       "EXISTS (SELECT 1 FROM src.response WHERE rater_id = r.id) OR "
                       "EXISTS (SELECT 1 FROM src.item_flag WHERE rater_id = r.id) OR "
                       "EXISTS (SELECT 1 FROM src.event WHERE rater_id = r.id)"));
    q.addBindValue(sourceInstance);
    if (!q.exec()) {
        error = sqlError(tr("cannot read the raters"), q);
        return false;
    }
    // item_id: the study's id of the item, which messages about its rows name.
    if (!exec(QStringLiteral("CREATE TEMP TABLE merge_item (src_id INTEGER PRIMARY KEY, main_id "
                             "INTEGER NOT NULL, item_id TEXT NOT NULL)"),
              tr("cannot match the items"), error))
        return false;
    if (mapped) {
        q.prepare(QStringLiteral(
            "INSERT INTO temp.merge_item (src_id, main_id, item_id) SELECT s.id, m.id, m.item_id "
            "FROM src.item s JOIN main.package_item p ON p.alias = s.item_id AND "
            "p.instance_uuid = ? JOIN main.item m ON m.id = p.item_id"));
        q.addBindValue(sourceInstance);
    } else {
        q.prepare(QStringLiteral(
            "INSERT INTO temp.merge_item (src_id, main_id, item_id) SELECT s.id, m.id, m.item_id "
            "FROM src.item s JOIN main.item m ON m.item_id = s.item_id"));
    }
    if (!q.exec()) {
        error = sqlError(tr("cannot match the items"), q);
        m_lastError = q.lastError();
        return false;
    }
    return exec(QStringLiteral("CREATE TEMP TABLE merge_question AS SELECT s.id AS src_id, m.id "
                               "AS main_id FROM src.question s JOIN main.question m ON "
                               "m.question_id = s.question_id"),
                tr("cannot match the questions"), error);
}

bool MergeWriter::findConflicts(const QString &sourceInstance, QStringList &conflicts,
                                QString &detail, QString &error)
{
    m_replacedRaters.clear();
    // Which rater this file's instance id says it was packaged for, if any (PackageToken).
    QString packagedFor;
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SELECT rater_id FROM temp.merge_rater UNION SELECT rater_id "
                                   "FROM main.rater"))) {
            error = sqlError(tr("cannot check the raters for conflicts"), q);
            return false;
        }
        while (q.next() && packagedFor.isEmpty())
            if (PackageToken::isFor(sourceInstance, m_masterInstance, q.value(0).toString()))
                packagedFor = q.value(0).toString();
    }
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
            "SELECT p.rater_id, m.origin_instance, m.id IS NOT NULL, m.id IS NOT NULL AND "
            "(EXISTS (SELECT 1 FROM main.response WHERE rater_id = m.id) OR EXISTS (SELECT 1 "
            "FROM main.item_flag WHERE rater_id = m.id)) FROM temp.merge_rater p LEFT JOIN "
            "main.rater m ON m.rater_id = p.rater_id ORDER BY p.rater_id"))) {
        error = sqlError(tr("cannot check the raters for conflicts"), q);
        return false;
    }
    QStringList details;
    while (q.next()) {
        const QString rater = q.value(0).toString();
        const QString origin = q.value(1).toString();
        const bool inMaster = q.value(2).toBool();
        const bool hasWork = q.value(3).toBool();
        QString why;
        if (!packagedFor.isEmpty() && rater != packagedFor) {
            why =
                tr("this file is the package made for '%1', not for '%2'").arg(packagedFor, rater);
        } else if (inMaster && !origin.isEmpty() && origin != sourceInstance) {
            // The genuine package of a rater is not locked out by a file that claimed the
            // rater first without being their package: that file's answers are replaced.
            if (rater == packagedFor && !PackageToken::isFor(origin, m_masterInstance, rater))
                m_replacedRaters.append(rater);
            else
                why = tr("'%1' came from instance %2").arg(rater, origin.left(8));
        } else if (inMaster && origin.isEmpty() && hasWork) {
            why = tr("'%1' rated in the master itself").arg(rater);
        }
        if (why.isEmpty())
            continue;
        conflicts.append(rater);
        details.append(why);
    }
    detail = details.join(QStringLiteral("; "));
    return true;
}

bool MergeWriter::replaceImpostors(QString &error)
{
    QSqlQuery q(m_db);
    for (const QString &rater : std::as_const(m_replacedRaters)) {
        for (const char *table : {"response", "item_flag", "assignment"}) {
            q.prepare(QStringLiteral("DELETE FROM main.%1 WHERE rater_id = (SELECT id FROM "
                                     "main.rater WHERE rater_id = ?)")
                          .arg(QLatin1String(table)));
            q.addBindValue(rater);
            if (!q.exec()) {
                error = sqlError(tr("cannot replace the answers of '%1'").arg(rater), q);
                return false;
            }
        }
        // Unowned again, so mergeRaters lets this package claim the rater.
        q.prepare(
            QStringLiteral("UPDATE main.rater SET origin_instance = NULL WHERE rater_id = ?"));
        q.addBindValue(rater);
        if (!q.exec()) {
            error = sqlError(tr("cannot replace the answers of '%1'").arg(rater), q);
            return false;
        }
    }
    return true;
}

bool MergeWriter::mergeRaters(MergeCounts &counts, QStringList &raters, QString &error)
{
    if (!count(QStringLiteral("SELECT count(*) FROM temp.merge_rater p WHERE NOT EXISTS "
                              "(SELECT 1 FROM main.rater WHERE rater_id = p.rater_id)"),
               counts.newRaters, error))
        return false;
    if (!count(QStringLiteral("SELECT count(*) FROM main.rater WHERE origin_instance IS NULL "
                              "AND rater_id IN (SELECT rater_id FROM temp.merge_rater)"),
               counts.claimedRaters, error))
        return false;
    // New raters are added, unowned ones claimed by the database they rated in.
    if (!exec(QStringLiteral("INSERT INTO main.rater (rater_id, name, created_at, "
                             "origin_instance) SELECT rater_id, coalesce(name, ''), created_at, "
                             "origin FROM temp.merge_rater p WHERE NOT EXISTS (SELECT 1 FROM "
                             "main.rater WHERE rater_id = p.rater_id) ORDER BY rater_id"),
              tr("cannot add the raters"), error) ||
        !exec(QStringLiteral("UPDATE main.rater SET origin_instance = (SELECT origin FROM "
                             "temp.merge_rater p WHERE p.rater_id = rater.rater_id), name = "
                             "CASE WHEN name = '' THEN coalesce((SELECT name FROM "
                             "temp.merge_rater p WHERE p.rater_id = rater.rater_id), '') ELSE "
                             "name END WHERE origin_instance IS NULL AND rater_id IN (SELECT "
                             "rater_id FROM temp.merge_rater)"),
              tr("cannot record where the raters rated"), error) ||
        !exec(QStringLiteral("UPDATE temp.merge_rater SET main_id = (SELECT id FROM main.rater m "
                             "WHERE m.rater_id = merge_rater.rater_id)"),
              tr("cannot match the raters"), error))
        return false;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT rater_id FROM temp.merge_rater ORDER BY rater_id"))) {
        error = sqlError(tr("cannot list the raters"), q);
        return false;
    }
    while (q.next())
        raters.append(q.value(0).toString());
    const QString withoutOrder = QStringLiteral(
        "FROM temp.merge_rater p WHERE EXISTS (SELECT 1 FROM src.assignment WHERE rater_id = "
        "p.src_id) AND NOT EXISTS (SELECT 1 FROM main.assignment WHERE rater_id = p.main_id)");
    return count(QStringLiteral("SELECT count(*) ") + withoutOrder, counts.newAssignments, error) &&
           exec(QStringLiteral("INSERT INTO main.assignment (rater_id, position, item_id, seed) "
                               "SELECT p.main_id, a.position, im.main_id, a.seed FROM "
                               "src.assignment a JOIN temp.merge_rater p ON p.src_id = "
                               "a.rater_id JOIN temp.merge_item im ON im.src_id = a.item_id "
                               "WHERE p.src_id IN (SELECT p.src_id ") +
                    withoutOrder + u')',
                tr("cannot copy the raters' item orders"), error);
}

bool MergeWriter::mergeResponses(MergeCounts &counts, QList<MergeSkip> &skipped, QString &error)
{
    // LEFT JOINs keep the rows of items and questions the master does not have, so the filter
    // can name them instead of dropping them without a word.
    if (!exec(QStringLiteral(
                  "CREATE TEMP TABLE merge_response AS SELECT s.rowid AS src_row, s.uuid, "
                  "im.main_id AS item_id, p.main_id AS rater_id, qm.main_id AS question_id, "
                  "coalesce(im.item_id, (SELECT item_id FROM src.item WHERE id = s.item_id)) AS "
                  "src_item, "
                  "(SELECT question_id FROM src.question WHERE id = s.question_id) AS "
                  "src_question, s.value, s.answered_at, s.time_spent_ms, s.play_count, "
                  "s.revision, (SELECT count(*) FROM src.event e WHERE e.kind = 'edit' AND "
                  "e.rater_id = s.rater_id AND e.item_id = s.item_id AND e.question_id = "
                  "s.question_id) AS edits FROM src.response s "
                  "JOIN temp.merge_rater p ON p.src_id = s.rater_id "
                  "LEFT JOIN temp.merge_item im ON im.src_id = s.item_id "
                  "LEFT JOIN temp.merge_question qm ON qm.src_id = s.question_id"),
              tr("cannot read the responses"), error) ||
        !MergeRowFilter(m_db, m_study, m_mergeTime).filterResponses(skipped, error))
        return false;
    int total = 0;
    const QString newer = QStringLiteral("FROM temp.merge_response i WHERE NOT EXISTS (SELECT 1 "
                                         "FROM main.response m WHERE %1 AND NOT %2)")
                              .arg(kSameResponseKey, kNewerResponse);
    if (!count(QStringLiteral("SELECT count(*) FROM temp.merge_response"), total, error) ||
        !count(QStringLiteral("SELECT count(*) FROM temp.merge_response i WHERE NOT EXISTS "
                              "(SELECT 1 FROM main.response m WHERE %1)")
                   .arg(kSameResponseKey),
               counts.newResponses, error) ||
        !count(QStringLiteral("SELECT count(*) ") + newer, counts.updatedResponses, error))
        return false;
    counts.updatedResponses -= counts.newResponses;
    counts.unchangedResponses = total - counts.newResponses - counts.updatedResponses;
    // REPLACE removes the older row of the same item, rater and question (even under another
    // UUID) before inserting the newer one; a UUID naming any other answer was filtered out, so
    // it never removes someone else's.
    return exec(QStringLiteral("INSERT OR REPLACE INTO main.response (uuid, item_id, rater_id, "
                               "question_id, value, answered_at, time_spent_ms, play_count, "
                               "revision) SELECT i.uuid, i.item_id, i.rater_id, i.question_id, "
                               "i.value, i.answered_at, i.time_spent_ms, i.play_count, "
                               "i.revision ") +
                    newer,
                tr("cannot write the responses"), error);
}

bool MergeWriter::mergeFlags(MergeCounts &counts, QList<MergeSkip> &skipped, QString &error)
{
    if (!exec(QStringLiteral("CREATE TEMP TABLE merge_flag AS SELECT s.rowid AS src_row, s.uuid, "
                             "im.main_id AS item_id, p.main_id AS rater_id, coalesce(im.item_id, "
                             "(SELECT item_id FROM src.item WHERE id = s.item_id)) AS src_item, "
                             "s.reason, s.flagged_at "
                             "FROM src.item_flag s JOIN temp.merge_rater p ON p.src_id = "
                             "s.rater_id LEFT JOIN temp.merge_item im ON im.src_id = s.item_id"),
              tr("cannot read the flags"), error) ||
        !MergeRowFilter(m_db, m_study, m_mergeTime).filterFlags(skipped, error))
        return false;
    const QString same = QStringLiteral("m.item_id = i.item_id AND m.rater_id = i.rater_id");
    const QString newer =
        QStringLiteral("FROM temp.merge_flag i WHERE NOT EXISTS (SELECT 1 FROM main.item_flag m "
                       "WHERE %1 AND (m.flagged_at, m.uuid) >= (i.flagged_at, i.uuid))")
            .arg(same);
    if (!count(QStringLiteral("SELECT count(*) FROM temp.merge_flag i WHERE NOT EXISTS (SELECT "
                              "1 FROM main.item_flag m WHERE %1)")
                   .arg(same),
               counts.newFlags, error) ||
        !count(QStringLiteral("SELECT count(*) ") + newer, counts.updatedFlags, error))
        return false;
    counts.updatedFlags -= counts.newFlags;
    return exec(QStringLiteral("INSERT OR REPLACE INTO main.item_flag (uuid, item_id, rater_id, "
                               "reason, flagged_at) SELECT i.uuid, i.item_id, i.rater_id, "
                               "i.reason, i.flagged_at ") +
                    newer,
                tr("cannot write the flags"), error);
}

bool MergeWriter::mergeEvents(MergeCounts &counts, QList<MergeSkip> &skipped, QString &error)
{
    if (!exec(QStringLiteral(
                  "CREATE TEMP TABLE merge_event AS SELECT e.rowid AS src_row, e.uuid, "
                  "e.rater_id AS src_rater, p.main_id AS rater_id, coalesce(im.item_id, (SELECT "
                  "item_id FROM src.item WHERE id = e.item_id)) AS src_item, im.main_id AS "
                  "item_id, (SELECT question_id "
                  "FROM src.question WHERE id = e.question_id) AS src_question, qm.main_id AS "
                  "question_id, e.kind, e.at, e.position_ms, e.old_value, e.new_value, e.detail "
                  "FROM src.event e LEFT JOIN temp.merge_rater p ON p.src_id = e.rater_id "
                  "LEFT JOIN temp.merge_item im ON im.src_id = e.item_id "
                  "LEFT JOIN temp.merge_question qm ON qm.src_id = e.question_id "
                  "WHERE NOT EXISTS (SELECT 1 FROM main.event m WHERE m.uuid = e.uuid)"),
              tr("cannot read the events"), error) ||
        !MergeRowFilter(m_db, m_study, m_mergeTime).filterEvents(skipped, error))
        return false;
    return count(QStringLiteral("SELECT count(*) FROM temp.merge_event"), counts.newEvents,
                 error) &&
           exec(QStringLiteral("INSERT INTO main.event (uuid, rater_id, item_id, kind, at, "
                               "position_ms, question_id, old_value, new_value, detail) SELECT "
                               "uuid, rater_id, item_id, kind, at, position_ms, question_id, "
                               "old_value, new_value, detail FROM temp.merge_event ORDER BY at, "
                               "uuid"),
                tr("cannot write the events"), error);
}

bool MergeWriter::recordSource(const QString &sourcePath, const QString &sourceInstance,
                               const MergeCounts &counts, QString &error)
{
    int known = 0;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM main.merge_source WHERE instance_uuid = ?"));
    q.addBindValue(sourceInstance);
    if (!q.exec() || !q.next()) {
        error = sqlError(tr("cannot read the merge history"), q);
        return false;
    }
    known = q.value(0).toInt();
    // Merging a file again without news leaves the master exactly as it was.
    if (known > 0 && !counts.changedAnything())
        return true;
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO main.merge_source (instance_uuid, source_path, merged_at, "
        "responses, events) VALUES (?, ?, ?, (SELECT count(*) FROM src.response), "
        "(SELECT count(*) FROM src.event))"));
    q.addBindValue(sourceInstance);
    q.addBindValue(sourcePath);
    q.addBindValue(coordinationTimestamp());
    if (!q.exec()) {
        error = sqlError(tr("cannot record the merge"), q);
        return false;
    }
    return true;
}

} // namespace avemo
