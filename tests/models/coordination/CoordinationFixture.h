#pragma once

#include "AnnotationSession.h"
#include "StudyDatabase.h"
#include "StudyFixture.h"
#include "StudyImporter.h"
#include "coordination/AnnotatorPackager.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QVariant>

// Shared by the coordination tests: real study databases made from tests/data/base-study.
namespace coordination_test {

inline avemo::StudyFolderLoader::Options noProbe()
{
    avemo::StudyFolderLoader::Options options;
    options.probeMedia = false; // these tests are about storage, not media
    return options;
}

// Imports a study folder into a new database file; empty string on failure.
inline QString importStudy(const QString &folder, const QString &dbPath)
{
    return avemo::StudyImporter::importFolder(folder, dbPath, noProbe()).ok ? dbPath : QString();
}

inline QString makePackage(const QString &master, const QString &rater, const QString &out)
{
    const auto result = avemo::AnnotatorPackager::create({master, rater, out});
    return result.ok ? result.database : result.error;
}

// Rates the first `count` items of the rater's order in a package database.
inline bool rate(const QString &dbPath, const QString &rater, int count, const QString &mos,
                 QString &error)
{
    auto db = avemo::StudyDatabase::open(dbPath, error);
    if (!db)
        return false;
    auto session = avemo::AnnotationSession::start(*db, rater, error);
    if (!session)
        return false;
    for (int i = 0; i < count; ++i) {
        session->goTo(i);
        if (!session->submitCurrent({{QStringLiteral("user_emotion"), QStringLiteral("happy")},
                                     {QStringLiteral("appropriateness"), mos}},
                                    1000 + i, 1, error))
            return false;
    }
    return true;
}

// The files most merge tests start from: a master imported from the base study and two
// packages made from it, r01 and r03, each with two items rated (r01 scores 4, r03 scores 3).
struct RatedPackages
{
    QString master;
    QString packageA; // r01
    QString packageC; // r03

    // Makes them in folder; false with error set when a step fails.
    bool create(const QString &folder, QString &error)
    {
        master = importStudy(baseStudyDir(), folder + QStringLiteral("/master.sqlite"));
        if (master.isEmpty()) {
            error = QStringLiteral("cannot import the base study");
            return false;
        }
        packageA = makePackage(master, QStringLiteral("r01"), folder + QStringLiteral("/pkg-a"));
        packageC = makePackage(master, QStringLiteral("r03"), folder + QStringLiteral("/pkg-c"));
        return rate(packageA, QStringLiteral("r01"), 2, QStringLiteral("4"), error) &&
               rate(packageC, QStringLiteral("r03"), 2, QStringLiteral("3"), error);
    }
};

// Every row of a query as text, one line per row: compares databases whose row ids differ.
inline QStringList rows(const QString &dbPath, const QString &sql)
{
    QString error;
    auto db = avemo::StudyDatabase::open(dbPath, error);
    QStringList out;
    if (!db)
        return {error};
    QSqlQuery q(db->connection());
    if (!q.exec(sql))
        return {q.lastError().text()};
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < q.record().count(); ++i)
            fields.append(q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
        out.append(fields.join(u'|'));
    }
    return out;
}

// The merged content of a database: responses, events, raters, flags and item orders, by
// UUIDs and ids (never row ids).
inline QStringList dump(const QString &dbPath)
{
    QStringList all;
    all << rows(dbPath,
                QStringLiteral("SELECT 'response', r.uuid, i.item_id, ra.rater_id, q.question_id, "
                               "r.value, r.answered_at, r.time_spent_ms, r.play_count, "
                               "r.revision FROM response r JOIN item i ON i.id = r.item_id JOIN "
                               "rater ra ON ra.id = r.rater_id JOIN question q ON q.id = "
                               "r.question_id ORDER BY r.uuid"));
    all << rows(dbPath, QStringLiteral("SELECT 'event', e.uuid, ra.rater_id, i.item_id, e.kind, "
                                       "e.at, e.position_ms, q.question_id, e.old_value, "
                                       "e.new_value, e.detail FROM event e LEFT JOIN rater ra ON "
                                       "ra.id = e.rater_id LEFT JOIN item i ON i.id = e.item_id "
                                       "LEFT JOIN question q ON q.id = e.question_id ORDER BY "
                                       "e.uuid"));
    all << rows(dbPath, QStringLiteral("SELECT 'rater', rater_id, name, created_at, "
                                       "origin_instance FROM rater ORDER BY rater_id"));
    all << rows(dbPath, QStringLiteral("SELECT 'flag', f.uuid, i.item_id, ra.rater_id, f.reason, "
                                       "f.flagged_at FROM item_flag f JOIN item i ON i.id = "
                                       "f.item_id JOIN rater ra ON ra.id = f.rater_id ORDER BY "
                                       "f.uuid"));
    all << rows(dbPath, QStringLiteral("SELECT 'assignment', ra.rater_id, a.position, i.item_id, "
                                       "a.seed FROM assignment a JOIN rater ra ON ra.id = "
                                       "a.rater_id JOIN item i ON i.id = a.item_id ORDER BY "
                                       "ra.rater_id, a.position"));
    return all;
}

inline int scalar(const QString &dbPath, const QString &sql)
{
    const QStringList r = rows(dbPath, sql);
    return r.size() == 1 ? r.first().toInt() : -1;
}

} // namespace coordination_test
