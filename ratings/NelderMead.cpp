#include "NelderMead.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace avemo::ratings {

namespace {

struct Simplex
{
    std::vector<std::vector<double>> points;
    std::vector<double> values;
};

class Search
{
public:
    Search(const std::function<double(const std::vector<double> &)> &f, std::size_t budget)
        : m_f(f)
        , m_budget(budget)
    {
    }

    double value(const std::vector<double> &x)
    {
        ++m_evaluations;
        const double v = m_f(x);
        return std::isnan(v) ? std::numeric_limits<double>::infinity() : v;
    }

    bool exhausted() const { return m_evaluations >= m_budget; }
    std::size_t evaluations() const { return m_evaluations; }

    // One run from start; true when it met the tolerances.
    bool run(std::vector<double> &best, double &bestValue, double step, double xTol, double fTol)
    {
        const std::size_t n = best.size();
        Simplex s;
        s.points.push_back(best);
        s.values.push_back(bestValue);
        for (std::size_t i = 0; i < n; ++i) {
            auto p = best;
            p[i] += step;
            s.points.push_back(p);
            s.values.push_back(value(p));
        }
        while (!exhausted()) {
            std::vector<std::size_t> order(n + 1);
            std::iota(order.begin(), order.end(), 0);
            std::sort(order.begin(), order.end(),
                      [&](std::size_t a, std::size_t b) { return s.values[a] < s.values[b]; });
            const auto &lo = s.points[order.front()];
            const std::size_t hi = order.back(), second = order[n - 1];
            if (converged(s, lo, xTol, fTol, order)) {
                best = lo;
                bestValue = s.values[order.front()];
                return true;
            }
            std::vector<double> centroid(n, 0.0);
            for (std::size_t k = 0; k < n; ++k)
                for (std::size_t i = 0; i < n; ++i)
                    centroid[i] += s.points[order[k]][i] / double(n);
            auto along = [&](double t) {
                std::vector<double> p(n);
                for (std::size_t i = 0; i < n; ++i)
                    p[i] = centroid[i] + t * (s.points[hi][i] - centroid[i]);
                return p;
            };
            const auto reflected = along(-1.0);
            const double fr = value(reflected);
            if (fr < s.values[order.front()]) {
                const auto expanded = along(-2.0);
                const double fe = value(expanded);
                replace(s, hi, fe < fr ? expanded : reflected, std::min(fe, fr));
            } else if (fr < s.values[second]) {
                replace(s, hi, reflected, fr);
            } else {
                const bool outside = fr < s.values[hi];
                const auto contracted = along(outside ? -0.5 : 0.5);
                const double fc = value(contracted);
                if (fc < (outside ? fr : s.values[hi])) {
                    replace(s, hi, contracted, fc);
                } else { // shrink towards the best point
                    const auto bestPoint = s.points[order.front()];
                    for (std::size_t k = 1; k <= n; ++k) {
                        auto &p = s.points[order[k]];
                        for (std::size_t i = 0; i < n; ++i)
                            p[i] = bestPoint[i] + 0.5 * (p[i] - bestPoint[i]);
                        s.values[order[k]] = value(p);
                    }
                }
            }
        }
        const auto bestAt = std::min_element(s.values.begin(), s.values.end()) - s.values.begin();
        best = s.points[std::size_t(bestAt)];
        bestValue = s.values[std::size_t(bestAt)];
        return false;
    }

private:
    static void replace(Simplex &s, std::size_t index, const std::vector<double> &p, double v)
    {
        s.points[index] = p;
        s.values[index] = v;
    }

    static bool converged(const Simplex &s, const std::vector<double> &lo, double xTol, double fTol,
                          const std::vector<std::size_t> &order)
    {
        if (!(s.values[order.back()] - s.values[order.front()] <=
              fTol * (1.0 + std::fabs(s.values[order.front()]))))
            return false;
        for (const auto &p : s.points)
            for (std::size_t i = 0; i < p.size(); ++i)
                if (std::fabs(p[i] - lo[i]) > xTol)
                    return false;
        return true;
    }

    const std::function<double(const std::vector<double> &)> &m_f;
    std::size_t m_budget;
    std::size_t m_evaluations = 0;
};

} // namespace

Minimum minimizeNelderMead(const std::function<double(const std::vector<double> &)> &f,
                           std::vector<double> start, double step, double xTolerance,
                           double fTolerance, std::size_t maxEvaluations)
{
    Search search(f, maxEvaluations);
    Minimum m;
    m.x = std::move(start);
    m.value = search.value(m.x);
    const bool first = search.run(m.x, m.value, step, xTolerance, fTolerance);
    // The restart uses a step well above the tolerance so a collapsed simplex gets a new look.
    const bool second =
        search.run(m.x, m.value, std::max(step * 0.1, 100 * xTolerance), xTolerance, fTolerance);
    m.converged = first && second;
    m.evaluations = search.evaluations();
    return m;
}

} // namespace avemo::ratings
