#!/bin/sh
# eval.sh — `dyad eval`: help, table and JSON output with known scores, usage and data errors.
. "$(dirname "$0")/../lib/cli.sh"
: "${DYAD:?DYAD must point at the dyad binary}"

# gold: two sentences, "don't" a multiword token; system: one sentence, "don't" unsplit.
T=$(printf '\t')
cat >"$tmp/gold.conllu" <<END
# text = I don't know.
1${T}I${T}I${T}PRON${T}PRP${T}_${T}4${T}nsubj${T}_${T}_
2-3${T}don't${T}_${T}_${T}_${T}_${T}_${T}_${T}_${T}_
2${T}do${T}do${T}AUX${T}VBP${T}_${T}4${T}aux${T}_${T}_
3${T}n't${T}not${T}PART${T}RB${T}_${T}4${T}advmod${T}_${T}_
4${T}know${T}know${T}VERB${T}VB${T}_${T}0${T}root${T}_${T}_
5${T}.${T}.${T}PUNCT${T}.${T}_${T}4${T}punct${T}_${T}_

# text = Go.
1${T}Go${T}go${T}VERB${T}VB${T}_${T}0${T}root${T}_${T}_
2${T}.${T}.${T}PUNCT${T}.${T}_${T}1${T}punct${T}_${T}_

END
cat >"$tmp/sys.conllu" <<END
1${T}I${T}I${T}PRON${T}PRP${T}_${T}3${T}nsubj${T}_${T}_
2${T}don't${T}do${T}AUX${T}VBP${T}_${T}3${T}aux${T}_${T}_
3${T}know${T}know${T}VERB${T}VB${T}_${T}0${T}root${T}_${T}_
4${T}.${T}.${T}PUNCT${T}.${T}_${T}3${T}punct${T}_${T}_
5${T}Go${T}go${T}VERB${T}VB${T}_${T}3${T}parataxis${T}_${T}_
6${T}.${T}.${T}PUNCT${T}.${T}_${T}5${T}punct${T}_${T}_

END

"$DYAD" eval --help >"$tmp/help" 2>&1
check "eval --help shows the synopsis and --json" "[ $? -eq 0 ] && grep -q 'GOLD.conllu SYSTEM.conllu' '$tmp/help' && grep -q -- '--json' '$tmp/help'"
"$DYAD" eval "$tmp/gold.conllu" >/dev/null 2>&1
check "eval with one file is a usage error (2)" "[ $? -eq 2 ]"
"$DYAD" eval "$tmp/gold.conllu" "$tmp/none.conllu" >/dev/null 2>"$tmp/err"
check "missing system file exits 3 and names it" "[ $? -eq 3 ] && grep -q none.conllu '$tmp/err'"

"$DYAD" eval "$tmp/gold.conllu" "$tmp/gold.conllu" >"$tmp/out" 2>&1
check "gold against itself: LAS 100.00" "[ $? -eq 0 ] && grep -q '^LAS *| *100.00 | *100.00 | *100.00' '$tmp/out'"

"$DYAD" eval "$tmp/gold.conllu" "$tmp/sys.conllu" >"$tmp/out" 2>&1
check "table exits 0" "[ $? -eq 0 ]"
# tokens: all 6 spans match (don't is one token on both sides); words: 5 aligned of 7 gold /
# 6 system (do + n't have no partner in the unsplit don't)
check "tokens 100.00" "grep -q '^Tokens *| *100.00 | *100.00 | *100.00' '$tmp/out'"
check "words P 83.33 R 71.43 F1 76.92" "grep -q '^Words *| *83.33 | *71.43 | *76.92' '$tmp/out'"
check "sentences F1 0" "grep -q '^Sentences *| *0.00 | *0.00 | *0.00' '$tmp/out'"
check "UAS: Go not the root, 4 of 5 aligned (80.00)" "grep -q '^UAS .*| *80.00 *\$' '$tmp/out'"

"$DYAD" eval --json "$tmp/gold.conllu" "$tmp/sys.conllu" >"$tmp/out" 2>&1
check "--json gives counts" "[ $? -eq 0 ] && grep -q '\"Words\":{\"gold\":7,\"system\":6,\"correct\":5' '$tmp/out'"

printf 'You\n' >"$tmp/bad.conllu"
"$DYAD" eval "$tmp/gold.conllu" "$tmp/bad.conllu" >/dev/null 2>"$tmp/err"
check "malformed system file exits 3 with file:line" "[ $? -eq 3 ] && grep -q 'system:1' '$tmp/err'"

# --roots --list: the sentences counted as non-verb roots, sent_id, root and text a line each
cat >"$tmp/roots.conllu" <<END
# sent_id = ok-1
# text = Troops left.
1${T}Troops${T}troop${T}NOUN${T}NNS${T}_${T}2${T}nsubj${T}_${T}_
2${T}left${T}leave${T}VERB${T}VBD${T}_${T}0${T}root${T}_${T}_

# sent_id = bad-2
# text = Officers ended talks.
1${T}Officers${T}officer${T}NOUN${T}NNS${T}_${T}0${T}root${T}_${T}_
2${T}ended${T}end${T}ADJ${T}VBD${T}_${T}3${T}amod${T}_${T}_
3${T}talks${T}talk${T}NOUN${T}NNS${T}_${T}1${T}appos${T}_${T}_

END
"$DYAD" eval --roots --list "$tmp/roots.conllu" >"$tmp/out" 2>&1
check "--roots --list prints the counted sentence only: id, root, text" \
    "[ $? -eq 0 ] && [ \$(wc -l <'$tmp/out') -eq 1 ] && grep -q '^bad-2${T}Officers/NOUN${T}Officers ended talks.\$' '$tmp/out'"
"$DYAD" eval --list "$tmp/roots.conllu" >/dev/null 2>"$tmp/err"
check "--list without --roots: usage error (2)" "[ $? -eq 2 ] && grep -q 'goes with --roots' '$tmp/err'"
"$DYAD" eval --roots --list --json "$tmp/roots.conllu" >/dev/null 2>&1
check "--list with --json: usage error (2)" "[ $? -eq 2 ]"

if [ -n "${DYAD_SHARED:-}" ] && [ -f "$DYAD_SHARED/ud-english-ewt/en_ewt-ud-dev.conllu" ]; then
    D="$DYAD_SHARED/ud-english-ewt/en_ewt-ud-dev.conllu"
    "$DYAD" eval "$D" "$D" >"$tmp/out" 2>&1
    check "EWT dev against itself: Words 100.00" "grep -q '^Words *| *100.00 | *100.00 | *100.00' '$tmp/out'"
else
    echo "skip - EWT dev self-check: DYAD_SHARED not set"
fi
