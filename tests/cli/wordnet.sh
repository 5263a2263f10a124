#!/bin/sh
# wordnet.sh — `dyad code --expand`: verbs in no dictionary generalised with WordNet take the
# code of a synonym or hypernym and say so ("via"), with the made-up WordNet of
# tests/data/wordnet_verbs and, when Debian's wordnet-base is installed, the real one; off by
# default and with --no-expand; missing WordNet files are said once and are no error; dyad dict
# and dyad validate take the same options. Sentences written for this test.
# Env: DYAD. Needs the models and the default dictionaries: skipped without them.
. "$(dirname "$0")/../lib/cli.sh"
set -u
cd "$(dirname "$0")/../.." || exit 2
: "${DYAD:=$(pwd)/dyad}"
if ! ls data/dict/*.dict data/models/parser.dm >/dev/null 2>&1; then
    echo "skip - wordnet: no models or dictionaries in data/"
    exit 0
fi
W=tests/data/wordnet_verbs
printf '%s\n' '{"id":"w1","date":"2019-05-06","text":"France inveighed against Germany on Monday."}' \
    '{"id":"w2","date":"2019-05-06","text":"Rebels slew three Nigerian soldiers on Sunday."}' \
    >"$tmp/in.jsonl"

"$DYAD" code -q --format jsonl "$tmp/in.jsonl" >"$tmp/default"
check "default: a verb in no dictionary codes nothing (no expansion)" '[ ! -s "$tmp/default" ]'
"$DYAD" code -q --format jsonl --expand --wordnet "$W" "$tmp/in.jsonl" >"$tmp/fix"
check "--expand: inveigh takes criticize's 111 (its WordNet hypernym)" \
    'grep -q "\"id\":\"w1-0\".*\"source\":\"FRA\".*\"target\":\"DEU\".*\"code\":\"111\"" "$tmp/fix"'
check "--expand: the JSONL evidence says \"via\":\"wordnet:inveigh->criticize\"" \
    'grep "\"id\":\"w1-0\"" "$tmp/fix" | grep -q "\"note\":\"\",\"via\":\"wordnet:inveigh->criticize\"}"'
check "--expand: slew (the lemma slay) takes kill's 1823 via wordnet:slay->kill" \
    'grep "\"id\":\"w2-0\"" "$tmp/fix" | grep -q "\"code\":\"1823\".*\"via\":\"wordnet:slay->kill\""'
"$DYAD" code -q --format jsonl --expand --no-expand --wordnet "$W" "$tmp/in.jsonl" >"$tmp/off"
check "--no-expand wins over --expand" '[ ! -s "$tmp/off" ]'
"$DYAD" code -q --explain --expand --wordnet "$W" "$tmp/in.jsonl" >"$tmp/explain"
check "--explain names it: via wordnet:inveigh->criticize, lower confidence" \
    'grep -q "^  via     wordnet:inveigh->criticize .*lower confidence" "$tmp/explain"'
check "JSONL: the pattern evidence names it" \
    'grep -q "\"pattern\":\"INVEIGH = 111 (wordnet:inveigh->criticize, data/dict/verbs.dict:" "$tmp/fix"'

"$DYAD" code --format jsonl --expand --wordnet "$tmp/nowhere" "$tmp/in.jsonl" >"$tmp/miss" 2>"$tmp/err"
rc=$?
check "missing WordNet files: coding goes on (exit 0, no event)" '[ $rc -eq 0 ] && [ ! -s "$tmp/miss" ]'
same "missing WordNet files: said once on stderr" \
    "$(grep -c "verbs not generalised with WordNet: $tmp/nowhere/index.verb" "$tmp/err")" 1

"$DYAD" code --help >"$tmp/help" 2>&1
check "code --help names --expand, --no-expand and --wordnet" \
    'grep -q -- "--expand" "$tmp/help" && grep -q -- "--no-expand" "$tmp/help" && grep -q -- "--wordnet DIR" "$tmp/help"'
"$DYAD" dict stats --expand --wordnet "$W" >"$tmp/stats" 2>&1
check "dict stats --expand counts the verbs added (inveigh, slay) and the time" \
    'grep -q "^wordnet_verbs	2$" "$tmp/stats" && grep -q "^wordnet_seconds	" "$tmp/stats"'
"$DYAD" dict stats >"$tmp/stats0" 2>&1
check "dict stats without --expand: no wordnet lines" '! grep -q "^wordnet_" "$tmp/stats0"'
"$DYAD" dict lookup --expand --wordnet "$W" inveigh >"$tmp/lk" 2>&1
check "dict lookup --expand shows the via" 'grep -q "^verb: INVEIGH code 111 (.*, via wordnet:inveigh->criticize)" "$tmp/lk"'
"$DYAD" validate --help >"$tmp/vhelp" 2>&1
check "validate --help names --expand and --no-expand" \
    'grep -q -- "--expand" "$tmp/vhelp" && grep -q -- "--no-expand" "$tmp/vhelp"'

# the real WordNet (Debian wordnet-base, installed by make deps)
if [ ! -f /usr/share/wordnet/data.verb ]; then
    echo "skip - wordnet: /usr/share/wordnet not installed (Debian wordnet-base; make deps)"
    exit 0
fi
printf '%s\n' '{"id":"r1","date":"2019-05-06","text":"Russia repudiated Ukraine'"'"'s peace plan on Tuesday."}' \
    '{"id":"r2","date":"2019-05-06","text":"The Chinese government reproved Japan over the visit."}' \
    '{"id":"r3","date":"2019-05-06","text":"Russian troops counterattacked Ukrainian forces near Kharkiv."}' \
    '{"id":"r4","date":"2019-05-06","text":"The French president showed the Russian leader the gardens."}' \
    >"$tmp/real.jsonl"
"$DYAD" code -q --format jsonl --expand "$tmp/real.jsonl" >"$tmp/real"
check "WordNet: repudiate rejects (RUS UKR 12x) via wordnet:repudiate->reject" \
    'grep "\"id\":\"r1-0\"" "$tmp/real" | grep -q "\"source\":\"RUS\".*\"code\":\"12[0-9]*\".*\"via\":\"wordnet:repudiate->reject\""'
check "WordNet: reprove criticizes (CHNGOV JPN 111) via wordnet:reprove->criticize" \
    'grep "\"id\":\"r2-0\"" "$tmp/real" | grep -q "\"source\":\"CHNGOV\",.*\"target\":\"JPN\",.*\"code\":\"111\".*\"via\":\"wordnet:reprove->criticize\""'
check "WordNet: counterattack fights (RUSMIL UKRMIL 190)" \
    'grep "\"id\":\"r3-0\"" "$tmp/real" | grep -q "\"source\":\"RUSMIL\".*\"target\":\"UKRMIL\".*\"code\":\"190\".*\"via\":\"wordnet:counterattack->attack\""'
check "WordNet: show (a verb of perception) takes no code from demonstrate" '! grep -q "\"id\":\"r4" "$tmp/real"'
"$DYAD" code -q --format jsonl "$tmp/real.jsonl" >"$tmp/real0"
check "WordNet: without --expand none of them codes" '[ ! -s "$tmp/real0" ]'
