#!/bin/sh
# reliability.sh — every bad input gets a clear answer and nothing is lost: on inputs made here,
# each class of bad record (bad JSON, missing or wrong-typed fields, impossible dates, invalid
# UTF-8, NUL bytes, a 10 MB line, binary garbage, malformed or deeply nested XML, malformed
# CoNLL-U, truncated gzip, malformed dictionary entries) is rejected with a message naming the
# file and line or record id, the run goes on, the summary's counts add up to the input, and the
# exit status is the documented one; damaged and version-mismatched models fail with exit 3;
# failing writes (full disk, closed pipe) exit 4; a killed --db run leaves whole articles only.
# Env: DYAD (the binary). Coding needs the models in data/models: those checks skip without them.
. "$(dirname "$0")/../lib/cli.sh"
set -u
cd "$(dirname "$0")/../.." || exit 2
: "${DYAD:=$(pwd)/dyad}"
check() { if eval "$2"; then ok "$1"; else nok "$1"; [ -n "${3:-}" ] && sed 's/^/# /' "$3" | head -n 20; fi; }

# summary_adds_up ERRFILE N: the summary line says N records and coded + no event + discarded +
# rejected = N.
summary_adds_up() {
    line=$(grep -E '^dyad code: [0-9]+ records: ' "$1" | tail -n 1)
    set -- "$2" $(echo "$line" | sed -n 's/^dyad code: \([0-9]*\) records: \([0-9]*\) coded ([0-9]* events), \([0-9]*\) no event, \([0-9]*\) discarded, \([0-9]*\) rejected.*$/\1 \2 \3 \4 \5/p')
    [ $# -eq 6 ] && [ "$2" -eq "$1" ] && [ $(($3 + $4 + $5 + $6)) -eq "$1" ]
}
# count ERRFILE WHAT: the number in "N WHAT" of the summary line (coded, rejected, ...)
count() { grep -E '^dyad code: [0-9]+ records: ' "$1" | tail -n 1 | sed -n "s/.* \([0-9]*\) $2.*/\1/p"; }

# Exit statuses are documented in --help.
"$DYAD" code --help >"$tmp/help" 2>&1
check "code --help documents exit statuses 0-5 (1 rejected, 3 data/model/input, 4 write)" \
    'tr "\n" " " <"$tmp/help" | grep -q "Exit status: 0 ok, 1 some records rejected, 2 usage, 3 data/model/input file, 4 writing output failed, 5 internal error"'

DYAD_CODE="$DYAD code"
printf '{"id":"probe","date":"2019-03-06","text":"Police arrested protesters in Cairo."}\n' >"$tmp/probe.jsonl"
$DYAD_CODE -q "$tmp/probe.jsonl" >/dev/null 2>"$tmp/probe.err"
probe=$?
if [ "$probe" -ne 0 ]; then
    echo "skip - reliability coding checks: dyad code cannot code ($(head -c 200 "$tmp/probe.err" | tr '\n' ' '))"
    exit 0
fi

good1='{"id":"good1","date":"2019-03-06","text":"Israeli troops attacked Hamas militants in Gaza."}'
good2='{"id":"good2","date":"2019-03-07","text":"Russian Foreign Minister Sergei Lavrov met Chinese officials in Beijing."}'

# --- JSON lines: one line per bad-record class, good records around them -------------------
{
    echo "$good1"                                                            # 1
    echo '{"id":"badjson","date":"2019-03-06","text":"x"'                    # 2 bad JSON
    echo '{"id":"notext","date":"2019-03-06"}'                               # 3 missing field
    echo '{"id":"numtext","date":"2019-03-06","text":42}'                    # 4 wrong type
    echo '{"id":"baddate","date":"2019-02-30","text":"Troops shelled it."}'  # 5 impossible date
    printf '{"id":"badutf8","date":"2019-03-06","text":"caf\303 x"}\n'       # 6 invalid UTF-8
    printf '{"id":"nul","date":"2019-03-06","text":"a\000b"}\n'              # 7 NUL byte
    echo '[1,2,3]'                                                           # 8 not an object
    printf '\211PNG\000\001\002\377\376garbage\n'                            # 9 binary garbage
    echo '{"id":"numdate","date":20190306,"text":"Troops shelled it."}'      # 10 wrong-typed date
    echo '{"id":"month13","date":"2019-13-01","text":"Troops shelled it."}'  # 11 impossible date
    echo "$good2"                                                            # 12
} >"$tmp/bad.jsonl"
$DYAD_CODE "$tmp/bad.jsonl" >"$tmp/bad.tsv" 2>"$tmp/bad.err"
rc=$?
check "bad JSONL: exit 1 (some records rejected)" '[ $rc -eq 1 ]' "$tmp/bad.err"
check "bad JSON: file:line and the byte offset" 'grep -q "bad.jsonl:2: bad JSON at byte" "$tmp/bad.err"' "$tmp/bad.err"
check "missing text: line and record id" 'grep -q "bad.jsonl:3 (id notext): no \"text\" field" "$tmp/bad.err"' "$tmp/bad.err"
check "wrong-typed text: says what type it is" 'grep -q "bad.jsonl:4 (id numtext): \"text\" must be a string, not number" "$tmp/bad.err"' "$tmp/bad.err"
check "impossible date 2019-02-30: rejected with line and id" 'grep -q "bad.jsonl:5 (id baddate): impossible date" "$tmp/bad.err"' "$tmp/bad.err"
check "invalid UTF-8: repaired (U+FFFD), reported with its line and id, coded" 'grep -q "repaired: .*bad.jsonl:6 (id badutf8): invalid UTF-8: 1 byte replaced by U+FFFD" "$tmp/bad.err" && grep -q "1 of them repaired" "$tmp/bad.err"' "$tmp/bad.err"
check "NUL byte: rejected with its line" 'grep -q "bad.jsonl:7: .*NUL" "$tmp/bad.err"' "$tmp/bad.err"
check "a JSON array record: rejected with its line" 'grep -q "bad.jsonl:8: .*array" "$tmp/bad.err"' "$tmp/bad.err"
check "binary garbage line: rejected with its line" 'grep -q "bad.jsonl:9: bad JSON" "$tmp/bad.err"' "$tmp/bad.err"
check "numeric date: rejected with line and id" 'grep -q "bad.jsonl:10 (id numdate):.*date" "$tmp/bad.err"' "$tmp/bad.err"
check "month 13: rejected with line and id" 'grep -q "bad.jsonl:11 (id month13):.*date" "$tmp/bad.err"' "$tmp/bad.err"
check "bad JSONL: the run goes on (records after the bad ones coded)" \
    'grep -q "^good1-0	" "$tmp/bad.tsv" && grep -q "^good2-0	" "$tmp/bad.tsv"' "$tmp/bad.err"
check "bad JSONL: summary counts add up to the 12 lines, 9 rejected" \
    'summary_adds_up "$tmp/bad.err" 12 && [ "$(count "$tmp/bad.err" rejected)" -eq 9 ]' "$tmp/bad.err"
check "bad JSONL: one 'rejected:' line per rejected record" \
    '[ "$(grep -c "^dyad code: rejected: " "$tmp/bad.err")" -eq 9 ]' "$tmp/bad.err"
$DYAD_CODE -j 4 "$tmp/bad.jsonl" >"$tmp/bad4.tsv" 2>"$tmp/bad4.err"
rc=$?
check "bad JSONL with -j 4: exit 1, same records, same summary counts, same rejections" \
    '[ $rc -eq 1 ] && cmp -s "$tmp/bad.tsv" "$tmp/bad4.tsv" && summary_adds_up "$tmp/bad4.err" 12 && [ "$(grep "^dyad code: rejected: " "$tmp/bad4.err" | sort)" = "$(grep "^dyad code: rejected: " "$tmp/bad.err" | sort)" ]' "$tmp/bad4.err"
$DYAD_CODE -q --rejects "$tmp/rejects.txt" "$tmp/bad.jsonl" >/dev/null 2>&1
check "--rejects FILE lists the 9 rejected records" '[ "$(grep -c "bad.jsonl:" "$tmp/rejects.txt")" -eq 9 ]' "$tmp/rejects.txt"

# --- a 10 MB line ---------------------------------------------------------------------------
# (made with head/tr: string building in awk is quadratic)
{ printf '{"id":"huge","date":"2019-03-06","text":"'; head -c 10500000 /dev/zero | tr '\000' x; echo; } >"$tmp/huge.jsonl" # unterminated
echo "$good1" >>"$tmp/huge.jsonl"
{ printf '{"id":"bigok","date":"2019-03-06","text":"Israeli troops attacked Hamas militants in Gaza.'
  head -c 10500000 /dev/zero | tr '\000' ' '; echo '"}'; } >>"$tmp/huge.jsonl"
echo "$good2" >>"$tmp/huge.jsonl"
check "the 10 MB input was made (lines of over 10,000,000 bytes)" '[ "$(wc -c <"$tmp/huge.jsonl")" -gt 20000000 ]'
$DYAD_CODE --max-record-bytes 16M "$tmp/huge.jsonl" >"$tmp/huge.tsv" 2>"$tmp/huge.err"
rc=$?
check "10 MB bad line: rejected with file:line, exit 1" '[ $rc -eq 1 ] && grep -q "huge.jsonl:1: bad JSON" "$tmp/huge.err"' "$tmp/huge.err"
check "10 MB valid line: coded, and the records around it too" \
    'grep -q "^bigok-0	" "$tmp/huge.tsv" && grep -q "^good1-0	" "$tmp/huge.tsv" && grep -q "^good2-0	" "$tmp/huge.tsv"' "$tmp/huge.err"
check "10 MB lines: summary adds up to 4 records" 'summary_adds_up "$tmp/huge.err" 4' "$tmp/huge.err"

# --- a 9 MiB article: over the default --max-record-bytes (8M) ------------------------------
{ printf '{"id":"long9","date":"2019-03-06","text":"'
  yes 'Israeli troops attacked Hamas militants in Gaza.' | head -c 9437184 | tr '\n' ' '
  echo '"}'; } >"$tmp/long9.jsonl"
echo "$good1" >>"$tmp/long9.jsonl"
$DYAD_CODE "$tmp/long9.jsonl" >"$tmp/long9.tsv" 2>"$tmp/long9.err"
rc=$?
check "9 MiB article: rejected by default, naming id, size and --max-record-bytes, exit 1" \
    '[ $rc -eq 1 ] && grep -q "long9.jsonl:1 (id long9): record too long: 9437184 bytes of text, over --max-record-bytes 8388608" "$tmp/long9.err"' "$tmp/long9.err"
check "9 MiB article: the next record is coded, the summary counts the reason" \
    'grep -q "^good1-0	" "$tmp/long9.tsv" && summary_adds_up "$tmp/long9.err" 2 && grep -q "rejected 1: 1 record too long" "$tmp/long9.err"' "$tmp/long9.err"
$DYAD_CODE --max-record-bytes 20 "$tmp/long9.jsonl" >"$tmp/long9.tsv" 2>"$tmp/long9.err"
check "--max-record-bytes 20: a short article over it is rejected too" \
    'grep -q "(id good1): record too long: .* over --max-record-bytes 20 " "$tmp/long9.err"' "$tmp/long9.err"
$DYAD_CODE --max-record-bytes 8X "$tmp/long9.jsonl" >/dev/null 2>"$tmp/long9.err"
check "--max-record-bytes 8X: usage error" '[ $? -eq 2 ] && grep -q "max-record-bytes expects" "$tmp/long9.err"' "$tmp/long9.err"

# --- a whole file of binary garbage -------------------------------------------------------
# random bytes without whitespace, in lines of 100 bytes, then NUL bytes: no line is blank
head -c 6000 /dev/urandom | LC_ALL=C tr -d '\n\r\t\f\v ' | LC_ALL=C fold -b -w 100 >"$tmp/garbage.bin"
printf '\n\000\001\002\377\n\000\n' >>"$tmp/garbage.bin"
lines=$(wc -l <"$tmp/garbage.bin")
$DYAD_CODE "$tmp/garbage.bin" >/dev/null 2>"$tmp/garbage.err"
rc=$?
nonblank=$lines
check "binary garbage as JSONL: exit 1, every non-blank line rejected, summary adds up" \
    '[ $rc -eq 1 ] && summary_adds_up "$tmp/garbage.err" "$nonblank" && [ "$(count "$tmp/garbage.err" rejected)" -eq "$nonblank" ]' "$tmp/garbage.err"
$DYAD_CODE -i text --date 2020-01-01 "$tmp/garbage.bin" >/dev/null 2>"$tmp/garbage-text.err"
rc=$?
check "binary garbage as text: no crash, one record accounted for (exit 0 or 1, lines=$lines)" \
    '{ [ $rc -eq 0 ] || [ $rc -eq 1 ]; } && summary_adds_up "$tmp/garbage-text.err" 1' "$tmp/garbage-text.err"

# --- PETRARCH XML: malformed markup, deep nesting, garbage between records -------------------
cat >"$tmp/bad.xml" <<'EOF'
<?xml version="1.0"?>
<Sentences>
<Sentence date="20190306" id="x1">
<Text>Israeli troops attacked Hamas militants in Gaza.</Text>
</Sentence>
<Sentence date="20190306" id="x2">
<Text>An <b> unclosed tag</Text>
</Sentence>
<Sentence date="20190306" id="x3">
<Text>Russian Foreign Minister Sergei Lavrov met Chinese officials in Beijing.</Text>
</Sentence>
garbage & < between records
<Sentence date="20190230" id="x4"><Text>Impossible date.</Text></Sentence>
<Sentence date="20190306" id="x5"><Text>An &undefined; entity.</Text></Sentence>
<Sentence date="20190306" id="x6">
<Text>Israeli troops attacked Hamas militants in Gaza.</Text>
</Sentence>
</Sentences>
EOF
$DYAD_CODE -i petrxml "$tmp/bad.xml" >"$tmp/xml.tsv" 2>"$tmp/xml.err"
rc=$?
check "malformed XML: exit 1, each error with its line" \
    '[ $rc -eq 1 ] && grep -q "bad.xml:7: bad XML: mismatched tag" "$tmp/xml.err" && grep -q "bad.xml:12: bad XML" "$tmp/xml.err" && grep -q "bad.xml:14: bad XML: undefined entity" "$tmp/xml.err"' "$tmp/xml.err"
check "XML impossible date: rejected with line and id" 'grep -q "bad.xml:13 (id x4): impossible date" "$tmp/xml.err"' "$tmp/xml.err"
check "malformed XML: reading resumes at the next <Sentence> (x3 and x6 coded)" \
    'grep -q "^x1-0	" "$tmp/xml.tsv" && grep -q "^x3-0	" "$tmp/xml.tsv" && grep -q "^x6-0	" "$tmp/xml.tsv"' "$tmp/xml.err"
check "malformed XML: summary adds up (6 records + 1 error between records = 7, 4 rejected)" \
    'summary_adds_up "$tmp/xml.err" 7 && [ "$(count "$tmp/xml.err" rejected)" -eq 4 ]' "$tmp/xml.err"
{ echo '<Sentences>'; head -c 20000 /dev/zero | sed 's/\x0/<a>/g'; head -c 20000 /dev/zero | sed 's/\x0/<\/a>/g'
  printf '\n<Sentence date="20190306" id="after"><Text>Israeli troops attacked Hamas militants in Gaza.</Text></Sentence>\n</Sentences>\n'; } >"$tmp/deep.xml"
$DYAD_CODE -i petrxml "$tmp/deep.xml" >"$tmp/deep.tsv" 2>"$tmp/deep.err"
rc=$?
check "XML nested 20000 deep: rejected with its line, exit 1, the record after it coded" \
    '[ $rc -eq 1 ] && grep -q "deep.xml:2: XML nested too deeply" "$tmp/deep.err" && grep -q "^after-0	" "$tmp/deep.tsv" && summary_adds_up "$tmp/deep.err" 2' "$tmp/deep.err"

# --- CoNLL-U: a malformed sentence between good ones ----------------------------------------
tab=$(printf '\t')
cat >"$tmp/bad.conllu" <<EOF
# newdoc id = c1
# sent_id = c1-1
1${tab}Israeli${tab}Israeli${tab}ADJ${tab}JJ${tab}_${tab}2${tab}amod${tab}_${tab}_
2${tab}troops${tab}troop${tab}NOUN${tab}NNS${tab}_${tab}3${tab}nsubj${tab}_${tab}_
3${tab}attacked${tab}attack${tab}VERB${tab}VBD${tab}_${tab}0${tab}root${tab}_${tab}_
4${tab}Hamas${tab}Hamas${tab}PROPN${tab}NNP${tab}_${tab}5${tab}compound${tab}_${tab}_
5${tab}militants${tab}militant${tab}NOUN${tab}NNS${tab}_${tab}3${tab}obj${tab}_${tab}SpaceAfter=No
6${tab}.${tab}.${tab}PUNCT${tab}.${tab}_${tab}3${tab}punct${tab}_${tab}_

# newdoc id = c2
# sent_id = c2-1
1${tab}Only${tab}three columns

# newdoc id = c3
# sent_id = c3-1
1${tab}Israeli${tab}Israeli${tab}ADJ${tab}JJ${tab}_${tab}2${tab}amod${tab}_${tab}_
2${tab}troops${tab}troop${tab}NOUN${tab}NNS${tab}_${tab}3${tab}nsubj${tab}_${tab}_
3${tab}attacked${tab}attack${tab}VERB${tab}VBD${tab}_${tab}0${tab}root${tab}_${tab}_
4${tab}Hamas${tab}Hamas${tab}PROPN${tab}NNP${tab}_${tab}5${tab}compound${tab}_${tab}_
5${tab}militants${tab}militant${tab}NOUN${tab}NNS${tab}_${tab}3${tab}obj${tab}_${tab}_

EOF
$DYAD_CODE -i conllu --date 2019-03-06 "$tmp/bad.conllu" >"$tmp/cu.tsv" 2>"$tmp/cu.err"
rc=$?
check "malformed CoNLL-U: exit 1, rejected with file:line, the documents around it coded" \
    '[ $rc -eq 1 ] && grep -q "bad.conllu:1[0-2]" "$tmp/cu.err" && grep -q "^c1-0	" "$tmp/cu.tsv" && grep -q "^c3-0	" "$tmp/cu.tsv"' "$tmp/cu.err"
check "malformed CoNLL-U: the summary adds up (3 documents, 1 rejected)" \
    'summary_adds_up "$tmp/cu.err" 3 && [ "$(count "$tmp/cu.err" rejected)" -eq 1 ]' "$tmp/cu.err"
$DYAD_CODE -i conllu "$tmp/bad.conllu" >/dev/null 2>"$tmp/cu-nodate.err"
check "CoNLL-U without --date: every record rejected for 'no date', summary adds up" \
    'grep -q "no date" "$tmp/cu-nodate.err" && summary_adds_up "$tmp/cu-nodate.err" 3' "$tmp/cu-nodate.err"

# --- truncated gzip: every record before the damage is coded, then exit 3 -------------------
i=0
while [ $i -lt 400 ]; do
    echo "{\"id\":\"z$i\",\"date\":\"2019-03-06\",\"text\":\"Israeli troops attacked Hamas militants in Gaza, report $i says.\"}"
    i=$((i + 1))
done >"$tmp/full.jsonl"
gzip -c "$tmp/full.jsonl" >"$tmp/full.jsonl.gz"
size=$(wc -c <"$tmp/full.jsonl.gz")
head -c $((size / 2)) "$tmp/full.jsonl.gz" >"$tmp/trunc.jsonl.gz"
$DYAD_CODE "$tmp/trunc.jsonl.gz" >"$tmp/trunc.tsv" 2>"$tmp/trunc.err"
rc=$?
decoded=$( (gzip -dc "$tmp/trunc.jsonl.gz" 2>/dev/null || true) | grep -c '}$')
check "truncated gzip: exit 3, message names file:line and says truncated" \
    '[ $rc -eq 3 ] && grep -q "trunc.jsonl.gz:[0-9]*: broken gzip data: unexpected end of file" "$tmp/trunc.err"' "$tmp/trunc.err"
check "truncated gzip: the $decoded complete records before the damage are coded, the cut one rejected" \
    '[ "$decoded" -gt 10 ] && [ "$(count "$tmp/trunc.err" coded)" -eq "$decoded" ] && summary_adds_up "$tmp/trunc.err" $((decoded + 1))' "$tmp/trunc.err"
printf 'not gzip at all' | cat "$tmp/full.jsonl.gz" - >"$tmp/trailing.jsonl.gz"
$DYAD_CODE -q "$tmp/trailing.jsonl.gz" >"$tmp/trailing.tsv" 2>"$tmp/trailing.err"
rc=$?
check "gzip with trailing bytes: all 400 records coded (trailing bytes ignored, as gzip does)" \
    '[ $rc -eq 0 ] && [ "$(grep -c "^z" "$tmp/trailing.tsv")" -eq 400 ]' "$tmp/trailing.err"
sed 's/"id":"z/"id":"y/' "$tmp/full.jsonl" | gzip -c >"$tmp/other.jsonl.gz" # ids unique in a run
cat "$tmp/full.jsonl.gz" "$tmp/other.jsonl.gz" | $DYAD_CODE -q - >"$tmp/two.tsv" 2>/dev/null
check "two concatenated gzip members on stdin: 800 records" '[ "$(grep -c "^[yz]" "$tmp/two.tsv")" -eq 800 ]'
# corrupt (not truncated) gzip: flip bytes in the middle
cp "$tmp/full.jsonl.gz" "$tmp/corrupt.jsonl.gz"
printf 'XXXXXXXXXXXXXXXX' | dd of="$tmp/corrupt.jsonl.gz" bs=1 seek=$((size / 2)) conv=notrunc 2>/dev/null
$DYAD_CODE -q "$tmp/corrupt.jsonl.gz" >/dev/null 2>"$tmp/corrupt.err"
rc=$?
check "corrupt gzip: exit 3 with 'broken gzip data' naming the file" \
    '[ $rc -eq 3 ] && grep -q "corrupt.jsonl.gz.*broken gzip data" "$tmp/corrupt.err"' "$tmp/corrupt.err"

# --- malformed dictionary entries: reported, the run goes on --------------------------------
cat >"$tmp/bad.dict" <<'EOF'
@actors
Gondor | Minas Tirith = GON
Arnor = ARN 2004-13-45..
@verbs
attack | attacks | attacked = 190
    * bad pattern without a code
EOF
"$DYAD" dict check --dict "$tmp/bad.dict" >"$tmp/dict.out" 2>&1
rc=$?
check "dict check: each malformed entry as file:line: reason, exit 1" \
    '[ $rc -eq 1 ] && grep -q "bad.dict:3: bad date range" "$tmp/dict.out" && grep -q "bad.dict:6: pattern" "$tmp/dict.out" && grep -q "^2 malformed entries" "$tmp/dict.out"' "$tmp/dict.out"
printf '{"id":"d1","date":"2019-03-06","text":"Gondor attacked Arnor."}\n' >"$tmp/d.jsonl"
$DYAD_CODE -d "$tmp/bad.dict" "$tmp/d.jsonl" >/dev/null 2>"$tmp/dict.err"
rc=$?
check "code with a malformed dictionary: warns with the count, codes anyway (exit 0)" \
    '[ $rc -eq 0 ] && grep -q "2 malformed dictionary entries skipped" "$tmp/dict.err" && summary_adds_up "$tmp/dict.err" 1' "$tmp/dict.err"

# --- models: damaged, version-mismatched, truncated, missing → exit 3 ------------------------
if [ -f data/models/tagger.dm ] && [ -f data/models/parser.dm ]; then
    mkdir -p "$tmp/m"
    cp data/models/parser.dm "$tmp/m/parser.dm"
    msize=$(wc -c <data/models/tagger.dm)
    cp data/models/tagger.dm "$tmp/m/tagger.dm"
    printf 'DAMAGED!' | dd of="$tmp/m/tagger.dm" bs=1 seek=$((msize / 2)) conv=notrunc 2>/dev/null
    $DYAD_CODE -m "$tmp/m" "$tmp/probe.jsonl" >/dev/null 2>"$tmp/m.err"
    rc=$?
    check "damaged tagger.dm: exit 3, 'checksum mismatch' naming the file" \
        '[ $rc -eq 3 ] && grep -q "m/tagger.dm: checksum mismatch" "$tmp/m.err"' "$tmp/m.err"
    cp data/models/tagger.dm "$tmp/m/tagger.dm"
    printf 'c\000\000\000' | dd of="$tmp/m/tagger.dm" bs=1 seek=8 conv=notrunc 2>/dev/null # version 99
    $DYAD_CODE -m "$tmp/m" "$tmp/probe.jsonl" >/dev/null 2>"$tmp/m.err"
    rc=$?
    check "version-mismatched tagger.dm: exit 3, says the version and to retrain" \
        '[ $rc -eq 3 ] && grep -q "m/tagger.dm: model format version 99, this dyad reads version" "$tmp/m.err" && grep -q "dyad train" "$tmp/m.err"' "$tmp/m.err"
    head -c $((msize / 3)) data/models/tagger.dm >"$tmp/m/tagger.dm"
    $DYAD_CODE -m "$tmp/m" "$tmp/probe.jsonl" >/dev/null 2>"$tmp/m.err"
    rc=$?
    check "truncated tagger.dm: exit 3, says truncated" '[ $rc -eq 3 ] && grep -q "m/tagger.dm: truncated" "$tmp/m.err"' "$tmp/m.err"
    head -c 20 /dev/zero >"$tmp/m/tagger.dm"
    $DYAD_CODE -m "$tmp/m" "$tmp/probe.jsonl" >/dev/null 2>"$tmp/m.err"
    rc=$?
    check "a 20-byte tagger.dm: exit 3 with a message naming it" '[ $rc -eq 3 ] && grep -q "m/tagger.dm" "$tmp/m.err"' "$tmp/m.err"
    rm -f "$tmp/m/tagger.dm"
    $DYAD_CODE -m "$tmp/m" "$tmp/probe.jsonl" >/dev/null 2>"$tmp/m.err"
    rc=$?
    check "missing tagger.dm: exit 3, 'cannot open model'" '[ $rc -eq 3 ] && grep -q "m/tagger.dm: cannot open model" "$tmp/m.err"' "$tmp/m.err"
    "$DYAD" parse -i text -m "$tmp/m" "$tmp/probe.jsonl" >/dev/null 2>"$tmp/m.err"
    rc=$?
    check "dyad parse with a missing model: exit 3" '[ $rc -eq 3 ] && grep -q "tagger.dm" "$tmp/m.err"' "$tmp/m.err"
else
    echo "skip - model damage checks: data/models has no tagger.dm/parser.dm"
fi

# --- failing writes: full disk, closed pipe ---------------------------------------------------
if [ -w /dev/full ]; then
    $DYAD_CODE examples/news.jsonl >/dev/full 2>"$tmp/full.err"
    rc=$?
    check "> /dev/full: exit 4 with 'writing output failed'" '[ $rc -eq 4 ] && grep -q "writing output failed" "$tmp/full.err"' "$tmp/full.err"
    $DYAD_CODE -f jsonl -o /dev/full examples/news.jsonl 2>"$tmp/full.err"
    rc=$?
    check "-o /dev/full (jsonl): exit 4 with 'writing output failed'" '[ $rc -eq 4 ] && grep -q "writing output failed" "$tmp/full.err"' "$tmp/full.err"
    "$DYAD" series "$tmp/bad.tsv" >/dev/full 2>"$tmp/full.err"
    rc=$?
    check "dyad series > /dev/full: exit 4" '[ $rc -eq 4 ]' "$tmp/full.err"
else
    echo "skip - /dev/full checks: no writable /dev/full"
fi
i=0
while [ $i -lt 40 ]; do cat "$tmp/full.jsonl"; i=$((i + 1)); done >"$tmp/big.jsonl" # 16,000 records
( timeout 120 $DYAD_CODE "$tmp/big.jsonl" 2>"$tmp/pipe.err"; echo $? >"$tmp/pipe.rc" ) | head -n 1 >"$tmp/pipe.out"
rc=$(cat "$tmp/pipe.rc")
check "closed pipe (| head -1): no hang, exit 4 (not a false success), 'Broken pipe' said" \
    '[ "$rc" -eq 4 ] && [ "$(wc -l <"$tmp/pipe.out")" -eq 1 ] && grep -q "Broken pipe" "$tmp/pipe.err"' "$tmp/pipe.err"

# --- SQLite: a run killed with SIGKILL leaves whole articles only ----------------------------
if command -v sqlite3 >/dev/null 2>&1; then
    i=0
    while [ $i -lt 100 ]; do sed "s/\"id\":\"z/\"id\":\"k${i}z/" "$tmp/full.jsonl"; i=$((i + 1)); done >"$tmp/kill.jsonl" # 40,000
    timeout -s KILL 2 $DYAD_CODE -q --db "$tmp/k.db" "$tmp/kill.jsonl" >/dev/null 2>&1
    rc=$?
    q() { sqlite3 "$tmp/k.db" "$1" 2>&1; }
    arts=$(q 'SELECT count(*) FROM articles')
    check "killed --db run (status $rc, $arts articles stored): integrity_check ok" '[ "$(q "PRAGMA integrity_check")" = ok ]'
    check "killed --db run: every article has exactly its n_events events and n_sentences sentences" \
        '[ "$(q "SELECT count(*) FROM articles a WHERE n_events != (SELECT count(*) FROM events e WHERE e.article_id = a.id) OR n_sentences != (SELECT count(*) FROM sentences s WHERE s.article_id = a.id)")" = 0 ]'
    check "killed --db run: no event or sentence without its article" \
        '[ "$(q "SELECT (SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = e.article_id)) + (SELECT count(*) FROM sentences s WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = s.article_id))")" = 0 ]'
    if [ "$rc" -eq 137 ]; then
        check "killed --db run: whole batches of 1000 articles only ($arts)" '[ $((arts % 1000)) -eq 0 ]'
    else
        check "--db run finished before the kill: all 40000 articles stored" '[ "$rc" -eq 0 ] && [ "$arts" -eq 40000 ]'
    fi
    # a re-run over the killed database completes it, without duplicates
    $DYAD_CODE -q --db "$tmp/k.db" "$tmp/kill.jsonl" >/dev/null 2>&1
    check "re-run after the kill: all 40000 articles, once each" '[ "$(q "SELECT count(*) FROM articles")" -eq 40000 ] && [ "$(q "SELECT count(DISTINCT id) FROM articles")" -eq 40000 ]'
    # an unwritable database is a write error, exit 4
    mkdir -p "$tmp/ro" && chmod 500 "$tmp/ro"
    if [ "$(id -u)" -ne 0 ]; then
        $DYAD_CODE -q --db "$tmp/ro/x.db" "$tmp/probe.jsonl" >/dev/null 2>"$tmp/ro.err"
        rc=$?
        check "--db in a read-only folder: exit 3 or 4 with a message" '{ [ $rc -eq 3 ] || [ $rc -eq 4 ]; } && grep -q "x.db" "$tmp/ro.err"' "$tmp/ro.err"
    fi
    printf 'this is not a database, just text that is long enough to fill a header....' >"$tmp/notdb.db"
    $DYAD_CODE -q --db "$tmp/notdb.db" "$tmp/probe.jsonl" >/dev/null 2>"$tmp/notdb.err"
    rc=$?
    check "--db on a file that is not a database: fails with a message naming it (exit 3 or 4)" \
        '{ [ $rc -eq 3 ] || [ $rc -eq 4 ]; } && grep -q "notdb.db" "$tmp/notdb.err"' "$tmp/notdb.err"
else
    echo "skip - SQLite kill checks: no sqlite3 shell"
fi

# --- the events reader (series/plot/dedup) on bad lines ----------------------------------------
$DYAD_CODE -q -f jsonl "$tmp/bad.jsonl" >"$tmp/ev.jsonl" 2>/dev/null
{ head -n 1 "$tmp/ev.jsonl"; echo '{"id":"broken",'; printf '\377\376\000garbage\n'; tail -n 1 "$tmp/ev.jsonl"; } >"$tmp/ev-bad.jsonl"
"$DYAD" series "$tmp/ev-bad.jsonl" >"$tmp/series.csv" 2>"$tmp/series.err"
rc=$?
check "dyad series on bad event lines: names file:line, goes on (CSV written)" \
    'grep -q "ev-bad.jsonl:2" "$tmp/series.err" && grep -q "ev-bad.jsonl:3" "$tmp/series.err" && [ "$(wc -l <"$tmp/series.csv")" -ge 2 ] && [ $rc -ne 0 ] && [ $rc -ne 5 ]' "$tmp/series.err"
