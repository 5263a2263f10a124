#!/bin/sh
# coding_modes.sh — `dyad code --literal` and `--dyads-only` against the default coding of
# modality and one-sided acts (docs/CODEBOOK.md §2, §3.4). Sentences written for this test.
# Env: DYAD. Needs the models and the default dictionaries: skipped without them.
. "$(dirname "$0")/../lib/cli.sh"
set -u
cd "$(dirname "$0")/../.." || exit 2
: "${DYAD:=$(pwd)/dyad}"
if ! ls data/dict/*.dict data/models/parser.dm >/dev/null 2>&1; then
    echo "skip - coding modes: no models or dictionaries in data/"
    exit 0
fi
printf '%s\n' '{"id":"m1","date":"2019-05-06","text":"Russia will attack Ukraine."}' \
    '{"id":"m2","date":"2019-05-06","text":"Hundreds of Kenyan students protested in Nairobi on Monday. Kenyan police watched."}' \
    >"$tmp/in.jsonl"
"$DYAD" code -q "$tmp/in.jsonl" | cut -f1,6,10,14 >"$tmp/default"
"$DYAD" code -q --literal "$tmp/in.jsonl" | cut -f1,6,10,14 >"$tmp/literal"
"$DYAD" code -q --dyads-only "$tmp/in.jsonl" | cut -f1,6,10,14 >"$tmp/dyads"
check "default: a future attack is a threat (RUS UKR 1384)" 'grep -q "^m1-0	RUS	UKR	1384$" "$tmp/default"'
check "--literal: the attack as stated (RUS UKR 190)" 'grep -q "^m1-0	RUS	UKR	190$" "$tmp/literal"'
check "default: the students' protest with no target (KEN..., empty target, 14x)" \
    'grep -q "^m2-0	KEN[A-Z]*		14[0-9]*$" "$tmp/default"'
check "--dyads-only: no one-sided protest" '! grep -q "^m2" "$tmp/dyads"'
"$DYAD" code --help >"$tmp/help" 2>&1
check "code --help names --literal and --dyads-only" \
    'grep -q -- "--literal" "$tmp/help" && grep -q -- "--dyads-only" "$tmp/help"'
