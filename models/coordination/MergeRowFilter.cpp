#include "coordination/MergeRowFilter.h"

#include "SqlError.h"
#include "coordination/AnswerCheck.h"

#include <QSqlQuery>
#include <QVariant>

namespace avemo {

namespace {

QString nonNegativeIntegerProblem(const QString &column, const QString &type, const QVariant &v)
{
    if (type != QLatin1String("integer"))
        return MergeRowFilter::tr("%1 is a %2, not a whole number").arg(column, type);
    if (v.toLongLong() < 0)
        return MergeRowFilter::tr("%1 is negative (%2)").arg(column).arg(v.toLongLong());
    return {};
}

} // namespace

QString MergeRowFilter::timestampProblem(const QString &type, const QString &text) const
{
    if (type != QLatin1String("text"))
        return tr("its timestamp is a %1, not a date and time").arg(type);
    const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid())
        return tr("its timestamp '%1' is not an ISO 8601 date and time").arg(text.left(40));
    if (at > m_latest)
        return tr("its timestamp %1 is later than the merge (%2)")
            .arg(text.left(40), m_latest.addSecs(-kClockSkewSeconds).toString(Qt::ISODate));
    return {};
}

bool MergeRowFilter::remove(const QString &table, const QList<qint64> &rows, QString &error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM temp.%1 WHERE src_row = ?").arg(table));
    for (const qint64 row : rows) {
        q.addBindValue(row);
        if (!q.exec()) {
            error = sqlError(tr("cannot leave out a row"), q);
            return false;
        }
    }
    return true;
}

bool MergeRowFilter::filterResponses(QList<MergeSkip> &skipped, QString &error)
{
    QHash<qint64, const Question *> questions;
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SELECT id, question_id FROM main.question"))) {
            error = sqlError(tr("cannot read the questions"), q);
            return false;
        }
        while (q.next())
            questions.insert(q.value(0).toLongLong(), m_study.question(q.value(1).toString()));
    }
    // With a design that `avemo-cli assign` has assigned, a rater's answers count only for the
    // items the design gave them; others are reported, not stored.
    bool designAssigned = false;
    if (m_study.design) {
        QSqlQuery d(m_db);
        if (!d.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM main.design_rater)")) ||
            !d.next()) {
            error = sqlError(tr("cannot read the design's raters"), d);
            return false;
        }
        designAssigned = d.value(0).toBool();
    }
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
            "SELECT i.src_row, i.src_item, i.src_question, i.item_id, i.question_id, "
            "typeof(i.value), i.value, typeof(i.answered_at), i.answered_at, "
            "typeof(i.time_spent_ms), i.time_spent_ms, typeof(i.play_count), i.play_count, "
            "typeof(i.revision), i.revision, i.edits, "
            "(SELECT 1 FROM main.response m WHERE m.uuid = i.uuid AND NOT (m.item_id IS "
            "i.item_id AND m.rater_id IS i.rater_id AND m.question_id IS i.question_id)), "
            "(SELECT 1 FROM main.assignment a WHERE a.rater_id = i.rater_id AND a.item_id = "
            "i.item_id) FROM temp.merge_response i ORDER BY i.src_row"))) {
        error = sqlError(tr("cannot check the responses"), q);
        return false;
    }
    QList<qint64> rows;
    while (q.next()) {
        const qint64 row = q.value(0).toLongLong();
        QString reason;
        const Question *question = questions.value(q.value(4).toLongLong());
        if (q.value(3).isNull())
            reason = tr("item '%1' is not in the study").arg(q.value(1).toString().left(60));
        else if (q.value(4).isNull() || !question)
            reason = tr("question '%1' is not in the study").arg(q.value(2).toString().left(60));
        else if (q.value(5).toString() != QLatin1String("text"))
            reason = tr("the value is a %1, not text").arg(q.value(5).toString());
        else if (const QString p = AnswerCheck::problem(m_study, *question, q.value(6).toString());
                 !p.isEmpty())
            reason = tr("the answer to '%1' %2").arg(question->id, p);
        else if (const QString t = timestampProblem(q.value(7).toString(), q.value(8).toString());
                 !t.isEmpty())
            reason = t;
        else if (const QString s = nonNegativeIntegerProblem(QStringLiteral("time_spent_ms"),
                                                             q.value(9).toString(), q.value(10));
                 !s.isEmpty())
            reason = s;
        else if (const QString c = nonNegativeIntegerProblem(QStringLiteral("play_count"),
                                                             q.value(11).toString(), q.value(12));
                 !c.isEmpty())
            reason = c;
        else if (const QString r = nonNegativeIntegerProblem(QStringLiteral("revision"),
                                                             q.value(13).toString(), q.value(14));
                 !r.isEmpty())
            reason = r;
        else if (q.value(14).toLongLong() > q.value(15).toLongLong())
            // Each revision on the laptop logs an 'edit' event; a revision without them would
            // outrank every later answer.
            reason = tr("revision %1 but the file logs %2 edit(s) of this answer")
                         .arg(q.value(14).toLongLong())
                         .arg(q.value(15).toLongLong());
        else if (!q.value(16).isNull())
            reason = tr("its UUID already names another answer (another item, rater or question) "
                        "in the master");
        else if (designAssigned && q.value(17).isNull())
            reason = tr("item '%1' is not assigned to this rater by the study's design (avemo-cli "
                        "assign gave it to others)")
                         .arg(q.value(1).toString().left(60));
        if (reason.isEmpty())
            continue;
        rows.append(row);
        skipped.append({QStringLiteral("response"), row, reason});
    }
    return remove(QStringLiteral("merge_response"), rows, error);
}

bool MergeRowFilter::filterFlags(QList<MergeSkip> &skipped, QString &error)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
            "SELECT i.src_row, i.src_item, i.item_id, typeof(i.reason), typeof(i.flagged_at), "
            "i.flagged_at, (SELECT 1 FROM main.item_flag m WHERE m.uuid = i.uuid AND NOT "
            "(m.item_id IS i.item_id AND m.rater_id IS i.rater_id)) "
            "FROM temp.merge_flag i ORDER BY i.src_row"))) {
        error = sqlError(tr("cannot check the flags"), q);
        return false;
    }
    QList<qint64> rows;
    while (q.next()) {
        QString reason;
        if (q.value(2).isNull())
            reason = tr("item '%1' is not in the study").arg(q.value(1).toString().left(60));
        else if (q.value(3).toString() != QLatin1String("text"))
            reason = tr("the reason is a %1, not text").arg(q.value(3).toString());
        else if (const QString t = timestampProblem(q.value(4).toString(), q.value(5).toString());
                 !t.isEmpty())
            reason = t;
        else if (!q.value(6).isNull())
            reason = tr("its UUID already names another flag in the master");
        if (reason.isEmpty())
            continue;
        rows.append(q.value(0).toLongLong());
        skipped.append({QStringLiteral("item_flag"), q.value(0).toLongLong(), reason});
    }
    return remove(QStringLiteral("merge_flag"), rows, error);
}

bool MergeRowFilter::filterEvents(QList<MergeSkip> &skipped, QString &error)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
            "SELECT src_row, src_item, item_id, src_question, question_id, typeof(kind), "
            "typeof(at), at, src_rater, rater_id FROM temp.merge_event ORDER BY src_row"))) {
        error = sqlError(tr("cannot check the events"), q);
        return false;
    }
    QList<qint64> rows;
    while (q.next()) {
        QString reason;
        if (!q.value(1).isNull() && q.value(2).isNull())
            reason = tr("item '%1' is not in the study").arg(q.value(1).toString().left(60));
        else if (!q.value(3).isNull() && q.value(4).isNull())
            reason = tr("question '%1' is not in the study").arg(q.value(3).toString().left(60));
        else if (!q.value(8).isNull() && q.value(9).isNull())
            reason = tr("its rater is not one this file brings");
        else if (q.value(5).toString() != QLatin1String("text"))
            reason = tr("its kind is a %1, not text").arg(q.value(5).toString());
        else if (const QString t = timestampProblem(q.value(6).toString(), q.value(7).toString());
                 !t.isEmpty())
            reason = t;
        if (reason.isEmpty())
            continue;
        rows.append(q.value(0).toLongLong());
        skipped.append({QStringLiteral("event"), q.value(0).toLongLong(), reason});
    }
    return remove(QStringLiteral("merge_event"), rows, error);
}

} // namespace avemo
