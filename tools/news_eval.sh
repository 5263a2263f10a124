#!/bin/sh
# news_eval.sh — precision and recall of dyad on real news: codes the Wikinews gold articles
# (tools/news_gold_input.sh) with `dyad code --format jsonl` and compares the events with the
# hand-coded gold events in data/eval/wikinews-gold.tsv (see data/eval/README.md).
#
#   sh tools/news_eval.sh [-v] [DYAD_OPTIONS...]     (env: DYAD=path to dyad, DYAD_SHARED)
#
# Match: same document and sentence; loose = source root (first 3 characters), target root and
# CAMEO root (first 2 digits) agree; strict = full source, target and code agree. Each gold
# event matches at most one coded event. A third figure counts the loose matches when a coded
# actor with no country (---COP) is taken as the gold one's country (RUSCOP): what inferring
# the country from the article would gain at most. -v lists the missed and the spurious events (loose)
# with their sentence, and the loose matches that are not strict ones.
# Exits 77 with a message (skip) when the shared data are absent.
set -eu
cd "$(dirname "$0")/.."
verbose=0
if [ "${1:-}" = "-v" ]; then verbose=1; shift; fi
dyad=${DYAD:-./dyad}
gold=data/eval/wikinews-gold.tsv
tmp=${TMPDIR:-/tmp}/news_eval.$$
mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT INT TERM
rc=0
sh tools/news_gold_input.sh "$tmp/input.jsonl" >/dev/null || rc=$?
if [ "$rc" = 77 ]; then echo "news_eval.sh: skipped (no shared Wikinews data)"; exit 77; fi
[ "$rc" = 0 ] || exit "$rc"
[ -x "$dyad" ] || { echo "news_eval.sh: $dyad not found (run make)" >&2; exit 2; }
"$dyad" code --format jsonl "$@" "$tmp/input.jsonl" >"$tmp/events.jsonl" 2>"$tmp/code.err" ||
    { cat "$tmp/code.err" >&2; exit 1; }
"$dyad" parse --input jsonl "$tmp/input.jsonl" 2>/dev/null |
    awk '/^# sent_id = /{ s = $4 } /^# text = /{ t = $0; sub(/^# text = /, "", t)
         n = split(s, a, "-"); d = a[1]; for (i = 2; i < n; i++) d = d "-" a[i]
         print d "\t" (a[n] - 1) "\t" t }' >"$tmp/sents.tsv"
# events.jsonl -> doc sent source target code text (TSV)
awk '
function str(key,   r, v) {
    if (!match($0, "\"" key "\":\"([^\"\\\\]|\\\\.)*\"")) return ""
    v = substr($0, RSTART + length(key) + 4, RLENGTH - length(key) - 5)
    gsub(/\\"/, "\"", v); gsub(/\\\\/, "\\", v); gsub(/\t/, " ", v)
    return v
}
{   if (!match($0, /"sent":[0-9]+/)) next
    sent = substr($0, RSTART + 7, RLENGTH - 7)
    print str("doc") "\t" sent "\t" str("source") "\t" str("target") "\t" str("code")
}' "$tmp/events.jsonl" >"$tmp/sys.tsv"
awk -F '\t' -v verbose="$verbose" -v goldfile="$gold" '
function lkey(d, s, a, b, c) { return d SUBSEP s SUBSEP substr(a, 1, 3) SUBSEP substr(b, 1, 3) SUBSEP substr(c, 1, 2) }
function skey(d, s, a, b, c) { return d SUBSEP s SUBSEP a SUBSEP b SUBSEP c }
function prf(name, m,   p, r, f) {
    p = ns ? m / ns : 0; r = ng ? m / ng : 0; f = p + r ? 2 * p * r / (p + r) : 0
    printf "%-6s matched %3d   precision %5.1f%%   recall %5.1f%%   F1 %5.1f%%\n", name, m, 100 * p, 100 * r, 100 * f
}
function rok(g, c) { g = substr(g, 1, 3); c = substr(c, 1, 3); return g == c || (c == "---" && g != "IGO") }
FILENAME == ARGV[1] { sent[$1 SUBSEP $2] = $3; docs[$1] = 1; next }
FILENAME == ARGV[2] { if ($0 ~ /^#/ || NF < 5) next
    ng++; gd[ng] = $1; gs[ng] = $2; ga[ng] = $3; gb[ng] = $4; gc[ng] = $5; gm[ng] = $6
    next }
{   if (!($1 in docs)) next
    ns++; sd[ns] = $1; ss[ns] = $2; sa[ns] = $3; sb[ns] = $4; sc[ns] = $5 }
END {
    for (i = 1; i <= ns; i++) { SL[lkey(sd[i], ss[i], sa[i], sb[i], sc[i])]++; SS[skey(sd[i], ss[i], sa[i], sb[i], sc[i])]++ }
    for (i = 1; i <= ng; i++) { GL[lkey(gd[i], gs[i], ga[i], gb[i], gc[i])]++; GS[skey(gd[i], gs[i], ga[i], gb[i], gc[i])]++ }
    for (k in GL) if (k in SL) ml += GL[k] < SL[k] ? GL[k] : SL[k]
    for (k in GS) if (k in SS) ms += GS[k] < SS[k] ? GS[k] : SS[k]
    n = 0; for (d in docs) n++
    printf "news_eval: %d articles, %d gold events, %d coded events\n", n, ng, ns
    for (i = 1; i <= ns; i++) for (j = 1; j <= ng; j++)
        if (!lu[j] && sd[i] == gd[j] && ss[i] == gs[j] && rok(ga[j], sa[i]) && rok(gb[j], sb[i]) && substr(sc[i], 1, 2) == substr(gc[j], 1, 2)) { lu[j] = 1; mu++; break }
    prf("loose", ml); prf("strict", ms)
    printf "(loose with a coded --- root taken as the right country: matched %d)\n", mu
    if (!verbose) exit
    print "\nmissed (gold events with no loose match):"
    for (i = 1; i <= ng; i++) { k = lkey(gd[i], gs[i], ga[i], gb[i], gc[i])
        if (SL[k] > 0) { SL[k]--; continue }
        printf "  %s #%s  %s -> %s %s   (%s)\n      %s\n", gd[i], gs[i], ga[i], gb[i], gc[i], gm[i], sent[gd[i] SUBSEP gs[i]] }
    print "\nspurious (coded events with no loose match):"
    for (i = 1; i <= ns; i++) { k = lkey(sd[i], ss[i], sa[i], sb[i], sc[i])
        if (GL[k] > 0) { GL[k]--; continue }
        printf "  %s #%s  %s -> %s %s\n      %s\n", sd[i], ss[i], sa[i], sb[i], sc[i], sent[sd[i] SUBSEP ss[i]] }
    print "\nloose but not strict (coded event vs gold event, same sentence and roots):"
    for (i = 1; i <= ns; i++) { k = skey(sd[i], ss[i], sa[i], sb[i], sc[i])
        if (GS[k] > 0) { GS[k]--; used[i] = 1 } }
    for (i = 1; i <= ns; i++) { if (used[i]) continue
        k = lkey(sd[i], ss[i], sa[i], sb[i], sc[i])
        for (j = 1; j <= ng; j++) if (!gused[j] && !sused[i] && lkey(gd[j], gs[j], ga[j], gb[j], gc[j]) == k && !(skey(gd[j], gs[j], ga[j], gb[j], gc[j]) in SS)) {
            printf "  %s #%s  coded %s -> %s %s   gold %s -> %s %s\n", sd[i], ss[i], sa[i], sb[i], sc[i], ga[j], gb[j], gc[j]
            gused[j] = 1; sused[i] = 1 } }
}' "$tmp/sents.tsv" "$gold" "$tmp/sys.tsv"
