#!/bin/sh
# run.sh — `make bench`: builds the benchmark corpora when missing, then measures
#   1. time per stage on one thread (dyad bench --stages, 10 MB corpus),
#   2. end-to-end throughput with 1, 2, 4 ... all cores (dyad bench, 50 MB corpus),
#   3. peak memory of `dyad code` on 10 MB and on 50 MB of input (should be the same: flat),
#   4. dictionary load time (dyad dict stats, median of RUNS): data/dict and the Phoenix set.
# Env: DYAD (the binary), RUNS (runs per figure, median shown; default 3), DYAD_SHARED.
# Dictionaries: data/dict when it holds *.dict files, else the shared Phoenix set.
# Writes everything to stdout; BENCHMARKS.md records results measured with it.
set -eu
cd "$(dirname "$0")/.."
: "${DYAD:=$(pwd)/dyad}" "${RUNS:=3}"
for mb in 10 50; do
    [ -s "bench/corpus/news-${mb}mb.jsonl" ] || sh bench/make_corpus.sh "$mb" >/dev/null
done
shared=${DYAD_SHARED:-../shared/data}
if ls data/dict/*.dict >/dev/null 2>&1; then
    set --
else
    set -- --dict "phoenix:$shared/petrarch2/dictionaries"
fi
echo "# dictionaries: ${2:-data/dict}"
echo "# $(date -u '+%Y-%m-%d %H:%M UTC') — $(uname -srm)"
lscpu 2>/dev/null | grep -E '^(Model name|CPU\(s\)|Thread|Core|Socket|L3)' | sed 's/^/#   /' || true
grep -E '^MemTotal' /proc/meminfo 2>/dev/null | sed 's/^/#   /' || true
echo
"$DYAD" bench "$@" --stages --runs "$RUNS" bench/corpus/news-10mb.jsonl
echo
"$DYAD" bench "$@" --runs "$RUNS" bench/corpus/news-50mb.jsonl
echo
echo "# peak memory of dyad code (all cores), by input size"
for mb in 10 50; do
    "$DYAD" code "$@" bench/corpus/news-${mb}mb.jsonl 2>&1 >/dev/null | \
        sed -n "s/.*in \([0-9.]*\) s .*peak memory \(.*\)/${mb} MB input: \1 s, peak memory \2/p"
done
echo
echo "# dictionary load time, seconds (median of $RUNS loads)"
load_median() {
    i=0
    while [ "$i" -lt "$RUNS" ]; do
        "$DYAD" dict stats "$@" 2>/dev/null | sed -n 's/^load_seconds\t//p'
        i=$((i + 1))
    done | sort -n | awk '{v[NR] = $1} END {if (NR) print v[int((NR + 1) / 2)]; else print "failed"}'
}
echo "data/dict: $(load_median)"
if [ -d "$shared/petrarch2/dictionaries" ]; then
    echo "phoenix:  $(load_median --dict "phoenix:$shared/petrarch2/dictionaries")"
else
    echo "phoenix:  skipped ($shared/petrarch2/dictionaries not found)"
fi
