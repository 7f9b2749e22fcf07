#!/usr/bin/env bash
# Writes a study folder with N items (default 100,000) that reuses the demo study's media, for
# the import benchmark: DIALOGUES = N / 6, 2 turns, 3 systems, like the demo.
set -euo pipefail
out=${1:?usage: make-large-study.sh OUT_DIR [N]}
n=${2:-100000}
demo="$(cd "$(dirname "$0")/../../resources/demo-study" && pwd)"
rm -rf "$out"
mkdir -p "$out"
cp -r "$demo/media" "$demo/study.json" "$out/"
head -1 "$demo/items.csv" > "$out/items.csv"
# Cycle through the demo's rows, renaming ids so every (dialogue, turn, system) is unique.
tail -n +2 "$demo/items.csv" | awk -v n="$n" -F, '
  { rows[NR] = $0 }
  END {
    for (i = 0; i < n; i++) {
      r = rows[(i % (NR)) + 1]
      block = int(i / NR)
      split(r, f, ",")
      sub(/^[^,]*,[^,]*,/, "", r)
      printf "%s-b%d,%s-b%d,%s\n", f[1], block, f[2], block, r
    }
  }' >> "$out/items.csv"
wc -l "$out/items.csv" >&2
