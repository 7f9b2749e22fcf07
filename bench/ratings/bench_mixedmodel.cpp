// Speed of the REML mixed model (issue 15) on 100,000 ratings in two shapes. Run by hand:
//   build/bench/ratings/bench_mixedmodel
// "dense raters": 4 systems x 2,500 replies, 20 raters, each rates half of the replies;
// "many items": 4 systems x 8,333 replies, 60 raters, 3 raters per reply.
#include "MixedModel.h"

#include <benchmark/benchmark.h>
#include <random>
#include <string>

using namespace avemo::ratings;

namespace {

RatingTable simulated(std::size_t raters, std::size_t itemsPerSystem, std::size_t perItem,
                      std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> raterEffect(0.0, 0.5), itemEffect(0.0, 0.4), noise(0.0, 0.8);
    std::uniform_int_distribution<std::size_t> pick(0, raters - 1);
    std::vector<double> rater(raters);
    for (auto &r : rater)
        r = raterEffect(rng);
    RatingTableBuilder builder;
    const double systems[4] = {3.0, 3.2, 3.5, 3.9};
    for (std::size_t s = 0; s < 4; ++s)
        for (std::size_t i = 0; i < itemsPerSystem; ++i) {
            const std::string item = std::to_string(s) + "-" + std::to_string(i);
            const double effect = itemEffect(rng);
            const std::size_t first = pick(rng);
            for (std::size_t k = 0; k < perItem; ++k) {
                const std::size_t r = (first + k) % raters;
                builder.add(item, "r" + std::to_string(r),
                            systems[s] + rater[r] + effect + noise(rng), "S" + std::to_string(s));
            }
        }
    return std::move(builder.build().value());
}

void fit(benchmark::State &state, const RatingTable &table)
{
    for (auto _ : state) {
        auto result = fitMixedModel(table);
        benchmark::DoNotOptimize(result);
        state.counters["evaluations"] = double(result->evaluations);
    }
    state.counters["ratings"] = double(table.ratingCount());
}

void BM_MixedDenseRaters(benchmark::State &state)
{
    static const RatingTable table = simulated(20, 2500, 10, 1);
    fit(state, table);
}
BENCHMARK(BM_MixedDenseRaters)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_MixedManyItems(benchmark::State &state)
{
    static const RatingTable table = simulated(60, 8333, 3, 2);
    fit(state, table);
}
BENCHMARK(BM_MixedManyItems)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace

BENCHMARK_MAIN();
