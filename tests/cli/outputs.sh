#!/bin/sh
# outputs.sh — no subcommand overwrites its own input: an output path (-o, --rejects, --db, or
# standard output redirected to a file) that is an input file, through a link or not, or that
# is another output, is refused with exit 2 and the input left as it was.
# Env: DYAD (the binary). Needs no models: the check comes before anything is loaded.
. "$(dirname "$0")/../lib/cli.sh"
set -u
cd "$(dirname "$0")/../.." || exit 2
: "${DYAD:=$(pwd)/dyad}"

cp examples/news.jsonl "$tmp/in.jsonl"
size=$(wc -c <"$tmp/in.jsonl")
ln -s in.jsonl "$tmp/link.jsonl"
refused() { # NAME: the last command exited 2, named the clash, left the input whole
    rc=$1; shift
    check "$1" '[ $rc -eq 2 ] && grep -q "refusing to overwrite\|its own file" "$tmp/err" && [ "$(wc -c <"$tmp/in.jsonl")" -eq "$size" ]'
}
"$DYAD" code -q -o "$tmp/in.jsonl" "$tmp/in.jsonl" 2>"$tmp/err"
refused $? "code -o INPUT is refused"
"$DYAD" code -q "-o$tmp/in.jsonl" "$tmp/in.jsonl" 2>"$tmp/err"
refused $? "code -oINPUT (attached value) is refused"
"$DYAD" code -q --rejects "$tmp/in.jsonl" "$tmp/in.jsonl" 2>"$tmp/err"
refused $? "code --rejects INPUT is refused"
"$DYAD" code -q --db "$tmp/in.jsonl" "$tmp/in.jsonl" 2>"$tmp/err"
refused $? "code --db INPUT is refused"
"$DYAD" code -q -o "$tmp/link.jsonl" "$tmp/in.jsonl" 2>"$tmp/err"
refused $? "code -o LINK-TO-INPUT is refused"
(cd "$tmp" && "$DYAD" code -q -o ./in.jsonl in.jsonl 2>"$tmp/err")
refused $? "code -o ./INPUT is refused"
"$DYAD" code -q -o "$tmp/in.jsonl" - <"$tmp/in.jsonl" 2>"$tmp/err"
refused $? "code -o FILE with FILE on standard input is refused"
"$DYAD" code -q "$tmp/in.jsonl" >>"$tmp/in.jsonl" 2>"$tmp/err"
refused $? "code >> INPUT (standard output is the input) is refused"
"$DYAD" code -q -o "$tmp/out.tsv" --rejects "$tmp/out.tsv" "$tmp/in.jsonl" 2>"$tmp/err"
refused $? "code -o F --rejects F (two outputs, one file) is refused"
check "nothing was created for the refused pair" '[ ! -e "$tmp/out.tsv" ]'
"$DYAD" series -o "$tmp/in.jsonl" "$tmp/in.jsonl" 2>"$tmp/err"
refused $? "series -o INPUT is refused"
"$DYAD" plot --top 2 -o "$tmp/in.jsonl" "$tmp/in.jsonl" 2>"$tmp/err"
refused $? "plot -o INPUT is refused"
"$DYAD" load --db "$tmp/in.jsonl" "$tmp/in.jsonl" 2>"$tmp/err"
refused $? "load --db INPUT is refused"
"$DYAD" dedup --one-a-day "$tmp/in.jsonl" >>"$tmp/in.jsonl" 2>"$tmp/err"
refused $? "dedup >> INPUT is refused"
"$DYAD" parse --input jsonl "$tmp/in.jsonl" >>"$tmp/in.jsonl" 2>"$tmp/err"
refused $? "parse >> INPUT is refused"
"$DYAD" series -o /dev/null - </dev/null 2>"$tmp/err"
check "devices are never the same file: series -o /dev/null < /dev/null exits 0" '[ $? -eq 0 ]'

# Outputs that cannot be opened are one class: exit 4 (README "Exit status").
"$DYAD" code -q -o "$tmp/no-such-dir/o.tsv" "$tmp/in.jsonl" 2>"$tmp/err"
check "code -o in a missing folder: exit 4" '[ $? -eq 4 ] && grep -q "no-such-dir" "$tmp/err"'
"$DYAD" code -q --rejects "$tmp/no-such-dir/r.txt" "$tmp/in.jsonl" 2>"$tmp/err"
check "code --rejects in a missing folder: exit 4" '[ $? -eq 4 ]'
"$DYAD" code -q --db "$tmp/no-such-dir/e.db" "$tmp/in.jsonl" >/dev/null 2>"$tmp/err"
rc=$?
if grep -q "model\|has no" "$tmp/err" && [ $rc -eq 3 ]; then
    echo "skip - code --db in a missing folder: no models"
else
    check "code --db in a missing folder: exit 4, as -o" '[ $rc -eq 4 ] && grep -q "no-such-dir" "$tmp/err"'
fi
"$DYAD" load --db "$tmp/no-such-dir/e.db" "$tmp/in.jsonl" 2>"$tmp/err"
check "load --db in a missing folder: exit 4" '[ $? -eq 4 ]'
"$DYAD" series -o "$tmp/no-such-dir/s.csv" /dev/null 2>"$tmp/err"
check "series -o in a missing folder: exit 4" '[ $? -eq 4 ]'
