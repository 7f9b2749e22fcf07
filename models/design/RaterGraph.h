#pragma once
// The rater graph of a design: raters are linked when they share an item. Agreement and rater
// effects can be estimated across all raters only when it is connected.
#include <cstddef>
#include <vector>

namespace avemo::design {

class RaterGraph
{
public:
    // Component of each rater (union-find over the raters of every unit); returns the count.
    static std::size_t components(const std::vector<std::vector<std::size_t>> &unitRaters,
                                  std::size_t raters,
                                  std::vector<std::size_t> *componentOf = nullptr);

    // Joins components by swapping one rater between two units of equal size, so no load and no
    // unit's rater count changes. Each swap takes the rater from an edge on a cycle of the
    // rater-unit graph, which keeps its own component connected, so every swap joins two
    // components; a cycle exists while the graph is split whenever units * (k - 1) >= raters.
    // Returns the number of components left (1 unless no unit of a matching size exists).
    static std::size_t connect(std::vector<std::vector<std::size_t>> &unitRaters,
                               const std::vector<std::vector<std::size_t>> &units,
                               std::size_t raters);
};

} // namespace avemo::design
