#include "DesignJsonParser.h"

#include "JsonLocator.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <cmath>

namespace avemo {

namespace {

const KnownKeys kDesignKeys{{
                                QStringLiteral("raters_per_item"),
                                QStringLiteral("keep_turn_together"),
                                QStringLiteral("calibration_items"),
                            },
                            Problem::Severity::Error};

bool isCount(double v)
{
    return v >= 0 && v == std::floor(v) && v <= 1e9;
}

} // namespace

void DesignJsonParser::read(const QJsonValue &value, StudyDefinition &def)
{
    const QString ptr = QStringLiteral("/design");
    if (value.isUndefined())
        return;
    if (!value.isObject()) {
        error(ptr, tr("design is %1 (expected an object such as {\"raters_per_item\": 3})")
                       .arg(typeName(value)));
        return;
    }
    const QJsonObject obj = value.toObject();
    checkKeys(obj, ptr, kDesignKeys);
    def.design = StudyDesign{};
    if (def.raters.isEmpty())
        error(ptr, tr("a design assigns items to the study's raters, but the study lists none "
                      "(expected a 'raters' array with at least raters_per_item raters)"));
    readRatersPerItem(obj, ptr, def);
    def.design->keepTurnTogether =
        optionalBool(obj, ptr, QStringLiteral("keep_turn_together"), true);
    const QJsonValue calibration = obj.value(QStringLiteral("calibration_items"));
    if (!calibration.isUndefined())
        readCalibration(calibration, child(ptr, QStringLiteral("calibration_items")), *def.design);
}

void DesignJsonParser::readRatersPerItem(const QJsonObject &obj, const QString &ptr,
                                         StudyDefinition &def)
{
    const QString key = QStringLiteral("raters_per_item");
    const QJsonValue v = obj.value(key);
    const QString where = child(ptr, key);
    if (v.isUndefined()) {
        error(ptr, tr("missing required key 'raters_per_item' (expected how many raters rate "
                      "each item, such as 3)"));
        return;
    }
    if (!v.isDouble()) {
        error(where,
              tr("'raters_per_item' is %1 (expected a whole number such as 3)").arg(typeName(v)));
        return;
    }
    const double k = v.toDouble();
    if (k != std::floor(k) || k < 1) {
        error(where, tr("raters_per_item %1 is not a whole number of at least 1 (expected how "
                        "many raters rate each item, such as 3)")
                         .arg(k));
        return;
    }
    if (!def.raters.isEmpty() && k > def.raters.size()) {
        error(where, tr("raters_per_item %1 is more than the study's %2 raters (expected at most "
                        "%2: each item needs that many different raters)")
                         .arg(k)
                         .arg(def.raters.size()));
        return;
    }
    def.design->ratersPerItem = int(k);
}

void DesignJsonParser::readCalibration(const QJsonValue &value, const QString &ptr,
                                       StudyDesign &design)
{
    if (value.isDouble()) {
        const double count = value.toDouble();
        if (!isCount(count))
            error(ptr, tr("calibration_items %1 is not a whole number of items of at least 0 "
                          "(expected a count such as 10, or an array of item ids)")
                           .arg(count));
        else
            design.calibrationCount = int(count);
        return;
    }
    if (!value.isArray()) {
        error(ptr, tr("calibration_items is %1 (expected an array of item ids, or a count)")
                       .arg(typeName(value)));
        return;
    }
    const QJsonArray ids = value.toArray();
    QSet<QString> seen;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QString idPtr = child(ptr, i);
        if (!ids[i].isString() || ids[i].toString().trimmed().isEmpty()) {
            error(idPtr, tr("calibration item is %1 (expected an item id from items.csv)")
                             .arg(ids[i].isString() ? tr("empty") : typeName(ids[i])));
            continue;
        }
        const QString id = ids[i].toString();
        if (seen.contains(id)) {
            error(idPtr, tr("calibration item '%1' is listed twice").arg(id));
            continue;
        }
        seen.insert(id);
        const auto pos = locator().valueAt(idPtr);
        design.calibrationItems.append(id);
        design.calibrationPositions.append({pos.line, pos.column});
    }
}

void DesignJsonParser::checkAgainstItems(const StudyDefinition &def, const QList<StudyItem> &items,
                                         const QString &fileName, ProblemList &problems)
{
    if (!def.design)
        return;
    const StudyDesign &design = *def.design;
    QHash<QString, const StudyItem *> byId;
    qsizetype designItems = 0;
    for (const StudyItem &item : items) {
        byId.insert(item.itemId, &item);
        designItems += item.isGold() ? 0 : 1;
    }
    for (qsizetype i = 0; i < design.calibrationItems.size(); ++i) {
        const QString &id = design.calibrationItems[i];
        const auto [line, column] = i < design.calibrationPositions.size()
                                        ? design.calibrationPositions[i]
                                        : std::pair<int, int>{0, 0};
        const StudyItem *item = byId.value(id);
        if (!item)
            problems.append({fileName, line, column, Problem::Severity::Error,
                             tr("design: calibration item '%1' is not an item of items.csv "
                                "(expected an item_id from items.csv)")
                                 .arg(id)});
        else if (item->isGold())
            problems.append({fileName, line, column, Problem::Severity::Error,
                             tr("design: calibration item '%1' is a gold item (expected an item "
                                "without gold answers: gold items are spread over every session "
                                "already)")
                                 .arg(id)});
    }
    if (design.calibrationCount > designItems) {
        problems.append({fileName, 0, 0, Problem::Severity::Error,
                         tr("design: calibration_items asks for %1 calibration items but the "
                            "study has %2 items that are not gold items")
                             .arg(design.calibrationCount)
                             .arg(designItems)});
    }
}

} // namespace avemo
