#pragma once

// Quantiles and tail probabilities from Boost.Math, wrapped so that impossible arguments
// (e.g. zero degrees of freedom) give NaN instead of throwing: the statistics report NaN as
// "not available" rather than letting an exception escape to the caller.
namespace avemo::ratings::dist {

double normalQuantile(double p);
double normalUpperTail(double z); // P(Z > z)
double studentTQuantile(double p, double df);
double studentTTwoSidedP(double t, double df); // P(|T| > |t|)
double fisherFQuantile(double p, double df1, double df2);
double fisherFUpperTail(double f, double df1, double df2); // P(F > f)

} // namespace avemo::ratings::dist
