#!/bin/sh
# ewt_gold_input.sh — builds the input of the EWT weblog gold standard (data/eval/gold-ewt-dev.tsv,
# gold-ewt-test.tsv): the weblog documents of the shared UD English EWT treebank (political blogs
# of 2003-2006 on Iraq, South Asia, US politics, and a few on business; CC BY-SA 4.0; the text is
# never committed), as CoNLL-U with their gold trees, one `# newdoc` per document, renamed
# ewt-BLOG-YYYYMMDD and dated by the timestamp in EWT's document id, sentence ids DOC-N (N from 1).
#
#   sh tools/ewt_gold_input.sh [OUTDIR]     writes OUTDIR/ewt-dev.conllu and OUTDIR/ewt-test.conllu
#                                           (default OUTDIR: build/eval)
#
# Split (fixed, EWT's own): the weblog documents of EWT train with fewer than 100 sentences are dev
# (14; the three longer ones are left out to keep the hand coding affordable), those of EWT dev
# and test are test (28): the parser is never trained on the test documents, so the test split can
# be coded on gold trees and on dyad's own parse alike (the dev split's parsed line is optimistic:
# the parser was trained on those trees).
# Reads ../shared/data or $DYAD_SHARED; exits 77 (skip) with a message when they are absent.
set -eu
cd "$(dirname "$0")/.."
out=${1:-build/eval}
shared=${DYAD_SHARED:-../shared/data}
ewt=$shared/ud-english-ewt
for s in train dev test; do
    if [ ! -r "$ewt/en_ewt-ud-$s.conllu" ]; then
        echo "ewt_gold_input.sh: skipped: cannot read $ewt/en_ewt-ud-$s.conllu (set DYAD_SHARED to the shared data directory)" >&2
        exit 77
    fi
done
mkdir -p "$out"
# weblogs MAXSENT FILE...: the weblog documents of FILEs with fewer than MAXSENT sentences,
# renamed, dated and with their sentence ids rewritten.
weblogs() {
    max=$1
    shift
    awk -v max="$max" '
        function flush() { if (keep && n < max) printf "%s", buf; buf = ""; n = 0 }
        /^# newdoc id = / {
            flush()
            id = $NF; keep = (id ~ /^weblog-/)
            if (!keep) next
            # weblog-SITE_BLOG_YYYYMMDDhhmmss_ENG_...: ewt-BLOG-YYYYMMDD, dated YYYY-MM-DD.
            split(id, part, "_"); stamp = part[3]
            doc = "ewt-" part[2] "-" substr(stamp, 1, 8)
            buf = "# newdoc id = " doc "\n# date = " substr(stamp, 1, 4) "-" substr(stamp, 5, 2) "-" substr(stamp, 7, 2) "\n"
            next
        }
        !keep { next }
        /^# sent_id = / { buf = buf "# sent_id = " doc "-" (++n) "\n"; next }
        { buf = buf $0 "\n" }
        END { flush() }' "$@"
}
weblogs 100 "$ewt/en_ewt-ud-train.conllu" >"$out/ewt-dev.conllu.tmp"
weblogs 1000000 "$ewt/en_ewt-ud-dev.conllu" "$ewt/en_ewt-ud-test.conllu" >"$out/ewt-test.conllu.tmp"
nd=$(grep -c '^# newdoc id = ' "$out/ewt-dev.conllu.tmp" || true)
nt=$(grep -c '^# newdoc id = ' "$out/ewt-test.conllu.tmp" || true)
if [ "$nd" != 14 ] || [ "$nt" != 28 ]; then
    echo "ewt_gold_input.sh: expected 14 dev and 28 test documents, got $nd and $nt" >&2
    exit 1
fi
dup=$(cat "$out/ewt-dev.conllu.tmp" "$out/ewt-test.conllu.tmp" | sed -n 's/^# newdoc id = //p' | sort | uniq -d)
if [ -n "$dup" ]; then
    echo "ewt_gold_input.sh: document ids not unique: $dup" >&2
    exit 1
fi
sd=$(grep -c '^# sent_id = ' "$out/ewt-dev.conllu.tmp" || true)
st=$(grep -c '^# sent_id = ' "$out/ewt-test.conllu.tmp" || true)
mv "$out/ewt-dev.conllu.tmp" "$out/ewt-dev.conllu"
mv "$out/ewt-test.conllu.tmp" "$out/ewt-test.conllu"
echo "ewt_gold_input.sh: $out/ewt-dev.conllu ($nd documents, $sd sentences), $out/ewt-test.conllu ($nt documents, $st sentences)"
