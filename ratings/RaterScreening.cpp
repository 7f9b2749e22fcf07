#include "RaterScreening.h"

#include <cmath>
#include <sstream>

namespace avemo::ratings {

namespace {

// Running sums for a Pearson correlation, one per rater.
struct PairSums
{
    double n = 0, sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
    void add(double x, double y)
    {
        n += 1;
        sx += x;
        sy += y;
        sxx += x * x;
        syy += y * y;
        sxy += x * y;
    }
    std::optional<double> correlation() const
    {
        const double cxx = sxx - sx * sx / n, cyy = syy - sy * sy / n, cxy = sxy - sx * sy / n;
        if (!(cxx > 1e-12 * (1 + sxx)) || !(cyy > 1e-12 * (1 + syy)))
            return std::nullopt;
        return cxy / std::sqrt(cxx * cyy);
    }
};

std::string percent(double share)
{
    std::ostringstream s;
    s.precision(3);
    s << share * 100.0 << "%";
    return s.str();
}

} // namespace

std::vector<RaterScreening> screenRaters(const RatingTable &table,
                                         const std::unordered_map<std::string, double> &gold,
                                         const ScreeningOptions &options)
{
    std::vector<RaterScreening> result(table.raterCount());
    std::vector<PairSums> sums(table.raterCount());
    for (std::size_t k = 0; k < result.size(); ++k)
        result[k].rater = k;

    for (std::size_t i = 0; i < table.itemCount(); ++i) {
        const auto ratings = table.ratingsOfItem(i);
        const auto expected = gold.find(table.itemId(i));
        double itemSum = 0.0;
        for (const auto &r : ratings)
            itemSum += r.value;
        for (const auto &r : ratings) {
            auto &s = result[r.rater];
            ++s.ratings;
            if (expected != gold.end()) {
                ++s.goldRated;
                const double miss = std::fabs(r.value - expected->second);
                if (options.rule == GoldRule::ExactCategory ? miss < 1e-9 : miss <= 1.0 + 1e-9)
                    ++s.goldCorrect;
            }
            if (ratings.size() >= 2) {
                sums[r.rater].add(r.value,
                                  (itemSum - r.value) / static_cast<double>(ratings.size() - 1));
            }
        }
    }

    for (std::size_t k = 0; k < result.size(); ++k) {
        auto &s = result[k];
        if (s.goldRated > 0) {
            s.goldAccuracy = double(s.goldCorrect) / double(s.goldRated);
            if (*s.goldAccuracy < options.minGoldAccuracy)
                s.flags.push_back("gold accuracy " + percent(*s.goldAccuracy) + " below " +
                                  percent(options.minGoldAccuracy) + " (" +
                                  std::to_string(s.goldCorrect) + " of " +
                                  std::to_string(s.goldRated) + ")");
        }
        s.sharedItems = static_cast<std::size_t>(sums[k].n);
        if (s.sharedItems == 0) {
            s.flags.push_back("shares no item with another rater");
        } else if (s.sharedItems < options.minItemsForCorrelation) {
            s.flags.push_back("only " + std::to_string(s.sharedItems) +
                              " items shared with other raters: consensus correlation not "
                              "computed");
        } else {
            s.consensusCorrelation = sums[k].correlation();
            if (!s.consensusCorrelation)
                s.flags.push_back("constant ratings (or constant consensus): correlation "
                                  "undefined");
            else if (*s.consensusCorrelation < options.minConsensusCorrelation)
                s.flags.push_back("correlation with the other raters' mean " +
                                  std::to_string(*s.consensusCorrelation).substr(0, 5) + " below " +
                                  std::to_string(options.minConsensusCorrelation).substr(0, 4));
        }
    }
    return result;
}

} // namespace avemo::ratings
