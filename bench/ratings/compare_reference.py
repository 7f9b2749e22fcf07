#!/usr/bin/python3
"""Times reference implementations from Debian against our engine on identical data.

statsmodels' fleiss_kappa, scikit-learn's cohen_kappa_score (all rater pairs) and R psych's
ICC run on the same matrices as build-stats/bench/ratings/bench_ratings_reference; the script
prints both timings, both values and the ratio. Usage (from the repository root):

    /usr/bin/python3 bench/ratings/compare_reference.py [BUILD_DIR]

Data: 20 raters, 7 categories, each item has a true category that a rater gives with
probability 0.6 (else a random one); 2 of 20 raters skip each item (10% missing) for Fleiss
and Cohen; the ICC matrix is complete (ICC needs complete data) and smaller, because psych's
aov-based ICC needs memory quadratic in items (10k items were killed for lack of memory).
"""
import os
import subprocess
import sys
import tempfile
import time

import numpy as np
from sklearn.metrics import cohen_kappa_score
from statsmodels.stats.inter_rater import aggregate_raters, fleiss_kappa

RATERS, CATEGORIES = 20, 7


def synthetic(items, missing_per_item, seed):
    rng = np.random.default_rng(seed)
    truth = rng.integers(1, CATEGORIES + 1, size=items)
    random = rng.integers(1, CATEGORIES + 1, size=(items, RATERS))
    agrees = rng.random((items, RATERS)) < 0.6
    values = np.where(agrees, truth[:, None], random).astype(float)
    for i in range(items):
        values[i, rng.choice(RATERS, size=missing_per_item, replace=False)] = np.nan
    return values


def write_matrix(values, path):
    with open(path, "w") as f:
        f.write(",".join(f"r{j}" for j in range(values.shape[1])) + "\n")
        for row in values:
            f.write(",".join("" if np.isnan(v) else str(int(v)) for v in row) + "\n")


def best_of(n, fn):
    best, value = float("inf"), None
    for _ in range(n):
        start = time.perf_counter()
        value = fn()
        best = min(best, time.perf_counter() - start)
    return best, value


def ours(build_dir, path):
    exe = os.path.join(build_dir, "bench", "ratings", "bench_ratings_reference")
    out = subprocess.run([exe, path], check=True, capture_output=True, text=True).stdout
    return {name: (float(t), float(v)) for name, t, v in (l.split() for l in out.splitlines())}


def statsmodels_fleiss(values):
    rated = values[~np.isnan(values)].reshape(values.shape[0], -1)  # 18 ratings per item
    counts, _ = aggregate_raters(rated.astype(int))
    return fleiss_kappa(counts)


def sklearn_mean_cohen(values, weights=None):
    kappas = []
    for a in range(RATERS):
        for b in range(a + 1, RATERS):
            both = ~np.isnan(values[:, a]) & ~np.isnan(values[:, b])
            kappas.append(cohen_kappa_score(values[both, a], values[both, b], weights=weights))
    return float(np.mean(kappas))


def psych_icc(path):
    script = (
        "suppressMessages(library(psych)); x <- as.matrix(read.csv('%s'));"
        "t <- system.time(r <- ICC(x, lmer = FALSE))[['elapsed']];"
        "cat(t, r$results$ICC[2], '\\n')" % path
    )
    out = subprocess.run(["Rscript", "-e", script], check=True, capture_output=True, text=True)
    t, v = out.stdout.split()
    return float(t), float(v)


def report(name, ref_name, ref, mine):
    print(f"| {name} | {ref_name} | {ref[0]:.3f} s | {mine[0] * 1000:.1f} ms | "
          f"{ref[0] / mine[0]:.0f}x | {ref[1]:.6f} / {mine[1]:.6f} |")


def main():
    build_dir = sys.argv[1] if len(sys.argv) > 1 else "build-stats"
    with tempfile.TemporaryDirectory() as tmp:
        large = os.path.join(tmp, "large.csv")
        complete = os.path.join(tmp, "complete.csv")
        write_matrix(synthetic(100_000, 2, 2024), large)
        write_matrix(synthetic(1_000, 0, 11), complete)
        large_values = np.genfromtxt(large, delimiter=",", skip_header=1)
        mine_large, mine_complete = ours(build_dir, large), ours(build_dir, complete)
        sys.stdout.reconfigure(line_buffering=True)
        print("| statistic | reference | reference time | ours | ratio | values (ref / ours) |")
        print("|---|---|---|---|---|---|")
        report("Fleiss' kappa, 20 x 100k", "statsmodels 0.13.5 aggregate_raters + fleiss_kappa",
               best_of(3, lambda: statsmodels_fleiss(large_values)), mine_large["fleiss_kappa"])
        report("mean Cohen's kappa, 190 pairs, 20 x 100k", "scikit-learn 1.2.1 cohen_kappa_score",
               best_of(1, lambda: sklearn_mean_cohen(large_values)), mine_large["cohen_kappa_mean"])
        report("mean quadratic-weighted kappa, 20 x 100k", "scikit-learn 1.2.1 cohen_kappa_score",
               best_of(1, lambda: sklearn_mean_cohen(large_values, "quadratic")),
               mine_large["cohen_kappa_mean_quadratic"])
        report("ICC(2,1) (all six), 20 x 1k complete", "R psych 2.2.9 ICC(lmer = FALSE)",
               psych_icc(complete), mine_complete["icc"])


if __name__ == "__main__":
    main()
