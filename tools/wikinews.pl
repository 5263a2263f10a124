# wikinews.pl — reads the shared Wikinews 2019-2020 CSV files (CC BY 2.5) for the scripts that
# build inputs from them (bench/make_corpus.sh, tools/news_gold_input.sh): `require` it, then
# wikinews_articles($shared) returns [id, date, text] per article in CSV order: ids wn2019-NNNN,
# wn2020-NNNN; the leading dateline ("Friday, January 4, 2019") dropped; text = "<title>.\n\n<body>".
# json_str($s) quotes a string for JSON.
use strict; use warnings;

sub json_str {
    my $s = shift;
    $s =~ s/\\/\\\\/g; $s =~ s/"/\\"/g; $s =~ s/\n/\\n/g; $s =~ s/\r/\\r/g; $s =~ s/\t/\\t/g;
    $s =~ s/([\x00-\x1f])/sprintf("\\u%04x", ord($1))/ge;
    return "\"$s\"";
}

# CSV (RFC 4180): fields separated by commas, quoted fields may contain commas, newlines, "".
sub read_csv {
    my $path = shift;
    open(my $fh, "<:raw", $path) or die "$path: $!";
    local $/; my $data = <$fh>; close $fh;
    my (@rows, @row);
    my $pos = 0; my $len = length $data;
    while ($pos < $len) {
        my $field;
        if (substr($data, $pos, 1) eq q{"}) {
            $pos++;
            $field = "";
            while (1) {
                my $q = index($data, q{"}, $pos);
                die "$path: unterminated quoted field\n" if $q < 0;
                $field .= substr($data, $pos, $q - $pos);
                $pos = $q + 1;
                if ($pos < $len && substr($data, $pos, 1) eq q{"}) { $field .= q{"}; $pos++; next; }
                last;
            }
        } else {
            my $end = $pos;
            $end++ while $end < $len && substr($data, $end, 1) !~ /[,\r\n]/;
            $field = substr($data, $pos, $end - $pos);
            $pos = $end;
        }
        push @row, $field;
        my $c = $pos < $len ? substr($data, $pos, 1) : "\n";
        if ($c eq ",") { $pos++; next; }
        $pos++ if $c eq "\r";
        $pos++;
        push @rows, [@row]; @row = ();
    }
    return @rows;
}

sub wikinews_articles {
    my $shared = shift;
    my @out;
    for my $year (2019, 2020) {
        my @rows = read_csv("$shared/wikinews/wikinews_$year.csv");
        my $hdr = shift @rows;
        die "unexpected header\n" unless join(",", @$hdr) eq "url,date,title,text";
        my $n = 0;
        for my $r (@rows) {
            my ($url, $date, $title, $text) = @$r;
            next unless defined $text && $date =~ /^\d{4}-\d\d-\d\d$/;
            $text =~ s/^\s*\w+day, \w+ \d+, \d{4}(?:\s|\xc2\xa0)*//; # dateline
            $text =~ s/(?:\s|\xc2\xa0)+$//;
            next if $text eq "";
            push @out, [sprintf("wn%d-%04d", $year, ++$n), $date, "$title.\n\n$text"];
        }
    }
    return @out;
}

1;
