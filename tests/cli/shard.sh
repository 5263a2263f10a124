#!/bin/sh
# shard.sh — `dyad code --shard K/N`: the N shards together code every record exactly once, so
# their outputs concatenated and sorted equal one run's sorted output; shard series merge to
# the one-run series. Env: DYAD. Needs the models (skips without them).
. "$(dirname "$0")/../lib/cli.sh"
set -u
cd "$(dirname "$0")/../.." || exit 2
: "${DYAD:=$(pwd)/dyad}"

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
# Series from the concatenated shard outputs = series from the one run (the events are the same).
cat "$tmp"/part[0-9]*.jsonl >"$tmp/merged.jsonl"
"$DYAD" series --by day "$tmp/all.jsonl" >"$tmp/all_day.csv" 2>/dev/null
"$DYAD" series --by day "$tmp/merged.jsonl" >"$tmp/merged_day.csv" 2>/dev/null
check "series of the merged shard outputs = series of one run" \
    '[ "$(wc -l <"$tmp/all_day.csv")" -gt 1 ] && cmp -s "$tmp/all_day.csv" "$tmp/merged_day.csv"'
"$DYAD" series --by month --directed "$tmp/all.jsonl" >"$tmp/all_m.csv" 2>/dev/null
"$DYAD" series --by month --directed "$tmp"/part[0-9]*.jsonl >"$tmp/parts_m.csv" 2>/dev/null
check "series over the N shard files (pooled inputs) = one run's (month, directed)" \
    '[ -s "$tmp/all_m.csv" ] && cmp -s "$tmp/all_m.csv" "$tmp/parts_m.csv"'

# TSV shards too: the merged lines equal one run's lines.
$DYAD_CODE -j 2 -q "$tmp/in.jsonl" 2>/dev/null | sort >"$tmp/all_tsv.sorted"
k=1
: >"$tmp/parts_tsv"
while [ $k -le $N ]; do
    $DYAD_CODE -j 1 -q --shard $k/$N "$tmp/in.jsonl" >>"$tmp/parts_tsv" 2>/dev/null
    k=$((k + 1))
done
sort "$tmp/parts_tsv" | cmp -s - "$tmp/all_tsv.sorted"
check "TSV: $N shards merged = one run" '[ $? -eq 0 ] && [ -s "$tmp/all_tsv.sorted" ]'

# Recipes of docs/SCALING.md, simulated on this machine.
# Slurm job array: examples/slurm-code.sh run as each array task would be.
mkdir -p "$tmp/slurm"
k=1 slurm_rc=0
while [ $k -le 3 ]; do
    INPUT="$tmp/in.jsonl" OUTDIR="$tmp/slurm" SHARDS=3 DYAD="$DYAD" SLURM_ARRAY_TASK_ID=$k \
        SLURM_CPUS_PER_TASK=1 sh examples/slurm-code.sh 2>"$tmp/slurm/err-$k" || slurm_rc=$((slurm_rc + $?))
    k=$((k + 1))
done
cat "$tmp"/slurm/part-*.jsonl | sort | cmp -s - "$tmp/all.sorted"
check "Slurm array script (3 tasks): parts merged = one run" '[ $? -eq 0 ]'
check "Slurm array: the bad record is in exactly one task's rejects file (exit 1 there)" \
    '[ "$(cat "$tmp"/slurm/rejects-*.txt | wc -l)" -eq 1 ] && [ "$slurm_rc" -eq 1 ]'
# GNU parallel: the per-shard command of the recipe, run by parallel when installed, else xargs -P.
if command -v parallel >/dev/null 2>&1; then
    seq 1 $N | parallel --jobs 2 "$DYAD_CODE -j 1 --shard {}/$N --format jsonl -q $tmp/in.jsonl > $tmp/gp-{}.jsonl" 2>/dev/null
else
    seq 1 $N | xargs -P 2 -I{} sh -c "$DYAD_CODE -j 1 --shard {}/$N --format jsonl -q $tmp/in.jsonl > $tmp/gp-{}.jsonl" 2>/dev/null
fi
cat "$tmp"/gp-*.jsonl | sort | cmp -s - "$tmp/all.sorted"
check "parallel shards (parallel or xargs -P 2): merged = one run" '[ $? -eq 0 ]'
# Hadoop streaming: the input split by lines (as Hadoop splits files), each split through
# examples/hadoop-mapper.sh on stdin; reducer-less output = one run; a reducer `dyad series -`
# over the sorted mapper output gives the one-run series.
split -l 40 "$tmp/in.jsonl" "$tmp/split-"
nsplit=0
for f in "$tmp"/split-*; do
    DYAD="$DYAD" DYAD_JOBS=1 sh examples/hadoop-mapper.sh <"$f" >"$f.out" 2>/dev/null
    nsplit=$((nsplit + 1))
done
cat "$tmp"/split-*.out | sort >"$tmp/hadoop.sorted"
check "Hadoop streaming mapper over $nsplit stdin splits: output = one run" 'cmp -s "$tmp/hadoop.sorted" "$tmp/all.sorted"'
"$DYAD" series --by day - <"$tmp/hadoop.sorted" >"$tmp/hadoop_day.csv" 2>/dev/null
check "Hadoop reducer 'dyad series -' over the mapper output = one-run series" 'cmp -s "$tmp/hadoop_day.csv" "$tmp/all_day.csv"'
# --shard over stdin (a mapper given the whole input, one shard each).
k=1
: >"$tmp/stdin_parts"
while [ $k -le 2 ]; do
    cat "$tmp/in.jsonl" | $DYAD_CODE -j 1 -q --format jsonl --shard $k/2 - >>"$tmp/stdin_parts" 2>/dev/null
    k=$((k + 1))
done
sort "$tmp/stdin_parts" | cmp -s - "$tmp/all.sorted"
check "cat input | dyad code --shard K/2 -: the 2 stdin shards merged = one run" '[ $? -eq 0 ]'
exit 0
