#!/bin/sh
# shard.sh — `dyad code --shard K/N`: the N shards together code every record exactly once, so
# their outputs concatenated and sorted equal one run's sorted output; shard series merge to
# the one-run series. Env: DYAD. Needs the models (skips without them).
set -u
cd "$(dirname "$0")/../.." || exit 2
: "${DYAD:=$(pwd)/dyad}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
check() { if eval "$2"; then echo "ok - $1"; else echo "not ok - $1"; fi; }

# The project's dictionaries (data/dict) when they exist, else the Phoenix set of the shared
# data; without either the examples cannot code anything and the tests are skipped.
if ls data/dict/*.dict >/dev/null 2>&1; then
    set --
elif [ -n "${DYAD_SHARED:-}" ] && [ -d "$DYAD_SHARED/petrarch2/dictionaries" ]; then
    set -- --dict "phoenix:$DYAD_SHARED/petrarch2/dictionaries"
else
    echo "skip - shard tests: no dictionaries (data/dict is empty and DYAD_SHARED is not set)"
    exit 0
fi
DYAD_CODE="$DYAD code $*"
$DYAD_CODE -q examples/news.jsonl >/dev/null 2>"$tmp/probe.err"
probe=$?
if [ "$probe" -eq 3 ] || [ "$probe" -eq 5 ]; then
    echo "skip - shard tests: dyad code cannot load its data ($(head -c 200 "$tmp/probe.err" | tr '\n' ' '))"
    exit 0
fi

# 150 records with distinct ids and one bad record (rejections are sharded too).
i=0
: >"$tmp/in.jsonl"
while [ $i -lt 15 ]; do
    sed "s/\"id\": \"ex-/\"id\": \"s$i-/" examples/news.jsonl >>"$tmp/in.jsonl"
    [ $i -eq 7 ] && echo '{"id": "broken", "text": ' >>"$tmp/in.jsonl"
    i=$((i + 1))
done

$DYAD_CODE -j 2 --format jsonl "$tmp/in.jsonl" >"$tmp/all.jsonl" 2>"$tmp/all.err"
sort "$tmp/all.jsonl" >"$tmp/all.sorted"
N=4
: >"$tmp/parts"
k=1 read_sum=0 rej_sum=0 other_ok=1
while [ $k -le $N ]; do
    $DYAD_CODE -j 2 --format jsonl --shard $k/$N "$tmp/in.jsonl" >"$tmp/part$k.jsonl" 2>"$tmp/part$k.err"
    cat "$tmp/part$k.jsonl" >>"$tmp/parts"
    r=$(sed -n 's/.*: \([0-9]*\) records:.*/\1/p' "$tmp/part$k.err")
    x=$(sed -n 's/.* \([0-9]*\) rejected.*/\1/p' "$tmp/part$k.err")
    o=$(sed -n 's/.*; \([0-9]*\) in other shards.*/\1/p' "$tmp/part$k.err")
    read_sum=$((read_sum + ${r:-0})); rej_sum=$((rej_sum + ${x:-0}))
    [ "$((${r:-0} + ${o:-0}))" -eq 151 ] || other_ok=0
    k=$((k + 1))
done
sort "$tmp/parts" >"$tmp/parts.sorted"
check "$N shards concatenated and sorted = one run sorted" '[ -s "$tmp/all.sorted" ] && cmp -s "$tmp/all.sorted" "$tmp/parts.sorted"'
check "shards read 151 records in all, each once ($read_sum)" '[ "$read_sum" -eq 151 ] && [ "$other_ok" -eq 1 ]'
check "the bad record is rejected by exactly one shard" '[ "$rej_sum" -eq 1 ]'
$DYAD_CODE -j 1 --format jsonl --shard 3/$N "$tmp/in.jsonl" 2>/dev/null >"$tmp/again.jsonl"
check "a shard re-run with other -j gives the same output" 'cmp -s "$tmp/again.jsonl" "$tmp/part3.jsonl"'

# Series of the shards merged = series of the whole (when `dyad series` exists).
if "$DYAD" series --help 2>/dev/null | grep -q -- "--merge"; then
    "$DYAD" series --by day "$tmp/all.jsonl" >"$tmp/all.csv" 2>/dev/null
    k=1
    while [ $k -le $N ]; do
        "$DYAD" series --by day "$tmp/part$k.jsonl" >"$tmp/s$k.csv" 2>/dev/null
        k=$((k + 1))
    done
    "$DYAD" series --merge "$tmp"/s[0-9]*.csv >"$tmp/merged.csv" 2>"$tmp/merge.err"
    check "series --merge of shard series = one-run series" '[ -s "$tmp/all.csv" ] && cmp -s "$tmp/all.csv" "$tmp/merged.csv"'
else
    echo "skip - series --merge: 'dyad series --merge' not available yet"
fi
exit 0
