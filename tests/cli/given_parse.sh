#!/bin/sh
# given_parse.sh — `dyad code --input conllu` codes the parse the input gives (lemma, UPOS,
# XPOS, head and relation on every word) and tags and parses only sentences without one, or
# every sentence with --reparse. Sentences written for this test.
# Env: DYAD (the binary). Needs the models and dictionaries in data/: skipped without them.
. "$(dirname "$0")/../lib/cli.sh"
set -u
cd "$(dirname "$0")/../.." || exit 2
: "${DYAD:=$(pwd)/dyad}"
if ! ls data/dict/*.dict data/models/parser.dm >/dev/null 2>&1; then
    echo "skip - given parse: no models or dictionaries in data/"
    exit 0
fi
code() { "$DYAD" code --input conllu --date 2020-01-01 "$@"; }
row() { printf '%s\t%s\t%s\t%s\t%s\t_\t%s\t%s\t_\t%s\n' "$@"; }

# A right tree: the source is the subject.
{ echo "# newdoc id = given-1"; echo "# text = Chile attacked Peru."
  row 1 Chile Chile PROPN NNP 2 nsubj _
  row 2 attacked attack VERB VBD 0 root _
  row 3 Peru Peru PROPN NNP 2 obj SpaceAfter=No
  row 4 . . PUNCT . 2 punct _; echo; } >"$tmp/right.conllu"
code "$tmp/right.conllu" >"$tmp/right.tsv" 2>"$tmp/right.err"
check "a given right tree is coded as given (CHL -> PER 190, no sentence parsed)" \
    'awk -F "\t" "\$6==\"CHL\" && \$10==\"PER\" && \$14==\"190\"" "$tmp/right.tsv" | grep -q . && grep -q "(0 parsed)" "$tmp/right.err"'

# The same words with a tree that gives the verb no subject: coded as given, there is no
# source, so no event; --reparse parses the sentence itself and finds it.
sed 's/\tnsubj\t/\tdep\t/' "$tmp/right.conllu" >"$tmp/nosubj.conllu"
code "$tmp/nosubj.conllu" >"$tmp/nosubj.tsv" 2>"$tmp/nosubj.err"
check "a given tree without a subject codes no event" '[ ! -s "$tmp/nosubj.tsv" ] && grep -q "1 no event" "$tmp/nosubj.err"'
code --reparse "$tmp/nosubj.conllu" >"$tmp/reparse.tsv" 2>"$tmp/reparse.err"
check "--reparse ignores the given tree (CHL -> PER 190, one sentence parsed)" \
    'awk -F "\t" "\$6==\"CHL\" && \$10==\"PER\" && \$14==\"190\"" "$tmp/reparse.tsv" | grep -q . && grep -q "(1 parsed)" "$tmp/reparse.err"'

# Words only (no heads): tagged and parsed as before.
awk -F '\t' 'BEGIN { OFS = "\t" } NF == 10 { $3 = "_"; $4 = "_"; $5 = "_"; $7 = "_"; $8 = "_" } { print }' \
    "$tmp/right.conllu" >"$tmp/words.conllu"
code "$tmp/words.conllu" >"$tmp/words.tsv" 2>"$tmp/words.err"
check "a sentence without a parse is tagged and parsed (CHL -> PER 190)" \
    'awk -F "\t" "\$6==\"CHL\" && \$10==\"PER\" && \$14==\"190\"" "$tmp/words.tsv" | grep -q . && grep -q "(1 parsed)" "$tmp/words.err"'
"$DYAD" code --help >"$tmp/help" 2>&1
check "code --help names --reparse" 'grep -q -- "--reparse" "$tmp/help"'

# A name whose first word is coordinated ("North and South Korea" in UD: North a compound of
# Korea, South a conjunct of North) is two actors, each word with the head (coder_actor.c).
{ echo "# newdoc id = given-2"; echo "# text = North and South Korea exchanged fire."
  row 1 North North PROPN NNP 4 compound _
  row 2 and and CCONJ CC 3 cc _
  row 3 South South PROPN NNP 1 conj _
  row 4 Korea Korea PROPN NNP 5 nsubj _
  row 5 exchanged exchange VERB VBD 0 root _
  row 6 fire fire NOUN NN 5 obj SpaceAfter=No
  row 7 . . PUNCT . 5 punct _; echo; } >"$tmp/korea.conllu"
code "$tmp/korea.conllu" >"$tmp/korea.tsv" 2>/dev/null
check "North and South Korea exchanged fire: PRK -> KOR and KOR -> PRK 190" \
    'awk -F "\t" "\$6==\"PRK\" && \$10==\"KOR\" && \$14==\"190\"" "$tmp/korea.tsv" | grep -q . &&
     awk -F "\t" "\$6==\"KOR\" && \$10==\"PRK\" && \$14==\"190\"" "$tmp/korea.tsv" | grep -q .'
# ... not where the joined words name one actor twice or none
sed 's/North/Upper/; s/\tNorth\t/\tUpper\t/' "$tmp/korea.conllu" >"$tmp/upper.conllu"
code "$tmp/upper.conllu" >"$tmp/upper.tsv" 2>/dev/null
check "Upper and South Korea: one actor, no reciprocal pair" \
    '! awk -F "\t" "\$6==\"KOR\" && \$10==\"KOR\"" "$tmp/upper.tsv" | grep -q . && ! grep -q PRK "$tmp/upper.tsv"'
