#!/bin/sh
# gold_split.sh — splits an adjudicated news gold standard (one file) into its dev and test
# files by the fixed rules of docs/CODEBOOK.md §8:
#   Wikinews 2019 (all 171 articles): wn2019-NNNN is dev when NNNN mod 5 is 1, 2 or 3, test when
#     it is 4 or 0 → data/eval/gold-dev.tsv, gold-test.tsv;
#   GUM (--gum; the 42 Wikinews documents of GUM-wiki): GUM's own split, the documents of
#     GUM-wiki dev and test are test, those of GUM-wiki train dev, as tools/gum_gold_input.sh
#     splits them → data/eval/gold-gum-dev.tsv, gold-gum-test.tsv;
#   PUD (--pud; the 215 news documents of UD English PUD): document nNNNNN is dev when NNNNN
#     mod 5 is 1, 2 or 3, test when 4 or 0 → data/eval/gold-pud-dev.tsv, gold-pud-test.tsv;
#   EWT (--ewt; the weblog documents of UD English EWT, renamed ewt-BLOG-YYYYMMDD by
#     tools/ewt_gold_input.sh): EWT's own split, as that script makes it → data/eval/gold-ewt-dev.tsv,
#     gold-ewt-test.tsv (GUM and EWT need the shared data: the input script names the test
#     documents).
#   Wikinews 2020 (--2020; all 123 articles of 2020, wn2020-NNNN): one test split, no dev part
#     → data/eval/gold-test2020.tsv.
#
#   sh tools/gold_split.sh [--gum | --pud | --ewt | --2020] ALL.tsv [OUTDIR]   (default OUTDIR: data/eval)
set -eu
set=
case "${1:-}" in
--gum) set=gum; shift ;; --pud) set=pud; shift ;; --ewt) set=ewt; shift ;; --2020) set=2020; shift ;;
esac
[ $# -ge 1 ] || { echo "usage: sh tools/gold_split.sh [--gum | --pud | --ewt | --2020] ALL.tsv [OUTDIR]" >&2; exit 2; }
all=$1
out=${2:-data/eval}
if [ "$set" = 2020 ]; then
    {
        echo "# gold-test2020.tsv — dyad's Wikinews 2020 gold standard, a test split with no dev part:"
        echo "# hand-coded CAMEO events of all 123 Wikinews articles of 2020 (ids as"
        echo "# tools/news_gold_input.sh numbers them; the text stays in ../shared/data/wikinews). Coded by"
        echo "# two independent passes and adjudicated following docs/CODEBOOK.md; format and scoring in"
        echo "# data/eval/README.md."
        echo "# The test split is scored and reported, never mined: write no rule looking at it."
        echo "# Columns: doc, anchor, source, target, code, alt, class, plover, note"
        grep -v '^#' "$all" | awk 'NF > 0'
    } >"$out/gold-test2020.tsv"
    echo "gold_split.sh: $(grep -vc '^#' "$out/gold-test2020.tsv") test2020 rows"
    exit 0
fi
# GUM and EWT: the test documents are those the input script puts in SET-test.conllu, so the
# split is decided in one place (tools/gum_gold_input.sh, tools/ewt_gold_input.sh).
test_docs=
if [ "$set" = gum ] || [ "$set" = ewt ]; then
    tmp=${TMPDIR:-/tmp}/gold_split.$$
    mkdir -p "$tmp"
    trap 'rm -rf "$tmp"' EXIT INT TERM
    sh "$(dirname "$0")/${set}_gold_input.sh" "$tmp" >/dev/null || {
        echo "gold_split.sh: tools/${set}_gold_input.sh failed (the split needs the shared data)" >&2
        exit 1
    }
    test_docs=" $(sed -n 's/^# newdoc id = //p' "$tmp/$set-test.conllu" | tr '\n' ' ')"
fi
for split in dev test; do
    if [ "$set" = pud ]; then
        name=pud-$split
        {
            echo "# gold-$name.tsv — the $split split of dyad's PUD news gold standard: hand-coded CAMEO events"
            echo "# of the 500 news sentences (215 documents) of the UD English PUD treebank (ids: PUD's"
            echo "# newdoc ids; the text and trees stay in ../shared/data/ud-english-pud). Coded by two"
            echo "# independent passes and adjudicated following docs/CODEBOOK.md; format and scoring in"
            echo "# data/eval/README.md. Split: nNNNNN is dev when NNNNN mod 5 is 1, 2 or 3, test when 4 or 0."
        } >"$out/gold-$name.tsv"
    elif [ "$set" = ewt ]; then
        name=ewt-$split
        {
            echo "# gold-$name.tsv — the $split split of dyad's EWT weblog gold standard: hand-coded CAMEO events"
            echo "# of the weblog documents (political blogs of 2003-2006) of the UD English EWT treebank (ids:"
            echo "# ewt-BLOG-YYYYMMDD, as tools/ewt_gold_input.sh names them; the text and trees stay in"
            echo "# ../shared/data/ud-english-ewt). Coded by two independent passes and adjudicated following"
            echo "# docs/CODEBOOK.md; format and scoring in data/eval/README.md. Split: EWT's own (EWT train"
            echo "# documents of under 100 sentences dev, dev and test documents test; tools/gold_split.sh --ewt)."
        } >"$out/gold-$name.tsv"
    elif [ "$set" = gum ]; then
        name=gum-$split
        {
            echo "# gold-$name.tsv — the $split split of dyad's GUM news gold standard: hand-coded CAMEO events"
            echo "# of the 42 Wikinews documents (23 news articles, 19 interviews, 2006-2018) of the UD English"
            echo "# GUM-wiki treebank (ids: GUM's newdoc ids; the text and trees stay in"
            echo "# ../shared/data/ud-english-gum-wiki). Coded by two independent passes and adjudicated"
            echo "# following docs/CODEBOOK.md; format and scoring in data/eval/README.md. Split: GUM's own"
            echo "# (GUM-wiki train documents dev, dev and test documents test; tools/gold_split.sh --gum)."
        } >"$out/gold-$name.tsv"
    else
        name=$split
        {
            echo "# gold-$split.tsv — the $split split of dyad's news gold standard: hand-coded CAMEO events of"
            echo "# Wikinews 2019 articles (ids as tools/news_gold_input.sh numbers them; the text stays in"
            echo "# ../shared/data/wikinews). Coded by two independent passes and adjudicated following"
            echo "# docs/CODEBOOK.md; format and scoring in data/eval/README.md. Split: wn2019-NNNN is dev"
            echo "# when NNNN mod 5 is 1, 2 or 3, test when 4 or 0 (tools/gold_split.sh)."
        } >"$out/gold-$split.tsv"
    fi
    {
        [ "$split" = test ] && echo "# The test split is scored and reported, never mined: write no rule looking at it."
        echo "# Columns: doc, anchor, source, target, code, alt, class, plover, note"
        awk -F '\t' -v want="$split" -v set="$set" -v testdocs="$test_docs" '
            /^#/ || NF == 0 { next }
            set == "gum" || set == "ewt" {
                s = index(testdocs, " " $1 " ") ? "test" : "dev"; if (s == want) print; next }
            set == "pud" { n = substr($1, 2) + 0; s = (n % 5 >= 1 && n % 5 <= 3) ? "dev" : "test"
                           if (s == want) print; next }
            { n = $1; sub(/^.*-/, "", n); n = n + 0
              s = (n % 5 == 1 || n % 5 == 2 || n % 5 == 3) ? "dev" : "test"
              if (s == want) print }' "$all"
    } >>"$out/gold-$name.tsv"
done
p=; [ -n "$set" ] && p=$set-
echo "gold_split.sh: $(grep -vc '^#' "$out/gold-${p}dev.tsv") dev rows, $(grep -vc '^#' "$out/gold-${p}test.tsv") test rows"
