#include "ItemValueCounts.h"

#include <algorithm>

namespace avemo::ratings {

ItemValueCounts::ItemValueCounts(const RatingTable &table)
{
    m_ratingsPerItem.reserve(table.itemCount());
    m_offsets.reserve(table.itemCount() + 1);
    // A scratch tally indexed by code, reset through the list of codes touched, keeps the
    // pass linear however many distinct values the table has.
    std::vector<std::uint32_t> tally(table.valueCount(), 0);
    std::vector<std::uint32_t> touched;
    for (std::size_t i = 0; i < table.itemCount(); ++i) {
        const auto ratings = table.ratingsOfItem(i);
        touched.clear();
        for (const auto &r : ratings) {
            if (tally[r.code]++ == 0)
                touched.push_back(r.code);
        }
        std::sort(touched.begin(), touched.end());
        for (const auto code : touched) {
            m_entries.push_back({code, tally[code]});
            tally[code] = 0;
        }
        m_offsets.push_back(m_entries.size());
        m_ratingsPerItem.push_back(static_cast<std::uint32_t>(ratings.size()));
    }
}

} // namespace avemo::ratings
