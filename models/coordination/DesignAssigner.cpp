#include "coordination/DesignAssigner.h"

#include "ScopedTransaction.h"
#include "SessionOrder.h"
#include "SqlError.h"
#include "StudyDatabase.h"
#include "StudyReader.h"

#include <QDateTime>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace avemo {

namespace {

std::string str(const QString &s)
{
    return s.toStdString();
}

// What the assigner reads from the study database before it decides anything.
struct StoredState
{
    StudyDefinition definition;
    QList<StoredItem> items;
    QHash<qint64, qint64> durationMsOfItem;                   // item row -> context clips + reply
    QMap<QString, bool> designRaters;                         // design_rater: id -> active
    std::map<std::string, std::vector<std::string>> assigned; // rater -> item ids (non-gold)
    std::map<std::string, std::set<std::string>> answered;    // rater -> answered non-gold items
    int answers = 0;
};

bool readState(StudyDatabase &db, StoredState &s, QString &error)
{
    StudyReader reader(db);
    if (!reader.definition(s.definition, error) || !reader.items(s.items, error))
        return false;
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral(
            "SELECT i.id, m.duration_ms + coalesce((SELECT sum(cm.duration_ms) FROM item_context "
            "c JOIN media cm ON cm.id = c.media_id WHERE c.item_id = i.id), 0) FROM item i JOIN "
            "media m ON m.id = i.reply_media_id"))) {
        error = sqlError(DesignAssigner::tr("cannot read the media durations"), q);
        return false;
    }
    while (q.next())
        s.durationMsOfItem.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    if (!q.exec(QStringLiteral("SELECT r.rater_id, d.active FROM design_rater d JOIN rater r ON "
                               "r.id = d.rater_id"))) {
        error = sqlError(DesignAssigner::tr("cannot read the design's raters"), q);
        return false;
    }
    while (q.next())
        s.designRaters.insert(q.value(0).toString(), q.value(1).toInt() != 0);
    if (!q.exec(QStringLiteral("SELECT r.rater_id, i.item_id FROM assignment a JOIN rater r ON "
                               "r.id = a.rater_id JOIN item i ON i.id = a.item_id WHERE "
                               "i.gold_json IS NULL ORDER BY r.rater_id, a.position"))) {
        error = sqlError(DesignAssigner::tr("cannot read the stored assignment"), q);
        return false;
    }
    while (q.next())
        s.assigned[str(q.value(0).toString())].push_back(str(q.value(1).toString()));
    if (!q.exec(QStringLiteral("SELECT DISTINCT r.rater_id, i.item_id FROM response x JOIN rater "
                               "r ON r.id = x.rater_id JOIN item i ON i.id = x.item_id WHERE "
                               "i.gold_json IS NULL"))) {
        error = sqlError(DesignAssigner::tr("cannot read the answers"), q);
        return false;
    }
    while (q.next()) {
        s.answered[str(q.value(0).toString())].insert(str(q.value(1).toString()));
        ++s.answers;
    }
    return true;
}

design::DesignInput designInput(const StoredState &s, const QStringList &raters)
{
    const StudyDesign &d = *s.definition.design;
    design::DesignInput in;
    for (const StoredItem &it : s.items) {
        if (it.item.isGold())
            in.goldItems.push_back(str(it.item.itemId));
        in.items.push_back(
            {str(it.item.itemId), str(it.item.dialogueId), it.item.turn, str(it.item.system)});
    }
    for (const QString &r : raters)
        in.raters.push_back(str(r));
    in.ratersPerItem = d.ratersPerItem;
    in.seed = s.definition.presentation.seed;
    in.keepTurnTogether = d.keepTurnTogether;
    for (const QString &id : d.calibrationItems)
        in.calibrationItems.push_back(str(id));
    in.calibrationCount = std::size_t(d.calibrationCount);
    return in;
}

// Each rater's session: the design's items and the gold items, ordered as every session is.
QMap<QString, QList<qint64>> sessionOrders(const StoredState &s, const design::AssignmentDesign &d)
{
    QHash<QString, const StoredItem *> byId;
    QList<OrderItem> gold;
    for (const StoredItem &it : s.items) {
        byId.insert(it.item.itemId, &it);
        if (it.item.isGold())
            gold.append({it.rowId, it.item.dialogueId, it.item.turn, it.item.system, true});
    }
    QMap<QString, QList<qint64>> orders;
    for (std::size_t r = 0; r < d.raters().size(); ++r) {
        const QString rater = QString::fromStdString(d.raters()[r]);
        QList<OrderItem> items = gold;
        for (std::size_t i : d.itemsOf(r)) {
            const StoredItem *it = byId.value(QString::fromStdString(d.items()[i].id));
            items.append({it->rowId, it->item.dialogueId, it->item.turn, it->item.system, false});
        }
        const quint64 seed = SessionOrder::raterSeed(s.definition.presentation.seed, rater);
        orders.insert(rater,
                      SessionOrder::generate(items, seed, s.definition.presentation.goldRate));
    }
    return orders;
}

bool store(StudyDatabase &db, const QMap<QString, QList<qint64>> &orders, const QStringList &active,
           quint64 studySeed, QString &error)
{
    QSqlDatabase c = db.connection();
    ScopedTransaction transaction(c);
    if (!transaction.isActive()) {
        error = sqlError(DesignAssigner::tr("cannot start writing the assignment"), c.lastError());
        return false;
    }
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QSqlQuery q(c);
    for (auto it = orders.cbegin(); it != orders.cend(); ++it) {
        q.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO rater (rater_id, name, created_at) VALUES (?, '', ?)"));
        q.addBindValue(it.key());
        q.addBindValue(now);
        std::optional<qint64> row;
        if (!q.exec() || !StudyDatabase::raterRowId(c, it.key(), row, error) || !row) {
            if (error.isEmpty())
                error = sqlError(DesignAssigner::tr("cannot add rater '%1'").arg(it.key()), q);
            return false;
        }
        q.prepare(QStringLiteral("DELETE FROM assignment WHERE rater_id = ?"));
        q.addBindValue(*row);
        if (!q.exec()) {
            error = sqlError(
                DesignAssigner::tr("cannot replace the item order of '%1'").arg(it.key()), q);
            return false;
        }
        const quint64 seed = SessionOrder::raterSeed(studySeed, it.key());
        q.prepare(QStringLiteral(
            "INSERT INTO assignment (rater_id, position, item_id, seed) VALUES (?, ?, ?, ?)"));
        for (int i = 0; i < it.value().size(); ++i) {
            q.addBindValue(*row);
            q.addBindValue(i);
            q.addBindValue(it.value()[i]);
            q.addBindValue(qint64(seed & 0x7fffffffffffffffULL));
            if (!q.exec()) {
                error = sqlError(
                    DesignAssigner::tr("cannot store the item order of '%1'").arg(it.key()), q);
                return false;
            }
        }
        const int isActive = active.contains(it.key()) ? 1 : 0;
        q.prepare(QStringLiteral(
            "INSERT INTO design_rater (rater_id, active, since) VALUES (?, ?, ?) ON CONFLICT "
            "(rater_id) DO UPDATE SET since = excluded.since, active = excluded.active WHERE "
            "active <> excluded.active"));
        q.addBindValue(*row);
        q.addBindValue(isActive);
        q.addBindValue(now);
        if (!q.exec()) {
            error = sqlError(DesignAssigner::tr("cannot record the design's raters"), q);
            return false;
        }
    }
    if (!transaction.commit()) {
        error = sqlError(DesignAssigner::tr("cannot commit the assignment"), c.lastError());
        return false;
    }
    return true;
}

} // namespace

DesignAssigner::Report DesignAssigner::run(const Options &options)
{
    Report report;
    const auto db = options.dryRun ? StudyDatabase::openForReading(options.database, report.error)
                                   : StudyDatabase::open(options.database, report.error);
    if (!db)
        return report;
    if (!db->hasStudy()) {
        report.error = tr("%1 holds no study (expected a database made by avemo-cli import)")
                           .arg(options.database);
        return report;
    }
    StoredState s;
    if (!readState(*db, s, report.error))
        return report;
    if (!s.definition.design) {
        report.error = tr("the study has no design: every rater rates every item (add a "
                          "'design' block to study.json, see docs/study-format.md, and import "
                          "the study again)");
        return report;
    }
    for (const QString &id : options.addRaters + options.dropRaters)
        if (id.trimmed().isEmpty()) {
            report.error = tr("an empty rater id was given to --add or --drop");
            return report;
        }
    report.ratersPerItem = s.definition.design->ratersPerItem;
    report.keepTurnTogether = s.definition.design->keepTurnTogether;

    std::optional<design::AssignmentDesign> result;
    if (s.designRaters.isEmpty()) {
        // The first assignment: nobody may have answered yet, since answers of a rater are
        // tied to the items the design would now choose for them.
        if (s.answers > 0) {
            report.error = tr("%n answer(s) to regular items are stored already, before any "
                              "design was assigned (expected assign to run before rating starts)",
                              nullptr, s.answers);
            return report;
        }
        QStringList raters;
        for (const RaterInfo &r : s.definition.raters)
            raters.append(r.id);
        for (const QString &id : options.addRaters)
            if (!raters.contains(id))
                raters.append(id);
        for (const QString &id : options.dropRaters) {
            if (!raters.contains(id)) {
                report.error = tr("--drop %1: not a rater of the study").arg(id);
                return report;
            }
            raters.removeAll(id);
        }
        const design::DesignResult made = design::AssignmentDesign::make(designInput(s, raters));
        if (!made.design) {
            report.error =
                tr("the design cannot be made: %1").arg(QString::fromStdString(made.error));
            return report;
        }
        result = made.design;
        report.activeRaters = raters;
    } else {
        QStringList designRaters = s.designRaters.keys();
        QStringList active;
        for (auto it = s.designRaters.cbegin(); it != s.designRaters.cend(); ++it)
            if (it.value())
                active.append(it.key());
        for (const QString &id : options.dropRaters) {
            if (!active.contains(id)) {
                report.error = tr("--drop %1: not an active rater of the design (active: %2)")
                                   .arg(id, active.join(QStringLiteral(", ")));
                return report;
            }
            active.removeAll(id);
        }
        for (const QString &id : options.addRaters)
            if (!active.contains(id))
                active.append(id);
        const design::DesignResult previous =
            design::AssignmentDesign::restore(designInput(s, designRaters), s.assigned);
        if (!previous.design) {
            report.error = tr("the stored assignment does not fit the design: %1")
                               .arg(QString::fromStdString(previous.error));
            return report;
        }
        std::vector<std::string> activeIds;
        for (const QString &id : active)
            activeIds.push_back(str(id));
        design::RebalanceResult rb =
            design::AssignmentDesign::rebalance(*previous.design, s.answered, activeIds);
        for (const std::string &p : rb.problems)
            report.notes.append(QString::fromStdString(p));
        if (!rb.design) {
            report.error = tr("the design cannot be rebalanced: %1").arg(report.notes.join(u"; "));
            return report;
        }
        result = std::move(rb.design);
        report.moves = std::move(rb.moves);
        report.rebalanced = true;
        active.sort();
        report.activeRaters = active;
    }
    for (const std::string &r : result->raters())
        if (!report.activeRaters.contains(QString::fromStdString(r)))
            report.inactiveRaters.append(QString::fromStdString(r));
    report.summary = result->summary();

    const QMap<QString, QList<qint64>> orders = sessionOrders(s, *result);
    bool first = true;
    for (const QString &rater : std::as_const(report.activeRaters)) {
        const std::size_t n = result->itemsOf(*result->raterIndex(str(rater))).size();
        report.itemsPerActiveMin = first ? n : std::min(report.itemsPerActiveMin, n);
        report.itemsPerActiveMax = first ? n : std::max(report.itemsPerActiveMax, n);
        qint64 ms = 0;
        for (const qint64 row : orders.value(rater))
            ms += s.durationMsOfItem.value(row);
        report.mediaMsMin = first ? ms : std::min(report.mediaMsMin, ms);
        report.mediaMsMax = first ? ms : std::max(report.mediaMsMax, ms);
        first = false;
    }
    if (!options.dryRun) {
        if (!store(*db, orders, report.activeRaters, s.definition.presentation.seed, report.error))
            return report;
        report.written = true;
    }
    report.ok = true;
    return report;
}

} // namespace avemo
