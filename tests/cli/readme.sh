#!/bin/sh
# readme.sh — the README walk-through runs top to bottom: every `./dyad ...` line between
# <!-- walkthrough --> and <!-- /walkthrough --> is run, in order, in a scratch folder holding
# a copy of examples/; each must exit 0 and leave its output non-empty (the file after -o or
# '>', else its standard output). Lines that read ../shared/data use $DYAD_SHARED and are
# skipped without it. Env: DYAD (the binary), DYAD_SHARED.
. "$(dirname "$0")/../lib/cli.sh"
set -u
cd "$(dirname "$0")/../.." || exit 2
: "${DYAD:=$(pwd)/dyad}" "${DYAD_SHARED:=}"

sed -n '/^<!-- walkthrough -->$/,/^<!-- \/walkthrough -->$/p' README.md | grep '^\./dyad ' >"$tmp/steps"
check "the README has a walk-through of at least 10 commands" '[ "$(wc -l <"$tmp/steps")" -ge 10 ]'
mkdir "$tmp/run" && cp -R examples "$tmp/run/examples"
n=0
while IFS= read -r line; do
    n=$((n + 1))
    case $line in
    *../shared/data*)
        if [ -z "$DYAD_SHARED" ] || [ ! -d "$DYAD_SHARED" ]; then
            echo "skip - step $n needs ../shared/data: $line"
            continue
        fi ;;
    esac
    # the file the step writes: after "-o" or ">", else its standard output
    out=$(printf '%s\n' "$line" | sed -n 's/.* \(-o\|>\) \([^ ]*\).*/\2/p')
    cmd=$(printf '%s\n' "$line" | sed "s|^\./dyad|\"\$DYAD\"|; s|\.\./shared/data|\"\$DYAD_SHARED\"|g")
    (cd "$tmp/run" && DYAD="$DYAD" DYAD_SHARED="$DYAD_SHARED" sh -c "$cmd" >"$tmp/stdout" 2>"$tmp/stderr")
    rc=$?
    cp "$tmp/stdout" "$tmp/step$n.out"
    [ -n "$out" ] || out=../stdout
    if [ $rc -eq 0 ] && [ -s "$tmp/run/$out" ]; then
        ok "step $n exits 0, output not empty: $line"
    else
        bad "step $n: $line"
        echo "#   exit status $rc; output $out $( [ -s "$tmp/run/$out" ] && echo present || echo empty)"
        sed 's/^/#   /' "$tmp/stderr" | tail -5
    fi
done <"$tmp/steps"
check "the chart of USA,RUS has bars" 'grep -q "<rect" "$tmp/run/usa-rus.svg"'
series=$(grep -n '^\./dyad series ' "$tmp/steps" | head -n 1 | cut -d: -f1)
check "the USA,RUS series has a row for each of 6 months" \
    '[ -n "$series" ] && [ "$(grep -c "^2024-0[1-6]," "$tmp/step$series.out")" -ge 6 ]'
