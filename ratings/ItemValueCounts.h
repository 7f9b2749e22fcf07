#pragma once

#include "RatingTable.h"

#include <cstdint>
#include <span>
#include <vector>

namespace avemo::ratings {

// For every item, its distinct value codes and how often each was given: the sufficient
// statistic of alpha, Fleiss' kappa, label entropy and the majority label. Built in one
// linear pass; codes appear in ascending order within an item.
class ItemValueCounts
{
public:
    struct Entry
    {
        std::uint32_t code;
        std::uint32_t count;
    };

    explicit ItemValueCounts(const RatingTable &table);

    std::size_t itemCount() const { return m_ratingsPerItem.size(); }
    std::span<const Entry> ofItem(std::size_t item) const
    {
        return std::span<const Entry>(m_entries).subspan(m_offsets[item],
                                                         m_offsets[item + 1] - m_offsets[item]);
    }
    std::uint32_t ratingsOfItem(std::size_t item) const { return m_ratingsPerItem[item]; }

private:
    std::vector<Entry> m_entries;
    std::vector<std::size_t> m_offsets{0};
    std::vector<std::uint32_t> m_ratingsPerItem;
};

} // namespace avemo::ratings
