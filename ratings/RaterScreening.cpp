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

std::string number(double x, int decimals)
{
    std::ostringstream s;
    s.setf(std::ios::fixed);
    s.precision(decimals);
    s << x;
    return s.str();
}

} // namespace

std::string describe(const ScreeningFlag &flag)
{
    switch (flag.kind) {
    case ScreeningFlag::Kind::LowGoldAccuracy:
        return "gold accuracy " + percent(flag.value) + " below " + percent(flag.threshold) + " (" +
               std::to_string(flag.count) + " of " + std::to_string(flag.total) + ")";
    case ScreeningFlag::Kind::NoSharedItems:
        return "shares no item with another rater";
    case ScreeningFlag::Kind::FewSharedItems:
        return "only " + std::to_string(flag.count) +
               " items shared with other raters: consensus correlation not computed";
    case ScreeningFlag::Kind::ConstantRatings:
        return "constant ratings (or constant consensus): correlation undefined";
    case ScreeningFlag::Kind::LowConsensusCorrelation:
        return "correlation with the other raters' mean " + number(flag.value, 3) + " below " +
               number(flag.threshold, 2);
    }
    return {};
}

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

    using Kind = ScreeningFlag::Kind;
    for (std::size_t k = 0; k < result.size(); ++k) {
        auto &s = result[k];
        if (s.goldRated > 0) {
            s.goldAccuracy = double(s.goldCorrect) / double(s.goldRated);
            if (*s.goldAccuracy < options.minGoldAccuracy)
                s.flags.push_back({Kind::LowGoldAccuracy, *s.goldAccuracy, options.minGoldAccuracy,
                                   s.goldCorrect, s.goldRated});
        }
        s.sharedItems = static_cast<std::size_t>(sums[k].n);
        if (s.sharedItems == 0) {
            s.flags.push_back({Kind::NoSharedItems});
        } else if (s.sharedItems < options.minItemsForCorrelation) {
            s.flags.push_back({Kind::FewSharedItems, 0.0,
                               static_cast<double>(options.minItemsForCorrelation), s.sharedItems});
        } else {
            s.consensusCorrelation = sums[k].correlation();
            if (!s.consensusCorrelation)
                s.flags.push_back({Kind::ConstantRatings});
            else if (*s.consensusCorrelation < options.minConsensusCorrelation)
                s.flags.push_back({Kind::LowConsensusCorrelation, *s.consensusCorrelation,
                                   options.minConsensusCorrelation});
        }
    }
    return result;
}

} // namespace avemo::ratings
