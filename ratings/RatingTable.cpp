#include "RatingTable.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <sstream>
#include <tuple>

namespace avemo::ratings {

namespace {

// Values typed in a CSV ("3", "3.0") must land on the declared point they mean.
bool sameScalePoint(double a, double b)
{
    return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(b));
}

std::string formatValue(double v)
{
    std::ostringstream s;
    s << v;
    return s.str();
}

std::string describePoints(const std::vector<double> &points)
{
    std::string text;
    for (std::size_t i = 0; i < points.size() && i < 12; ++i)
        text += (i ? ", " : "") + formatValue(points[i]);
    if (points.size() > 12)
        text += ", ...";
    return text;
}

// Collects the first few problems verbatim and counts the rest, so one bad column does not
// produce a million-line message.
class ProblemList
{
public:
    void add(std::string problem)
    {
        if (m_shown.size() < 5)
            m_shown.push_back(std::move(problem));
        ++m_total;
    }
    bool empty() const { return m_total == 0; }
    // other's problems after these, as if they had been added here.
    void append(const ProblemList &other)
    {
        for (const auto &p : other.m_shown)
            add(p);
        m_total += other.m_total - other.m_shown.size();
    }
    std::string text() const
    {
        std::string t;
        for (const auto &p : m_shown)
            t += (t.empty() ? "" : "; ") + p;
        if (m_total > m_shown.size())
            t += "; and " + std::to_string(m_total - m_shown.size()) + " more";
        return t;
    }

private:
    std::vector<std::string> m_shown;
    std::size_t m_total = 0;
};

// Keeps only the ids marked used; returns old number -> new number (identity when all are
// used, which is the common case and then costs nothing).
std::vector<std::uint32_t> keepUsed(std::vector<std::string> &ids, const std::vector<bool> &used,
                                    bool &changed)
{
    std::vector<std::uint32_t> remap(ids.size());
    std::vector<std::string> kept;
    changed = std::find(used.begin(), used.end(), false) != used.end();
    if (!changed)
        return remap;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (used[i]) {
            remap[i] = static_cast<std::uint32_t>(kept.size());
            kept.push_back(std::move(ids[i]));
        }
    }
    ids = std::move(kept);
    return remap;
}

} // namespace

Scale Scale::fromPoints(std::vector<double> points)
{
    std::sort(points.begin(), points.end());
    points.erase(std::unique(points.begin(), points.end()), points.end());
    Scale s;
    s.points = std::move(points);
    return s;
}

Scale Scale::range(double minimum, double maximum)
{
    Scale s;
    s.minimum = minimum;
    s.maximum = maximum;
    return s;
}

Result<RatingTable> RatingTable::create(std::vector<Rating> ratings,
                                        std::vector<std::string> itemIds,
                                        std::vector<std::string> raterIds,
                                        std::vector<std::string> groupIds, const Scale &scale)
{
    if (groupIds.empty())
        groupIds.emplace_back();
    ProblemList problems, offScale;
    const auto where = [&](const Rating &r) {
        return "item '" + itemIds[r.item] + "', rater '" + raterIds[r.rater] + "'";
    };
    RatingTable t;
    if (scale.hasPoints()) {
        t.m_values = scale.points;
        t.m_valueSource = ValueSetSource::DeclaredScale;
    }
    // One pass checks every rating, codes it against declared points, counts the ratings of
    // each item and notes which ids are used and whether the order is already item, rater.
    const auto key = [](const Rating &r) { return std::tie(r.item, r.rater, r.group); };
    std::vector<std::size_t> offsets(itemIds.size() + 1, 0);
    std::vector<bool> raterUsed(raterIds.size(), false), groupUsed(groupIds.size(), false);
    bool sortedAlready = true;
    for (std::size_t k = 0; k < ratings.size(); ++k) {
        Rating &r = ratings[k];
        if (r.item >= itemIds.size() || r.rater >= raterIds.size() || r.group >= groupIds.size())
            return Result<RatingTable>::fail("internal error: rating refers to an unknown id");
        ++offsets[r.item + 1];
        raterUsed[r.rater] = true;
        groupUsed[r.group] = true;
        if (k > 0 && sortedAlready && key(r) < key(ratings[k - 1]))
            sortedAlready = false;
        if (!std::isfinite(r.value)) {
            problems.add(where(r) + ": value " + formatValue(r.value) + " is not a finite number");
            continue;
        }
        if ((scale.minimum && r.value < *scale.minimum) ||
            (scale.maximum && r.value > *scale.maximum)) {
            problems.add(where(r) + ": value " + formatValue(r.value) + " is outside the scale [" +
                         formatValue(scale.minimum.value_or(-INFINITY)) + ", " +
                         formatValue(scale.maximum.value_or(INFINITY)) + "]");
        }
        if (!scale.hasPoints())
            continue;
        const auto it = std::lower_bound(t.m_values.begin(), t.m_values.end(), r.value);
        if (it != t.m_values.end() && sameScalePoint(r.value, *it)) {
            r.code = static_cast<std::uint32_t>(it - t.m_values.begin());
        } else if (it != t.m_values.begin() && sameScalePoint(r.value, *(it - 1))) {
            r.code = static_cast<std::uint32_t>(it - 1 - t.m_values.begin());
        } else {
            offScale.add(where(r) + ": value " + formatValue(r.value) +
                         " is not on the declared scale (" + describePoints(scale.points) + ")");
        }
    }
    problems.append(offScale); // range problems are listed first
    if (!problems.empty())
        return Result<RatingTable>::fail(problems.text());

    if (!scale.hasPoints()) {
        // Hashing first keeps this linear in ratings; only the distinct values get sorted.
        std::unordered_map<double, std::uint32_t> codeOf;
        for (const auto &r : ratings)
            codeOf.emplace(r.value == 0.0 ? 0.0 : r.value, 0); // one code for -0 and +0
        t.m_values.reserve(codeOf.size());
        for (const auto &entry : codeOf)
            t.m_values.push_back(entry.first);
        std::sort(t.m_values.begin(), t.m_values.end());
        for (std::size_t c = 0; c < t.m_values.size(); ++c)
            codeOf[t.m_values[c]] = static_cast<std::uint32_t>(c);
        for (auto &r : ratings)
            r.code = codeOf[r.value == 0.0 ? 0.0 : r.value];
    }

    // Ids without a rating disappear; the renumbering keeps the order, so a sorted table
    // stays sorted.
    std::vector<bool> itemUsed(itemIds.size());
    for (std::size_t i = 0; i < itemIds.size(); ++i)
        itemUsed[i] = offsets[i + 1] != 0;
    bool itemsChanged = false, ratersChanged = false, groupsChanged = false;
    const auto itemMap = keepUsed(itemIds, itemUsed, itemsChanged);
    const auto raterMap = keepUsed(raterIds, raterUsed, ratersChanged);
    const auto groupMap = keepUsed(groupIds, groupUsed, groupsChanged);
    if (itemsChanged || ratersChanged || groupsChanged) {
        for (auto &r : ratings) {
            r.item = itemsChanged ? itemMap[r.item] : r.item;
            r.rater = ratersChanged ? raterMap[r.rater] : r.rater;
            r.group = groupsChanged ? groupMap[r.group] : r.group;
        }
    }
    if (itemsChanged) {
        const auto counts = std::move(offsets);
        offsets.assign(itemIds.size() + 1, 0);
        for (std::size_t i = 0; i + 1 < counts.size(); ++i)
            if (itemUsed[i])
                offsets[itemMap[i] + 1] = counts[i + 1];
    }
    std::partial_sum(offsets.begin(), offsets.end(), offsets.begin());

    // Ratings usually arrive sorted already (the study's store and most files keep them in
    // item, rater order): then they are only checked. Otherwise a counting sort by item
    // (linear), then a tiny sort inside each item.
    std::vector<Rating> sorted;
    if (sortedAlready) {
        sorted = std::move(ratings);
    } else {
        sorted.resize(ratings.size());
        std::vector<std::size_t> next(offsets.begin(), offsets.end() - 1);
        for (const auto &r : ratings)
            sorted[next[r.item]++] = r;
        for (std::size_t i = 0; i < itemIds.size(); ++i)
            std::sort(sorted.begin() + static_cast<std::ptrdiff_t>(offsets[i]),
                      sorted.begin() + static_cast<std::ptrdiff_t>(offsets[i + 1]),
                      [&](const Rating &a, const Rating &b) { return key(a) < key(b); });
    }
    ratings = {};
    for (std::size_t k = 0; k + 1 < sorted.size(); ++k) {
        const Rating &a = sorted[k], &b = sorted[k + 1];
        if (key(a) == key(b)) {
            std::string dup = "item '" + itemIds[a.item] + "' rated more than once by rater '" +
                              raterIds[a.rater] + "'";
            if (!groupIds[a.group].empty())
                dup += " in group '" + groupIds[a.group] + "'";
            problems.add(dup);
        }
    }
    if (!problems.empty())
        return Result<RatingTable>::fail(problems.text());

    t.m_ratings = std::move(sorted);
    t.m_itemOffsets = std::move(offsets);
    t.m_itemIds = std::move(itemIds);
    t.m_raterIds = std::move(raterIds);
    t.m_groupIds = std::move(groupIds);
    return Result<RatingTable>::ok(std::move(t));
}

RatingTable RatingTable::subsetOfGroup(std::size_t group) const
{
    std::vector<Rating> kept;
    for (const auto &r : m_ratings) {
        if (r.group == group) {
            kept.push_back(r);
            kept.back().group = 0;
        }
    }
    Scale scale = Scale::fromPoints(m_values);
    auto subset = create(std::move(kept), m_itemIds, m_raterIds, {m_groupIds[group]}, scale);
    // Cannot fail: the ratings were validated already and the value set is unchanged.
    subset.value().m_valueSource = m_valueSource;
    return std::move(subset.value());
}

RatingTableBuilder::RatingTableBuilder(Scale scale)
    : m_scale(std::move(scale))
{
}

std::uint32_t RatingTableBuilder::indexOf(std::string_view id, std::vector<std::string> &ids,
                                          std::unordered_map<std::string, std::uint32_t> &index)
{
    const auto [it, inserted] =
        index.try_emplace(std::string(id), static_cast<std::uint32_t>(ids.size()));
    if (inserted)
        ids.emplace_back(id);
    return it->second;
}

void RatingTableBuilder::add(std::string_view item, std::string_view rater, double value,
                             std::string_view group)
{
    Rating r;
    r.item = indexOf(item, m_itemIds, m_itemIndex);
    r.rater = indexOf(rater, m_raterIds, m_raterIndex);
    r.group = indexOf(group, m_groupIds, m_groupIndex);
    r.value = value;
    m_ratings.push_back(r);
}

Result<RatingTable> RatingTableBuilder::build()
{
    return RatingTable::create(std::move(m_ratings), std::move(m_itemIds), std::move(m_raterIds),
                               std::move(m_groupIds), m_scale);
}

} // namespace avemo::ratings
