#!/bin/sh
# check_all.sh — the full test command (`make check`): the suite on the release build, then
# again under AddressSanitizer + UndefinedBehaviorSanitizer; the last line sums both runs as
# "N passed, N failed, N skipped".
set -u
cd "$(dirname "$0")/.." || exit 2
total_p=0 total_f=0 total_s=0 rc=0
for mode in release sanitize; do
    echo "== $mode build =="
    if [ "$mode" = release ]; then args=""; else args="SANITIZE=address,undefined"; fi
    out=$(mktemp)
    # shellcheck disable=SC2086
    make --no-print-directory -j2 $args test >"$out" 2>&1 || rc=1
    grep -v -E '^(cc|ar|rm) ' "$out" | grep -v -E "^[0-9]+ passed, [0-9]+ failed"
    last=$(grep -E "^[0-9]+ passed, [0-9]+ failed" "$out" | tail -n 1)
    echo "$mode: $last"
    set -- $(echo "$last" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed, \([0-9]*\) skipped$/\1 \2 \3/p')
    if [ $# -eq 3 ]; then
        total_p=$((total_p + $1)); total_f=$((total_f + $2)); total_s=$((total_s + $3))
    else
        total_f=$((total_f + 1)); echo "not ok - $mode build or test run failed"
        tail -n 30 "$out"
    fi
    rm -f "$out"
done
echo "$total_p passed, $total_f failed, $total_s skipped"
[ "$total_f" -eq 0 ] && [ "$rc" -eq 0 ]
