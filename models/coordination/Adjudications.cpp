#include "coordination/Adjudications.h"

#include "ScopedTransaction.h"
#include "SqlError.h"
#include "StudyDatabase.h"
#include "StudyReader.h"
#include "coordination/CoordinationLog.h"

#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace avemo {

namespace {

const auto kSelect = QLatin1String(
    "SELECT a.uuid, i.item_id, q.question_id, a.value, a.reason, a.decided_by, a.decided_at "
    "FROM adjudication a JOIN item i ON i.id = a.item_id JOIN question q ON q.id = "
    "a.question_id ");

Adjudication fromRow(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
            q.value(6).toString()};
}

} // namespace

bool Adjudications::checkValue(const QString &itemId, const QString &questionId,
                               const QString &value, QString &error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM item WHERE item_id = ?"));
    q.addBindValue(itemId);
    if (!q.exec() || !q.next()) {
        error = tr("'%1' has no item '%2'").arg(m_db.path(), itemId);
        return false;
    }
    StudyDefinition definition;
    if (!StudyReader(m_db).definition(definition, error))
        return false;
    const Question *question = definition.question(questionId);
    if (!question) {
        error = tr("the study has no question '%1'").arg(questionId);
        return false;
    }
    switch (question->kind) {
    case QuestionKind::Categorical: {
        const LabelSet *set = definition.labelSet(question->labelSet);
        if (!set || set->indexOf(value) < 0) {
            error = tr("'%1' is not a category of question '%2' (expected a category "
                       "id of label set '%3')")
                        .arg(value, questionId, question->labelSet);
            return false;
        }
        break;
    }
    case QuestionKind::Mos:
    case QuestionKind::Slider: {
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (!ok || !question->scale.contains(number)) {
            error = tr("'%1' is not a point of the scale of question '%2' (expected "
                       "%3 to %4 in steps of %5)")
                        .arg(value, questionId)
                        .arg(question->scale.min)
                        .arg(question->scale.max)
                        .arg(question->scale.step);
            return false;
        }
        break;
    }
    case QuestionKind::Text:
        if (value.trimmed().isEmpty()) {
            error = tr("an adjudicated answer to '%1' cannot be empty").arg(questionId);
            return false;
        }
        break;
    }
    return true;
}

bool Adjudications::record(const QString &itemId, const QString &questionId, const QString &value,
                           const QString &reason, const QString &decidedBy, QString &error)
{
    if (reason.trimmed().isEmpty() || decidedBy.trimmed().isEmpty()) {
        error = tr("an adjudication of item '%1', question '%2' needs a reason and "
                   "who decided")
                    .arg(itemId, questionId);
        return false;
    }
    if (!checkValue(itemId, questionId, value, error))
        return false;
    ScopedTransaction transaction(m_db.connection());
    const std::optional<Adjudication> previous = find(itemId, questionId);
    QSqlQuery q(m_db.connection());
    // REPLACE drops the earlier decision (UNIQUE item_id, question_id) in the same statement.
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO adjudication (uuid, item_id, question_id, value, reason, "
        "decided_by, decided_at) VALUES (?, (SELECT id FROM item WHERE item_id = ?), "
        "(SELECT id FROM question WHERE question_id = ?), ?, ?, ?, ?)"));
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.addBindValue(itemId);
    q.addBindValue(questionId);
    q.addBindValue(value);
    q.addBindValue(reason.trimmed());
    q.addBindValue(decidedBy.trimmed());
    q.addBindValue(coordinationTimestamp());
    if (!q.exec()) {
        error = sqlError(tr("cannot record the adjudication of item '%1', question "
                            "'%2'")
                             .arg(itemId, questionId),
                         q);
        return false;
    }
    if (!appendCoordinationEvent(
            m_db.connection(),
            {QStringLiteral("adjudicate"),
             {},
             itemId,
             questionId,
             previous ? previous->value : QString(),
             value,
             QStringLiteral("by %1: %2").arg(decidedBy.trimmed(), reason.trimmed())},
            error))
        return false;
    if (!transaction.commit()) {
        error = sqlError(tr("cannot commit the adjudication"), m_db.connection().lastError());
        return false;
    }
    return true;
}

bool Adjudications::remove(const QString &itemId, const QString &questionId, QString &error)
{
    ScopedTransaction transaction(m_db.connection());
    const std::optional<Adjudication> previous = find(itemId, questionId);
    if (!previous) {
        error = tr("item '%1' has no adjudication for question '%2'").arg(itemId, questionId);
        return false;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM adjudication WHERE uuid = ?"));
    q.addBindValue(previous->uuid);
    if (!q.exec()) {
        error = sqlError(tr("cannot remove the adjudication of item '%1', question "
                            "'%2'")
                             .arg(itemId, questionId),
                         q);
        return false;
    }
    if (!appendCoordinationEvent(m_db.connection(),
                                 {QStringLiteral("remove_adjudication"),
                                  {},
                                  itemId,
                                  questionId,
                                  previous->value,
                                  {},
                                  {}},
                                 error))
        return false;
    if (!transaction.commit()) {
        error =
            sqlError(tr("cannot commit removing the adjudication"), m_db.connection().lastError());
        return false;
    }
    return true;
}

bool Adjudications::list(QList<Adjudication> &out, QString &error) const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QString(kSelect) + QLatin1String("ORDER BY i.position, q.position"))) {
        error = sqlError(tr("cannot read the adjudications"), q);
        return false;
    }
    out.clear();
    while (q.next())
        out.append(fromRow(q));
    return true;
}

std::optional<Adjudication> Adjudications::find(const QString &itemId,
                                                const QString &questionId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QString(kSelect) + QLatin1String("WHERE i.item_id = ? AND q.question_id = ?"));
    q.addBindValue(itemId);
    q.addBindValue(questionId);
    if (q.exec() && q.next())
        return fromRow(q);
    return std::nullopt;
}

} // namespace avemo
