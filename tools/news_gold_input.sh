#!/bin/sh
# news_gold_input.sh — builds the input of the news gold set (data/eval/wikinews-gold.tsv) from
# the shared Wikinews 2019-2020 CSV files (CC BY 2.5; their text is never committed).
#
#   sh tools/news_gold_input.sh [OUT]      default OUT: build/eval/wikinews-gold.jsonl
#   sh tools/news_gold_input.sh --select   prints the ids the selection rule picks
#
# Reads ../shared/data or $DYAD_SHARED; exits 77 (skip) with a message when they are absent.
# Articles are numbered and cleaned exactly as bench/make_corpus.sh does (ids wn2019-NNNN,
# wn2020-NNNN in CSV order; the dateline is dropped; text = "<title>.\n\n<body>").
#
# Choice of articles (deterministic, see data/eval/README.md): the articles listed in
# data/eval/wikinews-gold.ids, which were picked by this rule (`--select` prints them again):
#   in id order, the articles of at most 2500 bytes of body whose text names at least two
#   distinct countries of the list below and contains at least one word of politics/conflict
#   (government minister president military troops army police protest talks sanction attack
#   embassy election parliament war rebels), and none of the sport words (match goal tournament
#   championship league cup olympic medal football cricket tennis rugby), every 4th such article
#   (the 1st, 5th, 9th, ...; 14 of the 54 that qualify), so that they spread over the two years.
set -eu
cd "$(dirname "$0")/.."
select=0
if [ "${1:-}" = "--select" ]; then select=1; shift; fi
out=${1:-build/eval/wikinews-gold.jsonl}
shared=${DYAD_SHARED:-../shared/data}
for f in "$shared/wikinews/wikinews_2019.csv" "$shared/wikinews/wikinews_2020.csv"; do
    if [ ! -r "$f" ]; then
        echo "news_gold_input.sh: skipped: cannot read $f (set DYAD_SHARED to the shared data directory)" >&2
        exit 77
    fi
done
ids=data/eval/wikinews-gold.ids
[ "$select" = 1 ] || [ -r "$ids" ] || { echo "news_gold_input.sh: cannot read $ids" >&2; exit 2; }
[ "$select" = 1 ] || mkdir -p "$(dirname "$out")"
script='
use strict; use warnings;
my ($shared, $select, $ids) = @ARGV;
require "./tools/wikinews.pl";
my @countries = ("Afghanistan","Albania","Algeria","Argentina","Armenia","Australia","Austria",
  "Azerbaijan","Bahrain","Bangladesh","Belarus","Belgium","Bolivia","Bosnia","Brazil","Bulgaria",
  "Burkina Faso","Cambodia","Cameroon","Canada","Chad","Chile","China","Colombia","Congo","Croatia",
  "Cuba","Cyprus","Czech Republic","Denmark","Ecuador","Egypt","Eritrea","Estonia","Ethiopia",
  "Finland","France","Georgia","Germany","Ghana","Greece","Guatemala","Haiti","Honduras","Hong Kong",
  "Hungary","India","Indonesia","Iran","Iraq","Ireland","Israel","Italy","Japan","Jordan",
  "Kazakhstan","Kenya","Kosovo","Kuwait","Lebanon","Libya","Lithuania","Mali","Malaysia","Mexico",
  "Moldova","Mongolia","Morocco","Mozambique","Myanmar","Nepal","Netherlands","New Zealand",
  "Nicaragua","Niger","Nigeria","North Korea","Norway","Oman","Pakistan","Palestine","Panama",
  "Peru","Philippines","Poland","Portugal","Qatar","Romania","Russia","Rwanda","Saudi Arabia",
  "Serbia","Singapore","Somalia","South Africa","South Korea","South Sudan","Spain","Sri Lanka",
  "Sudan","Sweden","Switzerland","Syria","Taiwan","Tanzania","Thailand","Tunisia","Turkey",
  "Uganda","Ukraine","United Arab Emirates","United Kingdom","United States","Uruguay",
  "Uzbekistan","Venezuela","Vietnam","Yemen","Zambia","Zimbabwe");
my $pol = qr/\b(?:government|minister|president|military|troops|army|police|protest|talks|sanctions?|attack|embassy|election|parliament|war|rebels)\b/i;
my $sport = qr/\b(?:match|goal|tournament|championship|league|cup|olympic|medal|football|cricket|tennis|rugby)\b/i;
my %want; my @order;
unless ($select) {
    open(my $fh, "<", $ids) or die "$ids: $!";
    while (<$fh>) { s/#.*//; s/\s+//g; next if $_ eq ""; $want{$_} = 1; push @order, $_; }
}
my (%rec, $k);
binmode STDOUT, ":raw";
for my $a (wikinews_articles($shared)) {
    my ($id, $date, $full) = @$a;
    if ($select) {
        my $body = $full; $body =~ s/^.*?\.\n\n//s;
        next if length($body) > 2500;
        my %seen; for my $c (@countries) { $seen{$c} = 1 if $full =~ /\b\Q$c\E\b/; }
        next if keys(%seen) < 2 || $full !~ $pol || $full =~ $sport;
        next if $k++ % 4;
        print "$id\n";
        exit 0 if $k > 60;
        next;
    }
    $rec{$id} = "{\"id\":" . json_str($id) . ",\"date\":\"$date\",\"source\":\"wikinews\",\"text\":" . json_str($full) . "}\n" if $want{$id};
}
unless ($select) {
    for my $id (@order) { die "news_gold_input.sh: $id not found in the shared data\n" unless $rec{$id}; print $rec{$id}; }
}
'
if [ "$select" = 1 ]; then exec perl -e "$script" "$shared" 1 "$ids"; fi
perl -e "$script" "$shared" 0 "$ids" >"$out.tmp" || { rm -f "$out.tmp"; exit 1; }
mv "$out.tmp" "$out"
echo "$out"
