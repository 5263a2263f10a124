#!/bin/sh
# help.sh — options the same way everywhere: every subcommand's --help fits 80 columns with its
# sentences reflowed,
# -d/--dict on `dict` (with -D kept), getopt-style attached values (-j1, -o/path, -qo FILE),
# and `dict lookup` says which date its actor code is for.
# Env: DYAD (the binary). Needs no models.
. "$(dirname "$0")/../lib/cli.sh"
set -u
cd "$(dirname "$0")/../.." || exit 2
: "${DYAD:=$(pwd)/dyad}"

for c in code parse validate dict series plot dedup load train eval bench; do
    "$DYAD" $c --help >"$tmp/help" 2>&1
    long=$(LC_ALL=C.UTF-8 awk 'length($0) > 80' "$tmp/help" | head -n 1)
    check "$c --help: exit 0, no line over 80 columns${long:+ ($long)}" '[ -s "$tmp/help" ] && [ -z "$long" ]'
    # A sentence broken in the source is reflowed: no line left short with its sentence going
    # on, in lower case, on the next ("... the given sentences and tokens are kept and UPOS,
    # XPOS," / "LEMMA, HEAD ..." was how a source break of 89 columns came out).
    stub=$(LC_ALL=C.UTF-8 awk 'NR > 1 && length(prev) > 0 && length(prev) < 50 && prev !~ /^ / && prev !~ /[.:]$/ && $0 ~ /^[a-z(]/ { print prev; exit } { prev = $0 }' "$tmp/help")
    check "$c --help: sentences reflowed, none cut short${stub:+ ($stub)}" '[ -z "$stub" ]'
done
"$DYAD" dict stats -d data/dict >"$tmp/d" 2>&1
rc_d=$?
"$DYAD" dict stats -D data/dict >"$tmp/D" 2>&1
rc_D=$?
check "dict takes -d SPEC like the other commands, and -D still" '[ $rc_d -eq 0 ] && [ $rc_D -eq 0 ] && [ -s "$tmp/d" ]'
"$DYAD" dict lookup -d data/dict Lavrov >"$tmp/l" 2>&1
check "dict lookup without --date says which code it shows" 'grep -q "no --date" "$tmp/l"'
"$DYAD" dict lookup -ddata/dict --date 2009-03-06 Lavrov >"$tmp/l" 2>&1
check "dict lookup --date names the date; -dSPEC attached" 'grep -q "on 2009-03-06" "$tmp/l"'
"$DYAD" series "-o$tmp/s.csv" -bmonth /dev/null 2>"$tmp/e"
check "attached values: series -oFILE -bmonth" '[ $? -eq 0 ] && [ -f "$tmp/s.csv" ]'
"$DYAD" code -j0 /dev/null 2>"$tmp/e"
check "attached values: code -j0 is read as -j 0 (and refused)" '[ $? -eq 2 ] && grep -q "1..1024, got 0" "$tmp/e"'
"$DYAD" code -qz /dev/null 2>"$tmp/e"
check "grouped flags: an unknown one in -qz is named" '[ $? -eq 2 ] && grep -q "unknown option .-qz." "$tmp/e"'
