#!/bin/sh
# check_all.sh — the full test command (`make check`): the suite on the release build, then
# again under AddressSanitizer + UndefinedBehaviorSanitizer, then the main CLI commands under
# valgrind (tests/valgrind.sh, ~40 s) and a fuzz smoke test (fuzz/run.sh: every libFuzzer
# harness replays fuzz/regress and its corpus and fuzzes FUZZ_SMOKE_SECONDS, default 5, each;
# "skip" when clang's libFuzzer runtime is missing). The last two lines sum every run:
# "N skipped", then "N passed, N failed" (the line CI reads).
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
# add_counts FILE: adds the ok / not ok / skip lines of FILE to the totals.
add_counts() {
    p=$(grep -c '^ok ' "$1"); f=$(grep -c '^not ok ' "$1"); s=$(grep -c '^skip ' "$1")
    total_p=$((total_p + p)); total_f=$((total_f + f)); total_s=$((total_s + s))
}
echo "== valgrind (release build) =="
out=$(mktemp)
sh tests/valgrind.sh >"$out" 2>&1 || rc=1
grep -E '^(not ok|skip|#)' "$out" | head -n 60
add_counts "$out"
echo "valgrind: $(tail -n 1 "$out")"
rm -f "$out"
echo "== fuzz smoke (${FUZZ_SMOKE_SECONDS:-5} s per harness) =="
out=$(mktemp)
start=$(date +%s)
FUZZ_SECONDS=${FUZZ_SMOKE_SECONDS:-5} sh fuzz/run.sh >"$out" 2>&1 || rc=1
grep -v '^ok ' "$out" | head -n 40
add_counts "$out"
echo "fuzz: $(grep -c '^ok ' "$out") harnesses ok, $(grep -c '^not ok ' "$out") failed, $(grep -c '^skip ' "$out") skipped in $(($(date +%s) - start)) s"
rm -f "$out"
echo "$total_s skipped"
echo "$total_p passed, $total_f failed"
[ "$total_f" -eq 0 ] && [ "$rc" -eq 0 ]
