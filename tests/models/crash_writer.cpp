// Child process of tst_crashsafety. `crash_writer DB RUN` records responses as fast as it can
// and prints "committed RATER" after each submit has returned, i.e. after the UI would have said
// "Saved". `crash_writer --import STUDY_DIR OUT_DIR RUN` imports the study again and again into
// OUT_DIR/runRUN-SEQ.sqlite and prints "imported NAME" after each import has returned. The
// parent kills it with SIGKILL at random moments and checks that every reported response
// survived, and that every database under its final name is a whole study.
#include "RatingStore.h"
#include "StudyDatabase.h"
#include "StudyImporter.h"
#include "StudyReader.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>

using namespace avemo;

namespace {

int importForever(const QString &studyDir, const QString &outDir, const QString &run)
{
    StudyFolderLoader::Options noProbe;
    noProbe.probeMedia = false;
    for (int seq = 0;; ++seq) {
        const QString name = QStringLiteral("run%1-%2.sqlite").arg(run).arg(seq);
        const auto imported =
            StudyImporter::importFolder(studyDir, QDir(outDir).filePath(name), noProbe);
        if (!imported.ok) {
            std::fprintf(stderr, "%s\n", qPrintable(imported.error));
            return 1;
        }
        std::printf("imported %s\n", qPrintable(name));
        std::fflush(stdout);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 5 && args[1] == QLatin1String("--import"))
        return importForever(args[2], args[3], args[4]);
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: crash_writer DB RUN\n");
        return 2;
    }
    QString error;
    auto db = StudyDatabase::open(args[1], error);
    QList<StoredItem> items;
    if (!db || !StudyReader(*db).items(items, error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    RatingStore store(*db);
    for (int seq = 0;; ++seq) {
        const QString rater = QStringLiteral("run%1-%2").arg(args[2]).arg(seq);
        qint64 raterRow = 0;
        if (!store.ensureRater(rater, raterRow, error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        const Submission s{raterRow,
                           items[seq % items.size()].rowId,
                           {{QStringLiteral("appropriateness"), QString::number(1 + seq % 5)},
                            {QStringLiteral("comment"), rater}},
                           seq,
                           1};
        if (!store.submit(s, error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("committed %s\n", qPrintable(rater));
        std::fflush(stdout);
    }
}
