#!/usr/bin/env bash
# Times the CSV reader on a header of N columns (issue 14.9: the duplicate-column check was
# quadratic). Writes a ratings CSV whose header is c0..c{N-1} and one row, then runs
# `avemo-cli agreement` on it, which reads the whole file and then refuses it for lacking
# item_id / rater_id / value columns.
#   bench/models/wide-header.sh build/app/avemo-cli 100000 1000000
set -euo pipefail
cli="$1"
shift
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
for n in "$@"; do
    python3 -c "import sys; n=int(sys.argv[1]); print(','.join('c%d' % i for i in range(n))); print(','.join('1' for i in range(n)))" "$n" >"$tmp/wide.csv"
    start=$(date +%s.%N)
    timeout 120 "$cli" agreement --level interval --ratings "$tmp/wide.csv" >/dev/null 2>&1 || status=$?
    end=$(date +%s.%N)
    if [[ "${status:-0}" == 124 ]]; then
        echo "$n columns: over 120 s (stopped)"
    else
        echo "$n columns: $(echo "$end - $start" | bc) s"
    fi
    unset status
done
