// Child process of tst_exportcrash: exports a study again and again into one folder until it
// is killed. Before export number SEED it records one more response (rater "x<SEED>"), and it
// exports with bootstrap seed SEED, so every file of an export says which export it is from:
// ratings.csv by its last x-rater, agreement.csv and systems.csv by boot_seed, report.html by
// its text. It prints "export SEED" as it starts one, "commit SEED" when the files are written
// and the swap begins (progress 90%), "done SEED" when it returned.
//
//   export_crash_child DB OUT FIRST_SEED [COUNT]   (COUNT exports, default: until killed)
#include "RatingStore.h"
#include "StudyDatabase.h"
#include "StudyReader.h"
#include "export/StudyExporter.h"

#include <QCoreApplication>

#include <cstdio>

using namespace avemo;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: export_crash_child DB OUT FIRST_SEED [COUNT]\n");
        return 2;
    }
    const QString dbPath = args[1], out = args[2];
    const qint64 first = args[3].toLongLong();
    const qint64 count = args.size() > 4 ? args[4].toLongLong() : -1;
    QString error;
    auto db = StudyDatabase::open(dbPath, error);
    QList<StoredItem> items;
    if (!db || !StudyReader(*db).items(items, error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    RatingStore store(*db);
    for (qint64 seed = first; count < 0 || seed < first + count; ++seed) {
        qint64 rater = 0;
        if (!store.ensureRater(QStringLiteral("x%1").arg(seed, 8, 10, QLatin1Char('0')), rater,
                               error) ||
            !store.submit({rater,
                           items[int(seed % items.size())].rowId,
                           {{QStringLiteral("naturalness"), QStringLiteral("3")}},
                           1000,
                           1},
                          error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("export %lld\n", seed);
        std::fflush(stdout);
        ExportOptions options;
        options.statistics.bootstrapResamples = 20;
        options.statistics.seed = quint64(seed);
        TaskControl control;
        control.progress = [seed](qint64 done, qint64 total) {
            if (done * 10 == total * 9) {
                std::printf("commit %lld\n", seed);
                std::fflush(stdout);
            }
        };
        const ExportSummary summary = StudyExporter::run(dbPath, out, options, control);
        if (!summary.ok) {
            std::fprintf(stderr, "%s\n", qPrintable(summary.error));
            return 1;
        }
        std::printf("done %lld\n", seed);
        std::fflush(stdout);
    }
    return 0;
}
