#!/bin/sh
# train.sh — `dyad train --extra`: more than one training treebank (folders with train and dev
# splits, weighted), a lone .conllu file, and the usage and data errors. The tiny treebanks are
# cut at run time from data/train/news-en.conllu (our own sentences); WordNet is the stand-in in
# tests/data/wordnet.
. "$(dirname "$0")/../lib/cli.sh"
: "${DYAD:?DYAD must point at the dyad binary}"
news=data/train/news-en.conllu
# sentences a..b of the news file (blank-line separated) into a file
cut_sents() { awk -v a="$1" -v b="$2" 'BEGIN{RS=""; ORS="\n\n"} NR>=a && NR<=b' "$news" >"$3"; }
mkdir -p "$tmp/main" "$tmp/second"
cut_sents 1 24 "$tmp/main/tiny-ud-train.conllu"
cut_sents 25 30 "$tmp/main/tiny-ud-dev.conllu"
cut_sents 31 38 "$tmp/second/other-train.conllu"
cut_sents 39 40 "$tmp/second/other-dev.conllu"
cut_sents 41 46 "$tmp/lone.conllu"
wn=tests/data/wordnet
small="--wordnet $wn --epochs 2 --folds 2"

"$DYAD" train --help >"$tmp/help" 2>&1
check "train --help documents --extra PATH[:W]" "grep -q -- '--extra PATH\[:W\]' '$tmp/help'"

# shellcheck disable=SC2086
"$DYAD" train --treebank "$tmp/main" --extra "$tmp/second:3" --extra "$tmp/lone.conllu" \
    $small --out "$tmp/m" >/dev/null 2>"$tmp/err"
rc=$?
check "train on a folder, a weighted folder and a file: exit 0" "[ $rc -eq 0 ]"
# 24 + 8 + 6 distinct sentences; 24 + 3 x 8 + 6 with oversampling; dev 6 + 2 (a file has none)
check "the log counts 38 distinct, 54 oversampled training and 8 pooled dev sentences" \
    "grep -q 'read 38 training (54 with oversampling) and 8 dev sentences' '$tmp/err'"
check "the weighted folder is named with its counts" \
    "grep -q 'extra $tmp/second: 8 training sentences (weight 3), 2 dev sentences' '$tmp/err'"
check "the file brings training sentences only" \
    "grep -q 'extra $tmp/lone.conllu: 6 training sentences (weight 1), 0 dev sentences' '$tmp/err'"
printf 'Hundreds of farmers protested outside parliament.\n' >"$tmp/s.txt"
"$DYAD" parse --model "$tmp/m" --input text "$tmp/s.txt" >"$tmp/s.conllu" 2>/dev/null
check "the model trained on three sources parses: one root" \
    "[ \$(awk -F'\t' 'NF==10 && \$7==0' '$tmp/s.conllu' | wc -l) -eq 1 ]"
# the kinds of news-en sentences 56-98 (not those sentences): a past tense after a singular or
# named subject, a subject with an aside, be/have after a name, a fronted phrase before a modal
cat >"$tmp/kinds.txt" <<'END'
The Marvik Courier drew attention to the shortage.
A regional court removed the mayor of Selt in May.
Ida Sorel, the governor of Pell, ordered an inquiry.
Hanna Mott — who was known as the Owl — joined the party in 1990.
Vessel Air has been flying the route since June.
The retired judge was 79.
By decree, all shops must close at nine.
In its report, the panel set out new rules.
END
"$DYAD" parse --model "$tmp/m" --input text "$tmp/kinds.txt" >"$tmp/kinds.conllu" 2>/dev/null
check "the trained model parses the news kinds: 8 sentences, one root each" \
    "[ \$(grep -c '^# text' '$tmp/kinds.conllu') -eq 8 ] && [ \$(awk -F'\t' 'NF==10 && \$7==0' '$tmp/kinds.conllu' | wc -l) -eq 8 ]"

# shellcheck disable=SC2086
"$DYAD" train --treebank "$tmp/main" --extra "$tmp/second:0" $small --out "$tmp/x" 2>"$tmp/err"
check "weight 0: usage error (2), says the range" "[ $? -eq 2 ] && grep -q 'weight must be 1..20' '$tmp/err'"
# shellcheck disable=SC2086
"$DYAD" train --treebank "$tmp/main" --extra "$tmp/second:21" $small --out "$tmp/x" 2>/dev/null
check "weight 21: usage error (2)" "[ $? -eq 2 ]"
# shellcheck disable=SC2086
"$DYAD" train --treebank "$tmp/main" --extra "$tmp/none" $small --out "$tmp/x" 2>"$tmp/err"
check "a missing extra treebank: exit 3, named" "[ $? -eq 3 ] && grep -q '$tmp/none: no such treebank folder or file' '$tmp/err'"
mkdir -p "$tmp/empty"
# shellcheck disable=SC2086
"$DYAD" train --treebank "$tmp/main" --extra "$tmp/empty:2" $small --out "$tmp/x" 2>"$tmp/err"
check "a folder without *-train.conllu: exit 3, named" "[ $? -eq 3 ] && grep -q 'empty: no \*-train.conllu file' '$tmp/err'"
"$DYAD" train --factuality --extra "$tmp/second" --out "$tmp/x" 2>"$tmp/err"
check "--extra with --factuality: usage error (2)" "[ $? -eq 2 ] && grep -q 'not --factuality' '$tmp/err'"
check "no model written by the failed runs" "[ ! -e '$tmp/x/parser.dm' ]"
