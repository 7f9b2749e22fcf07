#include "Distributions.h"

#include <boost/math/distributions/fisher_f.hpp>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/students_t.hpp>

#include <cmath>
#include <limits>

namespace avemo::ratings::dist {

namespace {

using namespace boost::math::policies;
using QuietPolicy = policy<domain_error<ignore_error>, pole_error<ignore_error>,
                           overflow_error<ignore_error>, evaluation_error<ignore_error>>;

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

bool validProbability(double p)
{
    return p > 0.0 && p < 1.0;
}
bool validDf(double df)
{
    return df > 0.0 && !std::isnan(df);
}

} // namespace

double normalQuantile(double p)
{
    if (!validProbability(p))
        return nan;
    return boost::math::quantile(boost::math::normal_distribution<double, QuietPolicy>(), p);
}

double normalUpperTail(double z)
{
    if (std::isnan(z))
        return nan;
    return boost::math::cdf(
        boost::math::complement(boost::math::normal_distribution<double, QuietPolicy>(), z));
}

double studentTQuantile(double p, double df)
{
    if (!validProbability(p) || !validDf(df))
        return nan;
    return boost::math::quantile(boost::math::students_t_distribution<double, QuietPolicy>(df), p);
}

double studentTTwoSidedP(double t, double df)
{
    if (std::isnan(t) || !validDf(df))
        return nan;
    if (std::isinf(t))
        return 0.0;
    return 2.0 * boost::math::cdf(boost::math::complement(
                     boost::math::students_t_distribution<double, QuietPolicy>(df), std::fabs(t)));
}

double fisherFQuantile(double p, double df1, double df2)
{
    if (!validProbability(p) || !validDf(df1) || !validDf(df2))
        return nan;
    return boost::math::quantile(boost::math::fisher_f_distribution<double, QuietPolicy>(df1, df2),
                                 p);
}

double fisherFUpperTail(double f, double df1, double df2)
{
    if (std::isnan(f) || !validDf(df1) || !validDf(df2))
        return nan;
    if (std::isinf(f))
        return 0.0;
    if (f <= 0.0)
        return 1.0;
    return boost::math::cdf(boost::math::complement(
        boost::math::fisher_f_distribution<double, QuietPolicy>(df1, df2), f));
}

} // namespace avemo::ratings::dist
