#!/bin/sh
# news_eval.sh — precision and recall of dyad on real news, one line per gold split:
#   dev, test          the Wikinews 2019 gold (tools/news_gold_input.sh: 103 dev, 68 test
#                      articles), data/eval/gold-dev.tsv and gold-test.tsv;
#   test2020           the Wikinews 2020 gold (all 123 articles of 2020, a test split with no
#                      dev part), data/eval/gold-test2020.tsv;
#   gum-dev, gum-test  the GUM news gold (tools/gum_gold_input.sh: 34 dev, 8 test Wikinews
#                      documents with gold UD trees), data/eval/gold-gum-dev.tsv and
#                      gold-gum-test.tsv;
#   pud-dev, pud-test  the PUD news gold (tools/pud_gold_input.sh: the 500 news sentences of
#                      UD English PUD in 215 documents, with gold UD trees),
#                      data/eval/gold-pud-dev.tsv and gold-pud-test.tsv;
#   ewt-dev, ewt-test  the EWT weblog gold (tools/ewt_gold_input.sh: 14 dev, 28 test political
#                      blog posts of 2003-2006 with gold UD trees), data/eval/gold-ewt-dev.tsv
#                      and gold-ewt-test.tsv (the dev documents are EWT training trees, so the
#                      parsed ewt-dev line is optimistic);
#                      the GUM, PUD and EWT splits are each coded twice: on their gold trees ("gold
#                      trees") and re-tagged and re-parsed by dyad ("parsed"), so that parser
#                      and coder errors can be told apart.
# Each split is coded with `dyad code --format jsonl` and scored with `dyad score` (see
# data/eval/README.md). A split whose gold file does not exist yet is skipped with a line that
# says so.
#
#   sh tools/news_eval.sh [-v | --verbose=SPLITS] [DYAD_CODE_OPTIONS...]
#                                                  (env: DYAD=path to dyad, DYAD_SHARED)
#
# -v adds `dyad score -v` (missed gold events, false events, loose-only pairs) for the dev
# splits only (dev, gum-dev, pud-dev, ewt-dev); --verbose=SPLITS for the comma-separated splits named (the test
# splits are reported, never mined: ask for them only to report).
# Exits 77 with a message (skip) when the shared data are absent.
set -eu
cd "$(dirname "$0")/.."
verbose=
case "${1:-}" in
-v) verbose=dev,gum-dev,pud-dev,ewt-dev; shift ;;
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
# treebank_input SET: writes $tmp/SET-dev.conllu and SET-test.conllu; false (with the reason in
# $tmp/SET.err) when the shared data lack the treebank.
treebank_input() {
    rc=0
    sh "tools/$1_gold_input.sh" "$tmp" >/dev/null 2>"$tmp/$1.err" || rc=$?
    if [ "$rc" = 77 ]; then return 1; fi
    if [ "$rc" != 0 ]; then cat "$tmp/$1.err" >&2; exit "$rc"; fi
}
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
score test2020 test2020 "$tmp/test2020.jsonl" "$@"
for set in gum pud ewt; do
    if ! treebank_input "$set"; then
        echo "$set-dev, $set-test: skipped: $(cat "$tmp/$set.err")"
        continue
    fi
    for split in "$set-dev" "$set-test"; do
        score "$split" "$split (gold trees)" "$tmp/$split.conllu" --input conllu "$@"
        score "$split" "$split (parsed)" "$tmp/$split.conllu" --input conllu --reparse "$@"
    done
done
exit "$status"
