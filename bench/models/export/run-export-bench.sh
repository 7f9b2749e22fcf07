#!/usr/bin/env bash
# The export benchmark: 1,000,000 responses (20,000 items x 10 raters x 5 questions), export
# with the metrics join, timed with /usr/bin/time -v, and pandas doing the same join and
# group-by on the same CSVs, interleaved (avemo, avemo --no-html, pandas, ...) so all see the
# same load on a shared machine; the load average is printed before and after.
# Usage: run-export-bench.sh BUILD_DIR [WORK_DIR] [RUNS]
set -euo pipefail
build=${1:?usage: run-export-bench.sh BUILD_DIR [WORK_DIR] [RUNS]}
work=${2:-/tmp/avemo-export-bench}
runs=${3:-5}
here="$(cd "$(dirname "$0")" && pwd)"
mkdir -p "$work"
if [ ! -f "$work/study.sqlite" ]; then
    "$here/../make-large-study.sh" "$work/study" 20000
    "$build/bench/models/export/make_export_db" "$work/study" "$work/study.sqlite" \
        "$work/metrics.csv" 10
fi
cli="$build/app/avemo-cli"
summary() { # wall, user+sys, peak RSS from a /usr/bin/time -v report
    awk -F': ' '/Elapsed/ {n = split($2, t, ":"); wall = t[n] + (n > 1 ? 60 * t[n-1] : 0)}
                /User time/ {cpu += $2} /System time/ {cpu += $2}
                /Maximum resident/ {rss = $2 / 1024}
                END {printf "wall %.2f s  cpu %.2f s  peak RSS %.0f MiB\n", wall, cpu, rss}' "$1"
}
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for run in $(seq "$runs"); do
    rm -rf "$work/out" "$work/out-csv"
    /usr/bin/time -v "$cli" export "$work/study.sqlite" --out "$work/out" \
        --metrics "$work/metrics.csv" --bootstrap 0 > /dev/null 2> "$work/time-avemo.txt"
    echo "run $run avemo  (--bootstrap 0):    $(summary "$work/time-avemo.txt")"
    # The CSVs alone: report.html's charts (SVG, every item a point) are a cost of their own.
    /usr/bin/time -v "$cli" export "$work/study.sqlite" --out "$work/out-csv" \
        --metrics "$work/metrics.csv" --bootstrap 0 --no-html > /dev/null 2> "$work/time-csv.txt"
    echo "run $run avemo  (--no-html):        $(summary "$work/time-csv.txt")"
    /usr/bin/time -v /usr/bin/python3 "$here/pandas_join.py" "$work/out" "$work/metrics.csv" \
        "$work/pandas-out" > "$work/pandas.txt" 2> "$work/time-pandas.txt"
    echo "run $run pandas:                    $(summary "$work/time-pandas.txt")  ($(cat "$work/pandas.txt"))"
done
rm -rf "$work/out-boot"
/usr/bin/time -v "$cli" export "$work/study.sqlite" --out "$work/out-boot" \
    --metrics "$work/metrics.csv" --bootstrap 1000 --seed 1 > /dev/null 2> "$work/time-boot.txt"
echo "avemo (--bootstrap 1000, default):  $(summary "$work/time-boot.txt")"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
ls -l "$work/out"
