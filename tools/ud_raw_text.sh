#!/bin/sh
# ud_raw_text.sh — writes the raw text of a UD CoNLL-U file from its "# text =" lines: the
# sentences of one paragraph joined by a space on one line, a blank line between paragraphs
# and documents. This is what `dyad parse --input text` and the raw-text scores read.
# Usage: sh tools/ud_raw_text.sh FILE.conllu > FILE.txt
set -eu
awk '
/^# newdoc/ || /^# newpar/ { if (line != "") { print line; print ""; line = "" } next }
/^# text = / { sub(/^# text = /, ""); line = (line == "") ? $0 : line " " $0 }
END { if (line != "") print line }
' "$1"
