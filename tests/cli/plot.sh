#!/bin/sh
# plot.sh — `dyad plot` (timeline and --top SVGs) and `dyad dedup` (one-a-day, near-duplicates).
. "$(dirname "$0")/../lib/cli.sh"
: "${DYAD:?DYAD must point at the dyad binary}"
cd "$(dirname "$0")/../.." || exit 2
ev=tests/data/events/small.jsonl

"$DYAD" plot --dyad RUS,UKR --by month "$ev" -o "$tmp/t.svg" 2>"$tmp/err"
same "plot --dyad exits 0" "$?" 0
if grep -q '^<svg xmlns="http://www.w3.org/2000/svg"' "$tmp/t.svg" && grep -q '</svg>' "$tmp/t.svg" &&
    grep -q '>Events between RUS and UKR, by month<' "$tmp/t.svg" && grep -q '>2021-02<' "$tmp/t.svg" &&
    grep -q '>Goldstein mean<' "$tmp/t.svg"; then
    ok "timeline SVG has its title, dates and legend"
else
    bad "timeline SVG has its title, dates and legend"
fi
if command -v xmllint >/dev/null 2>&1; then
    if xmllint --noout "$tmp/t.svg" 2>/dev/null; then ok "xmllint: well-formed"; else bad "xmllint: well-formed"; fi
fi
"$DYAD" plot --top 2 "$ev" -o "$tmp/top.svg"
same "plot --top exits 0" "$?" 0
same "--top 2 draws two dyads" "$(grep -c '>[A-Z]* – [A-Z]*<' "$tmp/top.svg")" 2
"$DYAD" plot --dyad XXX,YYY "$ev" -o "$tmp/none.svg" 2>"$tmp/err"
same "no events for the dyad: exit 3 with a message" "$?:$(grep -c 'no dated events' "$tmp/err")" "3:1"
"$DYAD" plot --dyad RUS,UKR "$ev" 2>/dev/null
same "plot without -o is a usage error" "$?" 2

# dedup --one-a-day: passes lines through, drops the same-day repeat
"$DYAD" dedup -q --one-a-day "$ev" >"$tmp/oad.jsonl"
same "dedup --one-a-day keeps 11 of 12 lines" "$(wc -l <"$tmp/oad.jsonl" | tr -d ' ')" 11
if grep -q '"id":"d1-1"' "$tmp/oad.jsonl"; then bad "the repeat d1-1 is dropped"; else ok "the repeat d1-1 is dropped"; fi
same "kept lines are the input lines" "$(grep -c -F -x -f "$tmp/oad.jsonl" "$ev")" 11

# near-duplicates: a copy with a dateline and a page holding its text twice, not the unrelated one
s='The foreign ministers of the two countries met in Geneva on Tuesday to discuss the ceasefire, the exchange of prisoners and the reopening of the border crossings that were closed in the spring. Officials said the talks were constructive and that a second round would follow next month.'
o='The central bank raised interest rates by half a point on Thursday, citing inflation that has stayed above its target for a year. Markets fell after the announcement.'
{
    printf '{"id":"a0","text":"%s"}\n' "$s"
    printf '{"id":"a1","text":"GENEVA (Wire) - %s"}\n' "$s"
    printf '{"id":"a2","text":"%s"}\n' "$o"
    printf '{"id":"a3","text":"%s %s"}\n' "$s" "$s"
} >"$tmp/arts.jsonl"
"$DYAD" dedup -q --near-dups "$tmp/arts.jsonl" >"$tmp/nd.tsv"
same "near-dups exits 0" "$?" 0
same "group a0: a0 a1 a3" "$(awk -F'\t' '$1=="copy"{printf "%s:%s ", $2, $3}' "$tmp/nd.tsv")" "a0:a0 a0:a1 a0:a3 "
same "a3 repeats its own text" "$(awk -F'\t' '$1=="repeated"{print $3}' "$tmp/nd.tsv")" "a3"
"$DYAD" dedup --near-dups "$tmp/arts.jsonl" --threshold 1.5 2>/dev/null
same "bad threshold is a usage error" "$?" 2
