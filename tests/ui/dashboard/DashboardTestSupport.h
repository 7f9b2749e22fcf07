#pragma once

#include "DemoRatings.h"
#include "KrippendorffAlpha.h"
#include "RatingTable.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

// Independent of the dashboard: the engine's alpha of one question, from the responses as
// stored (gold items and excluded raters left out), read with plain SQL.
inline double engineAlpha(avemo::StudyDatabase &db, const QString &question,
                          avemo::ratings::Level level, const QStringList &categories = {})
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "SELECT i.item_id, ra.rater_id, r.value FROM response r JOIN item i ON i.id = r.item_id "
        "JOIN rater ra ON ra.id = r.rater_id JOIN question qu ON qu.id = r.question_id "
        "WHERE qu.question_id = ? AND (i.gold_json IS NULL OR i.gold_json IN ('', '{}')) "
        "AND ra.id NOT IN (SELECT rater_id FROM rater_exclusion)"));
    q.addBindValue(question);
    if (!q.exec())
        qFatal("%s", qPrintable(q.lastError().text()));
    std::vector<double> points;
    for (qsizetype i = 0; i < categories.size(); ++i)
        points.push_back(double(i));
    avemo::ratings::RatingTableBuilder builder(
        categories.isEmpty() ? avemo::ratings::Scale{} : avemo::ratings::Scale::fromPoints(points));
    while (q.next()) {
        const QString value = q.value(2).toString();
        const double v =
            categories.isEmpty() ? value.toDouble() : double(categories.indexOf(value));
        builder.add(q.value(0).toString().toStdString(), q.value(1).toString().toStdString(), v);
    }
    auto table = builder.build();
    if (!table)
        return NAN;
    const auto alpha = avemo::ratings::krippendorffAlpha(*table, level);
    return alpha ? alpha->alpha : NAN;
}
