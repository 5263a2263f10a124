#!/bin/sh
# audit.sh — a person's check of coded events, without a gold standard: draws a reproducible
# random sample of events into a TSV with an empty mark column, and totals the marks.
#
#   sh tools/audit.sh N SEED [EVENTS.jsonl | CORPUS.jsonl] > audit.tsv
#       N events drawn at random (all when there are fewer), the same ones for the same SEED
#       and input, kept in input order. The input is what `dyad code --format jsonl` writes;
#       a corpus (records without a "code" field) is coded first with $DYAD (default ./dyad).
#       No input or - reads events from stdin. Columns: mark (empty), doc, sent, source,
#       target, code, verb, sentence.
#   sh tools/audit.sh --total audit.tsv
#       counts the marks right / partly / wrong (with percentages of the marked rows); an
#       empty or other mark is reported with its line number and the exit status is 1.
#
# The draw uses awk's srand(SEED)/rand(): the same awk gives the same sample.
set -eu
usage() { echo "usage: sh tools/audit.sh N SEED [EVENTS.jsonl|CORPUS.jsonl]  |  sh tools/audit.sh --total FILE" >&2; exit 2; }

if [ "${1:-}" = "--total" ]; then
    [ $# = 2 ] || usage
    [ -r "$2" ] || { echo "audit.sh: cannot read $2" >&2; exit 3; }
    exec awk -F '\t' -v file="$2" '
    /^#/ || $1 == "mark" || $0 ~ /^[ \t]*$/ { next }
    {   m = $1; gsub(/^ +| +$/, "", m)
        if (m == "right" || m == "partly" || m == "wrong") { n[m]++; marked++; next }
        if (m == "") { printf "audit.sh: %s:%d: unmarked\n", file, FNR > "/dev/stderr"; unmarked++ }
        else { printf "audit.sh: %s:%d: invalid mark \"%s\" (want right, partly or wrong)\n", file, FNR, m > "/dev/stderr"; invalid++ }
    }
    END {
        split("right partly wrong", k, " ")
        for (i = 1; i <= 3; i++)
            printf "%-7s %5d  %5.1f%%\n", k[i], n[k[i]], marked ? 100 * n[k[i]] / marked : 0
        printf "marked  %5d of %d", marked, marked + unmarked + invalid
        if (unmarked + invalid) printf " (%d unmarked, %d invalid)", unmarked, invalid
        printf "\n"
        exit (unmarked + invalid) ? 1 : 0
    }' "$2"
fi

[ $# -ge 2 ] && [ $# -le 3 ] || usage
n=$1 seed=$2 input=${3:--}
case "$n" in ''|*[!0-9]*) echo "audit.sh: N must be a number, got '$n'" >&2; exit 2 ;; esac
case "$seed" in ''|*[!0-9]*) echo "audit.sh: SEED must be a number, got '$seed'" >&2; exit 2 ;; esac
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
if [ "$input" = - ]; then cat >"$tmp/in"; else
    [ -r "$input" ] || { echo "audit.sh: cannot read $input" >&2; exit 3; }
    cp "$input" "$tmp/in"
fi
if [ -s "$tmp/in" ] && ! head -n 1 "$tmp/in" | grep -q '"code":'; then
    dyad=${DYAD:-./dyad}
    "$dyad" code --format jsonl "$tmp/in" >"$tmp/ev" 2>"$tmp/err" || { cat "$tmp/err" >&2; exit 1; }
else
    mv "$tmp/in" "$tmp/ev"
fi
printf '# audit.sh %s %s %s: mark each row right, partly or wrong in the first column\n' "$n" "$seed" "$input"
printf 'mark\tdoc\tsent\tsource\ttarget\tcode\tverb\tsentence\n'
awk -v seed="$seed" 'BEGIN { srand(seed) } NF { printf "%.10f\t%d\t%s\n", rand(), NR, $0 }' "$tmp/ev" |
    sort -t "$(printf '\t')" -k1,1 -k2,2n | head -n "$n" | sort -t "$(printf '\t')" -k2,2n | cut -f 3- |
    awk '
    function str(key,   v) {
        if (!match($0, "\"" key "\":\"([^\"\\\\]|\\\\.)*\"")) return ""
        v = substr($0, RSTART + length(key) + 4, RLENGTH - length(key) - 5)
        gsub(/\\"/, "\"", v); gsub(/\\n|\\t|\\r/, " ", v); gsub(/\\\\/, "\\", v); gsub(/\t/, " ", v)
        return v
    }
    {   sent = match($0, /"sent":[0-9]+/) ? substr($0, RSTART + 7, RLENGTH - 7) : ""
        printf "\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", str("doc"), sent, str("source"), str("target"),
            str("code"), str("verb\":{\"text"), str("text")
    }'
