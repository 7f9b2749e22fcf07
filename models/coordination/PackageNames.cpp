#include "coordination/PackageNames.h"

#include "ScopedTransaction.h"
#include "SqlError.h"
#include "SqliteStatement.h"
#include "StudyDatabase.h"
#include "coordination/CoordinationLog.h"

#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace avemo {

namespace {

// prefix + `digits` random hex digits, not yet in `taken`.
QString freshName(const QString &prefix, int digits, QSet<QString> &taken)
{
    QRandomGenerator *random = QRandomGenerator::system();
    for (;;) {
        QString name = prefix;
        for (int i = 0; i < digits; ++i)
            name += QLatin1Char("0123456789abcdef"[random->bounded(16)]);
        if (!taken.contains(name)) {
            taken.insert(name);
            return name;
        }
    }
}

// The file's type stays visible (".ogg"); anything longer than a usual extension could be a
// name (a file called "clip.reference" has no type to keep).
QString keptSuffix(const QString &path)
{
    static const QRegularExpression usual(QStringLiteral("^[A-Za-z0-9]{1,5}$"));
    const QString suffix = QFileInfo(path).suffix();
    return usual.match(suffix).hasMatch() ? u'.' + suffix.toLower() : QString();
}

// How many lines a field adds to items.csv beyond its row's own.
int lineBreaks(const StudyItem &it)
{
    const auto breaks = [](const QString &s) { return int(s.count(u'\n')); };
    int n = breaks(it.dialogueId) + breaks(it.transcript) + breaks(it.intendedEmotion);
    for (auto g = it.gold.cbegin(); g != it.gold.cend(); ++g)
        n += breaks(g.key()) + breaks(g.value());
    return n;
}

} // namespace

PackageNames PackageNames::make(const QList<StoredItem> &items, const QList<MediaInfo> &media)
{
    PackageNames names;
    QSet<QString> taken;
    QHash<QString, MediaInfo> mediaByPath;
    for (const MediaInfo &m : media)
        mediaByPath.insert(m.path, m);

    names.m_items.reserve(items.size());
    for (const StoredItem &stored : items)
        names.m_items.append(stored.item);
    // A random order: the study's own may be sorted by system.
    std::shuffle(names.m_items.begin(), names.m_items.end(), *QRandomGenerator::system());

    const auto mediaAlias = [&](const QString &path) {
        auto found = names.m_mediaAlias.constFind(path);
        if (found != names.m_mediaAlias.cend())
            return *found;
        const QString alias = freshName(QStringLiteral("media/"), 12, taken) + keptSuffix(path);
        names.m_mediaAlias.insert(path, alias);
        MediaInfo info = mediaByPath.value(path);
        info.path = alias;
        names.m_media.append(info);
        return alias;
    };
    int line = 2; // after the header
    for (StudyItem &it : names.m_items) {
        const QString alias = freshName(QStringLiteral("i-"), 8, taken);
        names.m_itemAlias.insert(it.itemId, alias);
        it.itemId = alias;
        // A gold row may have no system; it stays without one.
        if (!it.system.isEmpty()) {
            auto code = names.m_systemCode.constFind(it.system);
            if (code == names.m_systemCode.cend())
                code =
                    names.m_systemCode.insert(it.system, freshName(QStringLiteral("s"), 5, taken));
            it.system = *code;
        }
        // The order the folder loader meets them in: context, reply, separate audio.
        for (QString &path : it.contextMedia)
            path = mediaAlias(path);
        it.replyMedia = mediaAlias(it.replyMedia);
        if (!it.replyAudio.isEmpty())
            it.replyAudio = mediaAlias(it.replyAudio);
        it.csvLine = line;
        line += 1 + lineBreaks(it);
    }
    return names;
}

bool PackageNames::record(StudyDatabase &master, const QString &instanceUuid,
                          const QString &raterId, const QString &definitionHash,
                          QString &error) const
{
    QSqlDatabase db = master.connection();
    ScopedTransaction transaction(db);
    if (!transaction.isActive()) {
        error = sqlError(tr("cannot start writing to '%1'").arg(master.path()), db.lastError());
        return false;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO package (instance_uuid, rater_id, definition_hash, "
                             "created_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(instanceUuid);
    q.addBindValue(raterId);
    q.addBindValue(definitionHash);
    q.addBindValue(coordinationTimestamp());
    if (!q.exec()) {
        error = sqlError(tr("cannot record the package in '%1'").arg(master.path()), q);
        return false;
    }
    // A study may have 100,000 items: the bound-statement fast path.
    SqliteStatement item(db, "INSERT INTO package_item (instance_uuid, alias, item_id) "
                             "SELECT ?, ?, id FROM item WHERE item_id = ?");
    if (!item.isValid()) {
        error = tr("cannot record the package's item names: %1").arg(item.errorMessage());
        return false;
    }
    for (auto it = m_itemAlias.cbegin(); it != m_itemAlias.cend(); ++it) {
        item.bind(1, instanceUuid);
        item.bind(2, it.value());
        item.bind(3, it.key());
        if (!item.step()) {
            error = tr("cannot record the package's item names: %1").arg(item.errorMessage());
            return false;
        }
    }
    q.prepare(QStringLiteral(
        "INSERT INTO package_system (instance_uuid, code, system) VALUES (?, ?, ?)"));
    for (auto it = m_systemCode.cbegin(); it != m_systemCode.cend(); ++it) {
        q.addBindValue(instanceUuid);
        q.addBindValue(it.value());
        q.addBindValue(it.key());
        if (!q.exec()) {
            error = sqlError(tr("cannot record the package's system codes"), q);
            return false;
        }
    }
    if (!transaction.commit()) {
        error =
            sqlError(tr("cannot record the package in '%1'").arg(master.path()), db.lastError());
        return false;
    }
    return true;
}

void PackageNames::forget(StudyDatabase &master, const QString &instanceUuid)
{
    QSqlDatabase db = master.connection();
    ScopedTransaction transaction(db);
    QSqlQuery q(db);
    for (const char *table : {"package_item", "package_system", "package"}) {
        q.prepare(
            QStringLiteral("DELETE FROM %1 WHERE instance_uuid = ?").arg(QLatin1String(table)));
        q.addBindValue(instanceUuid);
        if (!q.exec())
            return;
    }
    transaction.commit();
}

} // namespace avemo
