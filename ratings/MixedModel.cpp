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
    const Eigen::Index k = Eigen::Index(index.size());
    double current = f(theta);
    for (int iteration = 0; iteration < 8; ++iteration) {
        Eigen::VectorXd gradient(k);
        Eigen::MatrixXd hessian(k, k);
        for (Eigen::Index a = 0; a < k; ++a) {
            gradient(a) = NumericalDerivatives::firstDerivative(f, theta, index[std::size_t(a)]);
            for (Eigen::Index b = 0; b <= a; ++b)
                hessian(a, b) = hessian(b, a) = NumericalDerivatives::secondDerivative(
                    f, theta, index[std::size_t(a)], index[std::size_t(b)]);
        }
        const Eigen::LLT<Eigen::MatrixXd> llt(hessian);
        if (llt.info() != Eigen::Success)
            return;
        const Eigen::VectorXd step = llt.solve(gradient);
        Parameters next = theta;
        for (Eigen::Index a = 0; a < k; ++a)
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
    const RemlCriterion criterion(table);
    auto profiled = [&](const std::vector<double> &theta) {
        const auto e = criterion.evaluate(theta[0], theta[1]);
        return e.ok ? e.deviance : NAN;
    };
    // lme4 starts at theta = 1 too; the tolerances are far below what the 1e-6 checks need.
    const Minimum minimum = minimizeNelderMead(profiled, {1.0, 1.0}, 0.5, 1e-9, 1e-12, 5000);
    if (!minimum.converged)
        return Result<MixedModelFit>::fail("the REML fit did not converge");

    MixedModelFit fit;
    Parameters theta{std::fabs(minimum.x[0]), std::fabs(minimum.x[1]), 0.0};
    fit.raterAtBoundary = theta[0] < kBoundaryTheta;
    fit.itemAtBoundary = theta[1] < kBoundaryTheta;
    if (fit.raterAtBoundary)
        theta[0] = 0.0;
    if (fit.itemAtBoundary)
        theta[1] = 0.0;
    polishByNewton(criterion, theta, {!fit.raterAtBoundary, !fit.itemAtBoundary});
    const double thetaRater = theta[0], thetaItem = theta[1];
    const auto best = criterion.evaluate(thetaRater, thetaItem);
    const double dfResidual = double(criterion.observations() - criterion.fixedEffects());
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
    const std::array<bool, 3> free{!fit.raterAtBoundary, !fit.itemAtBoundary, true};
    auto deviance = [&](const Parameters &x) { return criterion.deviance(x[0], x[1], x[2]); };
    Eigen::Matrix3d hessian = Eigen::Matrix3d::Identity();
    for (std::size_t i = 0; i < 3; ++i)
        for (std::size_t j = 0; j <= i; ++j)
            if (free[i] && free[j])
                hessian(Eigen::Index(i), Eigen::Index(j)) =
                    hessian(Eigen::Index(j), Eigen::Index(i)) =
                        NumericalDerivatives::secondDerivative(deviance, at, i, j);
    Eigen::Matrix3d parameterCovariance = 2.0 * hessian.inverse();
    for (std::size_t i = 0; i < 3; ++i)
        if (!free[i]) {
            parameterCovariance.row(Eigen::Index(i)).setZero();
            parameterCovariance.col(Eigen::Index(i)).setZero();
        }
    auto covariance = [&](const Parameters &x) -> Eigen::MatrixXd {
        const auto e = criterion.evaluate(x[0], x[1]);
        return x[2] * x[2] * e.mInverse;
    };
    std::array<Eigen::MatrixXd, 3> jacobian;
    for (std::size_t i = 0; i < 3; ++i)
        jacobian[i] = free[i] ? NumericalDerivatives::firstDerivative(covariance, at, i)
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
