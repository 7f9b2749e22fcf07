#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace avemo::ratings {

// Numbers distinct strings 0, 1, 2, ... in first-seen order. Open addressing over one flat
// table of indices: a lookup of an id already seen hashes the bytes once and compares them
// once, with no allocation (reading a million-row file spends its time here).
class IdInterner
{
public:
    IdInterner() { m_slots.assign(64, kEmpty); }

    std::uint32_t intern(std::string_view id)
    {
        const std::uint64_t h = hash(id);
        std::size_t mask = m_slots.size() - 1;
        for (std::size_t i = h & mask;; i = (i + 1) & mask) {
            const std::uint32_t slot = m_slots[i];
            if (slot == kEmpty) {
                const auto index = static_cast<std::uint32_t>(m_ids.size());
                m_ids.emplace_back(id);
                m_hashes.push_back(h);
                m_slots[i] = index;
                if (m_ids.size() * 2 > m_slots.size())
                    grow();
                return index;
            }
            if (m_hashes[slot] == h && same(m_ids[slot], id))
                return slot;
        }
    }

    // intern() with a likely answer checked first: in a file sorted by item the raters come
    // round in the same order, so "the one after the previous" is usually right.
    std::uint32_t intern(std::string_view id, std::uint32_t guess)
    {
        if (guess < m_ids.size() && same(m_ids[guess], id))
            return guess;
        return intern(id);
    }

    // Room for that many ids in all, so that adding them never rehashes or moves the strings.
    void reserve(std::size_t ids)
    {
        m_ids.reserve(ids);
        m_hashes.reserve(ids);
        std::size_t slots = m_slots.size();
        while (ids * 2 > slots)
            slots *= 2;
        if (slots != m_slots.size()) {
            m_slots.assign(slots / 2, kEmpty); // grow() doubles it and re-inserts every id
            grow();
        }
    }

    std::size_t size() const { return m_ids.size(); }
    const std::string &id(std::uint32_t index) const { return m_ids[index]; }
    std::vector<std::string> takeIds() { return std::move(m_ids); }

private:
    static constexpr std::uint32_t kEmpty = UINT32_MAX;

    // Eight bytes at a time (ids are short: one or two rounds), then a final mix so that the
    // low bits used for the slot depend on every byte.
    static std::uint64_t hash(std::string_view s)
    {
        std::uint64_t h = 0x9e3779b97f4a7c15ull ^ s.size();
        std::size_t i = 0;
        for (; i + 8 <= s.size(); i += 8) {
            std::uint64_t word;
            std::memcpy(&word, s.data() + i, 8);
            h = (h ^ word) * 0xff51afd7ed558ccdull;
            h ^= h >> 32;
        }
        if (i < s.size()) {
            std::uint64_t word = 0;
            std::memcpy(&word, s.data() + i, s.size() - i);
            h = (h ^ word) * 0xff51afd7ed558ccdull;
        }
        h ^= h >> 33;
        h *= 0xc4ceb9fe1a85ec53ull;
        h ^= h >> 33;
        return h;
    }

    // Equal hashes almost always mean equal ids; this confirms it without a library call.
    static bool same(const std::string &a, std::string_view b)
    {
        if (a.size() != b.size())
            return false;
        for (std::size_t i = 0; i < b.size(); ++i)
            if (a[i] != b[i])
                return false;
        return true;
    }

    void grow()
    {
        m_slots.assign(m_slots.size() * 2, kEmpty);
        const std::size_t mask = m_slots.size() - 1;
        for (std::uint32_t index = 0; index < m_ids.size(); ++index) {
            std::size_t i = m_hashes[index] & mask;
            while (m_slots[i] != kEmpty)
                i = (i + 1) & mask;
            m_slots[i] = index;
        }
    }

    std::vector<std::uint32_t> m_slots;
    std::vector<std::string> m_ids;
    std::vector<std::uint64_t> m_hashes;
};

} // namespace avemo::ratings
