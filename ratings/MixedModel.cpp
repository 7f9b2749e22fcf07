#include "MixedModel.h"

#include "Distributions.h"
#include "NelderMead.h"
#include "RemlCriterion.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>
#include <type_traits>

namespace avemo::ratings {

namespace {

// Below this ratio of SDs a variance component is reported as zero (on the boundary); lme4
// reports the same fits with theta around 1e-8 or exactly 0.
constexpr double kBoundaryTheta = 1e-6;
// A ratio below this is also tried on the boundary (0): the criterion is flat to rounding there.
constexpr double kNearBoundary = 1e-2;
// The search stays below this ratio of SDs: a residual SD a millionth of the rater's or item's
// means the scores have no residual variation worth the name.
constexpr double kMaxTheta = 1e6;
// A residual variance below this share of the scores' variance counts as none.
constexpr double kNoResidual = 1e-10;

using Parameters = std::array<double, 3>; // theta rater, theta item, sigma

// Central differences with one Richardson step (error O(h^4)): accurate enough that the
// Satterthwaite df agree with lmerTest's (numDeriv, also Richardson) to many digits.
class NumericalDerivatives
{
public:
    static double step(double x) { return 1e-3 * std::max(std::fabs(x), 0.1); }

    template <typename F>
    static std::decay_t<std::invoke_result_t<F, Parameters>>
    firstDerivative(const F &f, Parameters x, std::size_t i)
    {
        using Value = std::decay_t<std::invoke_result_t<F, Parameters>>;
        const double h = step(x[i]);
        auto central = [&](double hh) -> Value {
            Parameters up = x, down = x;
            up[i] += hh;
            down[i] -= hh;
            return (f(up) - f(down)) / (2 * hh);
        };
        const Value coarse = central(h);
        const Value fine = central(h / 2);
        return Value((4 * fine - coarse) / 3);
    }

    template <typename F>
    static double secondDerivative(const F &f, Parameters x, std::size_t i, std::size_t j)
    {
        auto g = [&](const Parameters &y) { return firstDerivative(f, y, j); };
        return firstDerivative(g, x, i);
    }
};

double satterthwaiteDf(double variance, const Eigen::Vector3d &gradient,
                       const Eigen::Matrix3d &parameterCovariance)
{
    const double denominator = gradient.dot(parameterCovariance * gradient);
    if (!(denominator > 0.0))
        return NAN;
    return 2.0 * variance * variance / denominator;
}

// The gradient and Hessian of f in the coordinates index (numerical derivatives), for the
// Newton polish and the optimality check alike.
template <typename F>
void derivatives(const F &f, const Parameters &theta, const std::vector<std::size_t> &index,
                 Eigen::VectorXd &gradient, Eigen::MatrixXd &hessian)
{
    const Eigen::Index k = Eigen::Index(index.size());
    gradient.resize(k);
    hessian.resize(k, k);
    for (Eigen::Index a = 0; a < k; ++a) {
        gradient(a) = NumericalDerivatives::firstDerivative(f, theta, index[std::size_t(a)]);
        for (Eigen::Index b = 0; b <= a; ++b)
            hessian(a, b) = hessian(b, a) = NumericalDerivatives::secondDerivative(
                f, theta, index[std::size_t(a)], index[std::size_t(b)]);
    }
}

// The simplex ends where the criterion is flat to rounding, which can leave a ratio 1e-6 from the
// optimum; a few Newton steps on the free ratios (numerical derivatives) take it to ~1e-10.
void polishByNewton(const RemlCriterion &criterion, Parameters &theta, std::array<bool, 2> free)
{
    auto f = [&](const Parameters &x) {
        const auto e = criterion.evaluate(x[0], x[1]);
        return e.ok ? e.deviance : NAN;
    };
    std::vector<std::size_t> index;
    for (std::size_t i = 0; i < 2; ++i)
        if (free[i])
            index.push_back(i);
    if (index.empty())
        return;
    double current = f(theta);
    for (int iteration = 0; iteration < 8; ++iteration) {
        Eigen::VectorXd gradient;
        Eigen::MatrixXd hessian;
        derivatives(f, theta, index, gradient, hessian);
        const Eigen::LLT<Eigen::MatrixXd> llt(hessian);
        if (llt.info() != Eigen::Success)
            return;
        const Eigen::VectorXd step = llt.solve(gradient);
        Parameters next = theta;
        for (Eigen::Index a = 0; a < step.size(); ++a)
            next[index[std::size_t(a)]] -= step(a);
        const double value = f(next);
        // Near the optimum the criterion is flat to rounding (1e-13): a tiny step is taken on
        // the strength of the gradient even if the value does not visibly fall.
        const bool tiny = step.cwiseAbs().maxCoeff() < 1e-4;
        if (!(value <= current) && !(tiny && value <= current + 1e-10 * (1.0 + std::fabs(current))))
            return;
        theta = next;
        current = value;
        if (step.cwiseAbs().maxCoeff() < 1e-12)
            return;
    }
}

// Whether theta is a minimum of the profiled criterion over theta >= 0 (the Karush-Kuhn-Tucker
// conditions, checked numerically): at a free ratio the deviance is stationary (the Newton
// decrement g'H^-1 g, the fall a further Newton step promises, is below 1e-6) with a positive
// definite Hessian; at a ratio on the boundary the deviance does not fall when the ratio moves
// off 0 (the criterion is even in each ratio, so its slope there is 0 and its curvature must
// not be negative). This, not the size of the simplex, says whether the fit converged: in a
// direction where the criterion is flat to rounding (a singular fit) no simplex gets small.
bool isConstrainedMinimum(const RemlCriterion &criterion, const Parameters &theta,
                          std::array<bool, 2> free)
{
    auto f = [&](const Parameters &x) {
        const auto e = criterion.evaluate(x[0], x[1]);
        return e.ok ? e.deviance : NAN;
    };
    const double at = f(theta);
    if (!std::isfinite(at))
        return false;
    std::vector<std::size_t> index;
    for (std::size_t i = 0; i < 2; ++i) {
        if (free[i]) {
            index.push_back(i);
            continue;
        }
        Parameters off = theta;
        off[i] = 1e-3;
        if (!(f(off) >= at - 1e-9 * (1.0 + std::fabs(at))))
            return false;
    }
    if (index.empty())
        return true;
    Eigen::VectorXd gradient;
    Eigen::MatrixXd hessian;
    derivatives(f, theta, index, gradient, hessian);
    const Eigen::LLT<Eigen::MatrixXd> llt(hessian);
    if (llt.info() != Eigen::Success || !gradient.allFinite())
        return false;
    return gradient.dot(llt.solve(gradient)) < 1e-6;
}

// The sample variance of all scores: the scale against which a residual variance counts as 0.
double totalVariance(const RatingTable &table)
{
    double sum = 0.0, sumSquares = 0.0;
    for (const Rating &r : table.ratings())
        sum += r.value;
    const double mean = sum / double(table.ratingCount());
    for (const Rating &r : table.ratings())
        sumSquares += (r.value - mean) * (r.value - mean);
    return sumSquares / double(table.ratingCount() - 1);
}

} // namespace

std::vector<double> holmAdjust(const std::vector<double> &p)
{
    const std::size_t m = p.size();
    std::vector<std::size_t> order(m);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](auto a, auto b) { return p[a] < p[b]; });
    std::vector<double> adjusted(m);
    double running = 0.0;
    for (std::size_t k = 0; k < m; ++k) {
        running = std::max(running, std::min(1.0, double(m - k) * p[order[k]]));
        adjusted[order[k]] = running;
    }
    return adjusted;
}

Result<MixedModelFit> fitMixedModel(const RatingTable &table, double confidence)
{
    if (table.raterCount() < 2 || table.itemCount() < 2)
        return Result<MixedModelFit>::fail("the mixed model needs at least two raters and two "
                                           "items");
    if (table.ratingCount() <= table.groupCount() + 2)
        return Result<MixedModelFit>::fail("the mixed model needs more ratings than systems + 2");
    const double variance = totalVariance(table);
    if (!(variance > 0.0))
        return Result<MixedModelFit>::fail("every score is the same: there is no variance to "
                                           "split between raters, items and residual");
    const RemlCriterion criterion(table);
    const double dfResidual = double(criterion.observations() - criterion.fixedEffects());
    auto profiled = [&](const std::vector<double> &theta) {
        if (std::fabs(theta[0]) > kMaxTheta || std::fabs(theta[1]) > kMaxTheta)
            return double(NAN); // a wall, so that a criterion without a minimum stops the search
        const auto e = criterion.evaluate(theta[0], theta[1]);
        return e.ok ? e.deviance : NAN;
    };
    // lme4 starts at theta = 1 too. The simplex only has to get near the optimum: Newton steps
    // finish the job and isConstrainedMinimum() judges convergence.
    const Minimum minimum = minimizeNelderMead(profiled, {1.0, 1.0}, 0.5, 1e-7, 1e-12, 5000);
    const auto found = criterion.evaluate(minimum.x[0], minimum.x[1]);
    // Scores that are exactly system + rater + item effects (every rater gives each system the
    // same score up to their own offset) leave no residual: the criterion falls without end as
    // sigma goes to 0, so there is no REML estimate (lme4 stops with a failed convergence check).
    if (!found.ok || found.penalizedRss / dfResidual <= kNoResidual * variance)
        return Result<MixedModelFit>::fail(
            "no residual variation: the scores are exactly system + rater + item effects, so "
            "the REML criterion has no minimum (add ratings or use the plain MOS)");

    // Candidates: the simplex's point, and that point with each ratio near 0 put on the
    // boundary (the profile over the boundary); each polished, the lowest deviance wins, a tie
    // going to the boundary (the smaller model, as lme4 reports such fits).
    const Parameters searched{std::fabs(minimum.x[0]), std::fabs(minimum.x[1]), 0.0};
    Parameters theta = searched;
    std::array<bool, 2> free{true, true};
    double bestDeviance = INFINITY;
    for (int mask = 0; mask < 4; ++mask) {
        const std::array<bool, 2> snapped{(mask & 1) != 0, (mask & 2) != 0};
        if ((snapped[0] && searched[0] > kNearBoundary) ||
            (snapped[1] && searched[1] > kNearBoundary))
            continue;
        Parameters candidate = searched;
        for (std::size_t i = 0; i < 2; ++i)
            if (snapped[i])
                candidate[i] = 0.0;
        polishByNewton(criterion, candidate, {!snapped[0], !snapped[1]});
        for (std::size_t i = 0; i < 2; ++i)
            candidate[i] = std::fabs(candidate[i]);
        const auto e = criterion.evaluate(candidate[0], candidate[1]);
        if (!e.ok)
            continue;
        const double tie =
            std::isfinite(bestDeviance) ? 1e-10 * (1.0 + std::fabs(bestDeviance)) : 0.0;
        const bool moreOnBoundary =
            int(snapped[0]) + int(snapped[1]) > int(!free[0]) + int(!free[1]);
        if (e.deviance < bestDeviance - tie ||
            (e.deviance <= bestDeviance + tie && moreOnBoundary)) {
            bestDeviance = std::min(bestDeviance, e.deviance);
            theta = candidate;
            free = {!snapped[0], !snapped[1]};
        }
    }
    for (std::size_t i = 0; i < 2; ++i)
        if (free[i] && theta[i] < kBoundaryTheta) {
            theta[i] = 0.0;
            free[i] = false;
        }
    if (!std::isfinite(bestDeviance) || !isConstrainedMinimum(criterion, theta, free))
        return Result<MixedModelFit>::fail(
            "the REML fit did not converge: no minimum of the REML criterion was found "
            "(the plain MOS above is unaffected)");

    MixedModelFit fit;
    fit.raterAtBoundary = !free[0];
    fit.itemAtBoundary = !free[1];
    const double thetaRater = theta[0], thetaItem = theta[1];
    const auto best = criterion.evaluate(thetaRater, thetaItem);
    const double sigma2 = best.penalizedRss / dfResidual;
    fit.residualVariance = sigma2;
    fit.raterVariance = thetaRater * thetaRater * sigma2;
    fit.itemVariance = thetaItem * thetaItem * sigma2;
    fit.remlCriterion = best.deviance;
    fit.observations = criterion.observations();
    fit.raters = criterion.raters();
    fit.items = criterion.items();
    fit.evaluations = minimum.evaluations;
    fit.confidence = confidence;

    // Satterthwaite: the covariance of (theta_rater, theta_item, sigma) is twice the inverse
    // Hessian of the unprofiled REML deviance; the variance of a contrast c'beta is
    // sigma^2 c' M^-1 c, differentiated numerically. Parameters on the boundary stay fixed
    // (their derivatives vanish by symmetry; lmerTest leaves them out as well).
    const Parameters at{thetaRater, thetaItem, std::sqrt(sigma2)};
    const std::array<bool, 3> estimated{!fit.raterAtBoundary, !fit.itemAtBoundary, true};
    auto deviance = [&](const Parameters &x) { return criterion.deviance(x[0], x[1], x[2]); };
    Eigen::Matrix3d hessian = Eigen::Matrix3d::Identity();
    for (std::size_t i = 0; i < 3; ++i)
        for (std::size_t j = 0; j <= i; ++j)
            if (estimated[i] && estimated[j])
                hessian(Eigen::Index(i), Eigen::Index(j)) =
                    hessian(Eigen::Index(j), Eigen::Index(i)) =
                        NumericalDerivatives::secondDerivative(deviance, at, i, j);
    Eigen::Matrix3d parameterCovariance = 2.0 * hessian.inverse();
    for (std::size_t i = 0; i < 3; ++i)
        if (!estimated[i]) {
            parameterCovariance.row(Eigen::Index(i)).setZero();
            parameterCovariance.col(Eigen::Index(i)).setZero();
        }
    auto covariance = [&](const Parameters &x) -> Eigen::MatrixXd {
        const auto e = criterion.evaluate(x[0], x[1]);
        return x[2] * x[2] * e.mInverse;
    };
    std::array<Eigen::MatrixXd, 3> jacobian;
    for (std::size_t i = 0; i < 3; ++i)
        jacobian[i] = estimated[i]
                          ? NumericalDerivatives::firstDerivative(covariance, at, i)
                          : Eigen::MatrixXd::Zero(best.mInverse.rows(), best.mInverse.cols());
    const Eigen::MatrixXd vcov = sigma2 * best.mInverse;
    const double alpha = 1.0 - confidence;
    auto contrastDf = [&](const Eigen::VectorXd &c) {
        Eigen::Vector3d gradient;
        for (std::size_t i = 0; i < 3; ++i)
            gradient(Eigen::Index(i)) = c.dot(jacobian[i] * c);
        return satterthwaiteDf(c.dot(vcov * c), gradient, parameterCovariance);
    };

    const Eigen::Index p = Eigen::Index(table.groupCount());
    std::vector<std::size_t> counts(table.groupCount(), 0);
    for (const Rating &r : table.ratings())
        ++counts[r.group];
    for (Eigen::Index g = 0; g < p; ++g) {
        MixedGroupEstimate estimate;
        estimate.estimate = best.beta(g);
        estimate.se = std::sqrt(vcov(g, g));
        estimate.df = contrastDf(Eigen::VectorXd::Unit(p, g));
        const double half = dist::studentTQuantile(1.0 - alpha / 2, estimate.df) * estimate.se;
        estimate.ciLow = estimate.estimate - half;
        estimate.ciHigh = estimate.estimate + half;
        estimate.n = counts[std::size_t(g)];
        fit.groups.push_back(estimate);
    }
    std::vector<double> pValues;
    for (Eigen::Index a = 0; a < p; ++a)
        for (Eigen::Index b = a + 1; b < p; ++b) {
            const Eigen::VectorXd c = Eigen::VectorXd::Unit(p, a) - Eigen::VectorXd::Unit(p, b);
            MixedContrast contrast;
            contrast.a = std::size_t(a);
            contrast.b = std::size_t(b);
            contrast.estimate = c.dot(best.beta);
            contrast.se = std::sqrt(c.dot(vcov * c));
            contrast.df = contrastDf(c);
            contrast.t = contrast.estimate / contrast.se;
            contrast.p = dist::studentTTwoSidedP(contrast.t, contrast.df);
            pValues.push_back(contrast.p);
            fit.contrasts.push_back(contrast);
        }
    const auto adjusted = holmAdjust(pValues);
    for (std::size_t k = 0; k < adjusted.size(); ++k)
        fit.contrasts[k].pHolm = adjusted[k];
    return Result<MixedModelFit>::ok(std::move(fit));
}

} // namespace avemo::ratings
