// Speed of the statistics engine on the issue-4 workload: 20 raters x 100,000 items,
// 7 categories, 10% missing (2 of 20 raters skip each item). Run by hand:
//   build-stats/bench/ratings/bench_ratings --benchmark_min_time=1
#include "CohenKappa.h"
#include "FleissKappa.h"
#include "Icc.h"
#include "ItemDisagreement.h"
#include "KrippendorffAlpha.h"
#include "SyntheticRatings.h"

#include <benchmark/benchmark.h>
#include <fstream>
#include <string>

using namespace avemo::ratings;

namespace {

const RatingTable &largeTable()
{
    static const RatingTable table = avemo::bench::syntheticTable(20, 100000, 7, 2, 2024);
    return table;
}

const RatingTable &bootstrapTable()
{
    static const RatingTable table = avemo::bench::syntheticTable(20, 10000, 7, 2, 7);
    return table;
}

const RatingTable &completeTable()
{
    static const RatingTable table = avemo::bench::syntheticTable(20, 100000, 7, 0, 11);
    return table;
}

// Peak resident memory of the process so far (Linux), in MiB.
double peakRssMiB()
{
    std::ifstream status("/proc/self/status");
    std::string key;
    while (status >> key) {
        if (key == "VmHWM:") {
            double kib = 0;
            status >> kib;
            return kib / 1024.0;
        }
        status.ignore(1 << 12, '\n');
    }
    return 0;
}

void reportSize(benchmark::State &state, const RatingTable &table)
{
    state.counters["ratings"] = double(table.ratingCount());
    state.counters["table_MiB"] = double(table.ratingCount() * sizeof(Rating)) / (1 << 20);
    state.counters["peak_rss_MiB"] = peakRssMiB();
    state.SetItemsProcessed(std::int64_t(state.iterations()) * std::int64_t(table.ratingCount()));
}

void BM_BuildTable(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(avemo::bench::syntheticTable(20, 100000, 7, 2, 2024));
    reportSize(state, largeTable());
}

void BM_Alpha(benchmark::State &state)
{
    const auto level = Level(state.range(0));
    const auto &table = largeTable();
    for (auto _ : state)
        benchmark::DoNotOptimize(krippendorffAlpha(table, level));
    state.SetLabel(std::string(levelName(level)));
    reportSize(state, table);
}

void BM_Fleiss(benchmark::State &state)
{
    const auto &table = largeTable();
    for (auto _ : state)
        benchmark::DoNotOptimize(fleissKappa(table));
    reportSize(state, table);
}

void BM_MeanCohen(benchmark::State &state)
{
    const auto weights = KappaWeights(state.range(0));
    const auto &table = largeTable();
    for (auto _ : state)
        benchmark::DoNotOptimize(cohenKappaPairs(table, weights));
    state.SetLabel(std::string(weightsName(weights)));
    reportSize(state, table);
}

void BM_Icc(benchmark::State &state)
{
    const auto &table = completeTable();
    for (auto _ : state)
        benchmark::DoNotOptimize(intraclassCorrelations(table));
    reportSize(state, table);
}

void BM_ItemDisagreement(benchmark::State &state)
{
    const auto &table = largeTable();
    for (auto _ : state)
        benchmark::DoNotOptimize(itemDisagreements(table));
    reportSize(state, table);
}

void BM_AlphaBootstrap1000(benchmark::State &state)
{
    const auto level = Level(state.range(0));
    const auto &table = bootstrapTable();
    for (auto _ : state)
        benchmark::DoNotOptimize(krippendorffAlphaBootstrap(table, level, 1000, 42));
    state.SetLabel(std::string(levelName(level)) + ", 10k items");
    reportSize(state, table);
}

} // namespace

BENCHMARK(BM_BuildTable)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Alpha)
    ->Arg(int(Level::Nominal))
    ->Arg(int(Level::Ordinal))
    ->Arg(int(Level::Interval))
    ->Arg(int(Level::Ratio))
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Fleiss)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_MeanCohen)
    ->Arg(int(KappaWeights::None))
    ->Arg(int(KappaWeights::Quadratic))
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Icc)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ItemDisagreement)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_AlphaBootstrap1000)
    ->Arg(int(Level::Nominal))
    ->Arg(int(Level::Interval))
    ->Arg(int(Level::Ordinal))
    ->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
