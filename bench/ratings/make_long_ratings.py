#!/usr/bin/env python3
"""Writes a long-format ratings CSV for the agreement benchmark (bench/ratings/run-vs-fast-krippendorff).

    make_long_ratings.py OUT.csv [--raters 20] [--items 100000] [--missing 0.1]
                         [--categories 7] [--codes] [--seed 1]

Columns item_id, rater_id, value; one row per rating, none for a missing one (the share
--missing of the item x rater pairs). Values are string labels (cat_a, cat_b, ...) or, with --codes,
the integer codes 0..k-1 of the same draws, so both files hold the same ratings. Raters agree
often: each item has a true category that a rater reports with probability 0.6.
"""
import argparse
import random

p = argparse.ArgumentParser()
p.add_argument("out")
p.add_argument("--raters", type=int, default=20)
p.add_argument("--items", type=int, default=100000)
p.add_argument("--missing", type=float, default=0.1)
p.add_argument("--categories", type=int, default=7)
p.add_argument("--codes", action="store_true")
p.add_argument("--seed", type=int, default=1)
a = p.parse_args()
rng = random.Random(a.seed)
names = ["angry", "disgusted", "fearful", "happy", "neutral", "sad", "surprised"]
labels = [names[c] if c < len(names) else f"cat{c}" for c in range(a.categories)]
raters = [f"r{r + 1:02d}" for r in range(a.raters)]
with open(a.out, "w", newline="") as f:
    f.write("item_id,rater_id,value\n")
    lines = []
    for i in range(a.items):
        truth = rng.randrange(a.categories)
        item = f"item{i:06d}"
        for rater in raters:
            if rng.random() < a.missing:
                continue  # a missing rating has no row (1.8 M rows for the defaults)
            c = truth if rng.random() < 0.6 else rng.randrange(a.categories)
            value = str(c) if a.codes else labels[c]
            lines.append(f"{item},{rater},{value}\n")
        if len(lines) > 100000:
            f.writelines(lines)
            lines = []
    f.writelines(lines)
