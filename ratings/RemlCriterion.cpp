#include "RemlCriterion.h"

#include <cmath>
#include <numbers>
#include <vector>

namespace avemo::ratings {

RemlCriterion::RemlCriterion(const RatingTable &table)
    : m_n(table.ratingCount())
    , m_p(table.groupCount())
    , m_raters(table.raterCount())
    , m_items(table.itemCount())
{
    const Eigen::Index q = Eigen::Index(m_raters + m_items);
    const Eigen::Index p = Eigen::Index(m_p);
    m_ztx = Eigen::MatrixXd::Zero(q, p);
    m_zty = Eigen::VectorXd::Zero(q);
    m_xtxDiagonal = Eigen::VectorXd::Zero(p);
    m_xty = Eigen::VectorXd::Zero(p);
    std::vector<Eigen::Triplet<double>> entries;
    entries.reserve(3 * m_n);
    for (const Rating &r : table.ratings()) {
        const Eigen::Index rater = r.rater;
        const Eigen::Index item = Eigen::Index(m_raters + r.item);
        entries.emplace_back(rater, rater, 1.0);
        entries.emplace_back(item, item, 1.0);
        entries.emplace_back(item, rater, 1.0); // lower triangle: item rows come after raters
        m_ztx(rater, r.group) += 1.0;
        m_ztx(item, r.group) += 1.0;
        m_zty(rater) += r.value;
        m_zty(item) += r.value;
        m_xtxDiagonal(r.group) += 1.0;
        m_xty(r.group) += r.value;
        m_yty += r.value * r.value;
    }
    m_ztz.resize(q, q);
    m_ztz.setFromTriplets(entries.begin(), entries.end()); // duplicates are summed: counts
    m_ztz.makeCompressed();
    m_a = m_ztz; // same pattern: the diagonal exists, every level has a rating
    m_ldlt.analyzePattern(m_a);
}

RemlCriterion::Evaluation RemlCriterion::evaluate(double thetaRater, double thetaItem) const
{
    Evaluation e;
    const Eigen::Index q = Eigen::Index(m_raters + m_items);
    const Eigen::Index raters = Eigen::Index(m_raters);
    Eigen::VectorXd lambda(q);
    lambda.head(raters).setConstant(std::fabs(thetaRater));
    lambda.tail(q - raters).setConstant(std::fabs(thetaItem));

    // A = Lambda Z'Z Lambda + I on the fixed pattern.
    for (Eigen::Index col = 0; col < m_ztz.outerSize(); ++col) {
        Eigen::SparseMatrix<double>::InnerIterator source(m_ztz, col);
        Eigen::SparseMatrix<double>::InnerIterator target(m_a, col);
        for (; source; ++source, ++target) {
            const double value = lambda(source.row()) * source.value() * lambda(col);
            target.valueRef() = value + (source.row() == col ? 1.0 : 0.0);
        }
    }
    m_ldlt.factorize(m_a);
    if (m_ldlt.info() != Eigen::Success)
        return e;
    e.logDetA = m_ldlt.vectorD().array().log().sum();

    // One solve for [Lambda Z'X | Lambda Z'y].
    const Eigen::Index p = Eigen::Index(m_p);
    Eigen::MatrixXd rhs(q, p + 1);
    rhs.leftCols(p) = lambda.asDiagonal() * m_ztx;
    rhs.col(p) = lambda.asDiagonal() * m_zty;
    const Eigen::MatrixXd solved = m_ldlt.solve(rhs);
    Eigen::MatrixXd m = -rhs.leftCols(p).transpose() * solved.leftCols(p);
    m.diagonal() += m_xtxDiagonal;
    const Eigen::VectorXd reduced = m_xty - rhs.leftCols(p).transpose() * solved.col(p);
    const Eigen::LLT<Eigen::MatrixXd> mChol(m);
    if (mChol.info() != Eigen::Success)
        return e;
    e.beta = mChol.solve(reduced);
    e.mInverse = mChol.solve(Eigen::MatrixXd::Identity(p, p));
    e.logDetM = 2.0 * mChol.matrixLLT().diagonal().array().log().sum();
    const Eigen::VectorXd u = solved.col(p) - solved.leftCols(p) * e.beta;

    // At the solution of the normal equations the penalised RSS is y'y - b'c.
    e.penalizedRss = m_yty - u.dot(rhs.col(p)) - e.beta.dot(m_xty);
    const double dfResidual = double(m_n - m_p);
    if (!(e.penalizedRss > 0.0))
        return e;
    e.deviance =
        e.logDetA + e.logDetM +
        dfResidual * (1.0 + std::log(2.0 * std::numbers::pi * e.penalizedRss / dfResidual));
    e.ok = true;
    return e;
}

double RemlCriterion::deviance(double thetaRater, double thetaItem, double sigma) const
{
    const Evaluation e = evaluate(thetaRater, thetaItem);
    if (!e.ok)
        return NAN;
    const double dfResidual = double(m_n - m_p);
    const double sigma2 = sigma * sigma;
    return e.logDetA + e.logDetM + dfResidual * std::log(2.0 * std::numbers::pi * sigma2) +
           e.penalizedRss / sigma2;
}

} // namespace avemo::ratings
