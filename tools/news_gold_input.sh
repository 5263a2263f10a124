#!/bin/sh
# news_gold_input.sh — builds the input of the news gold standard (data/eval/gold-dev.tsv,
# gold-test.tsv, gold-test2020.tsv) from the shared Wikinews 2019 and 2020 CSVs (CC BY 2.5;
# their text is never committed).
#
#   sh tools/news_gold_input.sh [OUTDIR]     writes OUTDIR/dev.jsonl, OUTDIR/test.jsonl and
#                                            OUTDIR/test2020.jsonl (default OUTDIR: build/eval)
#
# Reads ../shared/data or $DYAD_SHARED; exits 77 (skip) with a message when they are absent.
# Articles are numbered and cleaned exactly as bench/make_corpus.sh does (tools/wikinews.pl:
# ids wn2019-NNNN in CSV order; the dateline is dropped; text = "<title>.\n\n<body>").
# All 171 articles of 2019 are used, split by a fixed rule on the number NNNN of wn2019-NNNN:
# dev when NNNN mod 5 is 1, 2 or 3 (103 articles), test when it is 4 or 0 (68 articles).
# All 123 articles of 2020 with a text (wn2020-NNNN) are a second test split, test2020, with no dev part:
# the unseen news of the project, scored and reported, never read to write rules.
set -eu
cd "$(dirname "$0")/.."
out=${1:-build/eval}
shared=${DYAD_SHARED:-../shared/data}
for f in "$shared/wikinews/wikinews_2019.csv" "$shared/wikinews/wikinews_2020.csv"; do
    if [ ! -r "$f" ]; then
        echo "news_gold_input.sh: skipped: cannot read $f (set DYAD_SHARED to the shared data directory)" >&2
        exit 77
    fi
done
mkdir -p "$out"
perl -e '
use strict; use warnings;
my ($shared, $out) = @ARGV;
require "./tools/wikinews.pl";
open(my $dev, ">:raw", "$out/dev.jsonl.tmp") or die "$out/dev.jsonl.tmp: $!";
open(my $test, ">:raw", "$out/test.jsonl.tmp") or die "$out/test.jsonl.tmp: $!";
open(my $t20, ">:raw", "$out/test2020.jsonl.tmp") or die "$out/test2020.jsonl.tmp: $!";
my ($nd, $nt, $n20) = (0, 0, 0);
for my $a (wikinews_articles($shared)) {
    my ($id, $date, $full) = @$a;
    my $fh;
    if ($id =~ /^wn2020-\d{4}$/) {
        ($fh, $n20) = ($t20, $n20 + 1);
    } elsif ($id =~ /^wn2019-(\d{4})$/) {
        my $m = $1 % 5;
        my $is_dev = $m >= 1 && $m <= 3;
        $fh = $is_dev ? $dev : $test;
        $is_dev ? $nd++ : $nt++;
    } else {
        next;
    }
    print $fh "{\"id\":" . json_str($id) . ",\"date\":\"$date\",\"source\":\"wikinews\",\"text\":" . json_str($full) . "}\n";
}
close($dev) or die; close($test) or die; close($t20) or die;
die "news_gold_input.sh: expected 103 dev, 68 test and 123 test2020 articles, got $nd, $nt and $n20\n"
    unless $nd == 103 && $nt == 68 && $n20 == 123;
' "$shared" "$out" || { rm -f "$out/dev.jsonl.tmp" "$out/test.jsonl.tmp" "$out/test2020.jsonl.tmp"; exit 1; }
mv "$out/dev.jsonl.tmp" "$out/dev.jsonl"
mv "$out/test.jsonl.tmp" "$out/test.jsonl"
mv "$out/test2020.jsonl.tmp" "$out/test2020.jsonl"
echo "$out/dev.jsonl $out/test.jsonl $out/test2020.jsonl"
