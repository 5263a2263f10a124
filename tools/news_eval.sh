#!/bin/sh
# news_eval.sh — precision and recall of dyad on real news: builds the two splits of the
# Wikinews gold standard (tools/news_gold_input.sh: 103 dev and 68 test articles of 2019),
# codes each with `dyad code --format jsonl` and scores it with `dyad score` against
# data/eval/gold-dev.tsv and data/eval/gold-test.tsv (see data/eval/README.md). One line per
# split; a split whose gold file does not exist yet is skipped with a line that says so.
#
#   sh tools/news_eval.sh [-v] [DYAD_CODE_OPTIONS...]     (env: DYAD=path to dyad, DYAD_SHARED)
#
# -v adds `dyad score -v` for each split: missed gold events, false events, loose-only pairs.
# Exits 77 with a message (skip) when the shared data are absent.
set -eu
cd "$(dirname "$0")/.."
verbose=
if [ "${1:-}" = "-v" ]; then verbose=-v; shift; fi
dyad=${DYAD:-./dyad}
tmp=${TMPDIR:-/tmp}/news_eval.$$
mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT INT TERM
rc=0
sh tools/news_gold_input.sh "$tmp" >/dev/null || rc=$?
if [ "$rc" = 77 ]; then echo "news_eval.sh: skipped (no shared Wikinews data)"; exit 77; fi
[ "$rc" = 0 ] || exit "$rc"
[ -x "$dyad" ] || { echo "news_eval.sh: $dyad not found (run make)" >&2; exit 2; }
status=0
for split in dev test; do
    gold=data/eval/gold-$split.tsv
    if [ ! -f "$gold" ]; then
        echo "$split: skipped: $gold does not exist yet"
        continue
    fi
    "$dyad" code --format jsonl "$@" "$tmp/$split.jsonl" >"$tmp/$split-events.jsonl" 2>"$tmp/code.err" ||
        { cat "$tmp/code.err" >&2; exit 1; }
    "$dyad" score --summary "$split" "$gold" "$tmp/$split-events.jsonl" || status=$?
    if [ -n "$verbose" ]; then
        "$dyad" score -v "$gold" "$tmp/$split-events.jsonl" || status=$?
        echo
    fi
done
exit "$status"
