#include "coordination/RaterExclusions.h"

#include "ScopedTransaction.h"
#include "SqlError.h"
#include "StudyDatabase.h"
#include "coordination/CoordinationLog.h"

#include <QSqlQuery>
#include <QVariant>

namespace avemo {

bool RaterExclusions::raterRow(const QString &raterId, qint64 &row, QString &error) const
{
    std::optional<qint64> found;
    if (!StudyDatabase::raterRowId(m_db.connection(), raterId, found, error))
        return false;
    if (!found) {
        error = tr("'%1' has no rater '%2'").arg(m_db.path(), raterId);
        return false;
    }
    row = *found;
    return true;
}

bool RaterExclusions::exclude(const QString &raterId, const QString &reason, QString &error)
{
    if (reason.trimmed().isEmpty()) {
        error = tr("excluding rater '%1' needs a reason (it is reported in every "
                   "export)")
                    .arg(raterId);
        return false;
    }
    ScopedTransaction transaction(m_db.connection());
    qint64 row = 0;
    if (!raterRow(raterId, row, error))
        return false;
    if (isExcluded(raterId)) {
        error = tr("rater '%1' is already excluded (include them first to change the "
                   "reason)")
                    .arg(raterId);
        return false;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO rater_exclusion (rater_id, reason, excluded_at) VALUES (?, ?, ?)"));
    q.addBindValue(row);
    q.addBindValue(reason.trimmed());
    q.addBindValue(coordinationTimestamp());
    if (!q.exec()) {
        error = sqlError(tr("cannot exclude rater '%1'").arg(raterId), q);
        return false;
    }
    if (!appendCoordinationEvent(
            m_db.connection(),
            {QStringLiteral("exclude_rater"), raterId, {}, {}, {}, {}, reason.trimmed()}, error))
        return false;
    if (!transaction.commit()) {
        error = sqlError(tr("cannot commit the exclusion of rater '%1'").arg(raterId),
                         m_db.connection().lastError());
        return false;
    }
    return true;
}

bool RaterExclusions::include(const QString &raterId, QString &error)
{
    ScopedTransaction transaction(m_db.connection());
    qint64 row = 0;
    if (!raterRow(raterId, row, error))
        return false;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT reason FROM rater_exclusion WHERE rater_id = ?"));
    q.addBindValue(row);
    if (!q.exec()) {
        error = sqlError(tr("cannot read the exclusion of rater '%1'").arg(raterId), q);
        return false;
    }
    if (!q.next()) {
        error = tr("rater '%1' is not excluded").arg(raterId);
        return false;
    }
    const QString oldReason = q.value(0).toString();
    QSqlQuery remove(m_db.connection());
    remove.prepare(QStringLiteral("DELETE FROM rater_exclusion WHERE rater_id = ?"));
    remove.addBindValue(row);
    if (!remove.exec()) {
        error = sqlError(tr("cannot include rater '%1' again").arg(raterId), remove);
        return false;
    }
    if (!appendCoordinationEvent(m_db.connection(),
                                 {QStringLiteral("include_rater"),
                                  raterId,
                                  {},
                                  {},
                                  {},
                                  {},
                                  QStringLiteral("was excluded: %1").arg(oldReason)},
                                 error))
        return false;
    if (!transaction.commit()) {
        error = sqlError(tr("cannot commit including rater '%1'").arg(raterId),
                         m_db.connection().lastError());
        return false;
    }
    return true;
}

bool RaterExclusions::list(QList<RaterExclusion> &out, QString &error) const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT r.rater_id, x.reason, x.excluded_at FROM rater_exclusion x "
                               "JOIN rater r ON r.id = x.rater_id ORDER BY r.rater_id"))) {
        error = sqlError(tr("cannot read the rater exclusions"), q);
        return false;
    }
    out.clear();
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return true;
}

QStringList RaterExclusions::excludedRaterIds() const
{
    QList<RaterExclusion> all;
    QString error;
    QStringList ids;
    if (list(all, error))
        for (const RaterExclusion &x : std::as_const(all))
            ids.append(x.raterId);
    return ids;
}

bool RaterExclusions::isExcluded(const QString &raterId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM rater_exclusion x JOIN rater r ON r.id = x.rater_id "
                             "WHERE r.rater_id = ?"));
    q.addBindValue(raterId);
    return q.exec() && q.next();
}

} // namespace avemo
