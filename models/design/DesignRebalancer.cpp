// AssignmentDesign::rebalance: late joiners and dropouts. Only unanswered assignments move.
#include "design/AssignmentDesign.h"

#include <algorithm>
#include <unordered_map>

namespace avemo::design {

class DesignRebalancer
{
public:
    DesignRebalancer(const AssignmentDesign &previous, const std::vector<std::string> &activeRaters)
        : m_prev(previous)
    {
        m_raters = previous.m_raters;
        for (const auto &id : activeRaters)
            if (!previous.raterIndex(id))
                m_raters.push_back(id);
        std::sort(m_raters.begin(), m_raters.end());
        m_active.assign(m_raters.size(), 0);
        for (const auto &id : activeRaters)
            m_active[index(id)] = 1;
        m_answered.assign(m_raters.size(), {});
        m_unitsOf.assign(m_raters.size(), {});
        m_load.assign(m_raters.size(), 0);
        m_ratersOfItem.resize(previous.m_items.size());
        for (std::size_t i = 0; i < previous.m_items.size(); ++i)
            for (std::size_t r : previous.m_ratersOfItem[i])
                m_ratersOfItem[i].push_back(index(previous.m_raters[r]));
        m_unitOfItem.assign(previous.m_items.size(), std::size_t(-1));
        for (std::size_t u = 0; u < previous.m_units.size(); ++u)
            for (std::size_t i : previous.m_units[u]) {
                m_unitOfItem[i] = u;
                for (std::size_t r : m_ratersOfItem[i]) {
                    m_unitsOf[r].insert(u);
                    ++m_load[r];
                }
            }
        for (const auto &unit : previous.m_units)
            m_largestUnit = std::max(m_largestUnit, unit.size());
    }

    // Records the answers; a problem (and no design) for answers the design does not know.
    bool takeAnswers(const std::map<std::string, std::set<std::string>> &answered,
                     RebalanceResult &out)
    {
        for (const auto &[rater, items] : answered) {
            const auto r = m_prev.raterIndex(rater);
            if (!r) {
                out.problems.push_back("answers from \"" + rater +
                                       "\", who is not a rater of the design");
                return false;
            }
            for (const auto &id : items) {
                const auto i = m_prev.itemIndex(id);
                const auto &holders = i ? m_prev.m_ratersOfItem[*i] : std::vector<std::size_t>{};
                if (!i || std::find(holders.begin(), holders.end(), *r) == holders.end()) {
                    out.problems.push_back("rater \"" + rater + "\" answered \"" + id +
                                           "\", which the design did not assign to them");
                    return false;
                }
                m_answered[index(rater)].insert(*i);
            }
        }
        return true;
    }

    void run(RebalanceResult &out)
    {
        const auto activeCount = std::size_t(std::count(m_active.begin(), m_active.end(), 1));
        if (activeCount < std::size_t(m_prev.m_k))
            out.problems.push_back("only " + std::to_string(activeCount) +
                                   " active raters for raters_per_item " +
                                   std::to_string(m_prev.m_k) + ": some items keep fewer raters");
        moveCalibration(out);
        moveAwayFromInactive(out);
        evenLoads(out);
        AssignmentDesign d = m_prev;
        d.m_raters = m_raters;
        d.m_ratersOfItem = m_ratersOfItem;
        d.finish();
        out.design = std::move(d);
    }

private:
    std::size_t index(const std::string &id) const
    {
        return std::size_t(std::lower_bound(m_raters.begin(), m_raters.end(), id) -
                           m_raters.begin());
    }
    bool holds(std::size_t r, std::size_t item) const
    {
        const auto &rs = m_ratersOfItem[item];
        return std::find(rs.begin(), rs.end(), r) != rs.end();
    }
    bool holdsAnyOf(std::size_t r, std::size_t unit) const
    {
        const auto &items = m_prev.m_units[unit];
        return std::any_of(items.begin(), items.end(), [&](std::size_t i) { return holds(r, i); });
    }

    void move(const std::vector<std::size_t> &items, std::size_t from, std::size_t to,
              RebalanceResult &out)
    {
        for (std::size_t i : items) {
            std::replace(m_ratersOfItem[i].begin(), m_ratersOfItem[i].end(), from, to);
            out.moves.push_back({m_prev.m_items[i].id, m_raters[from], m_raters[to]});
        }
        const std::size_t unit = m_unitOfItem[items.front()];
        m_load[from] -= items.size();
        m_load[to] += items.size();
        m_unitsOf[to].insert(unit);
        if (!holdsAnyOf(from, unit))
            m_unitsOf[from].erase(unit);
    }

    // Every active rater has every calibration item; an inactive rater's unanswered ones go.
    void moveCalibration(RebalanceResult &out)
    {
        for (std::size_t i = 0; i < m_prev.m_items.size(); ++i) {
            if (!m_prev.m_calibration[i])
                continue;
            auto &rs = m_ratersOfItem[i];
            for (std::size_t r = 0; r < m_raters.size(); ++r) {
                const bool has = holds(r, i);
                if (has && !m_active[r] && !m_answered[r].count(i)) {
                    rs.erase(std::find(rs.begin(), rs.end(), r));
                    out.moves.push_back({m_prev.m_items[i].id, m_raters[r], {}});
                } else if (!has && m_active[r]) {
                    rs.push_back(r);
                    out.moves.push_back({m_prev.m_items[i].id, {}, m_raters[r]});
                }
            }
        }
    }

    // The least loaded active rater holding none of `unit` (none of `items` at worst).
    std::optional<std::size_t> target(std::size_t unit, const std::vector<std::size_t> &items) const
    {
        std::optional<std::size_t> best;
        bool bestKeepsTurn = false;
        for (std::size_t r = 0; r < m_raters.size(); ++r) {
            if (!m_active[r] ||
                std::any_of(items.begin(), items.end(), [&](std::size_t i) { return holds(r, i); }))
                continue;
            const bool keepsTurn = !holdsAnyOf(r, unit);
            if (!best || (keepsTurn && !bestKeepsTurn) ||
                (keepsTurn == bestKeepsTurn && m_load[r] < m_load[*best])) {
                best = r;
                bestKeepsTurn = keepsTurn;
            }
        }
        return best;
    }

    void moveAwayFromInactive(RebalanceResult &out)
    {
        for (std::size_t u = 0; u < m_prev.m_units.size(); ++u)
            for (std::size_t r = 0; r < m_raters.size(); ++r) {
                if (m_active[r] || !m_unitsOf[r].count(u))
                    continue;
                std::vector<std::size_t> open;
                for (std::size_t i : m_prev.m_units[u])
                    if (holds(r, i) && !m_answered[r].count(i))
                        open.push_back(i);
                if (open.empty())
                    continue;
                if (const auto to = target(u, open))
                    move(open, r, *to, out);
                else
                    out.problems.push_back("no active rater free to take \"" +
                                           m_prev.m_items[open.front()].id + "\" from \"" +
                                           m_raters[r] + "\": it keeps fewer raters");
            }
    }

    // Unanswered items the rater holds in the unit, or nothing when any of them is answered
    // (moving part of a turn would split it) unless allowPartial.
    std::vector<std::size_t> movable(std::size_t r, std::size_t unit, bool allowPartial) const
    {
        std::vector<std::size_t> open;
        for (std::size_t i : m_prev.m_units[unit]) {
            if (!holds(r, i))
                continue;
            if (m_answered[r].count(i)) {
                if (!allowPartial)
                    return {};
                continue;
            }
            open.push_back(i);
        }
        return open;
    }

    // Moves blocks from the most to the least loaded active rater while that narrows their gap,
    // until loads differ by at most the largest unit (one item without turn groups).
    void evenLoads(RebalanceResult &out)
    {
        for (;;) {
            std::optional<std::size_t> hi, lo;
            for (std::size_t r = 0; r < m_raters.size(); ++r) {
                if (!m_active[r])
                    continue;
                if (!hi || m_load[r] > m_load[*hi])
                    hi = r;
                if (!lo || m_load[r] < m_load[*lo])
                    lo = r;
            }
            if (!hi || m_load[*hi] - m_load[*lo] <= m_largestUnit)
                return;
            const std::size_t gap = m_load[*hi] - m_load[*lo];
            bool moved = false;
            for (bool allowPartial : {false, true}) {
                for (std::size_t u : m_unitsOf[*hi]) {
                    if (holdsAnyOf(*lo, u))
                        continue;
                    const auto block = movable(*hi, u, allowPartial);
                    if (!block.empty() && block.size() < gap) {
                        move(block, *hi, *lo, out);
                        moved = true;
                        break;
                    }
                }
                if (moved)
                    break;
            }
            if (!moved) {
                out.problems.push_back("loads stay uneven: \"" + m_raters[*hi] + "\" has " +
                                       std::to_string(m_load[*hi]) + " items, \"" + m_raters[*lo] +
                                       "\" " + std::to_string(m_load[*lo]) +
                                       ", and nothing unanswered can move");
                return;
            }
        }
    }

    const AssignmentDesign &m_prev;
    std::vector<std::string> m_raters;
    std::vector<char> m_active;
    std::vector<std::set<std::size_t>> m_answered;
    std::vector<std::set<std::size_t>> m_unitsOf;
    std::vector<std::size_t> m_load;
    std::vector<std::vector<std::size_t>> m_ratersOfItem;
    std::vector<std::size_t> m_unitOfItem;
    std::size_t m_largestUnit = 1;
};

RebalanceResult
AssignmentDesign::rebalance(const AssignmentDesign &previous,
                            const std::map<std::string, std::set<std::string>> &answered,
                            const std::vector<std::string> &activeRaters)
{
    RebalanceResult out;
    std::set<std::string> seen;
    for (const auto &id : activeRaters)
        if (id.empty() || !seen.insert(id).second) {
            out.problems.push_back(id.empty() ? "an active rater has an empty id"
                                              : "active rater \"" + id + "\" is listed twice");
            return out;
        }
    DesignRebalancer rebalancer(previous, activeRaters);
    if (rebalancer.takeAnswers(answered, out))
        rebalancer.run(out);
    return out;
}

} // namespace avemo::design
