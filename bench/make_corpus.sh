#!/bin/sh
# make_corpus.sh — builds a JSONL news corpus of at least MB megabytes for benchmarks, from the
# real Wikinews articles (CSV, CC BY 2.5) and the sentence text of UD English EWT train/dev and
# PUD (CC BY-SA), repeated with distinct ids and shifted dates until the size is reached.
#
#   sh bench/make_corpus.sh [MB] [OUT]      defaults: 50, bench/corpus/news-<MB>mb.jsonl
#
# Reads ../shared/data or $DYAD_SHARED. Needs only perl (perl-base is part of every Debian).
# Records: {"id","date","source","text"}. Wikinews: one article per CSV row (quoted fields may
# hold newlines and "" quotes; the leading dateline "Friday, January 4, 2019" is dropped).
# UD: the "# text =" lines of one "# newdoc" document make one article (cut every 40 sentences).
# Copy r (0-based) gets ids "<id>-r<r>" and dates shifted back r*7 days, so no two records share
# an id and the dates spread over the years.
set -eu
cd "$(dirname "$0")/.."
mb=${1:-50}
out=${2:-bench/corpus/news-${mb}mb.jsonl}
shared=${DYAD_SHARED:-../shared/data}
for f in "$shared/wikinews/wikinews_2019.csv" "$shared/wikinews/wikinews_2020.csv" \
         "$shared/ud-english-ewt/en_ewt-ud-train.conllu" "$shared/ud-english-ewt/en_ewt-ud-dev.conllu" \
         "$shared/ud-english-pud/en_pud-ud-test.conllu"; do
    [ -r "$f" ] || { echo "make_corpus.sh: cannot read $f (set DYAD_SHARED)" >&2; exit 3; }
done
mkdir -p "$(dirname "$out")"
perl -e '
use strict; use warnings;
my ($mb, $shared) = @ARGV;
my @base; # [id, date, source, text]

require "./tools/wikinews.pl";

push @base, [$_->[0], $_->[1], "wikinews", $_->[2]] for wikinews_articles($shared);

my $day = 0; # UD documents get consecutive dates from 2012-01-01
sub ud_date { my @t = gmtime(1325376000 + 86400 * $day++); sprintf("%04d-%02d-%02d", $t[5] + 1900, $t[4] + 1, $t[3]) }
for my $spec (["ewt-train", "en_ewt-ud-train"], ["ewt-dev", "en_ewt-ud-dev"], ["pud", "en_pud-ud-test"]) {
    my ($tag, $file) = @$spec;
    my $dir = $tag eq "pud" ? "ud-english-pud" : "ud-english-ewt";
    open(my $fh, "<:raw", "$shared/$dir/$file.conllu") or die "$file: $!";
    my @sents; my $n = 0;
    my $flush = sub { if (@sents) { push @base, [sprintf("%s-%05d", $tag, ++$n), ud_date(), "ud-$tag", join(" ", @sents)]; @sents = (); } };
    while (my $l = <$fh>) {
        if ($l =~ /^# newdoc/) { $flush->(); }
        elsif ($l =~ /^# text = (.*?)\s*$/) { push @sents, $1; $flush->() if @sents >= 40; }
    }
    $flush->();
    close $fh;
}

my $want = $mb * 1000 * 1000; my $size = 0; my $copy = 0;
binmode STDOUT, ":raw";
while ($size < $want) {
    for my $d (@base) {
        my ($id, $date, $src, $text) = @$d;
        if ($copy) {
            my ($y, $m, $dd) = split /-/, $date;
            # shift the date back copy*7 days (noon UTC avoids any DST-like edge)
            require Time::Local;
            my $e = Time::Local::timegm(0, 0, 12, $dd, $m - 1, $y) - $copy * 7 * 86400;
            my @g = gmtime($e);
            $date = sprintf("%04d-%02d-%02d", $g[5] + 1900, $g[4] + 1, $g[3]);
            $id .= "-r$copy";
        }
        my $line = "{\"id\":" . json_str($id) . ",\"date\":\"$date\",\"source\":\"$src\",\"text\":" . json_str($text) . "}\n";
        print $line;
        $size += length $line;
        last if $size >= $want;
    }
    $copy++;
}
printf STDERR "make_corpus.sh: %d base articles, %d copies, %.1f MB\n", scalar @base, $copy, $size / 1e6;
' "$mb" "$shared" >"$out.tmp"
mv "$out.tmp" "$out"
echo "$out"
