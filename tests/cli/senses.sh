#!/bin/sh
# senses.sh — verbs with two senses, read from their arguments with the default dictionaries
# (docs/CODEBOOK.md §5): "call" is a telephone call only without a judgement complement, and
# "attack" a decision or words is criticism. Sentences written for this test.
# Env: DYAD. Needs the models and the default dictionaries: skipped without them.
. "$(dirname "$0")/../lib/cli.sh"
set -u
cd "$(dirname "$0")/../.." || exit 2
: "${DYAD:=$(pwd)/dyad}"
if ! ls data/dict/*.dict data/models/parser.dm >/dev/null 2>&1; then
    echo "skip - senses: no models or dictionaries in data/"
    exit 0
fi
code() { printf '{"id":"s","date":"2020-01-05","text":"%s"}\n' "$1" | "$DYAD" code -q - | cut -f6,10,14 | tr '\t\n' '  '; }
same "a call to a leader is a telephone call" "$(code 'Netanyahu called Putin on Monday.')" "ISRGOV RUSGOV 041 "
same "calling an order swift is no call" "$(code 'Netanyahu called the Iranian order swift and decisive.')" ""
same "calling it unlikely that X would act is no call" \
    "$(code 'Netanyahu called it unlikely that Iran would attack Israel.')" ""
same "attacking a decision is criticism (111)" \
    "$(code 'Erdogan attacked the decision by Trump on Monday.')" "TURGOV USAGOV 111 "
