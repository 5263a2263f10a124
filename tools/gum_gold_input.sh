#!/bin/sh
# gum_gold_input.sh — builds the input of the GUM news gold standard (data/eval/gold-gum-dev.tsv,
# gold-gum-test.tsv): the 42 Wikinews documents (23 news articles, 19 interviews) of the shared
# UD English GUM-wiki treebank (CC BY; its text is never committed), as CoNLL-U with their gold
# trees, one `# newdoc` per document, dated by GUM's `# meta::dateCreated`.
#
#   sh tools/gum_gold_input.sh [OUTDIR]     writes OUTDIR/gum-dev.conllu and OUTDIR/gum-test.conllu
#                                           (default OUTDIR: build/eval)
#
# Split (fixed, GUM's own): documents of GUM-wiki train are dev (34), those of GUM-wiki dev and
# test are test (8): the parser models are never trained on the test documents, so the test
# split can be coded on gold trees and on dyad's own parse alike.
# Reads ../shared/data or $DYAD_SHARED; exits 77 (skip) with a message when they are absent.
set -eu
cd "$(dirname "$0")/.."
out=${1:-build/eval}
shared=${DYAD_SHARED:-../shared/data}
gum=$shared/ud-english-gum-wiki
for s in train dev test; do
    if [ ! -r "$gum/en_gum-wiki-$s.conllu" ]; then
        echo "gum_gold_input.sh: skipped: cannot read $gum/en_gum-wiki-$s.conllu (set DYAD_SHARED to the shared data directory)" >&2
        exit 77
    fi
done
mkdir -p "$out"
# Keeps the documents whose id is GUM_news_* or GUM_interview_*.
news_docs() {
    awk '/^# newdoc id = /{ keep = ($NF ~ /^GUM_(news|interview)_/) } keep' "$@"
}
news_docs "$gum/en_gum-wiki-train.conllu" >"$out/gum-dev.conllu.tmp"
news_docs "$gum/en_gum-wiki-dev.conllu" "$gum/en_gum-wiki-test.conllu" >"$out/gum-test.conllu.tmp"
nd=$(grep -c '^# newdoc id = ' "$out/gum-dev.conllu.tmp" || true)
nt=$(grep -c '^# newdoc id = ' "$out/gum-test.conllu.tmp" || true)
if [ "$nd" != 34 ] || [ "$nt" != 8 ]; then
    echo "gum_gold_input.sh: expected 34 dev and 8 test documents, got $nd and $nt" >&2
    exit 1
fi
mv "$out/gum-dev.conllu.tmp" "$out/gum-dev.conllu"
mv "$out/gum-test.conllu.tmp" "$out/gum-test.conllu"
echo "gum_gold_input.sh: $out/gum-dev.conllu ($nd documents), $out/gum-test.conllu ($nt documents)"
