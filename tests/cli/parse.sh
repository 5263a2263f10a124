#!/bin/sh
# parse.sh — `dyad parse`: help, CoNLL-U in keeps the tokens, a malformed sentence is reported with file:line.
. "$(dirname "$0")/../lib/cli.sh"
: "${DYAD:?DYAD must point at the dyad binary}"

if "$DYAD" parse --help >"$tmp/help" 2>&1 && grep -q -- '--input' "$tmp/help" && grep -q -- '--model' "$tmp/help"; then
    ok "parse --help lists its options"
else
    bad "parse --help lists its options"
fi

printf '# sent_id = s1\n# text = Rebels attacked the capital.\n1\tRebels\t_\t_\t_\t_\t_\t_\t_\t_\n2\tattacked\t_\t_\t_\t_\t_\t_\t_\t_\n3\tthe\t_\t_\t_\t_\t_\t_\t_\t_\n4\tcapital\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n5\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n' >"$tmp/good.conllu"
printf '1-2\tdon'"'"'t\t_\t_\t_\t_\t_\t_\t_\t_\n1\tdo\t_\t_\t_\t_\t_\t_\t_\t_\n2\tn'"'"'t\t_\t_\t_\t_\t_\t_\t_\t_\n3\tgo\t_\t_\t_\t_\t_\t_\t_\t_\n\n' >>"$tmp/good.conllu"
if "$DYAD" parse --input conllu "$tmp/good.conllu" >"$tmp/out" 2>"$tmp/err"; then
    ok "parse --input conllu exits 0"
else
    bad "parse --input conllu exits 0 ($(head -c 300 "$tmp/err"))"
fi
forms_in=$(grep -v '^#' "$tmp/good.conllu" | cut -f1,2 | tr '\n' ' ')
forms_out=$(grep -v '^#' "$tmp/out" | cut -f1,2 | tr '\n' ' ')
if [ "$forms_in" = "$forms_out" ] && [ -n "$forms_in" ]; then
    ok "parse keeps the given tokens, ids and multiword ranges"
else
    bad "parse keeps the given tokens, ids and multiword ranges"
fi
if grep -q '^# sent_id = s1$' "$tmp/out" && grep -q 'SpaceAfter=No' "$tmp/out"; then
    ok "parse keeps sent_id and SpaceAfter=No"
else
    bad "parse keeps sent_id and SpaceAfter=No"
fi
roots=$(awk -F'\t' '$1 ~ /^[0-9]+$/ && $7 == "0"' "$tmp/out" | wc -l)
filled=$(awk -F'\t' '$1 ~ /^[0-9]+$/ && ($4 == "_" || $5 == "_" || $7 == "_" || $8 == "_")' "$tmp/out" | wc -l)
if [ "$roots" -eq 2 ] && [ "$filled" -eq 0 ]; then
    ok "every word gets UPOS, XPOS, HEAD, DEPREL; one root per sentence"
else
    bad "every word gets UPOS, XPOS, HEAD, DEPREL; one root per sentence ($roots roots, $filled unfilled)"
fi

{ cat "$tmp/good.conllu"; printf '1\tbroken\t_\n\n'; cat "$tmp/good.conllu"; } >"$tmp/mixed.conllu"
"$DYAD" parse --input conllu "$tmp/mixed.conllu" >"$tmp/out2" 2>"$tmp/err2"
rc=$?
line=$(grep -c '' "$tmp/good.conllu")
line=$((line + 1))
if [ "$rc" -eq 1 ] && grep -q "mixed.conllu:$line:" "$tmp/err2"; then
    ok "malformed sentence reported as file:line, exit status 1"
else
    bad "malformed sentence reported as file:line, exit status 1 (rc $rc: $(head -c 300 "$tmp/err2"))"
fi
if [ "$(grep -c '^# sent_id = s1$' "$tmp/out2")" -eq 2 ]; then
    ok "the sentences around the malformed one are still parsed"
else
    bad "the sentences around the malformed one are still parsed"
fi

"$DYAD" parse --model "$tmp/nowhere" "$tmp/good.conllu" >/dev/null 2>"$tmp/err3"
rc=$?
if [ "$rc" -eq 3 ] && grep -q 'nowhere' "$tmp/err3"; then
    ok "missing model folder: exit status 3 naming the file"
else
    bad "missing model folder: exit status 3 naming the file (rc $rc)"
fi
printf 'garbage' >"$tmp/tagger.dm"
cp "$tmp/tagger.dm" "$tmp/parser.dm"
"$DYAD" parse --model "$tmp" "$tmp/good.conllu" >/dev/null 2>"$tmp/err4"
rc=$?
if [ "$rc" -eq 3 ] && grep -q 'tagger.dm' "$tmp/err4"; then
    ok "corrupt model file: exit status 3 naming the file"
else
    bad "corrupt model file: exit status 3 naming the file (rc $rc)"
fi

printf 'Rebels attacked the capital on Monday. Officials said ten people died.\n' >"$tmp/news.txt"
"$DYAD" parse --input text "$tmp/news.txt" >"$tmp/out5" 2>"$tmp/err5"
rc=$?
if [ "$rc" -eq 3 ] && grep -q 'no tokenizer' "$tmp/err5"; then
    echo "skip - parse --input text: this build has no tokenizer yet"
else
    nroot=$(awk -F'\t' '$1 ~ /^[0-9]+$/ && $7 == "0"' "$tmp/out5" | wc -l)
    nsent=$(grep -c '^# sent_id = ' "$tmp/out5")
    if [ "$rc" -eq 0 ] && [ "$nsent" -ge 1 ] && [ "$nroot" -eq "$nsent" ] && grep -q 'attacked' "$tmp/out5"; then
        ok "parse --input text tokenizes and parses (one root per sentence)"
    else
        bad "parse --input text tokenizes and parses (rc $rc, $nsent sentences, $nroot roots)"
    fi
fi
"$DYAD" parse --input bogus "$tmp/news.txt" >/dev/null 2>&1
if [ $? -eq 2 ]; then ok "unknown --input is a usage error"; else bad "unknown --input is a usage error"; fi
