#!/usr/bin/env python3
"""The reference side of bench/ratings/run-vs-fast-krippendorff: what an analyst would run.

    fast_krippendorff_alpha.py RATINGS.csv LEVEL

Loads the long-format CSV with pandas, pivots it to raters x items (NaN: missing) and prints
fast-krippendorff's alpha with 17 significant digits. Needs numpy, pandas and the
`krippendorff` package on the import path (the run script provides it; it is not part of the
project).
"""
import sys

import krippendorff
import numpy as np
import pandas as pd

path, level = sys.argv[1], sys.argv[2]
df = pd.read_csv(path, dtype={"item_id": str, "rater_id": str})
codes = df["value"]
if codes.dtype == object:  # labels: fast-krippendorff wants numbers, so code them first
    codes = codes.astype("category").cat.codes
df = df.assign(value=codes.astype(float))
matrix = df.pivot(index="rater_id", columns="item_id", values="value").to_numpy(dtype=float)
print(f"{krippendorff.alpha(reliability_data=matrix, level_of_measurement=level):.17g}")
