#pragma once

#include "Result.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace avemo::ratings {

// What the values may be. Declared points (e.g. 1..5, or category codes 0..6) fix the value
// set and the distances used by weighted kappa; bounds fit continuous sliders.
struct Scale
{
    std::vector<double> points; // ascending; empty: no declared points
    std::optional<double> minimum;
    std::optional<double> maximum;

    static Scale fromPoints(std::vector<double> points);
    static Scale range(double minimum, double maximum);
    bool hasPoints() const { return !points.empty(); }
};

// One rating in long format. code indexes RatingTable::values() (the value's rank among the
// scale's values), so categorical statistics never compare doubles.
struct Rating
{
    std::uint32_t item = 0;
    std::uint32_t rater = 0;
    std::uint32_t group = 0;
    std::uint32_t code = 0;
    double value = 0.0;
};

// Where the value set (and so the distances of weighted statistics) comes from.
enum class ValueSetSource
{
    DeclaredScale,
    ObservedValues
};

// Validated ratings, sorted by item then rater, with an index per item. Every item and rater
// listed has at least one rating. Immutable once built; copy-cheap enough to pass by reference.
class RatingTable
{
public:
    RatingTable() = default;

    // ratings[i].code is ignored and recomputed. Ids are indexed by Rating::item / ::rater /
    // ::group. Rejects non-finite values, values off the scale, and a rater rating the same
    // item twice within a group, naming the offending ratings.
    static Result<RatingTable> create(std::vector<Rating> ratings, std::vector<std::string> itemIds,
                                      std::vector<std::string> raterIds,
                                      std::vector<std::string> groupIds, const Scale &scale);

    std::size_t itemCount() const { return m_itemIds.size(); }
    std::size_t raterCount() const { return m_raterIds.size(); }
    std::size_t groupCount() const { return m_groupIds.size(); }
    std::size_t ratingCount() const { return m_ratings.size(); }
    bool empty() const { return m_ratings.empty(); }

    std::span<const Rating> ratings() const { return m_ratings; }
    std::span<const Rating> ratingsOfItem(std::size_t item) const
    {
        return std::span<const Rating>(m_ratings).subspan(
            m_itemOffsets[item], m_itemOffsets[item + 1] - m_itemOffsets[item]);
    }

    const std::string &itemId(std::size_t item) const { return m_itemIds[item]; }
    const std::string &raterId(std::size_t rater) const { return m_raterIds[rater]; }
    const std::string &groupId(std::size_t group) const { return m_groupIds[group]; }
    const std::vector<std::string> &itemIds() const { return m_itemIds; }
    const std::vector<std::string> &raterIds() const { return m_raterIds; }
    const std::vector<std::string> &groupIds() const { return m_groupIds; }

    // The ordered value set: code c stands for values()[c].
    const std::vector<double> &values() const { return m_values; }
    std::size_t valueCount() const { return m_values.size(); }
    ValueSetSource valueSetSource() const { return m_valueSource; }

    // The ratings of one group, re-indexed compactly (items and raters without a rating in
    // that group disappear); the value set is kept so codes stay comparable.
    RatingTable subsetOfGroup(std::size_t group) const;

private:
    std::vector<Rating> m_ratings;
    std::vector<std::size_t> m_itemOffsets{0};
    std::vector<std::string> m_itemIds;
    std::vector<std::string> m_raterIds;
    std::vector<std::string> m_groupIds;
    std::vector<double> m_values;
    ValueSetSource m_valueSource = ValueSetSource::ObservedValues;
};

// Builds a RatingTable from (item id, rater id, value[, group]) triples, e.g. CSV rows.
// Ids keep their first-seen order.
class RatingTableBuilder
{
public:
    explicit RatingTableBuilder(Scale scale = {});

    void reserve(std::size_t ratings) { m_ratings.reserve(ratings); }
    void add(std::string_view item, std::string_view rater, double value,
             std::string_view group = {});
    Result<RatingTable> build();

private:
    static std::uint32_t indexOf(std::string_view id, std::vector<std::string> &ids,
                                 std::unordered_map<std::string, std::uint32_t> &index);

    Scale m_scale;
    std::vector<Rating> m_ratings;
    std::vector<std::string> m_itemIds, m_raterIds, m_groupIds;
    std::unordered_map<std::string, std::uint32_t> m_itemIndex, m_raterIndex, m_groupIndex;
};

} // namespace avemo::ratings
