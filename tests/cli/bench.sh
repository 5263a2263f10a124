#!/bin/sh
# bench.sh — `dyad bench`: usage errors, the scaling table (one row per thread count, the
# counts of the corpus, the peak memory split), the stage table (six stages). On the 10-record
# example, so it runs in a second; the figures themselves are not checked (noisy machines).
# Env: DYAD (the binary). Needs the trained models in data/models: skipped without them.
. "$(dirname "$0")/../lib/cli.sh"
set -u
cd "$(dirname "$0")/../.." || exit 2
: "${DYAD:=$(pwd)/dyad}"

"$DYAD" bench --help >"$tmp/help" 2>&1
check "bench --help exits 0 and names --stages, --runs, --jobs" \
    '[ $? -eq 0 ] && grep -q -- "--stages" "$tmp/help" && grep -q -- "--runs" "$tmp/help" && grep -q -- "--jobs" "$tmp/help"'
"$DYAD" bench >/dev/null 2>"$tmp/err"
check "no corpus → exit 2" '[ $? -eq 2 ] && grep -q "CORPUS" "$tmp/err"'
"$DYAD" bench --runs 0 examples/news.jsonl >/dev/null 2>"$tmp/err"
check "--runs 0 → exit 2" '[ $? -eq 2 ]'
"$DYAD" bench "$tmp/none.jsonl" >/dev/null 2>"$tmp/err"
check "missing corpus → exit 3 with its name" '[ $? -eq 3 ] && grep -q "none.jsonl" "$tmp/err"'

if ! ls data/models/parser.dm data/models/tagger.dm >/dev/null 2>&1 || ! ls data/dict/*.dict >/dev/null 2>&1; then
    echo "skip - bench runs: no models in data/models or no data/dict (run 'make models')"
    exit 0
fi

"$DYAD" bench --runs 2 -j 2 examples/news.jsonl >"$tmp/scale" 2>"$tmp/scale.err"
check "bench -j 2 exits 0" '[ $? -eq 0 ]'
same "one row for 1 thread and one for 2" \
    "$(awk '$1 ~ /^[0-9]+$/ {print $1}' "$tmp/scale" | tr '\n' ' ')" "1 2 "
check "the corpus counts: 10 articles, 0 rejected" \
    'grep -q "^# 10 articles, [0-9]* sentences, [0-9]* words, .* 0 rejected" "$tmp/scale"'
check "peak memory with the part loading took" \
    'grep -Eq "^peak RSS: [0-9]+ KiB \(models and dictionaries [0-9]+ KiB, the runs [0-9]+ KiB more\)" "$tmp/scale"'
peak=$(sed -n 's/^peak RSS: \([0-9]*\) KiB.*/\1/p' "$tmp/scale")
loaded=$(sed -n 's/.*models and dictionaries \([0-9]*\) KiB.*/\1/p' "$tmp/scale")
check "the peak is at least what loading took" '[ "${peak:-0}" -ge "${loaded:-1}" ] && [ "${loaded:-0}" -gt 0 ]'

"$DYAD" bench --stages --runs 1 examples/news.jsonl >"$tmp/stages" 2>"$tmp/stages.err"
check "bench --stages exits 0" '[ $? -eq 0 ]'
same "the seven stages in order" \
    "$(awk 'NR > 3 && $1 ~ /^[a-z]+$/ && $1 != "peak" {print $1}' "$tmp/stages" | tr '\n' ' ')" \
    "read tokenize tag parse code geo write "
check "each stage row has seconds, sentences/s, words/s, MB/s" \
    '[ "$(awk '"'"'$1 ~ /^(read|tokenize|tag|parse|code|geo|write)$/ && NF == 5'"'"' "$tmp/stages" | wc -l)" -eq 7 ]'
