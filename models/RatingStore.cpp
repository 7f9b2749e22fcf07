#include "RatingStore.h"

#include "ScopedTransaction.h"
#include "SqlError.h"
#include "StudyDatabase.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace avemo {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}
QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
QVariant nullable(const QString &s)
{
    return s.isNull() ? QVariant() : QVariant(s);
}

} // namespace

bool RatingStore::ensureRater(const QString &raterId, qint64 &rowId, QString &error)
{
    std::optional<qint64> existing;
    if (!StudyDatabase::raterRowId(m_db.connection(), raterId, existing, error))
        return false;
    if (existing) {
        rowId = *existing;
        return true;
    }
    QSqlQuery insert(m_db.connection());
    insert.prepare(
        QStringLiteral("INSERT INTO rater (rater_id, name, created_at) VALUES (?, '', ?)"));
    insert.addBindValue(raterId);
    insert.addBindValue(now());
    if (!insert.exec()) {
        error = sqlError(tr("cannot add rater '%1'").arg(raterId), insert);
        return false;
    }
    rowId = insert.lastInsertId().toLongLong();
    return true;
}

QStringList RatingStore::raterIds() const
{
    QStringList ids;
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT rater_id FROM rater ORDER BY rater_id")))
        while (q.next())
            ids.append(q.value(0).toString());
    return ids;
}

bool RatingStore::hasAssignment(qint64 raterRowId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM assignment WHERE rater_id = ?"));
    q.addBindValue(raterRowId);
    return q.exec() && q.next() && q.value(0).toInt() > 0;
}

bool RatingStore::saveAssignment(qint64 raterRowId, const QList<qint64> &itemRowIds, quint64 seed,
                                 QString &error)
{
    ScopedTransaction transaction(m_db.connection());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO assignment (rater_id, position, item_id, seed) VALUES (?, ?, ?, ?)"));
    for (int i = 0; i < itemRowIds.size(); ++i) {
        q.addBindValue(raterRowId);
        q.addBindValue(i);
        q.addBindValue(itemRowIds[i]);
        q.addBindValue(qint64(seed & 0x7fffffffffffffffULL));
        if (!q.exec()) {
            error = sqlError(tr("cannot record the item order"), q);
            return false;
        }
    }
    if (!transaction.commit()) {
        error = sqlError(tr("cannot commit the item order"), m_db.connection().lastError());
        return false;
    }
    return true;
}

bool RatingStore::assignment(qint64 raterRowId, QList<qint64> &itemRowIds, QString &error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT item_id FROM assignment WHERE rater_id = ? ORDER BY position"));
    q.addBindValue(raterRowId);
    if (!q.exec()) {
        error = sqlError(tr("cannot read the item order"), q);
        return false;
    }
    itemRowIds.clear();
    while (q.next())
        itemRowIds.append(q.value(0).toLongLong());
    return true;
}

bool RatingStore::submit(const Submission &s, QString &error)
{
    QSqlDatabase db = m_db.connection();
    ScopedTransaction transaction(db);
    if (!transaction.isActive()) {
        error = sqlError(tr("cannot start saving"), db.lastError());
        return false;
    }
    const QMap<QString, QString> previous = answers(s.raterRowId, s.itemRowId);
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO response (uuid, item_id, rater_id, question_id, value, answered_at, "
        "time_spent_ms, play_count) "
        "VALUES (?, ?, ?, (SELECT id FROM question WHERE question_id = ?), ?, ?, ?, ?)"));
    QSqlQuery update(db);
    update.prepare(QStringLiteral(
        "UPDATE response SET value = ?, answered_at = ?, time_spent_ms = time_spent_ms + ?, "
        "play_count = play_count + ?, "
        "revision = revision + 1 WHERE item_id = ? AND rater_id = ? AND question_id = "
        "(SELECT id FROM question WHERE question_id = ?)"));
    const QString at = now();
    for (auto it = s.answers.cbegin(); it != s.answers.cend(); ++it) {
        const auto old = previous.constFind(it.key());
        if (old == previous.cend()) {
            insert.addBindValue(newUuid());
            insert.addBindValue(s.itemRowId);
            insert.addBindValue(s.raterRowId);
            insert.addBindValue(it.key());
            insert.addBindValue(it.value());
            insert.addBindValue(at);
            insert.addBindValue(s.timeSpentMs);
            insert.addBindValue(s.playCount);
            if (!insert.exec()) {
                error = sqlError(tr("cannot save the answer to '%1'").arg(it.key()), insert);
                return false;
            }
        } else if (*old != it.value()) {
            update.addBindValue(it.value());
            update.addBindValue(at);
            update.addBindValue(s.timeSpentMs);
            update.addBindValue(s.playCount);
            update.addBindValue(s.itemRowId);
            update.addBindValue(s.raterRowId);
            update.addBindValue(it.key());
            if (!update.exec() ||
                !insertEvent({s.raterRowId, s.itemRowId, QStringLiteral("edit"), -1, {}}, it.key(),
                             *old, it.value(), error)) {
                if (error.isEmpty())
                    error = sqlError(tr("cannot revise the answer to '%1'").arg(it.key()), update);
                return false;
            }
        }
    }
    if (!insertEvent(
            {s.raterRowId, s.itemRowId, QStringLiteral("submit"), -1,
             QStringLiteral("time_spent_ms=%1;plays=%2").arg(s.timeSpentMs).arg(s.playCount)},
            {}, {}, {}, error))
        return false;
    if (!transaction.commit()) {
        error = sqlError(tr("cannot commit the answers"), db.lastError());
        return false;
    }
    return true;
}

QMap<QString, QString> RatingStore::answers(qint64 raterRowId, qint64 itemRowId) const
{
    QMap<QString, QString> result;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT q.question_id, r.value FROM response r JOIN question q ON q.id = r.question_id "
        "WHERE r.rater_id = ? AND r.item_id = ?"));
    q.addBindValue(raterRowId);
    q.addBindValue(itemRowId);
    if (q.exec())
        while (q.next())
            result.insert(q.value(0).toString(), q.value(1).toString());
    return result;
}

QList<qint64> RatingStore::finishedItems(qint64 raterRowId) const
{
    QList<qint64> result;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT item_id FROM response WHERE rater_id = ? UNION "
                             "SELECT item_id FROM item_flag WHERE rater_id = ?"));
    q.addBindValue(raterRowId);
    q.addBindValue(raterRowId);
    if (q.exec())
        while (q.next())
            result.append(q.value(0).toLongLong());
    return result;
}

std::optional<RatingStore::Progress> RatingStore::progress(const QString &raterId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM assignment a WHERE a.rater_id = r.id), "
        "(SELECT count(*) FROM (SELECT item_id FROM response WHERE rater_id = r.id UNION "
        "SELECT item_id FROM item_flag WHERE rater_id = r.id)) FROM rater r WHERE r.rater_id = ?"));
    q.addBindValue(raterId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Progress{q.value(0).toInt(), q.value(1).toInt()};
}

QList<qint64> RatingStore::recentFirstAnswerTimesMs(qint64 raterRowId, int limit) const
{
    // The submit event of each item's first answer carries the time spent on it.
    QList<qint64> times;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT detail FROM event WHERE id IN (SELECT min(id) FROM event WHERE rater_id = ? AND "
        "kind = 'submit' GROUP BY item_id) ORDER BY id DESC LIMIT ?"));
    q.addBindValue(raterRowId);
    q.addBindValue(limit);
    if (q.exec())
        while (q.next()) {
            const QString detail = q.value(0).toString();
            const qsizetype from = detail.indexOf(QLatin1String("time_spent_ms="));
            if (from < 0)
                continue;
            bool ok = false;
            const qint64 ms =
                QStringView(detail).mid(from + 14).split(u';').first().toLongLong(&ok);
            if (ok)
                times.append(ms);
        }
    return times;
}

bool RatingStore::flagItem(qint64 raterRowId, qint64 itemRowId, const QString &reason,
                           QString &error)
{
    ScopedTransaction transaction(m_db.connection());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO item_flag (uuid, item_id, rater_id, reason, flagged_at) "
        "VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(newUuid());
    q.addBindValue(itemRowId);
    q.addBindValue(raterRowId);
    q.addBindValue(reason);
    q.addBindValue(now());
    if (!q.exec()) {
        error = sqlError(tr("cannot flag the item"), q);
        return false;
    }
    if (!insertEvent({raterRowId, itemRowId, QStringLiteral("skip_flag"), -1, reason}, {}, {}, {},
                     error))
        return false;
    if (!transaction.commit()) {
        error = sqlError(tr("cannot commit the flag"), m_db.connection().lastError());
        return false;
    }
    return true;
}

bool RatingStore::logEvent(const RatingEvent &event, QString &error)
{
    // A single INSERT is its own transaction in SQLite.
    return insertEvent(event, {}, {}, {}, error);
}

bool RatingStore::insertEvent(const RatingEvent &e, const QString &questionId,
                              const QString &oldValue, const QString &newValue, QString &error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO event (uuid, rater_id, item_id, kind, at, position_ms, question_id, "
        "old_value, new_value, detail) VALUES (?, ?, ?, ?, ?, ?, "
        "(SELECT id FROM question WHERE question_id = ?), ?, ?, ?)"));
    q.addBindValue(newUuid());
    q.addBindValue(e.raterRowId > 0 ? QVariant(e.raterRowId) : QVariant());
    q.addBindValue(e.itemRowId > 0 ? QVariant(e.itemRowId) : QVariant());
    q.addBindValue(e.kind);
    q.addBindValue(now());
    q.addBindValue(e.positionMs >= 0 ? QVariant(e.positionMs) : QVariant());
    q.addBindValue(nullable(questionId));
    q.addBindValue(nullable(oldValue));
    q.addBindValue(nullable(newValue));
    q.addBindValue(nullable(e.detail));
    if (!q.exec()) {
        error = sqlError(tr("cannot log the '%1' event").arg(e.kind), q);
        return false;
    }
    return true;
}

} // namespace avemo
