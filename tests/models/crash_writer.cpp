// Child process of tst_crashsafety: records responses as fast as it can and prints
// "committed RATER" after each submit has returned, i.e. after the UI would have said "Saved".
// The parent kills it with SIGKILL at random moments and checks that every reported response
// survived.
#include "RatingStore.h"
#include "StudyDatabase.h"
#include "StudyReader.h"

#include <QCoreApplication>

#include <cstdio>

using namespace avemo;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
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
