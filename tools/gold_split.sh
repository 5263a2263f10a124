#!/bin/sh
# gold_split.sh — splits the adjudicated news gold standard (all 171 Wikinews 2019 articles, one
# file) into data/eval/gold-dev.tsv and data/eval/gold-test.tsv by the fixed rule of
# docs/CODEBOOK.md §8: wn2019-NNNN is dev when NNNN mod 5 is 1, 2 or 3, test when it is 4 or 0.
#
#   sh tools/gold_split.sh ALL.tsv [OUTDIR]      (default OUTDIR: data/eval)
set -eu
[ $# -ge 1 ] || { echo "usage: sh tools/gold_split.sh ALL.tsv [OUTDIR]" >&2; exit 2; }
all=$1
out=${2:-data/eval}
for split in dev test; do
    {
        echo "# gold-$split.tsv — the $split split of dyad's news gold standard: hand-coded CAMEO events of"
        echo "# Wikinews 2019 articles (ids as tools/news_gold_input.sh numbers them; the text stays in"
        echo "# ../shared/data/wikinews). Coded by two independent passes and adjudicated following"
        echo "# docs/CODEBOOK.md; format and scoring in data/eval/README.md. Split: wn2019-NNNN is dev"
        echo "# when NNNN mod 5 is 1, 2 or 3, test when 4 or 0 (tools/gold_split.sh)."
        [ "$split" = test ] && echo "# The test split is scored and reported, never mined: write no rule looking at it."
        echo "# Columns: doc, anchor, source, target, code, alt, class, plover, note"
        awk -F '\t' -v want="$split" '
            /^#/ || NF == 0 { next }
            { n = $1; sub(/^.*-/, "", n); n = n + 0
              s = (n % 5 == 1 || n % 5 == 2 || n % 5 == 3) ? "dev" : "test"
              if (s == want) print }' "$all"
    } >"$out/gold-$split.tsv"
done
echo "gold_split.sh: $(grep -vc '^#' "$out/gold-dev.tsv") dev rows, $(grep -vc '^#' "$out/gold-test.tsv") test rows"
