#!/bin/sh
# news_eval.sh — precision and recall of dyad on real news, one line per gold split:
#   dev, test          the Wikinews 2019 gold (tools/news_gold_input.sh: 103 dev, 68 test
#                      articles), data/eval/gold-dev.tsv and gold-test.tsv;
#   gum-dev, gum-test  the GUM news gold (tools/gum_gold_input.sh: 34 dev, 8 test Wikinews
#                      documents with gold UD trees), data/eval/gold-gum-dev.tsv and
#                      gold-gum-test.tsv, each coded twice: on its gold trees ("gold trees")
#                      and re-tagged and re-parsed by dyad ("parsed"), so that parser and coder
#                      errors can be told apart.
# Each split is coded with `dyad code --format jsonl` and scored with `dyad score` (see
# data/eval/README.md). A split whose gold file does not exist yet is skipped with a line that
# says so.
#
#   sh tools/news_eval.sh [-v | --verbose=SPLITS] [DYAD_CODE_OPTIONS...]
#                                                  (env: DYAD=path to dyad, DYAD_SHARED)
#
# -v adds `dyad score -v` (missed gold events, false events, loose-only pairs) for the dev
# splits only (dev, gum-dev); --verbose=SPLITS for the comma-separated splits named (the test
# splits are reported, never mined: ask for them only to report).
# Exits 77 with a message (skip) when the shared data are absent.
set -eu
cd "$(dirname "$0")/.."
verbose=
case "${1:-}" in
-v) verbose=dev,gum-dev; shift ;;
--verbose=*) verbose=${1#--verbose=}; shift ;;
esac
dyad=${DYAD:-./dyad}
tmp=${TMPDIR:-/tmp}/news_eval.$$
mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT INT TERM
rc=0
sh tools/news_gold_input.sh "$tmp" >/dev/null || rc=$?
if [ "$rc" = 77 ]; then echo "news_eval.sh: skipped (no shared Wikinews data)"; exit 77; fi
[ "$rc" = 0 ] || exit "$rc"
gum=yes
rc=0
sh tools/gum_gold_input.sh "$tmp" >/dev/null 2>"$tmp/gum.err" || rc=$?
if [ "$rc" = 77 ]; then gum=; elif [ "$rc" != 0 ]; then cat "$tmp/gum.err" >&2; exit "$rc"; fi
[ -x "$dyad" ] || { echo "news_eval.sh: $dyad not found (run make)" >&2; exit 2; }
status=0
# score SPLIT LABEL INPUT [CODE OPTIONS...]: codes INPUT and prints the split's line.
score() {
    split=$1 label=$2 input=$3
    shift 3
    gold=data/eval/gold-$split.tsv
    if [ ! -f "$gold" ]; then
        echo "$label: skipped: $gold does not exist yet"
        return 0
    fi
    ev=$tmp/events.jsonl
    "$dyad" code --format jsonl "$@" "$input" >"$ev" 2>"$tmp/code.err" ||
        { cat "$tmp/code.err" >&2; exit 1; }
    "$dyad" score --summary "$label" "$gold" "$ev" || status=$?
    case ",$verbose," in
    *",$split,"*)
        "$dyad" score -v "$gold" "$ev" || status=$?
        echo ;;
    esac
}
score dev dev "$tmp/dev.jsonl" "$@"
score test test "$tmp/test.jsonl" "$@"
if [ -z "$gum" ]; then
    echo "gum-dev, gum-test: skipped: $(cat "$tmp/gum.err")"
else
    for split in gum-dev gum-test; do
        score "$split" "$split (gold trees)" "$tmp/$split.conllu" --input conllu "$@"
        score "$split" "$split (parsed)" "$tmp/$split.conllu" --input conllu --reparse "$@"
    done
fi
exit "$status"
