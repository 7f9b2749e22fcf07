#pragma once

#include "RatingTable.h"

#include <Eigen/Dense>
#include <Eigen/SparseCholesky>
#include <Eigen/SparseCore>
#include <cstddef>

namespace avemo::ratings {

// The REML criterion of score ~ 0 + group + (1|rater) + (1|item) for one table, evaluated
// through Henderson's mixed model equations in the relative-covariance form of Bates et al.
// (2015, "Fitting linear mixed-effects models using lme4", JSS 67(1), eqs. 10-42):
// A = Lambda' Z'Z Lambda + I is factorised by a sparse LDL' (its pattern analysed once), the
// fixed effects are profiled out through the p x p Schur complement
// M = X'X - X'Z Lambda A^-1 Lambda Z'X, and thetas are the ratios sd(rater)/sigma and
// sd(item)/sigma. Cell-means coding (one column per group) gives each group's estimate directly;
// it spans the same space as score ~ group, so the fit is the same. Not thread-safe (the
// factorisation is reused between evaluations).
class RemlCriterion
{
public:
    explicit RemlCriterion(const RatingTable &table);

    struct Evaluation
    {
        bool ok = false;
        double deviance = 0.0;     // -2 REML log-likelihood, sigma profiled out
        double penalizedRss = 0.0; // r^2(theta)
        Eigen::VectorXd beta;      // the groups' estimates
        Eigen::MatrixXd mInverse;  // Var(beta) = sigma^2 * mInverse
        double logDetA = 0.0, logDetM = 0.0;
    };

    // thetaRater, thetaItem: ratios of standard deviations; the sign does not matter.
    Evaluation evaluate(double thetaRater, double thetaItem) const;

    // -2 REML log-likelihood at (thetas, sigma) without profiling: the function whose Hessian
    // gives the covariance of the variance parameters (Satterthwaite's df).
    double deviance(double thetaRater, double thetaItem, double sigma) const;

    std::size_t observations() const { return m_n; }
    std::size_t fixedEffects() const { return m_p; }
    std::size_t raters() const { return m_raters; }
    std::size_t items() const { return m_items; }

private:
    std::size_t m_n = 0, m_p = 0, m_raters = 0, m_items = 0;
    Eigen::SparseMatrix<double> m_ztz; // lower triangle of Z'Z, raters first then items
    Eigen::MatrixXd m_ztx;             // q x p
    Eigen::VectorXd m_zty;             // q
    Eigen::VectorXd m_xtxDiagonal;     // X'X is diagonal with cell-means coding
    Eigen::VectorXd m_xty;
    double m_yty = 0.0;
    mutable Eigen::SparseMatrix<double> m_a;
    mutable Eigen::SimplicialLDLT<Eigen::SparseMatrix<double>, Eigen::Lower> m_ldlt;
};

} // namespace avemo::ratings
