#pragma once

#include "RatingTable.h"

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace avemo::bench {

// A study-like data set: each item has a true category in 1..categories, every rater gives it
// with probability 0.6 and a uniformly random category otherwise; exactly `missingPerItem`
// raters skip each item, so Fleiss' kappa still applies while alpha sees missing data.
inline ratings::RatingTable syntheticTable(std::size_t raters, std::size_t items, int categories,
                                           std::size_t missingPerItem, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::vector<ratings::Rating> list;
    list.reserve(items * (raters - missingPerItem));
    std::vector<std::uint32_t> order(raters);
    for (std::size_t i = 0; i < items; ++i) {
        const auto truth = 1 + static_cast<int>(rng() % std::uint64_t(categories));
        for (std::uint32_t r = 0; r < raters; ++r)
            order[r] = r;
        for (std::size_t k = 0; k < missingPerItem; ++k) // partial Fisher-Yates: who skips
            std::swap(order[k], order[k + rng() % (raters - k)]);
        for (std::size_t k = missingPerItem; k < raters; ++k) {
            const bool agrees = rng() % 10 < 6;
            ratings::Rating rating;
            rating.item = static_cast<std::uint32_t>(i);
            rating.rater = order[k];
            rating.value = agrees ? truth : 1 + static_cast<int>(rng() % std::uint64_t(categories));
            list.push_back(rating);
        }
    }
    std::vector<std::string> itemIds(items), raterIds(raters);
    for (std::size_t i = 0; i < items; ++i)
        itemIds[i] = "item" + std::to_string(i);
    for (std::size_t r = 0; r < raters; ++r)
        raterIds[r] = "rater" + std::to_string(r);
    return std::move(ratings::RatingTable::create(std::move(list), std::move(itemIds),
                                                  std::move(raterIds), {}, {})
                         .value());
}

} // namespace avemo::bench
