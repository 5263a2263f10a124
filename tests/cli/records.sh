#!/bin/sh
# records.sh — record accounting of `dyad code`: every record read ends as exactly one of coded,
# no event, discarded or rejected, and every output (TSV, JSONL, SQLite, --rejects) agrees with
# the summary: duplicate ids, a full disk under --rejects.
# Env: DYAD (the binary). Needs the models in data/models and data/dict: skipped without them.
. "$(dirname "$0")/../lib/cli.sh"
set -u
cd "$(dirname "$0")/../.." || exit 2
: "${DYAD:=$(pwd)/dyad}"

"$DYAD" code -q examples/news.jsonl >/dev/null 2>"$tmp/probe.err"
probe=$?
if [ "$probe" -eq 3 ] || [ "$probe" -eq 5 ]; then
    echo "skip - record accounting: dyad code cannot load its data ($(head -c 200 "$tmp/probe.err" | tr '\n' ' '))"
    exit 0
fi
# summary_sum FILE: "read=N sum=M" from the summary's first line
summary_sum() {
    sed -n 's/^dyad code: \([0-9]*\) records: \([0-9]*\) coded ([0-9]* events), \([0-9]*\) no event, \([0-9]*\) discarded, \([0-9]*\) rejected.*/read=\1 sum=\2+\3+\4+\5/p' "$1" |
        awk -F'[= ]' '{ split($4, a, "+"); print "read=" $2 " sum=" a[1]+a[2]+a[3]+a[4] }'
}

# Duplicate ids: the second record with an id is rejected, naming the id and both lines.
cat >"$tmp/dup.jsonl" <<'J'
{"id":"same","date":"2024-03-04","text":"Russia attacked Ukraine."}
{"id":"other","date":"2024-03-04","text":"France criticized Germany."}
{"id":"same","date":"2024-03-05","text":"China met Japan."}
J
"$DYAD" code -j 2 "$tmp/dup.jsonl" >"$tmp/dup.tsv" 2>"$tmp/dup.err"
rc=$?
check "duplicate id: exit 1, rejected with the id and both lines" \
    '[ $rc -eq 1 ] && grep -q "dup.jsonl:3 (id same): duplicate id" "$tmp/dup.err" && grep -q "dup.jsonl:1" "$tmp/dup.err"'
check "duplicate id: summary 3 records, 2 coded, 1 rejected" \
    'grep -q "3 records: 2 coded (2 events), 0 no event, 0 discarded, 1 rejected" "$tmp/dup.err"'
same "duplicate id: one TSV event per id (no second same-0)" "$(cut -f1 "$tmp/dup.tsv" | sort | tr '\n' ' ')" "other-0 same-0 "
same "duplicate id: the first record is the one kept" "$(grep '^same-0' "$tmp/dup.tsv" | cut -f14)" "190"
if command -v sqlite3 >/dev/null 2>&1; then
    "$DYAD" code -q --db "$tmp/dup.db" "$tmp/dup.jsonl" >/dev/null 2>&1
    same "duplicate id: the database has the articles and events the summary counts" \
        "$(sqlite3 "$tmp/dup.db" 'SELECT count(*) FROM articles; SELECT group_concat(code) FROM events WHERE article_id = "same";' | tr '\n' ' ')" "2 190 "
else
    echo "skip - duplicate id in the database: no sqlite3 command"
fi

# A full disk under --rejects: exit 4, and the summary does not say the file has them all.
i=0
: >"$tmp/bad.jsonl"
while [ $i -lt 150 ]; do echo "not json $i" >>"$tmp/bad.jsonl"; i=$((i + 1)); done
if [ -w /dev/full ]; then
    "$DYAD" code --rejects /dev/full "$tmp/bad.jsonl" >/dev/null 2>"$tmp/full.err"
    rc=$?
    check "--rejects /dev/full: exit 4 with 'writing ... failed'" '[ $rc -eq 4 ] && grep -q "failed: No space" "$tmp/full.err"'
    check "--rejects /dev/full: the summary never says 'all are in'" '! grep -q "all are in" "$tmp/full.err"'
    head -n 3 "$tmp/bad.jsonl" | "$DYAD" code --rejects /dev/full >/dev/null 2>"$tmp/full3.err"
    rc=$?
    check "--rejects /dev/full with 3 rejects (buffered until the end): exit 4" '[ $rc -eq 4 ] && grep -q "writing /dev/full failed" "$tmp/full3.err"'
else
    echo "skip - --rejects on a full disk: no writable /dev/full"
fi
"$DYAD" code --rejects "$tmp/rej.txt" "$tmp/bad.jsonl" >/dev/null 2>"$tmp/rej.err"
check "--rejects FILE: all 150 in it and the summary says so" \
    '[ "$(wc -l <"$tmp/rej.txt")" -eq 150 ] && grep -q "all are in $tmp/rej.txt" "$tmp/rej.err"'
same "bad JSON: every record read is counted once" "$(summary_sum "$tmp/rej.err")" "read=150 sum=150"

# One record per document in every input format, bad parts and all.
tab=$(printf '\t')
w() { printf '%s\t%s\t_\t_\t_\t_\t_\t_\t_\t_\n' "$1" "$2"; }
{
    echo "# newdoc id = d1"; w 1 Russia; w 2 attacked; w 3 Ukraine; echo
    echo "1${tab}two columns"; echo                     # a bad sentence inside d1
    echo "# newdoc id = d2"; echo "x${tab}bad"; echo    # d2 has only a bad sentence
    echo "# newdoc id = d3"; w 1 China; w 2 met; w 3 Japan; echo
} >"$tmp/docs.conllu"
"$DYAD" code -i conllu --date 2024-03-04 "$tmp/docs.conllu" >/dev/null 2>"$tmp/cu.err"
same "CoNLL-U: 3 documents are 3 records (a bad sentence is no record of its own)" "$(summary_sum "$tmp/cu.err")" "read=3 sum=3"
check "CoNLL-U: a document with a bad sentence is repaired, named by the sentence's line and its id" \
    'grep -q "repaired: .*docs.conllu:6 (id d1): bad sentence: .*1 bad sentence left out" "$tmp/cu.err" && grep -q "1 of them repaired" "$tmp/cu.err"'
check "CoNLL-U: a document with no good sentence is one rejected record" \
    'grep -q "rejected: .*docs.conllu:9 (id d2): bad sentence" "$tmp/cu.err" && grep -q " 1 rejected" "$tmp/cu.err"'
cat >"$tmp/one.xml" <<'X'
<Sentences>
<Sentence date="20080801" id="S1" source="x" sentence="True">
<Text>Russia attacked Ukraine.</Text>
<Parse>(ROOT (S (NP (NNP Russia)) (VP (VBD attacked) (NP (NNP Ukraine))) (. .)))</Parse>
</Sentence>
</Sentences>
X
"$DYAD" code -i petrxml "$tmp/one.xml" >"$tmp/one.tsv" 2>"$tmp/xml.err"
same "PETRARCH XML: one <Sentence> is one record" "$(summary_sum "$tmp/xml.err")" "read=1 sum=1"
printf '{"id":"u1","date":"2024-03-04","text":"Russia attacked \377Ukraine."}\n{"id":"u2","date":"2024-03-04","text":"China met Japan."}\n' >"$tmp/utf.jsonl"
"$DYAD" code "$tmp/utf.jsonl" >"$tmp/utf.tsv" 2>"$tmp/utf.err"
rc=$?
check "JSONL invalid UTF-8: exit 0, repaired with its id, coded, not rejected" \
    '[ $rc -eq 0 ] && grep -q "repaired: .*utf.jsonl:1 (id u1): invalid UTF-8: 1 byte replaced by U+FFFD" "$tmp/utf.err" && grep -q "^u1-0" "$tmp/utf.tsv" && grep -q "2 records: 2 coded.* 0 rejected; 1 of them repaired" "$tmp/utf.err"'
printf 'Russia attacked \377Ukraine.\n' >"$tmp/utf.txt"
"$DYAD" code -i text --date 2024-03-04 "$tmp/utf.txt" >/dev/null 2>"$tmp/utft.err"
check "text invalid UTF-8: repaired and coded" 'grep -q "repaired: .*invalid UTF-8" "$tmp/utft.err" && grep -q "1 records: 1 coded" "$tmp/utft.err"'
"$DYAD" code -q "$tmp/dup.jsonl" "$tmp/utf.jsonl" >/dev/null 2>"$tmp/q.err"
check "-q: no per-record messages (rejected, repaired) and no summary" '[ ! -s "$tmp/q.err" ]'
