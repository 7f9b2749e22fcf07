"""The pandas side of the export benchmark: the same join and group-by on the same CSVs.
Reads ratings.csv (written by avemo-cli export) and the metrics CSV, keeps the included raters'
ratings of non-gold items, and computes what items_with_metrics.csv, systems.csv (MOS, SD, N)
and systems_with_metrics.csv hold, plus the per-question Pearson r against each metric; writes
the two wide tables. Prints the wall time of the whole job.
Usage: pandas_join.py EXPORT_DIR METRICS_CSV OUT_DIR"""
import os
import sys
import time

import pandas as pd

export_dir, metrics_path, out_dir = sys.argv[1:4]
os.makedirs(out_dir, exist_ok=True)
start = time.perf_counter()

ratings = pd.read_csv(os.path.join(export_dir, "ratings.csv"))
metrics = pd.read_csv(metrics_path)
kept = ratings[ratings.excluded == 0]
scores = kept[kept.score.notna()]

# Per item and question: MOS, SD, N, as one wide row per item, joined with the metrics.
per_item = scores.groupby(["item_id", "question_id"])["score"].agg(["mean", "std", "count"])
wide = per_item["mean"].unstack("question_id").add_suffix("_mos")
keys = ratings.drop_duplicates("item_id").set_index("item_id")[["dialogue_id", "turn", "system",
                                                                "gold"]]
items = keys.join(wide).reset_index().merge(metrics, on="item_id", how="left")
items.to_csv(os.path.join(out_dir, "items_with_metrics.csv"), index=False)

# Per system and question (no gold items): MOS, SD, N; per system: metric means.
study = scores[scores.gold == 0]
per_system = study.groupby(["system", "question_id"])["score"].agg(["mean", "std", "count"])
metric_columns = [c for c in metrics.columns if c != "item_id"]
study_items = items[items.gold == 0]
systems = study_items.groupby("system")[[c for c in wide.columns] + metric_columns].mean()
systems.to_csv(os.path.join(out_dir, "systems_with_metrics.csv"))

# Correlations at item level.
correlations = {(q, m): study_items[q].corr(study_items[m])
                for q in wide.columns for m in metric_columns}

elapsed = time.perf_counter() - start
print(f"pandas {pd.__version__}: {len(ratings)} ratings, {len(items)} items, "
      f"{len(per_system)} system x question rows, {len(correlations)} correlations: "
      f"{elapsed:.3f} s")
