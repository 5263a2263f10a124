#!/bin/sh
# resume.sh — `dyad code --db --resume`: a run over the first half of the input, then a run
# over all of it with --resume, stores every article once, skips (and counts) the stored ones,
# and ends with the same events as one run over all; --resume without --db is a usage error.
# Env: DYAD (the binary).
. "$(dirname "$0")/../lib/cli.sh"
set -u
cd "$(dirname "$0")/../.." || exit 2
: "${DYAD:=$(pwd)/dyad}"

head -n 5 examples/news.jsonl >"$tmp/half.jsonl"
"$DYAD" code -o /dev/null --db "$tmp/once.sqlite" examples/news.jsonl 2>"$tmp/once.err"
check "one run over all exits 0" '[ $? -eq 0 ]'
"$DYAD" code -o /dev/null --db "$tmp/two.sqlite" "$tmp/half.jsonl" 2>"$tmp/half.err"
"$DYAD" code -o /dev/null --db "$tmp/two.sqlite" --resume examples/news.jsonl 2>"$tmp/resume.err"
check "resumed run exits 0" '[ $? -eq 0 ]'
check "summary: 5 records coded, 5 skipped" \
    'grep -q "^dyad code: 5 records: .*; 5 skipped: already in the database" "$tmp/resume.err"'
"$DYAD" code -o /dev/null --db "$tmp/two.sqlite" --resume examples/news.jsonl 2>"$tmp/again.err"
check "resumed again: nothing left, 10 skipped" \
    'grep -q "^dyad code: 0 records: .*; 10 skipped: already in the database" "$tmp/again.err"'
"$DYAD" code -o /dev/null --db "$tmp/new.sqlite" --resume "$tmp/half.jsonl" 2>"$tmp/new.err"
check "--resume on a new database: 0 skipped" \
    'grep -q "^dyad code: 5 records: .*; 0 skipped: already in the database" "$tmp/new.err"'
if command -v sqlite3 >/dev/null 2>&1; then
    q='SELECT count(*), count(DISTINCT id) FROM articles; SELECT count(*) FROM events;
       SELECT group_concat(article_id || ev_idx || code, " ") FROM
         (SELECT * FROM events ORDER BY article_id, ev_idx);'
    same "every article stored once, events as one run over all" \
        "$(sqlite3 "$tmp/two.sqlite" "$q" | tr '\n' ' ')" "$(sqlite3 "$tmp/once.sqlite" "$q" | tr '\n' ' ')"
    same "10 articles" "$(sqlite3 "$tmp/two.sqlite" 'SELECT count(*) FROM articles')" "10"
else
    echo "skip - sqlite3 shell not available"
fi
"$DYAD" code -o /dev/null --resume examples/news.jsonl 2>"$tmp/err"
check "--resume without --db: exit 2, says why" '[ $? -eq 2 ] && grep -q "needs --db" "$tmp/err"'
