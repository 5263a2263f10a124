#!/bin/sh
# run.sh — runs every unit-test binary and every CLI test script, counts "ok"/"not ok"/"skip"
# lines, and ends with "N passed, N failed, N skipped". A test program that crashes or exits
# non-zero without reporting a failure counts as one failure.
# Env: DYAD (path of the dyad binary), TEST_BIN_DIR (compiled unit tests).
set -u
cd "$(dirname "$0")/.." || exit 2
: "${DYAD:=$(pwd)/dyad}" "${TEST_BIN_DIR:=build/rel/tests}"
if [ -z "${DYAD_SHARED:-}" ] && [ -d ../shared/data ]; then DYAD_SHARED=$(cd ../shared/data && pwd); fi
export DYAD DYAD_SHARED="${DYAD_SHARED:-}"
pass=0 fail=0 skip=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT
run_one() { # name, command...
    name=$1; shift
    "$@" >"$log" 2>&1
    rc=$?
    p=$(grep -c '^ok ' "$log"); f=$(grep -c '^not ok ' "$log"); s=$(grep -c '^skip ' "$log")
    if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
        f=1; echo "not ok - $name exited with status $rc" >>"$log"
    fi
    pass=$((pass + p)); fail=$((fail + f)); skip=$((skip + s))
    if [ "$f" -gt 0 ]; then
        echo "FAIL $name ($p passed, $f failed)"; grep -E '^(not ok|#)' "$log" | head -40
        tail -5 "$log" | grep -v '^ok ' | sed 's/^/    /'
    else
        echo "ok   $name ($p passed, $s skipped)"
    fi
    grep '^skip ' "$log" | sed 's/^/    /'
}
for t in "$TEST_BIN_DIR"/test_*; do
    case "$t" in *.d|*.o) continue ;; esac
    [ -x "$t" ] && run_one "$(basename "$t")" "$t"
done
for t in tests/cli/*.sh; do
    [ -f "$t" ] && run_one "$(basename "$t")" sh "$t"
done
echo "$pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
