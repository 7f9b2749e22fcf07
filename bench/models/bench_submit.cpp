// Submit to durable: how long RatingStore::submit() takes to commit one item's answers to a real
// study database on this disk (WAL, synchronous=FULL), which is the wait between Enter and
// "Saved". Reports p50 and p99 over the iterations as counters (milliseconds).
#include "RatingStore.h"
#include "StudyDatabase.h"
#include "StudyImporter.h"
#include "StudyReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <benchmark/benchmark.h>

using namespace avemo;

namespace {

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

void BM_SubmitToDurable(benchmark::State &state)
{
    QTemporaryDir tmp(QStringLiteral(AVEMO_BENCH_TMP "/avemo-bench-XXXXXX"));
    const QString path = tmp.filePath(QStringLiteral("bench.sqlite"));
    StudyFolderLoader::Options noProbe;
    noProbe.probeMedia = false;
    if (!StudyImporter::importFolder(QStringLiteral(AVEMO_DEMO_STUDY), path, noProbe).ok) {
        state.SkipWithError("cannot import the demo study");
        return;
    }
    QString error;
    auto db = StudyDatabase::open(path, error);
    QList<StoredItem> items;
    StudyReader(*db).items(items, error);
    RatingStore store(*db);
    std::vector<double> latencies;
    int n = 0;
    for (auto _ : state) {
        qint64 rater = 0;
        state.PauseTiming();
        store.ensureRater(QStringLiteral("bench-%1").arg(n), rater, error);
        const Submission s{rater,
                           items[n % items.size()].rowId,
                           {{QStringLiteral("user_emotion"), QStringLiteral("happy")},
                            {QStringLiteral("reply_emotion"), QStringLiteral("sad")},
                            {QStringLiteral("appropriateness"), QStringLiteral("4")},
                            {QStringLiteral("naturalness"), QStringLiteral("3")},
                            {QStringLiteral("av_coherence"), QStringLiteral("5")}},
                           4200,
                           1};
        ++n;
        state.ResumeTiming();
        QElapsedTimer t;
        t.start();
        if (!store.submit(s, error))
            state.SkipWithError(qPrintable(error));
        latencies.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    state.counters["p50_ms"] = percentile(latencies, 0.50);
    state.counters["p99_ms"] = percentile(latencies, 0.99);
}
BENCHMARK(BM_SubmitToDurable)->Iterations(2000)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
