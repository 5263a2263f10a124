#!/bin/sh
# series_options.sh — `dyad series --fill`, IGOs kept apart (IGOUNO, IGOEUREEC as dyad labels),
# --no-domestic and --known-only on series and plot --top, the title of a domestic dyad's
# chart, and no Goldstein zero line drawn across the event-count scale.
# Env: DYAD (the binary).
. "$(dirname "$0")/../lib/cli.sh"
set -u
cd "$(dirname "$0")/../.." || exit 2
: "${DYAD:=$(pwd)/dyad}"

# and one event of actors of no known country (---)
printf '%s\n' '{"id":"unk1","date":"2024-05-05","text":"Gunmen kidnapped two Kenyan aid workers on Sunday."}' >"$tmp/unk.jsonl"
"$DYAD" code -q --format jsonl examples/news.jsonl examples/timeline.jsonl "$tmp/unk.jsonl" >"$tmp/ev.jsonl"
printf '%s\n' '{"id":"igo1","date":"2024-05-02","text":"The European Union condemned Russia on Thursday."}' \
    '{"id":"igo2","date":"2024-05-03","text":"The United Nations condemned Russia on Friday."}' \
    '{"id":"igo3","date":"2024-05-04","text":"NATO condemned Russia on Saturday."}' |
    "$DYAD" code -q --format jsonl >"$tmp/igo.jsonl"

# --fill: zero rows between the first and last period (the IRN,USA events, the sanctions and
# Iran's denunciation of them, are in March only;
# the events run from January to June)
same "without --fill: one row for USA,IRN" \
    "$("$DYAD" series --by month --dyad USA,IRN "$tmp/ev.jsonl" | tail -n +2 | tr '\n' ' ')" \
    "2024-03,IRN,USA,2,0,0,1,1,-10.0,-5.000 "
"$DYAD" series --by month --fill "$tmp/ev.jsonl" >"$tmp/fill.csv"
same "--fill: IRN,USA has a row for each month from 2024-01 to 2024-06" \
    "$(grep ',IRN,USA,' "$tmp/fill.csv" | cut -d, -f1,4 | tr '\n' ' ')" \
    "2024-01,0 2024-02,0 2024-03,2 2024-04,0 2024-05,0 2024-06,0 "
same "--fill: zero rows have zero sums and means" "$(grep '^2024-01,IRN,USA,' "$tmp/fill.csv")" \
    "2024-01,IRN,USA,0,0,0,0,0,0.0,0.000"
same "--fill: every dyad has 6 rows" \
    "$(tail -n +2 "$tmp/fill.csv" | cut -d, -f2,3 | sort | uniq -c | awk '{print $1}' | sort -u)" "6"
same "--fill adds no events" \
    "$(awk -F, 'NR>1{s+=$4}END{print s}' "$tmp/fill.csv")" \
    "$("$DYAD" series --by month "$tmp/ev.jsonl" | awk -F, 'NR>1{s+=$4}END{print s}')"
"$DYAD" series --by week --fill --dyad USA,RUS "$tmp/ev.jsonl" >"$tmp/w.csv"
same "--fill by ISO week: 2024-W02 to 2024-W25, one row each" \
    "$(tail -n +2 "$tmp/w.csv" | wc -l | tr -d ' '):$(sed -n 2p "$tmp/w.csv" | cut -d, -f1):$(tail -n 1 "$tmp/w.csv" | cut -d, -f1)" \
    "24:2024-W02:2024-W25"

# IGOs are kept apart
same "IGOs keep their full code: the EU, the UN and NATO are three dyads" \
    "$("$DYAD" series --by month "$tmp/igo.jsonl" | tail -n +2 | cut -d, -f2,3 | tr '\n' ' ')" \
    "IGOEUREEC,RUS IGOUNO,RUS IGOWSTNAT,RUS "
check "the example's UN event is IGOUNO,SDN, not IGO,SDN" \
    '"$DYAD" series --by year "$tmp/ev.jsonl" | grep -q "^2024,IGOUNO,SDN,"'

# --no-domestic, --known-only
"$DYAD" series --by year "$tmp/ev.jsonl" >"$tmp/all.csv"
"$DYAD" series --by year --no-domestic --known-only "$tmp/ev.jsonl" >"$tmp/known.csv"
check "without the options: KEN,KEN and --- dyads are there" \
    'grep -q ",KEN,KEN," "$tmp/all.csv" && grep -q ",---," "$tmp/all.csv"'
check "--no-domestic --known-only: neither is" \
    '! grep -q ",KEN,KEN,\|---" "$tmp/known.csv" && grep -q ",RUS,USA," "$tmp/known.csv"'
same "--no-domestic alone keeps the --- dyads" \
    "$("$DYAD" series --by year --no-domestic "$tmp/ev.jsonl" | grep -c -e ',---,' -e ',KEN,KEN,')" "1"
"$DYAD" plot --top 20 "$tmp/ev.jsonl" -o "$tmp/top.svg"
"$DYAD" plot --top 20 --no-domestic --known-only "$tmp/ev.jsonl" -o "$tmp/top2.svg"
check "plot --top: a domestic dyad reads 'within KEN'" 'grep -q ">within KEN<" "$tmp/top.svg"'
check "plot --top --no-domestic --known-only: no domestic or unknown dyad" \
    '! grep -q ">within \|>--- " "$tmp/top2.svg" && grep -q ">RUS – USA<" "$tmp/top2.svg"'

# the charts of a domestic dyad and the Goldstein axis
"$DYAD" plot --dyad KEN,KEN "$tmp/ev.jsonl" -o "$tmp/ken.svg"
check "a domestic dyad's title: Events within KEN" 'grep -q ">Events within KEN, by month<" "$tmp/ken.svg"'
"$DYAD" plot --dyad USA,RUS "$tmp/ev.jsonl" -o "$tmp/ur.svg"
check "no Goldstein zero line across the plot (the count scale)" \
    '! grep -q "stroke-dasharray" "$tmp/ur.svg" && ! grep -q "<line x1=\"80\" [^>]*x2=\"880\"[^>]*stroke=\"#2c7bb6\"" "$tmp/ur.svg"'
