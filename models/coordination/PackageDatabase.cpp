#include "PackageDatabase.h"

#include "CoordinationLog.h"
#include "PackageToken.h"
#include "RatingStore.h"
#include "ScopedTransaction.h"
#include "SessionOrder.h"
#include "SqlError.h"
#include "StudyDatabase.h"
#include "StudyReader.h"

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

// Attached for the lifetime of this object; ATTACH and DETACH cannot run inside a transaction.
class Attached
{
public:
    Attached(QSqlDatabase db, const QString &path, QString &error)
        : m_db(std::move(db))
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("ATTACH DATABASE ? AS master"));
        // Read-only: packaging never writes to the coordinator's database.
        q.addBindValue(StudyDatabase::readOnlyUri(path, StudyDatabase::ReadMode::Live));
        m_ok = q.exec();
        if (!m_ok)
            error = sqlError(PackageDatabase::tr("cannot read '%1'").arg(path), q);
    }
    ~Attached()
    {
        if (m_ok)
            QSqlQuery(m_db).exec(QStringLiteral("DETACH DATABASE master"));
    }
    Attached(const Attached &) = delete;
    Attached &operator=(const Attached &) = delete;
    bool ok() const { return m_ok; }

private:
    QSqlDatabase m_db;
    bool m_ok = false;
};

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

bool PackageDatabase::copyStudy(StudyDatabase &package, const QString &masterPath,
                                const QString &raterId, QString &error)
{
    QSqlDatabase db = package.connection();
    Attached attached(db, masterPath, error);
    if (!attached.ok())
        return false;
    ScopedTransaction transaction(db);
    QSqlQuery q(db);
    // Both files are at the same schema version (opening migrates), so the columns line up;
    // row ids are kept, so item and media references stay valid.
    for (const char *table :
         {"study", "label_set", "label", "question", "media", "item", "item_context"}) {
        const QString name = QString::fromLatin1(table);
        if (!run(q, QStringLiteral("INSERT INTO main.%1 SELECT * FROM master.%1").arg(name),
                 tr("cannot copy the %1 table").arg(name), error))
            return false;
    }
    // The coordinator's folder means nothing on an annotator's laptop, and an empty folder
    // makes StudyReader::mediaRoot() use the package folder, wherever it is copied to.
    if (!run(q, QStringLiteral("UPDATE main.study SET source_folder = ''"),
             tr("cannot reset the study folder"), error))
        return false;
    q.prepare(QStringLiteral(
        "INSERT INTO main.rater (rater_id, name, created_at) "
        "SELECT ?, coalesce((SELECT name FROM master.rater WHERE rater_id = ?), ''), ?"));
    q.addBindValue(raterId);
    q.addBindValue(raterId);
    q.addBindValue(coordinationTimestamp());
    if (!q.exec()) {
        error = sqlError(tr("cannot add rater '%1'").arg(raterId), q);
        return false;
    }
    q.prepare(QStringLiteral(
        "INSERT INTO main.assignment (rater_id, position, item_id, seed) "
        "SELECT (SELECT id FROM main.rater WHERE rater_id = ?), a.position, a.item_id, a.seed "
        "FROM master.assignment a JOIN master.rater r ON r.id = a.rater_id WHERE r.rater_id = "
        "?"));
    q.addBindValue(raterId);
    q.addBindValue(raterId);
    if (!q.exec()) {
        error = sqlError(tr("cannot copy the item order of rater '%1'").arg(raterId), q);
        return false;
    }
    if (!transaction.commit()) {
        error = sqlError(tr("cannot commit the package database"), db.lastError());
        return false;
    }
    return true;
}

bool PackageDatabase::generateAssignment(StudyDatabase &package, const QString &raterId,
                                         QString &error)
{
    // The same order AnnotationSession::start would make for this rater, made here so the
    // coordinator's database and the package agree from the start.
    StudyReader reader(package);
    StudyDefinition definition;
    QList<StoredItem> items;
    if (!reader.definition(definition, error) || !reader.items(items, error))
        return false;
    QList<OrderItem> orderItems;
    for (const StoredItem &it : std::as_const(items))
        orderItems.append(
            {it.rowId, it.item.dialogueId, it.item.turn, it.item.system, it.item.isGold()});
    const quint64 seed = SessionOrder::raterSeed(definition.presentation.seed, raterId);
    RatingStore store(package);
    qint64 raterRow = 0;
    return store.ensureRater(raterId, raterRow, error) &&
           store.saveAssignment(
               raterRow, SessionOrder::generate(orderItems, seed, definition.presentation.goldRate),
               seed, error);
}

bool PackageDatabase::create(const QString &masterPath, const QString &masterInstance,
                             const QString &packagePath, const QString &raterId,
                             bool &assignmentGenerated, QString &instanceUuid, QString &error)
{
    auto package = StudyDatabase::open(packagePath, error);
    if (!package || !copyStudy(*package, masterPath, raterId, error))
        return false;
    {
        QSqlQuery q(package->connection());
        q.prepare(QStringLiteral("UPDATE database_info SET value = ? WHERE key = 'instance_uuid'"));
        q.addBindValue(PackageToken::make(masterInstance, raterId));
        if (!q.exec()) {
            error = sqlError(tr("cannot name the package database"), q);
            return false;
        }
    }
    {
        QSqlQuery q(package->connection());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM assignment")) || !q.next()) {
            error = sqlError(tr("cannot read the package's item order"), q);
            return false;
        }
        assignmentGenerated = q.value(0).toInt() == 0;
    }
    if (assignmentGenerated && !generateAssignment(*package, raterId, error))
        return false;
    QString answer;
    if (!package->integrityCheck(answer)) {
        error = tr("the package database failed its integrity check: %1").arg(answer);
        return false;
    }
    instanceUuid = package->instanceUuid();
    return true;
}

} // namespace avemo
