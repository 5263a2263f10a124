#!/bin/sh
# audit.sh — tools/audit.sh: the draw is reproducible and in input order, a corpus is coded
# first, and --total counts a hand-marked file and names unmarked and invalid lines.
. "$(dirname "$0")/../lib/cli.sh"
: "${DYAD:?DYAD must point at the dyad binary}"
cd "$(dirname "$0")/../.." || exit 2
export DYAD
"$DYAD" code --format jsonl examples/news.jsonl >"$tmp/ev.jsonl" 2>/dev/null
sh tools/audit.sh 5 7 "$tmp/ev.jsonl" >"$tmp/a1"
same "draw exits 0" "$?" 0
sh tools/audit.sh 5 7 "$tmp/ev.jsonl" >"$tmp/a2"
check "same seed, same draw" 'cmp -s "$tmp/a1" "$tmp/a2"'
same "5 rows after the comment and the header" "$(tail -n +3 "$tmp/a1" | wc -l | tr -d ' ')" 5
same "header" "$(sed -n 2p "$tmp/a1")" "$(printf 'mark\tdoc\tsent\tsource\ttarget\tcode\tverb\tsentence')"
same "mark column empty" "$(tail -n +3 "$tmp/a1" | cut -f1 | sort -u | tr -d '\n')" ""
same "rows in input order" "$(tail -n +3 "$tmp/a1" | cut -f2,3 | sort -c 2>&1 && echo sorted)" "sorted"
check "every drawn event is a coded one" \
    'tail -n +3 "$tmp/a1" | cut -f2- | while IFS="	" read -r d s src tgt c v t; do grep -q "\"doc\":\"$d\",.*\"sent\":$s,.*\"source\":\"$src\",.*\"code\":\"$c\"" "$tmp/ev.jsonl" || exit 1; done'
sh tools/audit.sh 100 7 "$tmp/ev.jsonl" >"$tmp/all"
same "N over the event count draws all of them" "$(tail -n +3 "$tmp/all" | wc -l | tr -d ' ')" \
    "$(wc -l <"$tmp/ev.jsonl" | tr -d ' ')"
sh tools/audit.sh 5 7 examples/news.jsonl >"$tmp/c1"
same "a corpus is coded first: same draw" "$(tail -n +2 "$tmp/c1")" "$(tail -n +2 "$tmp/a1")"
sh tools/audit.sh 5 x "$tmp/ev.jsonl" >/dev/null 2>&1
same "bad SEED is a usage error" "$?" 2

printf '# audit\nmark\tdoc\nright\ta\nright\tb\npartly\tc\nwrong\td\n' >"$tmp/m.tsv"
sh tools/audit.sh --total "$tmp/m.tsv" >"$tmp/t" 2>"$tmp/err"
same "--total exits 0 when all are marked" "$?" 0
same "--total counts and percentages" "$(tr -s ' ' <"$tmp/t" | tr '\n' '|')" \
    "right 2 50.0%|partly 1 25.0%|wrong 1 25.0%|marked 4 of 4|"
printf 'mark\tdoc\nright\ta\n\tb\nmaybe\tc\nwrong\td\n' >"$tmp/u.tsv"
sh tools/audit.sh --total "$tmp/u.tsv" >"$tmp/t" 2>"$tmp/err"
same "--total exits 1 with unmarked or invalid lines" "$?" 1
same "totals of the marked rows" "$(tail -1 "$tmp/t" | tr -s ' ')" "marked 2 of 4 (1 unmarked, 1 invalid)"
check "unmarked line named" 'grep -q "u.tsv:3: unmarked" "$tmp/err"'
check "invalid mark named" 'grep -q "u.tsv:4: invalid mark \"maybe\"" "$tmp/err"'
