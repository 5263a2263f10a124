#!/bin/sh
# csv.sh — `--input csv` for dyad code and dyad parse: RFC 4180 quoting (commas, line breaks,
# doubled quotes inside quotes), a header naming the columns, --columns to pick them; rows
# missing a column or with a bad date rejected with file:line and id; a header without a named
# column stops the file; the JSONL reader says "looks like CSV" on a CSV file.
# Env: DYAD (the binary).
. "$(dirname "$0")/../lib/cli.sh"
set -u
cd "$(dirname "$0")/../.." || exit 2
: "${DYAD:=$(pwd)/dyad}"

# line 1 header; c1 spans lines 2-3 (quoted comma, "" and a line break); c2 on 4; c3 on 5
# lacks the text; c4 on 6 has an impossible date; c5 on 7 is quoted throughout (CRLF)
printf '%s\r\n' 'id,date,text,desk' >"$tmp/news.csv"
printf '%s\n' 'c1,2024-03-04,"Russian Foreign Minister Sergei Lavrov met Chinese Foreign Minister Wang Yi in Beijing, officials said. He called it ""useful"".' \
    'Lavrov praised China for its position.",world' \
    'c2,20240305,Israeli troops attacked Palestinian militants in Jenin.,mideast' \
    'c3,2024-03-06' \
    'c4,2024-02-30,Germany pledged more aid to Ukraine.,europe' >>"$tmp/news.csv"
printf '%s\r\n' '"c5","2024-03-08","Turkey accused Sweden of harbouring militants.","europe"' >>"$tmp/news.csv"
"$DYAD" code --input csv --format jsonl -o "$tmp/out.jsonl" "$tmp/news.csv" 2>"$tmp/err"
rc=$?
check "csv: exit 1 (two rows rejected)" '[ $rc -eq 1 ]'
check "csv: summary 5 records, 3 coded, 2 rejected" 'grep -q "^dyad code: 5 records: 3 coded .* 2 rejected" "$tmp/err"'
check "csv: quoted comma, doubled quote and line break kept in the text" \
    'grep -q "\"doc\":\"c1\",.*\"text\":\"Russian Foreign Minister Sergei Lavrov met Chinese Foreign Minister Wang Yi in Beijing, officials said.\"" "$tmp/out.jsonl"'
check "csv: the second sentence of the multi-line field is coded too" \
    'grep -q "\"doc\":\"c1\",.*\"text\":\"Lavrov praised China" "$tmp/out.jsonl"'
check "csv: YYYYMMDD date and unquoted text" 'grep -q "\"doc\":\"c2\",\"date\":\"2024-03-05\"" "$tmp/out.jsonl"'
check "csv: fully quoted CRLF row" 'grep -q "\"doc\":\"c5\",\"date\":\"2024-03-08\"" "$tmp/out.jsonl"'
check "csv: other columns kept as meta" 'grep -q "\"meta\":{\"desk\":\"world\"}" "$tmp/out.jsonl"'
check "csv: a row missing the text: file:line and id" \
    'grep -q "rejected: .*news.csv:5 (id c3): missing column .text." "$tmp/err"'
check "csv: an impossible date: file:line and id" \
    'grep -q "rejected: .*news.csv:6 (id c4): impossible date .2024-02-30." "$tmp/err"'

# --columns: other names, a title before the text
printf '%s\n' 'url,published,headline,body' \
    'https://example.org/a,2024-04-01,"Lavrov meets Wang Yi","Sergei Lavrov met Wang Yi in Moscow."' >"$tmp/wiki.csv"
"$DYAD" code --input csv --columns id=url,date=published,text=body,title=headline --format jsonl \
    "$tmp/wiki.csv" >"$tmp/wiki.jsonl" 2>"$tmp/wiki.err"
check "--columns: exit 0, id from url, date from published" \
    '[ $? -eq 0 ] && grep -q "\"doc\":\"https://example.org/a\",\"date\":\"2024-04-01\"" "$tmp/wiki.jsonl"'
check "--columns: text coded" 'grep -q "\"text\":\"Sergei Lavrov met Wang Yi in Moscow.\"" "$tmp/wiki.jsonl"'
"$DYAD" code --input csv --columns text=content "$tmp/wiki.csv" >/dev/null 2>"$tmp/err"
check "a header without the named column: exit 3, names it and the header's columns" \
    '[ $? -eq 3 ] && grep -q "wiki.csv:1: the CSV header has no column .content. for the text (its columns: url, published, headline, body)" "$tmp/err"'
"$DYAD" code --input csv --columns txt=body "$tmp/wiki.csv" >/dev/null 2>"$tmp/err"
check "a bad --columns entry: exit 2" '[ $? -eq 2 ] && grep -q "bad entry .txt=body." "$tmp/err"'
"$DYAD" code --columns text=body "$tmp/wiki.csv" >/dev/null 2>"$tmp/err"
check "--columns without --input csv: exit 2" '[ $? -eq 2 ] && grep -q "needs --input csv" "$tmp/err"'

# an unterminated quote, text after a closing quote
printf '%s\n' 'id,date,text' 'u1,2024-01-01,"ok" then' 'u2,2024-01-02,Fine text.' 'u3,2024-01-03,"never closed' 'more' >"$tmp/bad.csv"
"$DYAD" code --input csv "$tmp/bad.csv" >/dev/null 2>"$tmp/err"
check "text after a closing quote: rejected at file:line, the next row read" \
    'grep -q "bad.csv:2: bad CSV: text after a closing quote" "$tmp/err" && grep -q "3 records: .* 2 rejected" "$tmp/err"'
check "an unterminated quote: rejected at the line it starts" 'grep -q "bad.csv:4: bad CSV: the quoted field that starts on this line never ends" "$tmp/err"'

# the JSONL reader on a CSV file
"$DYAD" code "$tmp/news.csv" >/dev/null 2>"$tmp/err"
check "JSONL reader on CSV: the first error says looks like CSV; try --input csv" \
    '[ "$(grep "^dyad code: rejected:" "$tmp/err" | head -n 1 | grep -c "looks like CSV; try --input csv")" -eq 1 ] && [ "$(grep -c "looks like CSV" "$tmp/err")" -eq 1 ]'

# dyad parse
"$DYAD" parse --input csv --columns id=url,date=published,text=body "$tmp/wiki.csv" >"$tmp/p.conllu" 2>"$tmp/err"
check "parse --input csv: CoNLL-U with the record's id" '[ $? -eq 0 ] && grep -q "^# sent_id = https://example.org/a-1" "$tmp/p.conllu" && grep -q "	Lavrov	" "$tmp/p.conllu"'
"$DYAD" parse --input csv "$tmp/news.csv" >"$tmp/n.conllu" 2>/dev/null
check "parse --input csv: a doubled quote inside quotes is one quote" \
    'grep -q "^# text = He called it \"useful\"\.$" "$tmp/n.conllu"'
