#!/bin/sh
# labels.sh — readable actor names: JSONL "source_label"/"target_label" from the dictionary
# entry (or the matched words), --explain's "actors" line ("Sergey Lavrov (RUSGOV)"), and
# --format jsonl --explain giving the records with an "explain" member instead of text.
# Env: DYAD (the binary).
. "$(dirname "$0")/../lib/cli.sh"
set -u
cd "$(dirname "$0")/../.." || exit 2
: "${DYAD:=$(pwd)/dyad}"

"$DYAD" code -q --format jsonl examples/news.jsonl >"$tmp/ev.jsonl"
check "JSONL: source_label from the entry (Sergey Lavrov), after source_agent" \
    'grep -q "\"id\":\"ex-0001-0\",.*\"source_agent\":\"GOV\",\"source_label\":\"Sergey Lavrov\",\"target\":\"CHNGOV\"" "$tmp/ev.jsonl"'
check "JSONL: target_label after target_agent (Wang Yi, the target phrase's head)" \
    'grep -q "\"id\":\"ex-0001-0\",.*\"target_agent\":\"GOV\",\"target_label\":\"Wang Yi\",\"code\"" "$tmp/ev.jsonl"'
# every record has a source label, and a target label unless it is a one-sided act (no target)
same "every record has its labels, none empty but a one-sided act's target" \
    "$(grep -c '"source_label":"[^"]' "$tmp/ev.jsonl"):$(grep -c '"target_label":"[^"]' "$tmp/ev.jsonl")" \
    "$(wc -l <"$tmp/ev.jsonl" | tr -d ' '):$(grep -vc '"target":""' "$tmp/ev.jsonl")"

"$DYAD" code -q --explain examples/news.jsonl >"$tmp/explain.txt"
check "--explain: an actors line, Sergey Lavrov (RUSGOV) -> Wang Yi (CHNGOV)" \
    'grep -q "^  actors  Sergey Lavrov (RUSGOV) -> Wang Yi (CHNGOV)$" "$tmp/explain.txt"'
same "--explain: one actors line per event" "$(grep -c '^  actors  ' "$tmp/explain.txt")" \
    "$(wc -l <"$tmp/ev.jsonl" | tr -d ' ')"

"$DYAD" code -q --format jsonl --explain examples/news.jsonl >"$tmp/ex.jsonl"
same "--format jsonl --explain: as many JSON records as without --explain" \
    "$(grep -c '^{"id":' "$tmp/ex.jsonl"):$(wc -l <"$tmp/ex.jsonl" | tr -d ' ')" \
    "$(wc -l <"$tmp/ev.jsonl" | tr -d ' '):$(wc -l <"$tmp/ev.jsonl" | tr -d ' ')"
check "--format jsonl --explain: each record ends with its \"explain\" text" \
    '[ "$(grep -c ",\"explain\":\"ex-[0-9]*\\\\t2024-.*\\\\n  actors  [^\"]*\\\\n\"}$" "$tmp/ex.jsonl")" -eq "$(wc -l <"$tmp/ev.jsonl")" ]'
check "--format jsonl --explain: the rest of each record as without --explain" \
    '[ "$(sed "s/,\"explain\":.*}$/}/" "$tmp/ex.jsonl")" = "$(cat "$tmp/ev.jsonl")" ]'
