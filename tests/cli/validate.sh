#!/bin/sh
# validate.sh — `dyad validate`: help, usage errors, and the PETRARCH unit-test records with a
# pass-rate floor (skips without shared data, model, tokenizer or dictionaries).
. "$(dirname "$0")/../lib/cli.sh"
: "${DYAD:?DYAD must point at the dyad binary}"
# Floor: a little below the pass rate last measured (254 of 282 = 90.1%, dyad's own tokenizer,
# tagger and parser, v4 models); raise it as the coder improves.
FLOOR_PCT=${VALIDATE_FLOOR_PCT:-88}
STANCE_FLOOR_PCT=${VALIDATE_STANCE_FLOOR_PCT:-80}

if "$DYAD" validate --help >"$tmp/help" 2>&1 && grep -q -- '--dict-dir' "$tmp/help" &&
    grep -q -- '--model' "$tmp/help" && grep -q -- '--verbose' "$tmp/help"; then
    ok "validate --help lists its options"
else
    bad "validate --help lists its options"
fi

"$DYAD" validate >"$tmp/out" 2>"$tmp/err"
if [ $? -eq 2 ] && [ -s "$tmp/err" ]; then
    ok "validate without a file is a usage error (exit 2)"
else
    bad "validate without a file is a usage error (exit 2)"
fi

xml=${DYAD_SHARED:+$DYAD_SHARED/petrarch2/text/PETR.UnitTest.records.xml}
if [ -z "$xml" ] || [ ! -f "$xml" ]; then
    echo "skip - validate: no shared data (DYAD_SHARED)"
    exit 0
fi
"$DYAD" validate "$xml" >"$tmp/out" 2>"$tmp/err"
rc=$?
if grep -q "has no\|model" "$tmp/err" && [ "$rc" -eq 3 ]; then
    echo "skip - validate: $(head -1 "$tmp/err")"
    exit 0
fi
last=$(tail -1 "$tmp/out")
passed=$(echo "$last" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\1/p')
failed=$(echo "$last" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\2/p')
if [ -n "$passed" ] && [ -n "$failed" ] && { { [ "$rc" -eq 0 ] && [ "$failed" -eq 0 ]; } || { [ "$rc" -eq 1 ] && [ "$failed" -gt 0 ]; }; }; then
    ok "validate runs the unit-test records and ends with 'N passed, N failed' ($last)"
else
    bad "validate runs the unit-test records (exit $rc: $(head -c 300 "$tmp/err"))"
    exit 0
fi
"$DYAD" validate --allow-failures "$xml" >/dev/null 2>&1
check "validate --allow-failures exits 0 whatever the pass rate" '[ $? -eq 0 ]'
"$DYAD" validate "$xml" >/dev/null 2>&1
check "validate exits 1 when records fail ($failed failed), as the README says" '[ $? -eq 1 ] || [ "$failed" -eq 0 ]'
total=$((passed + failed))
if [ "$total" -gt 250 ]; then
    ok "validate reads every record ($total)"
else
    bad "validate reads every record (only $total)"
fi
if grep -q '^category ' "$tmp/out" && grep -q '^DEMO ' "$tmp/out"; then
    ok "validate prints the per-category table"
else
    bad "validate prints the per-category table"
fi
pct=$((100 * passed / total))
echo "# validate: $passed of $total records pass ($pct%) with the codebook's reading of modality"
# PETRARCH's records code future and modal acts as facts ("will break relations": 1717), where
# docs/CODEBOOK.md codes an intent or nothing: the floor holds for --literal (PETRARCH's
# convention), and a lower one for the default, the difference being those records.
if [ "$pct" -ge "$STANCE_FLOOR_PCT" ]; then
    ok "validate pass rate $pct% >= floor $STANCE_FLOOR_PCT% (default coding)"
else
    bad "validate pass rate $pct% >= floor $STANCE_FLOOR_PCT% (default coding)"
fi
"$DYAD" validate --literal "$xml" >"$tmp/lit" 2>/dev/null
lit=$(tail -1 "$tmp/lit" | sed -n 's/^\([0-9]*\) passed, .*/\1/p')
lpct=$((100 * ${lit:-0} / total))
echo "# validate --literal: ${lit:-0} of $total records pass ($lpct%)"
if [ "$lpct" -ge "$FLOOR_PCT" ]; then
    ok "validate --literal pass rate $lpct% >= floor $FLOOR_PCT%"
else
    bad "validate --literal pass rate $lpct% >= floor $FLOOR_PCT%"
fi
