#!/bin/sh
# series.sh — `dyad series` (periods, --dyad, --merge of shards) and `dyad load` (SQLite, re-run).
. "$(dirname "$0")/../lib/cli.sh"
: "${DYAD:?DYAD must point at the dyad binary}"
cd "$(dirname "$0")/../.." || exit 2
ev=tests/data/events/small.jsonl

if "$DYAD" series --help >"$tmp/help" 2>&1 && grep -q -- '--merge' "$tmp/help" && grep -q 'ISO' "$tmp/help"; then
    ok "series --help lists its options"
else
    bad "series --help lists its options"
fi
"$DYAD" series --by week "$ev" >"$tmp/w.csv" 2>"$tmp/err"
same "series --by week exits 0" "$?" 0
same "weekly header" "$(head -1 "$tmp/w.csv")" \
    "period,source,target,events,verbal_coop,material_coop,verbal_conflict,material_conflict,goldstein_sum,goldstein_mean"
same "weekly RUS-UKR 2020-W53 row" "$(grep '^2020-W53,RUS,UKR' "$tmp/w.csv")" "2020-W53,RUS,UKR,4,2,0,1,1,-8.2,-2.050"
same "month --dyad RUS,UKR --one-a-day" \
    "$("$DYAD" series --by month --dyad RUS,UKR --one-a-day "$ev" | tr '\n' ' ')" \
    "period,source,target,events,verbal_coop,material_coop,verbal_conflict,material_conflict,goldstein_sum,goldstein_mean 2019-12,RUS,UKR,1,0,1,0,0,8.0,8.000 2020-12,RUS,UKR,2,1,0,0,1,-8.1,-4.050 2021-01,RUS,UKR,3,1,0,1,1,-8.0,-2.667 2021-02,RUS,UKR,1,0,0,1,0,-2.0,-2.000 "
"$DYAD" series --by fortnight "$ev" >/dev/null 2>&1
same "unknown --by is a usage error" "$?" 2
"$DYAD" series --dyad RUS "$ev" >/dev/null 2>&1
same "--dyad without a pair is a usage error" "$?" 2

# shards: the merge of the shards' series equals the series of all events
head -n 5 "$ev" >"$tmp/a.jsonl"
tail -n +6 "$ev" >"$tmp/b.jsonl"
for by in day week month year; do
    "$DYAD" series --by $by "$tmp/a.jsonl" >"$tmp/a.csv"
    "$DYAD" series --by $by "$tmp/b.jsonl" >"$tmp/b.csv"
    "$DYAD" series --merge "$tmp/a.csv" "$tmp/b.csv" >"$tmp/m.csv"
    "$DYAD" series --by $by "$ev" >"$tmp/all.csv"
    if cmp -s "$tmp/m.csv" "$tmp/all.csv"; then ok "merge of shards = series of all ($by)"; else bad "merge of shards = series of all ($by)"; fi
done
gzip -c "$ev" >"$tmp/ev.jsonl.gz"
"$DYAD" series --by week "$tmp/ev.jsonl.gz" >"$tmp/gz.csv"
if cmp -s "$tmp/gz.csv" "$tmp/w.csv"; then ok "gzip input"; else bad "gzip input"; fi

# load into SQLite twice: same rows; series from the database equals series from JSONL
"$DYAD" load -q --db "$tmp/ev.sqlite" "$ev" && "$DYAD" load -q --db "$tmp/ev.sqlite" "$ev"
same "load twice exits 0" "$?" 0
if command -v sqlite3 >/dev/null 2>&1; then
    same "re-run replaces: 6 articles, 12 events" \
        "$(sqlite3 "$tmp/ev.sqlite" 'select count(*) from articles; select count(*) from events' | tr '\n' ' ')" "6 12 "
else
    echo "skip - sqlite3 shell not installed"
fi
"$DYAD" series --by week "$tmp/ev.sqlite" >"$tmp/db.csv"
if cmp -s "$tmp/db.csv" "$tmp/w.csv"; then ok "series from SQLite = series from JSONL"; else bad "series from SQLite = series from JSONL"; fi
printf '{"doc":"x","code":"042"}\n{"doc":"y","code":"043"}\n{"doc":"x","code":"042"}\n' >"$tmp/split.jsonl"
"$DYAD" load -q --db "$tmp/split.sqlite" "$tmp/split.jsonl" 2>"$tmp/err"
rc=$?
if [ "$rc" = 3 ] && grep -q "not consecutive" "$tmp/err"; then ok "load refuses an article split in two groups"; else bad "load refuses an article split in two groups (rc $rc)"; fi
"$DYAD" load --db /nonexistent-dir/x.sqlite "$ev" 2>"$tmp/err"
same "load into an unwritable path exits 4" "$?" 4
