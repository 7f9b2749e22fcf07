#include "coordination/CoordinationLog.h"

#include "SqlError.h"
#include "StudyDatabase.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace avemo {

namespace {

QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

} // namespace

QString coordinationTimestamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

bool appendCoordinationEvent(QSqlDatabase db, const CoordinationEvent &e, QString &error)
{
    std::optional<qint64> raterRow;
    if (!e.raterId.isEmpty() && !StudyDatabase::raterRowId(db, e.raterId, raterRow, error))
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO event (uuid, rater_id, item_id, kind, at, question_id, old_value, new_value, "
        "detail) VALUES (?, ?, "
        "(SELECT id FROM item WHERE item_id = ?), ?, ?, "
        "(SELECT id FROM question WHERE question_id = ?), ?, ?, ?)"));
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.addBindValue(raterRow ? QVariant(*raterRow) : QVariant());
    q.addBindValue(nullable(e.itemId));
    q.addBindValue(e.kind);
    q.addBindValue(coordinationTimestamp());
    q.addBindValue(nullable(e.questionId));
    q.addBindValue(nullable(e.oldValue));
    q.addBindValue(nullable(e.newValue));
    q.addBindValue(nullable(e.detail));
    if (!q.exec()) {
        error = sqlError(QStringLiteral("cannot log the '%1' event").arg(e.kind), q);
        return false;
    }
    return true;
}

} // namespace avemo
