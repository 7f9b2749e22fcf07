#pragma once

#include "RatingTable.h"

#include <random>
#include <string>
#include <vector>

// Rating data for the mixed-model tests: crossed raters and items with known effects.
namespace avemo::ratings::fixtures {

struct SimulatedRating
{
    std::string system, rater, item;
    double score = 0.0;
};

inline RatingTable tableOf(const std::vector<SimulatedRating> &rows)
{
    RatingTableBuilder builder;
    for (const auto &r : rows)
        builder.add(r.item, r.rater, r.score, r.system);
    return std::move(builder.build().value());
}

// score = system + rater + item + noise. Items are replies, nested in their system (our
// export's items). Each rater rates each item with probability `share`.
inline std::vector<SimulatedRating> crossedDesign(const std::vector<double> &systemMeans,
                                                  std::size_t raters, std::size_t itemsPerSystem,
                                                  double share, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> raterEffect(0.0, 0.6), itemEffect(0.0, 0.4), noise(0.0, 0.8);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    std::vector<double> rater(raters);
    for (auto &r : rater)
        r = raterEffect(rng);
    std::vector<SimulatedRating> rows;
    for (std::size_t s = 0; s < systemMeans.size(); ++s)
        for (std::size_t i = 0; i < itemsPerSystem; ++i) {
            const double item = itemEffect(rng);
            for (std::size_t r = 0; r < raters; ++r)
                if (u(rng) < share)
                    rows.push_back({"S" + std::to_string(s), "r" + std::to_string(r),
                                    "S" + std::to_string(s) + "-i" + std::to_string(i),
                                    systemMeans[s] + rater[r] + item + noise(rng)});
        }
    return rows;
}

// Two systems (A true mean 3.0, B 3.5), 40 items each, 8 raters. Rater r0 is lenient (+1.5)
// and rated 32 of A's items but only 8 of B's; r1..r7 rated 20 items of each system.
inline std::vector<SimulatedRating> lenientRaterDesign(std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> itemEffect(0.0, 0.3), noise(0.0, 0.5);
    std::vector<SimulatedRating> rows;
    const char *systems[2] = {"A", "B"};
    const double means[2] = {3.0, 3.5};
    for (int s = 0; s < 2; ++s)
        for (int i = 0; i < 40; ++i) {
            const double item = itemEffect(rng);
            const std::string itemId = std::string(systems[s]) + std::to_string(i);
            const bool lenientRates = s == 0 ? i < 32 : i < 8;
            if (lenientRates)
                rows.push_back({systems[s], "r0", itemId, means[s] + 1.5 + item + noise(rng)});
            for (int r = 1; r < 8; ++r)
                if ((i + r) % 2 == 0)
                    rows.push_back({systems[s], "r" + std::to_string(r), itemId,
                                    means[s] + item + noise(rng)});
        }
    return rows;
}

// Like the export test's "naturalness" answers: systems S0..S2 score 4, 3, 2, raters r0..r4 add
// 0, 1, 0, 1, 1, seven replies (items) per system, a fixed pattern of missing ratings (70
// ratings), plus `noise` times a fixed pattern in [-1, 1]. With noise 0 every score is exactly
// system + rater: no residual variation. tests/ratings/lme4-referee.R fitted the CSV of these
// rows (system,rater,item,score; scores printed with 17 digits).
inline std::vector<SimulatedRating> nearlyAdditiveDesign(double noise)
{
    const double system[3] = {4, 3, 2}, rater[5] = {0, 1, 0, 1, 1};
    std::vector<SimulatedRating> rows;
    int k = 0;
    for (int s = 0; s < 3; ++s)
        for (int i = 0; i < 7; ++i)
            for (int r = 0; r < 5; ++r) {
                if ((i * 3 + r + s) % 3 == 0)
                    continue;
                const double pattern = double((k * 5) % 11 - 5) / 5.0;
                ++k;
                rows.push_back({"S" + std::to_string(s), "r" + std::to_string(r),
                                "S" + std::to_string(s) + "-i" + std::to_string(i),
                                system[s] + rater[r] + noise * pattern});
            }
    return rows;
}

} // namespace avemo::ratings::fixtures
