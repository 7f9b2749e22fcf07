// Times our statistics on a ratings matrix written by compare_reference.py, so both sides
// see identical data. Usage: bench_ratings_reference MATRIX.csv
// MATRIX.csv: a header line, then one line per item with one field per rater (empty: missing).
// Prints "<statistic> <best seconds of 5> <value>" per line.
#include "CohenKappa.h"
#include "FleissKappa.h"
#include "Icc.h"
#include "KrippendorffAlpha.h"

#include <chrono>
#include <cstdio>
#include <fstream>
#include <functional>
#include <iostream>
#include <sstream>
#include <string>

using namespace avemo::ratings;

namespace {

Result<RatingTable> readMatrix(const char *path)
{
    std::ifstream in(path);
    if (!in)
        return Result<RatingTable>::fail(std::string("cannot open ") + path);
    std::string line;
    std::getline(in, line);
    std::vector<Rating> ratings;
    std::size_t items = 0, raters = 0;
    while (std::getline(in, line)) {
        std::size_t rater = 0, start = 0;
        while (start <= line.size()) {
            const auto comma = std::min(line.find(',', start), line.size());
            if (comma > start) {
                Rating r;
                r.item = static_cast<std::uint32_t>(items);
                r.rater = static_cast<std::uint32_t>(rater);
                r.value = std::stod(line.substr(start, comma - start));
                ratings.push_back(r);
            }
            ++rater;
            start = comma + 1;
        }
        raters = std::max(raters, rater);
        ++items;
    }
    std::vector<std::string> itemIds(items), raterIds(raters);
    for (std::size_t i = 0; i < items; ++i)
        itemIds[i] = std::to_string(i);
    for (std::size_t r = 0; r < raters; ++r)
        raterIds[r] = std::to_string(r);
    return RatingTable::create(std::move(ratings), itemIds, raterIds, {}, {});
}

void timeIt(const char *name, const std::function<double()> &run)
{
    double best = 1e300, value = 0;
    for (int i = 0; i < 5; ++i) {
        const auto start = std::chrono::steady_clock::now();
        value = run();
        const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
        best = std::min(best, took.count());
    }
    std::printf("%s %.6f %.10f\n", name, best, value);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::cerr << "usage: bench_ratings_reference MATRIX.csv\n";
        return 2;
    }
    const auto table = readMatrix(argv[1]);
    if (!table) {
        std::cerr << table.reason() << '\n';
        return 1;
    }
    const auto &t = table.value();
    const auto orNan = [](const auto &result, auto get) {
        return result ? get(result.value()) : std::nan("");
    };
    timeIt("fleiss_kappa",
           [&] { return orNan(fleissKappa(t), [](const auto &e) { return e.kappa; }); });
    timeIt("cohen_kappa_mean", [&] {
        return orNan(cohenKappaPairs(t, KappaWeights::None),
                     [](const auto &e) { return e.mean.value_or(std::nan("")); });
    });
    timeIt("cohen_kappa_mean_quadratic", [&] {
        return orNan(cohenKappaPairs(t, KappaWeights::Quadratic),
                     [](const auto &e) { return e.mean.value_or(std::nan("")); });
    });
    timeIt("icc", [&] {
        return orNan(intraclassCorrelations(t), [](const auto &e) { return e.forms[1].value; });
    });
    timeIt("alpha_nominal", [&] {
        return orNan(krippendorffAlpha(t, Level::Nominal), [](const auto &e) { return e.alpha; });
    });
    return 0;
}
