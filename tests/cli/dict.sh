#!/bin/sh
# dict.sh — `dyad dict check|stats|lookup`: help, malformed lines as file:line, exit codes, lookups.
. "$(dirname "$0")/../lib/cli.sh"
: "${DYAD:?DYAD must point at the dyad binary}"
TD=tests/data/dict

"$DYAD" dict --help >"$tmp/help" 2>&1
check "dict --help lists --dict and --date" "grep -q -- '--dict' '$tmp/help' && grep -q -- '--date' '$tmp/help'"
"$DYAD" dict >/dev/null 2>&1
check "dict without a subcommand is a usage error (2)" "[ $? -eq 2 ]"
"$DYAD" dict lookup --date 2009-13-01 --dict "$TD/own.dict" Lavrov >/dev/null 2>&1
check "bad --date is a usage error (2)" "[ $? -eq 2 ]"
"$DYAD" dict check --dict "verbs:$TD/no-such-file.txt" >/dev/null 2>"$tmp/err"
check "missing dictionary file exits 3 and names it" "[ $? -eq 3 ] && grep -q no-such-file '$tmp/err'"

"$DYAD" dict check --dict "verbs:$TD/petr_verbs.txt" >"$tmp/out" 2>&1
rc=$?
check "check exits 1 when entries are malformed" "[ $rc -eq 1 ]"
check "check prints file:line: reason" "grep -q '^$TD/petr_verbs.txt:23: pattern has no' '$tmp/out'"
check "check prints every malformed line (5)" "[ \$(grep -c '^$TD/petr_verbs.txt:[0-9]*: ' '$tmp/out') -eq 5 ]"
"$DYAD" dict check "verbs:$TD/petr_verbs.txt" >"$tmp/out" 2>&1
rc=$?
check "check takes a SPEC as argument (checks that file, not the defaults)" \
    "[ $rc -eq 1 ] && [ \$(grep -c '^$TD/petr_verbs.txt:[0-9]*: ' '$tmp/out') -eq 5 ]"
"$DYAD" dict check --dict "discards:$TD/petr_discards.txt" >"$tmp/out" 2>&1
check "check exits 0 on a clean file" "[ $? -eq 0 ] && grep -q '^0 malformed' '$tmp/out'"

printf '@actors\nGood Land = GDL\nBad Land =\nOld Land = OLD 2020-01-01..later\n    = OLX\n' >"$tmp/own.dict"
"$DYAD" dict stats "$tmp/own.dict" >"$tmp/out" 2>&1
check "stats: actors with a malformed code are not counted (1 actor, 2 malformed)" \
    "grep -q '^actors	1$' '$tmp/out' && grep -q '^malformed	2$' '$tmp/out'"
printf '@actors\nUnited States | "US" = USA\n' >"$tmp/exact.dict"
"$DYAD" dict lookup --dict "$tmp/exact.dict" US >"$tmp/up" 2>&1
"$DYAD" dict lookup --dict "$tmp/exact.dict" us >"$tmp/low" 2>&1
check "a quoted name matches only as written: US -> USA, us -> nothing" \
    "grep -q 'code USA' '$tmp/up' && ! grep -q 'code USA' '$tmp/low'"
"$DYAD" dict stats --dict "actors:$TD/petr_actors.txt" --dict "agents:$TD/petr_agents.txt" >"$tmp/out" 2>&1
check "stats counts several specs" "grep -q '^actors	7$' '$tmp/out' && grep -q '^agents	8$' '$tmp/out'"

"$DYAD" dict lookup --dict "actors:$TD/petr_actors.txt" --date 2009-03-06 Lavrov >"$tmp/out" 2>&1
check "lookup Lavrov 2009-03-06 -> RUSGOV with file:line" "grep -q 'actor: SERGEY_LAVROV ($TD/petr_actors.txt:4), 1 word, code RUSGOV' '$tmp/out'"
"$DYAD" dict lookup --dict "actors:$TD/petr_actors.txt" --date 2010-06-01 Hillary Clinton >"$tmp/out" 2>&1
check "lookup Hillary Clinton 2010 -> USAGOV" "grep -q 'code USAGOV' '$tmp/out'"
"$DYAD" dict lookup --dict "verbs:$TD/petr_verbs.txt" met with >"$tmp/out" 2>&1
check "lookup a verb shows its patterns" "grep -q '^verb: MEET_WITH code 040' '$tmp/out' && grep -q '042:043  \[\* (WITH +)\]' '$tmp/out'"
"$DYAD" dict lookup --dict "$TD/own.dict" zzz >"$tmp/out" 2>&1
check "lookup of an unknown phrase says so and exits 1" "[ $? -eq 1 ] && grep -q '^no entry' '$tmp/out'"

if [ -n "${DYAD_SHARED:-}" ] && [ -d "$DYAD_SHARED/petrarch2/dictionaries" ]; then
    P="phoenix:$DYAD_SHARED/petrarch2/dictionaries"
    "$DYAD" dict lookup --dict "$P" --date 2009-03-06 Lavrov >"$tmp/out" 2>&1
    check "Phoenix: Lavrov 2009-03-06 -> RUSGOV" "grep -q 'code RUSGOV' '$tmp/out'"
    "$DYAD" dict lookup --dict "$P" --date 2005-06-01 Hillary Clinton >"$tmp/out" 2>&1
    check "Phoenix: Hillary Clinton 2005 -> USAELI" "grep -q 'code USAELI' '$tmp/out'"
    "$DYAD" dict stats --dict "$P" >"$tmp/out" 2>&1
    check "Phoenix stats load with no hard error" "[ $? -eq 0 ] && grep -q '^actors	[0-9]' '$tmp/out'"
    # Phoenix.discards.txt lists years and "YEARS AGO": time phrases, not read as discards
    "$DYAD" dict lookup --dict "$P" years ago >"$tmp/out" 2>&1
    "$DYAD" dict lookup --dict "$P" 1994 >>"$tmp/out" 2>&1
    "$DYAD" dict lookup --dict "$P" bronze medal >"$tmp/medal" 2>&1
    check "Phoenix: 'years ago' and '1994' are no discards, 'bronze medal' still is" \
        "! grep -q discard '$tmp/out' && grep -q '^discard: 2 words, sentence' '$tmp/medal'"
    printf '{"id":"y","date":"2020-01-01","text":"Russian troops attacked Ukrainian soldiers in 1994."}\n{"id":"a","date":"2020-01-01","text":"Russian troops attacked Ukrainian soldiers 15 months ago."}\n' >"$tmp/time.jsonl"
    "$DYAD" code --dict "$P" "$tmp/time.jsonl" >"$tmp/ev" 2>"$tmp/err"
    check "Phoenix: sentences dated 'in 1994' or '15 months ago' are coded, not discarded" \
        "grep -q '^y-0	.*	RUSMIL	.*	190	' '$tmp/ev' && grep -q '^a-0	.*	190	' '$tmp/ev' && grep -q ' 0 discarded' '$tmp/err'"
else
    echo "skip - Phoenix dictionaries: no shared data"
fi

# a verb's own paired code (host = 043:042) is shown whole
"$DYAD" dict lookup hosted >"$tmp/out" 2>&1
check "lookup shows a verb-level paired code (HOST 043:042)" "grep -q '^verb: HOST code 043:042 ' '$tmp/out'"

# codes that are not in the CAMEO table (data/cameo/cameo.tsv): reported by check, skipped by code
printf '@verbs\nwallop = 19O\nsmack = 190\n    * + hard = 999\n    * + softly = ---\nponder = ---\n' >"$tmp/codes.dict"
"$DYAD" dict check "$tmp/codes.dict" >"$tmp/out" 2>&1
rc=$?
check "check reports unknown CAMEO codes at file:line and exits 1" \
    "[ $rc -eq 1 ] && grep -q '^$tmp/codes.dict:2: unknown CAMEO code 19O on verb WALLOP' '$tmp/out' && grep -q '^$tmp/codes.dict:4: unknown CAMEO code 999 on pattern' '$tmp/out' && grep -q '^2 malformed entries' '$tmp/out'"
"$DYAD" dict check >"$tmp/out" 2>&1
check "the project's dictionaries have no unknown CAMEO code" "[ $? -eq 0 ] && ! grep -q 'unknown CAMEO' '$tmp/out'"
if [ -f data/models/tagger.bin ] || ls data/models/* >/dev/null 2>&1; then
    printf '{"id":"w","date":"2020-01-01","text":"Russian troops walloped Ukrainian soldiers."}\n{"id":"s","date":"2020-01-01","text":"Russian troops smacked Ukrainian soldiers hard."}\n' >"$tmp/codes.jsonl"
    "$DYAD" code --dict data/dict --dict "$tmp/codes.dict" "$tmp/codes.jsonl" >"$tmp/ev" 2>"$tmp/err"
    check "dyad code skips unknown codes with a warning: no root-99 event, the verb's own code stays" \
        "grep -q '2 malformed dictionary entries skipped' '$tmp/err' && ! grep -q '	19O	\|	999	\|	99	' '$tmp/ev' && grep -q '^s-0	.*	190	19	4' '$tmp/ev' && ! grep -q '^w-' '$tmp/ev'"
fi

# coverage: entries per CAMEO code of the table, the codes with none, --json
printf '@verbs\nsmack = 190\n    * + hard = 195\n    * + from the air = 1952\ngreet = 042:043\n' >"$tmp/cov.dict"
"$DYAD" dict coverage "$tmp/cov.dict" >"$tmp/out" 2>&1
check "coverage lists codes with verb and pattern counts (a sub-code under its parent)" \
    "[ $? -eq 0 ] && grep -q '^190	1	0	' '$tmp/out' && grep -q '^195	0	2	' '$tmp/out' && grep -q '^042	1	0	' '$tmp/out' && grep -q '^043	1	0	' '$tmp/out' && grep -q '^010	0	0	' '$tmp/out'"
check "coverage ends with the codes that have none" \
    "grep -q '^# [0-9]* of [0-9]* codes have no verb entry or pattern: 01 010 ' '$tmp/out' && ! grep '^# [0-9]* of' '$tmp/out' | grep -q ' 190 '"
"$DYAD" dict coverage --json "$tmp/cov.dict" >"$tmp/out" 2>&1
check "coverage --json: one object with codes, none, total, covered" \
    "grep -q '^{\"codes\":\[{\"code\":\"01\",\"label\":\"Make public statement\",\"verbs\":0,\"patterns\":0}' '$tmp/out' && grep -q '{\"code\":\"195\",\"label\":\"Employ aerial weapons\",\"verbs\":0,\"patterns\":2}' '$tmp/out' && grep -q '\"covered\":4,\"unknown\":0}$' '$tmp/out'"
"$DYAD" dict coverage >"$tmp/out" 2>&1
check "coverage of data/dict lists every code of the table (>= 300 rows)" "[ \$(grep -c '^[0-9][0-9][0-9]*	' '$tmp/out') -ge 300 ]"
