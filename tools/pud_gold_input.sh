#!/bin/sh
# pud_gold_input.sh — builds the input of the PUD news gold standard (data/eval/gold-pud-dev.tsv,
# gold-pud-test.tsv): the 500 news sentences (ids n...) of the shared UD English PUD treebank
# (CC BY-SA 4.0; its text is never committed), as CoNLL-U with their gold trees, one `# newdoc`
# per PUD document (a few sentences of one article, not adjacent), each dated 2016-11-15 (PUD
# gives no dates; its news is of late 2016), sentence ids rewritten DOC-N (N from 1).
#
#   sh tools/pud_gold_input.sh [OUTDIR]     writes OUTDIR/pud-dev.conllu and OUTDIR/pud-test.conllu
#                                           (default OUTDIR: build/eval)
#
# Split (fixed): document nNNNNN is dev when NNNNN mod 5 is 1, 2 or 3, test when it is 4 or 0.
# Reads ../shared/data or $DYAD_SHARED; exits 77 (skip) with a message when they are absent.
set -eu
cd "$(dirname "$0")/.."
out=${1:-build/eval}
shared=${DYAD_SHARED:-../shared/data}
pud=$shared/ud-english-pud/en_pud-ud-test.conllu
if [ ! -r "$pud" ]; then
    echo "pud_gold_input.sh: skipped: cannot read $pud (set DYAD_SHARED to the shared data directory)" >&2
    exit 77
fi
mkdir -p "$out"
awk -v dev="$out/pud-dev.conllu.tmp" -v test="$out/pud-test.conllu.tmp" '
    /^# newdoc id = / {
        doc = $NF; keep = (doc ~ /^n/); n = 0
        if (keep) {
            num = substr(doc, 2) + 0; m = num % 5
            f = (m >= 1 && m <= 3) ? dev : test
            print > f; print "# date = 2016-11-15" > f
        }
        next
    }
    !keep { next }
    /^# sent_id = / { print "# sent_id = " doc "-" (++n) > f; next }
    { print > f }' "$pud"
nd=$(grep -c '^# newdoc id = ' "$out/pud-dev.conllu.tmp" || true)
nt=$(grep -c '^# newdoc id = ' "$out/pud-test.conllu.tmp" || true)
sd=$(grep -c '^# sent_id = ' "$out/pud-dev.conllu.tmp" || true)
st=$(grep -c '^# sent_id = ' "$out/pud-test.conllu.tmp" || true)
if [ $((sd + st)) != 500 ]; then
    echo "pud_gold_input.sh: expected 500 news sentences, got $((sd + st))" >&2
    exit 1
fi
mv "$out/pud-dev.conllu.tmp" "$out/pud-dev.conllu"
mv "$out/pud-test.conllu.tmp" "$out/pud-test.conllu"
echo "pud_gold_input.sh: $out/pud-dev.conllu ($nd documents, $sd sentences), $out/pud-test.conllu ($nt documents, $st sentences)"
