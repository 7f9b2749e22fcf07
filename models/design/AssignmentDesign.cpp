// The design's read side: presentation order, overlap matrix, summary, canonical text.
#include "design/AssignmentDesign.h"

#include "design/RaterGraph.h"
#include "design/SeededRandom.h"

#include <algorithm>
#include <tuple>

namespace avemo::design {

namespace {
constexpr std::uint64_t kPresentationOrder = 100;
}

void AssignmentDesign::finish()
{
    m_itemsOfRater.assign(m_raters.size(), {});
    m_itemIndex.clear();
    for (std::size_t i = 0; i < m_items.size(); ++i)
        m_itemIndex.emplace(m_items[i].id, i);
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        std::sort(m_ratersOfItem[i].begin(), m_ratersOfItem[i].end());
        for (std::size_t r : m_ratersOfItem[i])
            m_itemsOfRater[r].push_back(i); // ascending: sorted by dialogue, turn, id
    }
    // Per rater, from the seed and the rater's id (not its index, so a rater's order does not
    // change when someone else joins): a key per dialogue and per item; dialogues by key, turns
    // ascending, the items of a turn by key.
    for (std::size_t r = 0; r < m_raters.size(); ++r) {
        std::uint64_t raterSeed = kPresentationOrder;
        for (unsigned char c : m_raters[r])
            raterSeed = raterSeed * 1099511628211ULL + c;
        SeededRandom random(SeededRandom::derive(m_seed, raterSeed));
        auto &list = m_itemsOfRater[r];
        std::vector<std::tuple<std::uint64_t, int, std::uint64_t, std::size_t>> keyed;
        keyed.reserve(list.size());
        std::uint64_t dialogueKey = 0;
        for (std::size_t j = 0; j < list.size(); ++j) {
            if (j == 0 || m_items[list[j]].dialogue != m_items[list[j - 1]].dialogue)
                dialogueKey = random.next();
            keyed.emplace_back(dialogueKey, m_items[list[j]].turn, random.next(), list[j]);
        }
        std::sort(keyed.begin(), keyed.end());
        for (std::size_t j = 0; j < list.size(); ++j)
            list[j] = std::get<3>(keyed[j]);
    }
}

DesignResult
AssignmentDesign::restore(const DesignInput &input,
                          const std::map<std::string, std::vector<std::string>> &itemsOfRater)
{
    DesignResult result = make(input);
    if (!result.design)
        return result;
    AssignmentDesign &d = *result.design;
    for (auto &raters : d.m_ratersOfItem)
        raters.clear();
    for (const auto &[rater, items] : itemsOfRater) {
        const auto r = d.raterIndex(rater);
        if (!r) {
            result.error = "the stored assignment names rater \"" + rater +
                           "\", who is not a rater of the design";
            result.design.reset();
            return result;
        }
        for (const auto &id : items) {
            const auto i = d.itemIndex(id);
            if (!i) {
                result.error = "the stored assignment gives rater \"" + rater + "\" item \"" + id +
                               "\", which is not an item of the design";
                result.design.reset();
                return result;
            }
            d.m_ratersOfItem[*i].push_back(*r);
        }
    }
    d.finish();
    return result;
}

std::optional<std::size_t> AssignmentDesign::raterIndex(const std::string &id) const
{
    const auto it = std::lower_bound(m_raters.begin(), m_raters.end(), id);
    if (it == m_raters.end() || *it != id)
        return std::nullopt;
    return std::size_t(it - m_raters.begin());
}

std::optional<std::size_t> AssignmentDesign::itemIndex(const std::string &id) const
{
    const auto it = m_itemIndex.find(id);
    if (it == m_itemIndex.end())
        return std::nullopt;
    return it->second;
}

std::vector<std::vector<std::size_t>> AssignmentDesign::overlapMatrix() const
{
    std::vector<std::vector<std::size_t>> shared(m_raters.size(),
                                                 std::vector<std::size_t>(m_raters.size(), 0));
    for (const auto &rs : m_ratersOfItem)
        for (std::size_t a : rs)
            for (std::size_t b : rs)
                ++shared[a][b];
    return shared;
}

DesignSummary AssignmentDesign::summary() const
{
    DesignSummary s;
    s.raters = m_raters.size();
    s.designItems = m_items.size();
    s.calibrationItems = std::size_t(std::count(m_calibration.begin(), m_calibration.end(), 1));
    s.assignmentUnits = m_units.size();
    for (const auto &unit : m_units)
        s.largestUnit = std::max(s.largestUnit, unit.size());

    std::vector<std::size_t> assigned(m_raters.size(), 0);
    bool firstItem = true;
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        if (m_calibration[i])
            continue;
        const std::size_t n = m_ratersOfItem[i].size();
        s.ratingsPerItemMin = firstItem ? n : std::min(s.ratingsPerItemMin, n);
        s.ratingsPerItemMax = std::max(s.ratingsPerItemMax, n);
        firstItem = false;
        for (std::size_t r : m_ratersOfItem[i])
            ++assigned[r];
    }
    const auto [aMin, aMax] = std::minmax_element(assigned.begin(), assigned.end());
    s.assignedPerRaterMin = *aMin;
    s.assignedPerRaterMax = *aMax;
    s.itemsPerRaterMin = s.assignedPerRaterMin + s.calibrationItems;
    s.itemsPerRaterMax = s.assignedPerRaterMax + s.calibrationItems;

    const auto shared = overlapMatrix();
    bool firstPair = true;
    for (std::size_t a = 0; a < m_raters.size(); ++a)
        for (std::size_t b = a + 1; b < m_raters.size(); ++b) {
            s.sharedPerPairMin =
                firstPair ? shared[a][b] : std::min(s.sharedPerPairMin, shared[a][b]);
            s.sharedPerPairMax = std::max(s.sharedPerPairMax, shared[a][b]);
            firstPair = false;
        }

    s.components = RaterGraph::components(m_ratersOfItem, m_raters.size());
    s.agreementEstimable = s.raters >= 2 && s.components == 1;
    if (m_k == 1 && s.calibrationItems == 0 && s.raters >= 2)
        s.notes.push_back(
            "each item has one rater and there is no calibration set: agreement between "
            "raters cannot be estimated");
    else if (s.components > 1)
        s.notes.push_back(
            "the raters fall into " + std::to_string(s.components) +
            " groups that share no item: agreement across groups cannot be estimated");
    return s;
}

std::string AssignmentDesign::toText() const
{
    std::string out;
    for (std::size_t r = 0; r < m_raters.size(); ++r) {
        out += "rater " + m_raters[r] + ':';
        for (std::size_t i : m_itemsOfRater[r])
            out += ' ' + m_items[i].id;
        out += '\n';
    }
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        out += "item " + m_items[i].id + (m_calibration[i] ? " (calibration):" : ":");
        for (std::size_t r : m_ratersOfItem[i])
            out += ' ' + m_raters[r];
        out += '\n';
    }
    return out;
}

} // namespace avemo::design
