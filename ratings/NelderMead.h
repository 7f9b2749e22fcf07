#pragma once

#include <cstddef>
#include <functional>
#include <vector>

namespace avemo::ratings {

struct Minimum
{
    std::vector<double> x;
    double value = 0.0;
    std::size_t evaluations = 0;
    bool converged = false;
};

// Nelder-Mead simplex (Nelder & Mead 1965; coefficients of Lagarias et al. 1998) for a handful
// of unbounded parameters. Stops when the simplex is smaller than xTolerance in every
// coordinate and its values differ by less than fTolerance (relative to 1 + |best value|); then
// restarts once from the best point, the usual guard against a collapsed simplex. NaN values count
// as +infinity.
Minimum minimizeNelderMead(const std::function<double(const std::vector<double> &)> &f,
                           std::vector<double> start, double step, double xTolerance,
                           double fTolerance, std::size_t maxEvaluations);

} // namespace avemo::ratings
