// Makes the export benchmark's input: a study database with ITEMS x RATERS x 5 responses
// (default 20,000 x 10 x 5 = 1,000,000) and a metrics CSV for its items. The study folder comes
// from bench/models/make-large-study.sh; responses are inserted in one transaction through
// SqliteStatement, which takes seconds where a million RatingStore::submit() calls would take
// an hour. Usage: make_export_db STUDY_DIR DB METRICS_CSV [RATERS]
#include "ScopedTransaction.h"
#include "SqliteStatement.h"
#include "StudyDatabase.h"
#include "StudyImporter.h"
#include "StudyReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlQuery>

#include <cstdio>
#include <random>

using namespace avemo;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 4) {
        std::fprintf(stderr, "usage: make_export_db STUDY_DIR DB METRICS_CSV [RATERS]\n");
        return 2;
    }
    const QString studyDir = QString::fromLocal8Bit(argv[1]);
    const QString dbPath = QString::fromLocal8Bit(argv[2]);
    const int raters = argc > 4 ? std::atoi(argv[4]) : 10;
    QFile::remove(dbPath);
    StudyFolderLoader::Options noProbe;
    noProbe.probeMedia = false;
    const auto imported = StudyImporter::importFolder(studyDir, dbPath, noProbe);
    if (!imported.ok) {
        std::fprintf(stderr, "import: %s\n", qPrintable(imported.error));
        return 1;
    }
    QString error;
    auto db = StudyDatabase::open(dbPath, error);
    QList<StoredItem> items;
    if (!db || !StudyReader(*db).items(items, error)) {
        std::fprintf(stderr, "open: %s\n", qPrintable(error));
        return 1;
    }
    ScopedTransaction transaction(db->connection());
    QSqlQuery q(db->connection());
    for (int r = 0; r < raters; ++r)
        q.exec(QStringLiteral("INSERT INTO rater (rater_id, created_at) VALUES ('b%1', "
                              "'2025-01-01T00:00:00Z')")
                   .arg(r, 2, 10, QLatin1Char('0')));
    // The last rater is excluded, as a coordinator would after screening.
    q.exec(QStringLiteral("INSERT INTO rater_exclusion SELECT id, 'screening', "
                          "'2025-01-02T00:00:00Z' FROM rater WHERE rater_id = 'b%1'")
               .arg(raters - 1, 2, 10, QLatin1Char('0')));
    struct Q
    {
        qint64 row;
        bool categorical;
    };
    QList<Q> questions;
    q.exec(QStringLiteral("SELECT id, kind FROM question WHERE kind != 'text' ORDER BY position"));
    while (q.next())
        questions.append(
            {q.value(0).toLongLong(), q.value(1).toString() == QLatin1String("categorical")});
    QList<qint64> raterRows;
    q.exec(QStringLiteral("SELECT id FROM rater WHERE rater_id LIKE 'b%' ORDER BY rater_id"));
    while (q.next())
        raterRows.append(q.value(0).toLongLong());

    SqliteStatement insert(
        db->connection(),
        "INSERT INTO response (uuid, item_id, rater_id, question_id, value, "
        "answered_at, time_spent_ms, play_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    const QStringList labels{QStringLiteral("neutral"), QStringLiteral("happy"),
                             QStringLiteral("angry"), QStringLiteral("sad")};
    std::mt19937 rng(42);
    qint64 n = 0;
    QFile metrics(QString::fromLocal8Bit(argv[3]));
    if (!metrics.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "cannot write %s\n", argv[3]);
        return 1;
    }
    metrics.write("item_id,ecs,ebs,ess,ers,emotion_accuracy\n");
    for (const StoredItem &item : items) {
        // Item quality drives both the scores and the metrics, so they correlate.
        const double quality = std::uniform_real_distribution<double>(0, 1)(rng);
        metrics.write(
            QStringLiteral("%1,%2,%3,%4,%5,%6\n")
                .arg(item.item.itemId)
                .arg(quality * 0.8 + 0.1, 0, 'f', 4)
                .arg(quality * 0.6 + 0.2, 0, 'f', 4)
                .arg(0.5 + 0.3 * std::uniform_real_distribution<double>(0, 1)(rng), 0, 'f', 4)
                .arg(quality * 0.7 + 0.15, 0, 'f', 4)
                .arg(quality > 0.5 ? 1.0 : 0.5, 0, 'f', 2)
                .toUtf8());
        for (const qint64 rater : std::as_const(raterRows)) {
            for (const Q &question : std::as_const(questions)) {
                const int noise = int(rng() % 3) - 1;
                const QString value =
                    question.categorical
                        ? labels[int(rng() % 4)]
                        : QString::number(std::clamp(1 + int(quality * 4.99) + noise, 1, 5));
                insert.bind(1, QStringLiteral("bench-%1").arg(n++));
                insert.bind(2, item.rowId);
                insert.bind(3, rater);
                insert.bind(4, question.row);
                insert.bind(5, value);
                insert.bind(6, QStringLiteral("2025-01-01T10:00:00.000Z"));
                insert.bind(7, qint64(1000 + rng() % 20000));
                insert.bind(8, qint64(1));
                if (!insert.step()) {
                    std::fprintf(stderr, "insert: %s\n", qPrintable(insert.errorMessage()));
                    return 1;
                }
            }
        }
    }
    if (!transaction.commit()) {
        std::fprintf(stderr, "commit failed\n");
        return 1;
    }
    std::fprintf(stderr, "%lld responses, %lld items, %lld raters\n", n, qint64(items.size()),
                 qint64(raterRows.size()));
    return 0;
}
