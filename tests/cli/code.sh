#!/bin/sh
# code.sh — `dyad code` end to end: examples coded, same output with -j 1 and -j 4, records
# accounting on bad input, closed pipe, write failure, usage errors.
# Env: DYAD (the binary). Coding needs the trained models in data/models: skipped without them.
. "$(dirname "$0")/../lib/cli.sh"
set -u
cd "$(dirname "$0")/../.." || exit 2
: "${DYAD:=$(pwd)/dyad}"

# Usage errors need no data.
"$DYAD" code --help >"$tmp/help" 2>&1
check "code --help exits 0 and lists --shard, --explain, --db, -j" \
    '[ $? -eq 0 ] && grep -q -- "--shard" "$tmp/help" && grep -q -- "--explain" "$tmp/help" && grep -q -- "--db" "$tmp/help" && grep -q -- "--jobs" "$tmp/help"'
"$DYAD" code --format xml examples/news.jsonl >/dev/null 2>"$tmp/err"
check "unknown --format → exit 2" '[ $? -eq 2 ] && grep -q "format" "$tmp/err"'
"$DYAD" code --shard 5/4 examples/news.jsonl >/dev/null 2>"$tmp/err"
check "bad --shard → exit 2" '[ $? -eq 2 ] && grep -q "shard" "$tmp/err"'
"$DYAD" code "$tmp/does-not-exist.jsonl" >/dev/null 2>"$tmp/err"
check "missing input file → exit 3 with its name" '[ $? -eq 3 ] && grep -q "does-not-exist" "$tmp/err"'

# Everything below codes text: it needs the models.
# The project's dictionaries (data/dict) when they exist, else the Phoenix set of the shared
# data; without either the examples cannot code anything and the tests are skipped.
if ls data/dict/*.dict >/dev/null 2>&1; then
    set --
elif [ -n "${DYAD_SHARED:-}" ] && [ -d "$DYAD_SHARED/petrarch2/dictionaries" ]; then
    set -- --dict "phoenix:$DYAD_SHARED/petrarch2/dictionaries"
else
    echo "skip - coding tests: no dictionaries (data/dict is empty and DYAD_SHARED is not set)"
    exit 0
fi
DYAD_CODE="$DYAD code $*"
$DYAD_CODE -q examples/news.jsonl >"$tmp/probe" 2>"$tmp/probe.err"
probe=$?
if [ "$probe" -eq 3 ] || [ "$probe" -eq 5 ]; then
    echo "skip - coding tests: dyad code cannot load its data ($(head -c 200 "$tmp/probe.err" | tr '\n' ' ')); run 'make models'"
    exit 0
fi

$DYAD_CODE -j 1 examples/news.jsonl >"$tmp/j1.tsv" 2>"$tmp/j1.err"
rc=$?
check "examples/news.jsonl codes with exit 0" '[ $rc -eq 0 ]'
check "examples produce events" '[ -s "$tmp/j1.tsv" ]'
check "summary: 10 records, none rejected" 'grep -q "10 records:.* 0 rejected" "$tmp/j1.err"'
$DYAD_CODE -j 4 examples/news.jsonl >"$tmp/j4.tsv" 2>/dev/null
check "-j 1 and -j 4 outputs are identical (examples)" 'cmp -s "$tmp/j1.tsv" "$tmp/j4.tsv"'
$DYAD_CODE --format jsonl examples/news.jsonl >"$tmp/ex.jsonl" 2>/dev/null
check "--format jsonl writes one JSON object per line" \
    '[ -s "$tmp/ex.jsonl" ] && [ "$(grep -c "^{.*}$" "$tmp/ex.jsonl")" -eq "$(wc -l <"$tmp/ex.jsonl")" ]'
$DYAD_CODE --header examples/news.jsonl 2>/dev/null | head -n 1 >"$tmp/hdr"
check "--header: first line names columns" '[ "$(tr "\t" "\n" <"$tmp/hdr" | wc -l)" -ge 5 ] && ! grep -q "ex-0001" "$tmp/hdr"'
$DYAD_CODE --explain examples/news.jsonl >"$tmp/explain" 2>/dev/null
check "--explain prints evidence" '[ -s "$tmp/explain" ] && ! cmp -s "$tmp/explain" "$tmp/j1.tsv"'

# Many records, batches of both sizes: -j 1 and -j 4 must agree byte for byte.
i=0
: >"$tmp/many.jsonl"
while [ $i -lt 40 ]; do
    sed "s/\"id\": \"ex-/\"id\": \"r$i-/" examples/news.jsonl >>"$tmp/many.jsonl"
    i=$((i + 1))
done
$DYAD_CODE -j 1 -q "$tmp/many.jsonl" >"$tmp/m1" 2>/dev/null
$DYAD_CODE -j 4 -q "$tmp/many.jsonl" >"$tmp/m4" 2>/dev/null
check "-j 1 and -j 4 outputs identical on 400 records" '[ -s "$tmp/m1" ] && cmp -s "$tmp/m1" "$tmp/m4"'
gzip -c "$tmp/many.jsonl" >"$tmp/many.jsonl.gz"
$DYAD_CODE -j 2 -q "$tmp/many.jsonl.gz" >"$tmp/mgz" 2>/dev/null
check "gzip input codes the same as plain" 'cmp -s "$tmp/m1" "$tmp/mgz"'
$DYAD_CODE -j 2 -q - <"$tmp/many.jsonl" >"$tmp/mstdin" 2>/dev/null
check "stdin codes the same as a file" 'cmp -s "$tmp/m1" "$tmp/mstdin"'

# --one-a-day: the 40 copies share dates, so only the first copy's events remain.
$DYAD_CODE -q --one-a-day "$tmp/many.jsonl" >"$tmp/oad_many" 2>/dev/null
$DYAD_CODE -q --one-a-day examples/news.jsonl >"$tmp/oad_ex" 2>/dev/null
check "--one-a-day keeps one event per date, dyad and code across 40 copies" \
    '[ -s "$tmp/oad_ex" ] && [ "$(wc -l <"$tmp/oad_many")" -eq "$(wc -l <"$tmp/oad_ex")" ]'

# --db: the SQLite store is written alongside the records.
$DYAD_CODE -q --db "$tmp/ev.sqlite" examples/news.jsonl >"$tmp/db.tsv" 2>"$tmp/db.err"
rc=$?
check "--db writes a SQLite file and the same records" \
    '[ $rc -eq 0 ] && [ "$(head -c 15 "$tmp/ev.sqlite" 2>/dev/null)" = "SQLite format 3" ] && cmp -s "$tmp/db.tsv" "$tmp/j1.tsv"'

# Bad records: every record is accounted for, rejected ones are named, exit status 1.
{
    head -n 3 examples/news.jsonl
    echo '{"id": "bad-json", "date": "2024-03-04", "text": "unterminated'
    echo '{"id": "bad-date", "date": "2024-13-45", "text": "Russia met China."}'
    printf '{"id": "bad-utf8", "date": "2024-03-04", "text": "Russia \377\376 met China."}\n'
    tail -n 2 examples/news.jsonl
} >"$tmp/bad.jsonl"
$DYAD_CODE -j 3 "$tmp/bad.jsonl" >"$tmp/bad.tsv" 2>"$tmp/bad.err"
rc=$?
check "bad records → exit 1" '[ $rc -eq 1 ]'
sum=$(sed -n 's/.*: \([0-9]*\) records: \([0-9]*\) coded ([0-9]* events), \([0-9]*\) no event, \([0-9]*\) discarded, \([0-9]*\) rejected.*/\1 \2 \3 \4 \5/p' "$tmp/bad.err")
n_read=0 n_sum=-1 n_rej=-1
if [ -n "$sum" ]; then
    set -- $sum
    n_read=$1 n_sum=$(($2 + $3 + $4 + $5)) n_rej=$5
fi
check "accounting adds up: read = coded + no event + discarded + rejected ($sum)" \
    '[ "$n_read" -eq 8 ] && [ "$n_read" -eq "$n_sum" ]'
nrej=$(grep -c "rejected:" "$tmp/bad.err")
check "each rejected record is listed on stderr ($nrej lines)" '[ "$nrej" -eq "$n_rej" ] && [ "$n_rej" -ge 2 ]'
check "rejection names the record (id or line)" 'grep "rejected:" "$tmp/bad.err" | grep -q -E "bad-json|:4"'

# A closed pipe: no crash, and dyad says writing failed (exit 4) or finished before noticing.
$DYAD_CODE -j 2 -q "$tmp/many.jsonl" 2>"$tmp/pipe.err" | head -c 10 >/dev/null
check "closed pipe: no crash" '! grep -q -i -E "sanitizer|segmentation|abort" "$tmp/pipe.err"'
if [ -w /dev/full ]; then
    $DYAD_CODE -q "$tmp/many.jsonl" >/dev/full 2>"$tmp/full.err"
    rc=$?
    check "write to /dev/full → exit 4 with a message" '[ $rc -eq 4 ] && grep -q -i "writ" "$tmp/full.err"'
else
    echo "skip - /dev/full not available"
fi
$DYAD_CODE -q -o "$tmp/out.tsv" examples/news.jsonl 2>/dev/null
check "-o FILE writes the same records" 'cmp -s "$tmp/out.tsv" "$tmp/j1.tsv"'
# Event ids are the writer's: "<doc id>-<n>", n counting the document's written events from 0.
ids_ok=$(awk -F'\t' '{ d=$24; sub(/_[0-9]+$/, "", d); n[d]++; if ($1 != d "-" (n[d]-1)) bad++ } END { print bad+0 }' "$tmp/j1.tsv")
check "TSV EventIDs are <doc>-0, <doc>-1, ... per document" '[ -s "$tmp/j1.tsv" ] && [ "$ids_ok" -eq 0 ]'
cut -f1 "$tmp/j1.tsv" >"$tmp/tsv.ids"
sed 's/^{"id":"\([^"]*\)".*/\1/' "$tmp/ex.jsonl" >"$tmp/jsonl.ids"
check "JSONL ids equal the TSV EventIDs" 'cmp -s "$tmp/tsv.ids" "$tmp/jsonl.ids"'
$DYAD_CODE -q --one-a-day "$tmp/many.jsonl" | cut -f1 | sort | uniq -d >"$tmp/oad.dups"
check "--one-a-day: ids stay unique" '[ ! -s "$tmp/oad.dups" ]'

# Unknown JSONL input fields come back in the JSONL record's "meta".
echo '{"id": "m1", "date": "2024-05-06", "text": "Russia met China.", "url": "https://example.org/a", "tags": ["x",2], "lang": "en"}' >"$tmp/meta.jsonl"
$DYAD_CODE -q --format jsonl "$tmp/meta.jsonl" >"$tmp/meta.out" 2>/dev/null
check "unknown input fields pass through to JSONL \"meta\"" \
    'grep -q "\"meta\":{\"url\":\"https://example.org/a\",\"tags\":\[\"x\",2\],\"lang\":\"en\"}" "$tmp/meta.out"'
$DYAD_CODE -q "$tmp/meta.jsonl" | cut -f25 >"$tmp/meta.url"
check "the url field fills the TSV URLs column" 'grep -qx "https://example.org/a" "$tmp/meta.url"'

# A sentence repeated in one article yields its events once.
echo '{"id": "rep", "date": "2024-05-06", "text": "Russia met China. Russia met China. Israel attacked Hamas."}' >"$tmp/rep.jsonl"
$DYAD_CODE -q "$tmp/rep.jsonl" >"$tmp/rep.tsv" 2>/dev/null
check "repeated sentence: its event once (2 events, not 3)" \
    '[ "$(wc -l <"$tmp/rep.tsv")" -eq 2 ] && [ "$(cut -f14 "$tmp/rep.tsv" | sort | tr "\n" " ")" = "040 190 " ]'

# --date: text input has no date; without --date it is rejected with the reason.
printf 'Russia met China on Monday.\n\nIsrael attacked Hamas.\n' >"$tmp/a.txt"
$DYAD_CODE -i text "$tmp/a.txt" >"$tmp/nodate.tsv" 2>"$tmp/nodate.err"
rc=$?
check "text input without --date: rejected (exit 1), reason 'no date'" \
    '[ $rc -eq 1 ] && [ ! -s "$tmp/nodate.tsv" ] && grep -q "rejected:.*a.txt.*no date" "$tmp/nodate.err" && grep -q "rejected 1: 1 no date" "$tmp/nodate.err"'
$DYAD_CODE -q -i text --date 2024-02-29 "$tmp/a.txt" >"$tmp/date.tsv"
rc=$?
check "--date 2024-02-29 dates text input (Date 20240229, exit 0)" \
    '[ $rc -eq 0 ] && [ -s "$tmp/date.tsv" ] && [ "$(cut -f2 "$tmp/date.tsv" | sort -u)" = "20240229" ]'
$DYAD_CODE -q -i text --date 20240229 "$tmp/a.txt" | cmp -s - "$tmp/date.tsv"
check "--date accepts YYYYMMDD" '[ $? -eq 0 ]'
$DYAD_CODE -i text --date 2023-02-29 "$tmp/a.txt" >/dev/null 2>"$tmp/baddate.err"
check "--date 2023-02-29 (no such day) → exit 2" '[ $? -eq 2 ] && grep -q "2023-02-29" "$tmp/baddate.err"'
echo '{"id": "d1", "text": "Russia met China."}' >"$tmp/nd.jsonl"
$DYAD_CODE -q --date 2024-01-02 --format jsonl "$tmp/nd.jsonl" | grep -q '"date":"2024-01-02"'
check "--date fills JSON lines without a date" '[ $? -eq 0 ]'
$DYAD_CODE -q --date 2024-01-02 examples/news.jsonl | cmp -s - "$tmp/j1.tsv"
check "--date does not change records that have a date" '[ $? -eq 0 ]'
grep -q -- "--date" "$tmp/help"
check "--help lists --date" '[ $? -eq 0 ]'

# The summary names each reason with its count; the counts add up to the rejected total.
reasons=$(sed -n 's/^dyad code: rejected \([0-9]*\): \(.*\)/\1 \2/p' "$tmp/bad.err")
rsum=0
for n in $(echo "$reasons" | cut -d' ' -f2- | tr ',' '\n' | awk '{print $1}'); do rsum=$((rsum + n)); done
check "summary: rejections by reason add up ($reasons)" \
    '[ -n "$reasons" ] && [ "$rsum" -eq "$n_rej" ] && echo "$reasons" | grep -q "bad JSON"'

# Progress line: only when stderr is a terminal (script(1) gives one); rates and an ETA.
i=0
: >"$tmp/big.jsonl"
while [ $i -lt 6 ]; do sed "s/\"id\": \"/\"id\": \"c$i-/" "$tmp/many.jsonl" >>"$tmp/big.jsonl"; i=$((i + 1)); done
if command -v script >/dev/null 2>&1; then
    script -qc "$DYAD_CODE -j 1 $tmp/big.jsonl >/dev/null" "$tmp/tty.log" >/dev/null 2>&1
    check "progress on a terminal: articles/s, sentences/s, events, ETA" \
        'grep -a -q "[0-9]* articles ([0-9]*/s), [0-9]* sentences ([0-9]*/s), [0-9]* events, [0-9]*%, ETA [0-9]*:[0-9][0-9]:[0-9][0-9]" "$tmp/tty.log"'
else
    echo "skip - progress line: script(1) not available"
fi
$DYAD_CODE -j 1 "$tmp/many.jsonl" >/dev/null 2>"$tmp/notty.err"
check "no progress line when stderr is a file" '! grep -q "ETA" "$tmp/notty.err" && ! grep -q "$(printf "\r")" "$tmp/notty.err"'
# A story the discard dictionary throws out is counted as discarded and stored with that status.
{
    head -n 1 examples/news.jsonl
    echo '{"id": "hs1", "date": "2024-05-06", "text": "Your horoscope for today. Russia met China."}'
} >"$tmp/disc.jsonl"
$DYAD_CODE --db "$tmp/disc.sqlite" "$tmp/disc.jsonl" >"$tmp/disc.tsv" 2>"$tmp/disc.err"
check "discarded story: counted, no records" \
    'grep -q "2 records: 1 coded ([0-9]* events), 0 no event, 1 discarded, 0 rejected" "$tmp/disc.err" && ! grep -q "^hs1-" "$tmp/disc.tsv"'
if command -v sqlite3 >/dev/null 2>&1; then
    st=$(sqlite3 "$tmp/disc.sqlite" "SELECT id || ':' || status FROM articles ORDER BY id" | tr '\n' ' ')
    check "SQLite articles.status: ex-0001 coded, hs1 discarded ($st)" '[ "$st" = "ex-0001:coded hs1:discarded " ]'
else
    echo "skip - sqlite3 shell not available"
fi
# Only sentences that offer the coder an actor (or a pronoun after one) are parsed: the events
# are the same as with --parse-all, evidence included.
{
    cat examples/news.jsonl
    echo '{"id": "pp1", "date": "2024-05-06", "text": "It rained all day. They said nothing. Russia met China in Beijing. He praised them. The weather was fine. It was cold."}'
    echo '{"id": "pp2", "date": "2024-05-06", "text": "Stock prices rose sharply. Analysts expected more gains. The Kremlin-backed group attacked Ukrainian troops."}'
    # past tenses with no -ed tagged as a noun or adjective, made verbs by the parse repairs
    echo '{"id": "pp3", "date": "2024-05-06", "text": "Police beat protesters in Nairobi on Monday."}'
    echo '{"id": "pp4", "date": "2024-05-06", "text": "A gunman shot shoppers at a Texas store."}'
} >"$tmp/pp.jsonl"
$DYAD_CODE --format jsonl "$tmp/pp.jsonl" >"$tmp/pp.some" 2>"$tmp/pp.err"
$DYAD_CODE -q --format jsonl --parse-all "$tmp/pp.jsonl" >"$tmp/pp.all"
check "parsing only what the coder can use gives the --parse-all events" '[ -s "$tmp/pp.all" ] && cmp -s "$tmp/pp.some" "$tmp/pp.all"'
parsed=$(sed -n 's/.* \([0-9]*\) sentences (\([0-9]*\) parsed).*/\1 \2/p' "$tmp/pp.err")
check "summary: fewer sentences parsed than read ($parsed)" \
    'set -- $parsed; [ $# -eq 2 ] && [ "$2" -lt "$1" ] && [ "$2" -gt 0 ]'
# An event needs an event word and a party (one suffices: a protest, an agentless arrest, with
# --dyads-only too, since the arrest's police make the dyad): sentences without an event word
# and with nothing later that may refer back to them are not parsed at all.
echo '{"id": "one1", "date": "2024-05-06", "text": "Russia is large. Moscow is cold in winter."}' >"$tmp/one.jsonl"
$DYAD_CODE --format jsonl "$tmp/one.jsonl" >"$tmp/one.out" 2>"$tmp/one.err"
check "no event word: no sentence parsed" 'grep -q " 2 sentences (0 parsed)" "$tmp/one.err"'
$DYAD_CODE -q --format jsonl "$tmp/many.jsonl" >"$tmp/m1.jsonl"
$DYAD_CODE -q --format jsonl --parse-all "$tmp/many.jsonl" >"$tmp/m1all.jsonl"
check "same events with and without --parse-all on 400 records" '[ -s "$tmp/m1.jsonl" ] && cmp -s "$tmp/m1.jsonl" "$tmp/m1all.jsonl"'
$DYAD_CODE -q --dyads-only --format jsonl "$tmp/many.jsonl" >"$tmp/m2.jsonl"
$DYAD_CODE -q --dyads-only --format jsonl --parse-all "$tmp/many.jsonl" >"$tmp/m2all.jsonl"
check "--dyads-only: same events with and without --parse-all" '[ -s "$tmp/m2.jsonl" ] && cmp -s "$tmp/m2.jsonl" "$tmp/m2all.jsonl"'
# Evidence names the built-in dictionaries as in the source tree, wherever dyad is installed;
# plain text from stdin is the document "stdin".
$DYAD_CODE -q --format jsonl examples/news.jsonl >"$tmp/ev.jsonl"
check "evidence entries name data/dict/*.dict:N, not an absolute path" \
    'grep -q "(data/dict/[a-z]*\.dict:[0-9]*)" "$tmp/ev.jsonl" && ! grep -q "\"entry\":\"[^\"]*(/" "$tmp/ev.jsonl"'
echo 'Russia condemned Ukraine on Monday.' | $DYAD_CODE -q --input text --date 2020-01-01 --format jsonl - >"$tmp/stdin.jsonl"
check "text from stdin: event id stdin-0, doc stdin" 'grep -q "^{\"id\":\"stdin-0\",\"doc\":\"stdin\"" "$tmp/stdin.jsonl"'
# A passive with the default dictionaries: the verb pattern "* +" must not take the by-agent
# (the source) as the target.
echo '{"id": "pv", "date": "2014-05-06", "text": "Ukraine was attacked by Russia."}' |
    $DYAD_CODE -q --format tsv - | cut -f6,10,14 >"$tmp/pv.tsv"
check "passive: 'Ukraine was attacked by Russia.' -> RUS UKR 190" '[ "$(cat "$tmp/pv.tsv")" = "RUS	UKR	190" ]'
# Nominal events from the event nouns of data/dict/verbs.dict.
printf '%s\n' '{"id": "nm", "date": "2014-05-06", "text": "Russia'"'"'s invasion of Ukraine began in February. Putin'"'"'s threat against Ukraine worried Europe."}' |
    $DYAD_CODE -q --format tsv - | cut -f6,10,14 | tr '\t\n' ' ;' >"$tmp/nm.txt"
check "nominal: invasion of -> RUS UKR 192, threat against -> RUSGOV UKR 130 ($(cat "$tmp/nm.txt"))" \
    '[ "$(cat "$tmp/nm.txt")" = "RUS UKR 192;RUSGOV UKR 130;" ]'
exit 0
