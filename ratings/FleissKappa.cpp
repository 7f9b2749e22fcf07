#include "FleissKappa.h"

#include "Distributions.h"
#include "ItemValueCounts.h"

#include <algorithm>
#include <cmath>

namespace avemo::ratings {

namespace {

// Everything Fleiss' statistics need, per category j: T_j = sum_i n_ij and S_j = sum_i n_ij^2.
Result<FleissKappaEstimate> fromCategoryTotals(std::size_t items, std::size_t m,
                                               const std::vector<double> &values,
                                               const std::vector<double> &totals,
                                               const std::vector<double> &squares)
{
    using R = Result<FleissKappaEstimate>;
    const double n = static_cast<double>(items);
    const double md = static_cast<double>(m);
    const double nm = n * md;

    FleissKappaEstimate e;
    e.items = items;
    e.ratingsPerItem = m;
    double sumSquares = 0.0;
    double sumPQ = 0.0;
    double sumPQQminusP = 0.0;
    for (std::size_t j = 0; j < values.size(); ++j) {
        const double p = totals[j] / nm;
        const double q = 1.0 - p;
        sumSquares += squares[j];
        e.expectedAgreement += p * p;
        sumPQ += p * q;
        sumPQQminusP += p * q * (q - p);
        FleissCategory c;
        c.value = values[j];
        c.proportion = p;
        c.standardErrorNull = std::sqrt(2.0 / (nm * (md - 1.0)));
        if (p > 0.0 && p < 1.0)
            c.kappa = 1.0 - (md * totals[j] - squares[j]) / (nm * (md - 1.0) * p * q);
        e.categories.push_back(c);
    }
    e.observedAgreement = (sumSquares - nm) / (nm * (md - 1.0));
    if (!(1.0 - e.expectedAgreement > 1e-12))
        return R::fail("undefined: all ratings are in one category (expected agreement is 1)");
    e.kappa = (e.observedAgreement - e.expectedAgreement) / (1.0 - e.expectedAgreement);
    // Fleiss, Nee & Landis (1979), variance of kappa when the true kappa is 0.
    e.standardErrorNull = std::sqrt(2.0) / (sumPQ * std::sqrt(nm * (md - 1.0))) *
                          std::sqrt(std::max(0.0, sumPQ * sumPQ - sumPQQminusP));
    e.z = e.kappa / e.standardErrorNull;
    e.pValue = 2.0 * dist::normalUpperTail(std::fabs(e.z));
    return R::ok(e);
}

} // namespace

namespace {

// Fleiss' kappa needs the same number (>= 2) of ratings on every item; read from the table's
// item index, so a table with missing ratings is turned away before any counting.
std::optional<std::string> unsuitable(const RatingTable &table)
{
    if (table.empty())
        return "not applicable: no ratings";
    std::size_t fewest = SIZE_MAX;
    std::size_t most = 0;
    for (std::size_t i = 0; i < table.itemCount(); ++i) {
        fewest = std::min(fewest, table.ratingsOfItem(i).size());
        most = std::max(most, table.ratingsOfItem(i).size());
    }
    if (fewest != most)
        return "not applicable: items have between " + std::to_string(fewest) + " and " +
               std::to_string(most) +
               " ratings; Fleiss' kappa needs the same number on every item "
               "(Krippendorff's alpha handles missing ratings)";
    if (most < 2)
        return "not applicable: every item has a single rating";
    return std::nullopt;
}

Result<FleissKappaEstimate> fromItemCounts(const RatingTable &table, const ItemValueCounts &counts)
{
    std::vector<double> totals(table.valueCount(), 0.0);
    std::vector<double> squares(table.valueCount(), 0.0);
    for (std::size_t i = 0; i < counts.itemCount(); ++i) {
        for (const auto &e : counts.ofItem(i)) {
            totals[e.code] += e.count;
            squares[e.code] += double(e.count) * e.count;
        }
    }
    return fromCategoryTotals(counts.itemCount(), counts.ratingsOfItem(0), table.values(), totals,
                              squares);
}

} // namespace

Result<FleissKappaEstimate> fleissKappa(const RatingTable &table)
{
    if (const auto why = unsuitable(table))
        return Result<FleissKappaEstimate>::fail(*why);
    return fromItemCounts(table, ItemValueCounts(table));
}

Result<FleissKappaEstimate> fleissKappa(const RatingTable &table, const ItemValueCounts &counts)
{
    if (const auto why = unsuitable(table))
        return Result<FleissKappaEstimate>::fail(*why);
    return fromItemCounts(table, counts);
}

Result<FleissKappaEstimate> fleissKappaFromCounts(const std::vector<std::vector<double>> &counts)
{
    using R = Result<FleissKappaEstimate>;
    if (counts.empty() || counts.front().empty())
        return R::fail("not applicable: no ratings");
    const std::size_t categories = counts.front().size();
    std::vector<double> totals(categories, 0.0);
    std::vector<double> squares(categories, 0.0);
    double m = -1.0;
    for (const auto &row : counts) {
        if (row.size() != categories)
            return R::fail("not applicable: rows have different numbers of categories");
        double rowTotal = 0.0;
        for (std::size_t j = 0; j < categories; ++j) {
            if (!(row[j] >= 0.0) || row[j] != std::floor(row[j]))
                return R::fail("counts must be non-negative integers");
            rowTotal += row[j];
            totals[j] += row[j];
            squares[j] += row[j] * row[j];
        }
        if (m >= 0.0 && rowTotal != m)
            return R::fail("not applicable: rows have different numbers of ratings");
        m = rowTotal;
    }
    if (m < 2.0)
        return R::fail("not applicable: every item has a single rating");
    std::vector<double> values(categories);
    for (std::size_t j = 0; j < categories; ++j)
        values[j] = static_cast<double>(j);
    return fromCategoryTotals(counts.size(), static_cast<std::size_t>(m), values, totals, squares);
}

} // namespace avemo::ratings
