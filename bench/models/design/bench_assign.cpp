// AssignmentDesign::make for 100,000 items (dialogues of 5 turns x 4 systems, turn groups kept
// together), 40 raters, k = 3; then the design summary (overlap matrix, components) and a
// rebalance after one dropout and one late joiner. Peak RSS of the whole process is reported as
// a counter (MiB), so run one benchmark per process for a clean memory figure (--benchmark_filter).
#include "design/AssignmentDesign.h"

#include <benchmark/benchmark.h>
#include <sys/resource.h>

using namespace avemo::design;

namespace {

DesignInput largeStudy()
{
    DesignInput in;
    for (int i = 0; in.items.size() < 100000; ++i) {
        const int dialogue = i / 20, turn = (i / 4) % 5, system = i % 4;
        in.items.push_back({"d" + std::to_string(dialogue) + "-t" + std::to_string(turn) + "-s" +
                                std::to_string(system),
                            "d" + std::to_string(dialogue), turn, "s" + std::to_string(system)});
    }
    for (int r = 0; r < 40; ++r)
        in.raters.push_back("rater" + std::to_string(r));
    in.ratersPerItem = 3;
    in.seed = 20261205;
    return in;
}

double peakMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

void BM_MakeDesign(benchmark::State &state)
{
    const DesignInput in = largeStudy();
    std::size_t components = 0, spread = 0;
    for (auto _ : state) {
        const auto design = AssignmentDesign::make(in).design;
        const auto s = design->summary();
        components = s.components;
        spread = s.assignedPerRaterMax - s.assignedPerRaterMin;
        benchmark::DoNotOptimize(s);
    }
    state.counters["components"] = double(components);
    state.counters["load_spread_items"] = double(spread);
    state.counters["peak_MiB"] = peakMiB();
}
BENCHMARK(BM_MakeDesign)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_Rebalance(benchmark::State &state)
{
    const auto design = *AssignmentDesign::make(largeStudy()).design;
    std::map<std::string, std::set<std::string>> answered;
    for (std::size_t r = 0; r < design.raters().size(); ++r)
        for (std::size_t j = 0; j < design.itemsOf(r).size() / 3; ++j)
            answered[design.raters()[r]].insert(design.items()[design.itemsOf(r)[j]].id);
    std::vector<std::string> active(design.raters().begin() + 1, design.raters().end());
    active.push_back("late");
    std::size_t moves = 0;
    for (auto _ : state) {
        const auto result = AssignmentDesign::rebalance(design, answered, active);
        moves = result.moves.size();
        benchmark::DoNotOptimize(result);
    }
    state.counters["moves"] = double(moves);
    state.counters["peak_MiB"] = peakMiB();
}
BENCHMARK(BM_Rebalance)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace

BENCHMARK_MAIN();
