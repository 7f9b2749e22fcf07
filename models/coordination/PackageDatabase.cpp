#include "coordination/PackageDatabase.h"

#include "ScopedTransaction.h"
#include "SessionOrder.h"
#include "SqlError.h"
#include "StudyDatabase.h"
#include "StudyImporter.h"
#include "StudyReader.h"
#include "coordination/CoordinationLog.h"
#include "coordination/PackageNames.h"
#include "coordination/PackageToken.h"

#include <QSqlQuery>
#include <QVariant>

namespace avemo {

namespace {

bool run(QSqlQuery &q, const QString &sql, const QString &what, QString &error)
{
    if (q.exec(sql))
        return true;
    error = sqlError(what, q);
    return false;
}

} // namespace

bool PackageDatabase::readStudyFiles(StudyDatabase &master, QByteArray &studyJson,
                                     QList<MediaInfo> &media, QString &error)
{
    QSqlQuery q(master.connection());
    if (!run(q, QStringLiteral("SELECT definition_json FROM study"),
             tr("cannot read the study of '%1'").arg(master.path()), error))
        return false;
    if (!q.next()) {
        error = tr("'%1' holds no study").arg(master.path());
        return false;
    }
    studyJson = q.value(0).toString().toUtf8();
    if (!run(q,
             QStringLiteral("SELECT path, size_bytes, sha256, duration_ms, has_video, has_audio "
                            "FROM media ORDER BY path"),
             tr("cannot read the media list of '%1'").arg(master.path()), error))
        return false;
    media.clear();
    while (q.next())
        media.append({q.value(0).toString(),
                      q.value(1).toLongLong(),
                      q.value(2).toByteArray(),
                      q.value(3).toLongLong(),
                      q.value(4).toBool(),
                      q.value(5).toBool(),
                      {},
                      {}});
    return true;
}

bool PackageDatabase::checkRaterIsFree(StudyDatabase &master, const QString &raterId,
                                       QString &error)
{
    QSqlQuery q(master.connection());
    q.prepare(QStringLiteral("SELECT r.origin_instance, "
                             "(SELECT count(*) FROM response WHERE rater_id = r.id) + "
                             "(SELECT count(*) FROM item_flag WHERE rater_id = r.id) "
                             "FROM rater r WHERE r.rater_id = ?"));
    q.addBindValue(raterId);
    if (!q.exec()) {
        error = sqlError(tr("cannot look up rater '%1'").arg(raterId), q);
        return false;
    }
    if (!q.next())
        return true; // a new rater id: the package creates it
    const QString origin = q.value(0).toString();
    const int work = q.value(1).toInt();
    if (!origin.isEmpty()) {
        error = tr("rater '%1' already has results merged from another database "
                   "(instance %2); their results from a new package would be "
                   "refused as a conflict. Hand out a new rater id instead.")
                    .arg(raterId, origin.left(8));
        return false;
    }
    if (work > 0) {
        error = tr("rater '%1' has already rated in '%2' itself; results from a "
                   "package would be refused as a conflict. Hand out a new rater "
                   "id instead.")
                    .arg(raterId, master.path());
        return false;
    }
    return true;
}

bool PackageDatabase::masterOrder(StudyDatabase &master, const StudyDefinition &definition,
                                  const QList<StoredItem> &items, const QString &raterId,
                                  QStringList &itemIds, quint64 &seed, bool &generated,
                                  QString &error)
{
    QSqlQuery q(master.connection());
    q.prepare(QStringLiteral("SELECT i.item_id, a.seed FROM assignment a JOIN rater r ON r.id = "
                             "a.rater_id JOIN item i ON i.id = a.item_id WHERE r.rater_id = ? "
                             "ORDER BY a.position"));
    q.addBindValue(raterId);
    if (!q.exec()) {
        error = sqlError(tr("cannot read the item order of rater '%1'").arg(raterId), q);
        return false;
    }
    while (q.next()) {
        itemIds.append(q.value(0).toString());
        seed = quint64(q.value(1).toLongLong());
    }
    generated = itemIds.isEmpty();
    if (!generated)
        return true;
    // The same order AnnotationSession::start would make for this rater in the master, made
    // from the study's real names (so it is the order they would get there, and the package's
    // aliases have no say in it).
    QList<OrderItem> orderItems;
    QHash<qint64, QString> idOfRow;
    for (const StoredItem &it : items) {
        orderItems.append(
            {it.rowId, it.item.dialogueId, it.item.turn, it.item.system, it.item.isGold()});
        idOfRow.insert(it.rowId, it.item.itemId);
    }
    seed = SessionOrder::raterSeed(definition.presentation.seed, raterId);
    const QList<qint64> order =
        SessionOrder::generate(orderItems, seed, definition.presentation.goldRate);
    for (qint64 row : order)
        itemIds.append(idOfRow.value(row));
    return true;
}

bool PackageDatabase::create(StudyDatabase &master, const QByteArray &studyJson,
                             const QList<StoredItem> &items, const PackageNames &names,
                             const QString &packagePath, const QString &raterId,
                             bool &assignmentGenerated, QString &instanceUuid,
                             QString &definitionHash, QString &error)
{
    StudyDefinition definition;
    if (!StudyReader(master).definition(definition, error))
        return false;
    QStringList order;
    quint64 seed = 0;
    if (!masterOrder(master, definition, items, raterId, order, seed, assignmentGenerated, error))
        return false;
    QString raterName = QStringLiteral(""); // not null: the column is NOT NULL
    {
        QSqlQuery q(master.connection());
        q.prepare(QStringLiteral("SELECT name FROM rater WHERE rater_id = ?"));
        q.addBindValue(raterId);
        if (q.exec() && q.next() && !q.value(0).isNull())
            raterName = q.value(0).toString();
    }

    auto package = StudyDatabase::open(packagePath, error);
    if (!package)
        return false;
    // The study as the package's folder holds it: no folder of the coordinator's (an empty
    // source_folder makes StudyReader::mediaRoot() use the package folder, wherever it is
    // copied to), the package's names, and no rater rows but this rater's, added below.
    Study study;
    study.definition = definition;
    study.definition.raters.clear();
    study.folder = QStringLiteral(""); // not null: the column is NOT NULL
    study.definitionJson = studyJson;
    study.items = names.items();
    study.media = names.media();
    if (!StudyImporter::import(*package, study, error))
        return false;

    QSqlDatabase db = package->connection();
    ScopedTransaction transaction(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO rater (rater_id, name, created_at) VALUES (?, ?, ?)"));
    q.addBindValue(raterId);
    q.addBindValue(raterName);
    q.addBindValue(coordinationTimestamp());
    if (!q.exec()) {
        error = sqlError(tr("cannot add rater '%1'").arg(raterId), q);
        return false;
    }
    const qint64 raterRow = q.lastInsertId().toLongLong();
    QHash<QString, qint64> rowOfAlias;
    if (!q.exec(QStringLiteral("SELECT item_id, id FROM item"))) {
        error = sqlError(tr("cannot read the package's items"), q);
        return false;
    }
    while (q.next())
        rowOfAlias.insert(q.value(0).toString(), q.value(1).toLongLong());
    QList<qint64> rows;
    rows.reserve(order.size());
    for (const QString &itemId : std::as_const(order))
        rows.append(rowOfAlias.value(names.itemAlias(itemId)));
    q.prepare(QStringLiteral(
        "INSERT INTO assignment (rater_id, position, item_id, seed) VALUES (?, ?, ?, ?)"));
    for (int i = 0; i < rows.size(); ++i) {
        q.addBindValue(raterRow);
        q.addBindValue(i);
        q.addBindValue(rows[i]);
        q.addBindValue(qint64(seed & 0x7fffffffffffffffULL)); // as RatingStore stores it
        if (!q.exec()) {
            error = sqlError(tr("cannot record the item order of rater '%1'").arg(raterId), q);
            return false;
        }
    }
    q.prepare(QStringLiteral("UPDATE database_info SET value = ? WHERE key = 'instance_uuid'"));
    q.addBindValue(PackageToken::make(master.instanceUuid(), raterId));
    if (!q.exec()) {
        error = sqlError(tr("cannot name the package database"), q);
        return false;
    }
    q.prepare(QStringLiteral("INSERT INTO database_info (key, value) VALUES (?, '1')"));
    q.addBindValue(opaqueNamesKey());
    if (!q.exec()) {
        error = sqlError(tr("cannot name the package database"), q);
        return false;
    }
    if (!transaction.commit()) {
        error = sqlError(tr("cannot commit the package database"), db.lastError());
        return false;
    }
    QString answer;
    if (!package->integrityCheck(answer)) {
        error = tr("the package database failed its integrity check: %1").arg(answer);
        return false;
    }
    StudySummary summary;
    if (!StudyReader(*package).summary(summary, error))
        return false;
    definitionHash = summary.definitionHash;
    instanceUuid = package->instanceUuid();
    return true;
}

} // namespace avemo
