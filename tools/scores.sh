#!/bin/sh
# scores.sh — measures the NLP front end the way the README reports it: UD English EWT test
# with gold tokenization (tagger + parser only), then EWT test and UD English PUD from raw
# text (splitter + tokenizer + tagger + parser), each scored by `dyad eval`; GUM-wiki test and
# PUD with gold tokenization; and the non-verb root share (`dyad eval --roots`, no gold needed)
# of every Wikinews article parsed from raw text.
# Usage: sh tools/scores.sh   (DYAD=./dyad, DYAD_SHARED=../shared/data by default)
set -eu
DYAD=${DYAD:-./dyad}
SHARED=${DYAD_SHARED:-../shared/data}
EWT=$SHARED/ud-english-ewt/en_ewt-ud-test.conllu
PUD=$SHARED/ud-english-pud/en_pud-ud-test.conllu
if [ ! -f "$EWT" ] || [ ! -f "$PUD" ]; then
    echo "scores.sh: skip: UD English EWT/PUD not found under $SHARED (set DYAD_SHARED)" >&2
    exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
here=$(dirname "$0")

echo "== EWT test, gold tokenization"
"$DYAD" parse --input conllu "$EWT" > "$tmp/ewt-gold.conllu"
"$DYAD" eval "$EWT" "$tmp/ewt-gold.conllu"
for gold in "$SHARED/ud-english-gum-wiki/en_gum-wiki-test.conllu" "$PUD"; do
    [ -f "$gold" ] || { echo "== $(basename "$gold"): not found, skipped"; continue; }
    echo "== $(basename "$gold" .conllu), gold tokenization"
    "$DYAD" parse --input conllu "$gold" > "$tmp/gold-tok.conllu"
    "$DYAD" eval "$gold" "$tmp/gold-tok.conllu"
done
for name in ewt pud; do
    if [ $name = ewt ]; then gold=$EWT; else gold=$PUD; fi
    echo "== $name test, raw text"
    sh "$here/ud_raw_text.sh" "$gold" > "$tmp/$name.txt"
    "$DYAD" parse --input text "$tmp/$name.txt" > "$tmp/$name.conllu"
    "$DYAD" eval "$gold" "$tmp/$name.conllu"
done
if [ -f "$SHARED/wikinews/wikinews_2019.csv" ]; then
    echo "== Wikinews 2019-2020, raw text: non-verb roots"
    perl -e 'require "./'"$here"'/wikinews.pl"; for my $a (wikinews_articles($ARGV[0])) {
        print "{\"id\":\"$a->[0]\",\"date\":\"$a->[1]\",\"text\":", json_str($a->[2]), "}\n" }' \
        "$SHARED" > "$tmp/wikinews.jsonl"
    "$DYAD" parse --input jsonl "$tmp/wikinews.jsonl" > "$tmp/wikinews.conllu"
    "$DYAD" eval --roots "$tmp/wikinews.conllu"
fi
