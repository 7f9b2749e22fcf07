#pragma once

#include "AvemoTestPaths.h"
#include "RatingStore.h"
#include "StudyDatabase.h"
#include "StudyImporter.h"
#include "StudyReader.h"

#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

// A real study database for the export tests: the demo study (24 items, 3 of them gold;
// two categorical, three mos and one text question) imported without probing media, then
// answered through RatingStore by six raters. r06 rates every other item only and flags two
// of the others; r05 is excluded by the coordinator and flags one item it answered; one item
// has an adjudicated label. The answers are deterministic, and the comments and flag reasons
// hold the spreadsheet-formula and quoting cases.
struct ExportFixture
{
    struct Answer
    {
        QString item, rater, question, value;
    };
    QList<Answer> answers;
    struct Flag
    {
        QString item, rater, reason;
    };
    QList<Flag> flags;
    QStringList raters{QStringLiteral("r01"), QStringLiteral("r02"), QStringLiteral("r03"),
                       QStringLiteral("r04"), QStringLiteral("r05"), QStringLiteral("r06")};
    QString excludedRater = QStringLiteral("r05");
    QString adjudicatedItem = QStringLiteral("d2-t1-audio-only-input");
    QStringList comments{QStringLiteral("=1+1"),
                         QStringLiteral("+x"),
                         QStringLiteral("-x"),
                         QStringLiteral("@x"),
                         QStringLiteral("-3"),
                         QStringLiteral("\tx"),
                         QStringLiteral("fine, \"really\"\nsecond line")};

    QString value(const QString &item, const QString &rater, const QString &question) const
    {
        for (const Answer &a : answers)
            if (a.item == item && a.rater == rater && a.question == question)
                return a.value;
        return {};
    }

    bool build(const QString &dbPath, QString &error)
    {
        avemo::StudyFolderLoader::Options noProbe;
        noProbe.probeMedia = false;
        const auto imported = avemo::StudyImporter::importFolder(
            QStringLiteral(AVEMO_DEMO_STUDY_DIR), dbPath, noProbe);
        if (!imported.ok) {
            error = imported.error;
            return false;
        }
        auto db = avemo::StudyDatabase::open(dbPath, error);
        if (!db)
            return false;
        QList<avemo::StoredItem> items;
        if (!avemo::StudyReader(*db).items(items, error))
            return false;
        avemo::RatingStore store(*db);
        const QStringList labels{QStringLiteral("neutral"), QStringLiteral("happy"),
                                 QStringLiteral("angry"), QStringLiteral("sad")};
        for (int r = 0; r < raters.size(); ++r) {
            qint64 raterRow = 0;
            if (!store.ensureRater(raters[r], raterRow, error))
                return false;
            for (int i = 0; i < items.size(); ++i) {
                if (r == 5 && i % 2 == 1)
                    continue;
                const auto &item = items[i];
                // Scores follow the system (reference best) with rater-dependent noise.
                const int base = item.item.system == QLatin1String("reference")            ? 4
                                 : item.item.system == QLatin1String("audio-visual-input") ? 3
                                                                                           : 2;
                const int noise = (i + 2 * r) % 3 - 1;
                avemo::Submission s;
                s.raterRowId = raterRow;
                s.itemRowId = item.rowId;
                s.timeSpentMs = 1000 + 37 * i + r;
                s.playCount = 1 + (i + r) % 2;
                s.answers = {
                    {QStringLiteral("user_emotion"), (i + r) % 4 == 0 ? labels[(r + 1) % 4]
                                                     : item.item.intendedEmotion.isEmpty()
                                                         ? labels[0]
                                                         : item.item.intendedEmotion},
                    {QStringLiteral("reply_emotion"), labels[(i + (r % 2)) % 4]},
                    {QStringLiteral("appropriateness"),
                     QString::number(qBound(1, base + noise, 5))},
                    {QStringLiteral("naturalness"), QString::number(qBound(1, base + (r % 2), 5))},
                    {QStringLiteral("av_coherence"), QString::number(1 + (i * r + i) % 5)},
                    {QStringLiteral("comment"), comments[(i + r) % comments.size()]},
                };
                if (!store.submit(s, error))
                    return false;
                for (auto it = s.answers.cbegin(); it != s.answers.cend(); ++it)
                    answers.append({item.item.itemId, raters[r], it.key(), it.value()});
            }
        }
        const QList<std::pair<int, int>> flagged{{5, 1}, {5, 7}, {4, 2}}; // rater, item
        const QStringList reasons{QStringLiteral("video is black, \"no sound\""),
                                  QStringLiteral("=HYPERLINK(\"x\")"),
                                  QStringLiteral("wrong language\nin the reply")};
        for (qsizetype f = 0; f < flagged.size(); ++f) {
            const auto [r, i] = flagged[f];
            qint64 raterRow = 0;
            if (!store.ensureRater(raters[r], raterRow, error) ||
                !store.flagItem(raterRow, items[i].rowId, reasons[f], error))
                return false;
            flags.append({items[i].item.itemId, raters[r], reasons[f]});
        }
        QSqlQuery q(db->connection());
        if (!q.exec(QStringLiteral("INSERT INTO rater_exclusion (rater_id, reason, excluded_at) "
                                   "SELECT id, 'fails gold items', '2025-01-01T00:00:00Z' FROM "
                                   "rater WHERE rater_id = '%1'")
                        .arg(excludedRater)) ||
            !q.exec(QStringLiteral(
                        "INSERT INTO adjudication (uuid, item_id, question_id, value, reason, "
                        "decided_by, decided_at) SELECT 'adj-1', i.id, q.id, 'angry', 'tie', "
                        "'coordinator', '2025-01-02T00:00:00Z' FROM item i, question q WHERE "
                        "i.item_id = '%1' AND q.question_id = 'user_emotion'")
                        .arg(adjudicatedItem))) {
            error = q.lastError().text();
            return false;
        }
        return true;
    }
};
