#include "design/RaterGraph.h"

#include <queue>

#include <algorithm>
#include <numeric>
#include <optional>

namespace avemo::design {

namespace {

class UnionFind
{
public:
    explicit UnionFind(std::size_t n)
        : m_parent(n)
    {
        std::iota(m_parent.begin(), m_parent.end(), 0);
    }
    std::size_t find(std::size_t x)
    {
        while (m_parent[x] != x)
            x = m_parent[x] = m_parent[m_parent[x]];
        return x;
    }
    void join(std::size_t a, std::size_t b) { m_parent[find(a)] = find(b); }

private:
    std::vector<std::size_t> m_parent;
};

struct Edge
{
    std::size_t rater;
    std::size_t unit;
};

// An edge (rater, unit) that is not in a breadth-first spanning tree of the component holding
// `start`, i.e. one on a cycle: removing it leaves the component connected.
std::optional<Edge> edgeOnCycle(std::size_t start,
                                const std::vector<std::vector<std::size_t>> &unitRaters,
                                const std::vector<std::vector<std::size_t>> &unitsOfRater)
{
    constexpr std::size_t none = std::size_t(-1);
    std::vector<std::size_t> raterParent(unitsOfRater.size(), none); // the unit it was reached by
    std::vector<std::size_t> unitParent(unitRaters.size(), none);    // the rater it was reached by
    std::vector<char> raterSeen(unitsOfRater.size(), 0), unitSeen(unitRaters.size(), 0);
    std::queue<std::size_t> raters;
    raters.push(start);
    raterSeen[start] = 1;
    while (!raters.empty()) {
        const std::size_t r = raters.front();
        raters.pop();
        for (std::size_t u : unitsOfRater[r]) {
            if (u == raterParent[r])
                continue;
            if (unitSeen[u])
                return Edge{r, u};
            unitSeen[u] = 1;
            unitParent[u] = r;
            for (std::size_t other : unitRaters[u]) {
                if (other == r)
                    continue;
                if (raterSeen[other])
                    return Edge{other, u};
                raterSeen[other] = 1;
                raterParent[other] = u;
                raters.push(other);
            }
        }
    }
    return std::nullopt;
}

} // namespace

std::size_t RaterGraph::components(const std::vector<std::vector<std::size_t>> &unitRaters,
                                   std::size_t raters, std::vector<std::size_t> *componentOf)
{
    UnionFind uf(raters);
    for (const auto &rs : unitRaters)
        for (std::size_t i = 1; i < rs.size(); ++i)
            uf.join(rs[0], rs[i]);
    std::vector<std::size_t> label(raters, std::size_t(-1));
    std::size_t count = 0;
    for (std::size_t r = 0; r < raters; ++r) {
        const std::size_t root = uf.find(r);
        if (label[root] == std::size_t(-1))
            label[root] = count++;
    }
    if (componentOf) {
        componentOf->resize(raters);
        for (std::size_t r = 0; r < raters; ++r)
            (*componentOf)[r] = label[uf.find(r)];
    }
    return count;
}

std::size_t RaterGraph::connect(std::vector<std::vector<std::size_t>> &unitRaters,
                                const std::vector<std::vector<std::size_t>> &units,
                                std::size_t raters)
{
    std::vector<std::size_t> componentOf;
    std::size_t count = components(unitRaters, raters, &componentOf);
    while (count > 1) {
        std::vector<std::vector<std::size_t>> unitsOfRater(raters);
        for (std::size_t u = 0; u < unitRaters.size(); ++u)
            for (std::size_t r : unitRaters[u])
                unitsOfRater[r].push_back(u);
        bool swapped = false;
        std::vector<char> tried(count, 0);
        for (std::size_t start = 0; start < raters && !swapped; ++start) {
            if (tried[componentOf[start]])
                continue;
            tried[componentOf[start]] = 1;
            const auto edge = edgeOnCycle(start, unitRaters, unitsOfRater);
            if (!edge)
                continue;
            const std::size_t size = units[edge->unit].size();
            for (std::size_t v = 0; v < unitRaters.size() && !swapped; ++v) {
                if (units[v].size() != size ||
                    componentOf[unitRaters[v].front()] == componentOf[start])
                    continue;
                const std::size_t b = unitRaters[v].front();
                std::replace(unitRaters[edge->unit].begin(), unitRaters[edge->unit].end(),
                             edge->rater, b);
                std::replace(unitRaters[v].begin(), unitRaters[v].end(), b, edge->rater);
                std::sort(unitRaters[edge->unit].begin(), unitRaters[edge->unit].end());
                std::sort(unitRaters[v].begin(), unitRaters[v].end());
                swapped = true;
            }
        }
        if (!swapped)
            break;
        count = components(unitRaters, raters, &componentOf);
    }
    return count;
}

} // namespace avemo::design
