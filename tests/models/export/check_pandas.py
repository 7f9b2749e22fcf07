"""Loads every CSV of an export with pd.read_csv(path) and no options, as an analyst would, and
checks shapes, dtypes and a few values. Usage: check_pandas.py EXPORT_DIR"""
import math
import os
import sys

import pandas as pd
from pandas.api.types import is_numeric_dtype

out = sys.argv[1]
QUESTIONS = ["user_emotion", "reply_emotion", "appropriateness", "naturalness", "av_coherence"]
ITEMS, SYSTEMS, METRICS = 24, 3, ["ecs", "ebs", "ess", "ers", "emotion_accuracy"]
failures = []


def check(condition, what):
    if not condition:
        failures.append(what)


def numeric(frame, name, columns):
    for c in columns:
        check(c in frame.columns, f"{name}: no column {c}")
        if c in frame.columns:
            check(is_numeric_dtype(frame[c]), f"{name}: {c} is {frame[c].dtype}, not numeric")


frames = {}
for name in sorted(os.listdir(out)):
    if name.endswith(".csv"):
        frames[name] = pd.read_csv(os.path.join(out, name))

check(set(frames) == {"ratings.csv", "items.csv", "systems.csv", "agreement.csv",
                      "items_with_metrics.csv", "systems_with_metrics.csv", "correlations.csv",
                      "flags.csv"},
      f"files: {sorted(frames)}")

r = frames["ratings.csv"]
check(r.shape[1] == 16, f"ratings.csv has {r.shape[1]} columns")
numeric(r, "ratings.csv", ["turn", "score", "time_spent_ms", "plays", "revision", "gold", "excluded"])
check(set(r["excluded"].unique()) == {0, 1}, "ratings.csv: excluded is not 0/1")
check(r.loc[r.rater_id == "r05", "excluded"].eq(1).all(), "ratings.csv: r05 not excluded")
mos = r[(r.question_id == "appropriateness")]
check(mos["score"].between(1, 5).all(), "ratings.csv: appropriateness score off 1..5")
check((mos["value"].astype(float) == mos["score"]).all(), "ratings.csv: value != score")
comments = set(r.loc[r.question_id == "comment", "value"])
check("'=1+1" in comments and "-3" in comments, f"ratings.csv: comments {sorted(comments)}")

i = frames["items.csv"]
check(i.shape == (ITEMS * len(QUESTIONS), 19), f"items.csv shape {i.shape}")
numeric(i, "items.csv", ["turn", "gold", "n", "mos", "sd", "ci95_low", "ci95_high", "tie",
                         "agreement", "disagreement"])
# The MOS of one item recomputed by pandas from ratings.csv (included raters only).
kept = r[(r.excluded == 0) & (r.question_id == "appropriateness")]
by_item = kept.groupby("item_id")["score"].agg(["mean", "std", "count"])
row = i[(i.item_id == "d1-t1-reference") & (i.question_id == "appropriateness")].iloc[0]
check(math.isclose(row["mos"], by_item.loc["d1-t1-reference", "mean"], rel_tol=1e-12),
      "items.csv: mos differs from pandas")
check(math.isclose(row["sd"], by_item.loc["d1-t1-reference", "std"], rel_tol=1e-12),
      "items.csv: sd differs from pandas")
check(row["n"] == by_item.loc["d1-t1-reference", "count"], "items.csv: n differs from pandas")

s = frames["systems.csv"]
check(s.shape[0] == SYSTEMS * len(QUESTIONS), f"systems.csv shape {s.shape}")
numeric(s, "systems.csv", ["n", "n_items", "n_raters", "mos", "sd", "ci95_low", "ci95_high",
                           "boot_ci95_low", "boot_ci95_high", "share_neutral", "share_happy",
                           "share_angry", "share_sad", "mixed_estimate", "mixed_se", "mixed_df",
                           "mixed_ci95_low", "mixed_ci95_high", "mixed_rater_var",
                           "mixed_item_var", "mixed_residual_var"])
# System MOS: gold items and the excluded rater left out.
study = kept[kept.gold == 0].groupby("system")["score"].mean()
for system, value in study.items():
    got = s[(s.system == system) & (s.question_id == "appropriateness")]["mos"].iloc[0]
    check(math.isclose(got, value, rel_tol=1e-12), f"systems.csv: {system} mos {got} != {value}")
shares = s[s.question_id == "user_emotion"][["share_neutral", "share_happy", "share_angry",
                                             "share_sad"]].sum(axis=1)
check(((shares - 1).abs() < 1e-12).all(), "systems.csv: shares do not sum to 1")

a = frames["agreement.csv"]
check(a.shape == (len(QUESTIONS), 18), f"agreement.csv shape {a.shape}")
numeric(a, "agreement.csv", ["n_items", "n_raters", "n_ratings", "alpha", "alpha_ci95_low",
                             "alpha_ci95_high", "cohen_kappa_mean", "cohen_pairs"])
check((a["n_raters"] == 5).all(), "agreement.csv: expected 5 raters (6 minus the excluded)")

w = frames["items_with_metrics.csv"]
check(w.shape[0] == ITEMS, f"items_with_metrics.csv rows {w.shape[0]}")
numeric(w, "items_with_metrics.csv", METRICS + ["appropriateness_mos", "appropriateness_n"])
check(w["metrics_matched"].eq(1).all(), "items_with_metrics.csv: unmatched items")

sw = frames["systems_with_metrics.csv"]
check(sw.shape == (SYSTEMS, 2 + 3 + len(METRICS)), f"systems_with_metrics.csv shape {sw.shape}")
numeric(sw, "systems_with_metrics.csv", METRICS + ["n_items", "appropriateness_mos"])

c = frames["correlations.csv"]
check(c.shape[0] == 3 * len(METRICS), f"correlations.csv rows {c.shape[0]}")
numeric(c, "correlations.csv", ["n", "pearson_r", "pearson_p", "spearman_rho", "spearman_p",
                                "kendall_tau_b", "kendall_p"])
# Pearson r recomputed by pandas from the wide table (gold items left out).
study_items = w[w.gold == 0]
expected = study_items["appropriateness_mos"].corr(study_items["ers"])
got = c[(c.question_id == "appropriateness") & (c.metric == "ers")]["pearson_r"].iloc[0]
check(math.isclose(got, expected, rel_tol=1e-9), f"correlations.csv: r {got} != pandas {expected}")

for f in failures:
    print("FAIL:", f)
print(f"{len(frames)} files checked, {len(failures)} failures")
sys.exit(1 if failures else 0)
