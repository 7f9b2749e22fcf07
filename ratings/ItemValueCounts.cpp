#include "ItemValueCounts.h"

#include <algorithm>

namespace avemo::ratings {

namespace {

// Up to this many values, walking every code of the tally is cheaper than sorting the codes
// an item touched (category sets are small: 2 to 10 labels, 5 to 11 scale points).
constexpr std::size_t kScanAllCodes = 16;

} // namespace

ItemValueCounts::ItemValueCounts(const RatingTable &table)
{
    // An item has at most as many distinct values as ratings: reserving that once means the
    // entries are never copied to grow (pages never written cost no memory).
    m_entries.reserve(table.ratingCount());
    m_ratingsPerItem.reserve(table.itemCount());
    m_offsets.reserve(table.itemCount() + 1);
    // A scratch tally indexed by code, reset through the codes touched, keeps the pass linear
    // however many distinct values the table has.
    std::vector<std::uint32_t> tally(table.valueCount(), 0);
    const bool scanAll = table.valueCount() <= kScanAllCodes;
    std::vector<std::uint32_t> touched;
    for (std::size_t i = 0; i < table.itemCount(); ++i) {
        const auto ratings = table.ratingsOfItem(i);
        if (scanAll) {
            for (const auto &r : ratings)
                ++tally[r.code];
            for (std::uint32_t code = 0; code < tally.size(); ++code) {
                if (tally[code] != 0)
                    m_entries.push_back({code, tally[code]});
                tally[code] = 0;
            }
        } else {
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
        }
        m_offsets.push_back(m_entries.size());
        m_ratingsPerItem.push_back(static_cast<std::uint32_t>(ratings.size()));
    }
}

} // namespace avemo::ratings
