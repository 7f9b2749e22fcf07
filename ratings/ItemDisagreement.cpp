#include "ItemDisagreement.h"

#include "ItemValueCounts.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace avemo::ratings {

std::vector<ItemDisagreement> itemDisagreements(const RatingTable &table)
{
    const ItemValueCounts counts(table);
    const auto &values = table.values();
    std::vector<ItemDisagreement> result;
    result.reserve(table.itemCount());
    for (std::size_t i = 0; i < table.itemCount(); ++i) {
        ItemDisagreement d;
        d.item = i;
        const auto entries = counts.ofItem(i);
        const double m = counts.ratingsOfItem(i);
        d.ratings = counts.ratingsOfItem(i);
        std::uint32_t top = 0;
        double sum = 0.0;
        for (const auto &e : entries) {
            const double p = e.count / m;
            d.entropyBits -= p * std::log2(p);
            top = std::max(top, e.count);
            sum += e.count * values[e.code];
        }
        d.entropyBits = std::max(0.0, d.entropyBits); // no -0 for a unanimous item
        d.mean = sum / m;
        double squares = 0.0;
        for (const auto &e : entries) {
            squares += e.count * (values[e.code] - d.mean) * (values[e.code] - d.mean);
            if (e.count == top)
                d.majorityValues.push_back(values[e.code]);
        }
        d.sd = m < 2 ? std::numeric_limits<double>::quiet_NaN() : std::sqrt(squares / (m - 1));
        d.range = values[entries.back().code] - values[entries.front().code];
        result.push_back(std::move(d));
    }
    return result;
}

} // namespace avemo::ratings
