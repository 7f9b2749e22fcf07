#pragma once

#include "RatingTable.h"

#include <cmath>
#include <limits>
#include <random>
#include <string>
#include <vector>

// Builds tables the way papers print them: one row per rater (or per item), NaN for missing.
namespace avemo::ratings::fixtures {

inline constexpr double missing = std::numeric_limits<double>::quiet_NaN();

// byRater[r][i] is rater r's value for item i.
inline RatingTable tableFromRaterRows(const std::vector<std::vector<double>> &byRater,
                                      const Scale &scale = {})
{
    RatingTableBuilder builder(scale);
    for (std::size_t r = 0; r < byRater.size(); ++r)
        for (std::size_t i = 0; i < byRater[r].size(); ++i)
            if (!std::isnan(byRater[r][i]))
                builder.add("item" + std::to_string(i), "rater" + std::to_string(r), byRater[r][i]);
    return std::move(builder.build().value());
}

// byItem[i][r] is rater r's value for item i.
inline RatingTable tableFromItemRows(const std::vector<std::vector<double>> &byItem,
                                     const Scale &scale = {})
{
    std::vector<std::vector<double>> byRater;
    for (std::size_t i = 0; i < byItem.size(); ++i) {
        byRater.resize(std::max(byRater.size(), byItem[i].size()));
        for (std::size_t r = 0; r < byItem[i].size(); ++r) {
            byRater[r].resize(byItem.size(), missing);
            byRater[r][i] = byItem[i][r];
        }
    }
    return tableFromRaterRows(byRater, scale);
}

// Random raters x items values in 1..categories with a share of missing cells.
inline std::vector<std::vector<double>> randomRaterRows(std::size_t raters, std::size_t items,
                                                        int categories, double missingShare,
                                                        std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::uniform_int_distribution<int> value(1, categories);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    std::vector<std::vector<double>> rows(raters, std::vector<double>(items));
    for (auto &row : rows)
        for (auto &v : row)
            v = u(rng) < missingShare ? missing : value(rng);
    return rows;
}

} // namespace avemo::ratings::fixtures
