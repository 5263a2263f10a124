#!/bin/sh
# default_dict.sh — the project's own dictionaries (data/dict): they load clean, cover real
# ground (counts), and known actors, dated offices, agents, verbs, discards and issues resolve.
: "${DYAD:?DYAD must point at the dyad binary}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ok() { echo "ok - $1"; }
bad() { echo "not ok - $1"; }
check() { if eval "$2"; then ok "$1"; else bad "$1"; fi; }
D=data/dict

"$DYAD" dict check --dict "$D" >"$tmp/out" 2>&1
check "data/dict has no malformed entry" "[ $? -eq 0 ] && grep -q '^0 malformed' '$tmp/out'"

"$DYAD" dict stats --dict "$D" >"$tmp/stats" 2>&1
stat() { awk -F'\t' -v k="$1" '$1 == k { print $2 }' "$tmp/stats"; }
check "hundreds of actors (>= 700)" "[ \"\$(stat actors)\" -ge 700 ]"
check "thousands of actor names (>= 2000)" "[ \"\$(stat actor_names)\" -ge 2000 ]"
check "hundreds of verbs (>= 300) and forms (>= 1500)" "[ \"\$(stat verbs)\" -ge 300 ] && [ \"\$(stat verb_forms)\" -ge 1500 ]"
check "hundreds of patterns (>= 500)" "[ \"\$(stat patterns)\" -ge 500 ]"
check "agents, discards and issues present" "[ \"\$(stat agent_names)\" -ge 300 ] && [ \"\$(stat discards)\" -ge 50 ] && [ \"\$(stat issues)\" -ge 100 ]"

lk() { # lookup DATE PHRASE... ; prints the first line
    date=$1; shift
    "$DYAD" dict lookup --dict "$D" --date "$date" "$@" 2>&1 | head -1
}
want() { # name, got, expected substring
    case "$2" in *"$3"*) ok "$1" ;; *) bad "$1"; echo "#   got: $2" ;; esac
}
want "Lavrov on 2009-03-06 is RUSGOV" "$(lk 2009-03-06 Lavrov)" "code RUSGOV"
want "Hillary Clinton 2005 is USALEG (senator)" "$(lk 2005-06-01 Hillary Clinton)" "code USALEG"
want "Hillary Clinton 2010 is USAGOV (Secretary of State)" "$(lk 2010-06-01 Hillary Clinton)" "code USAGOV"
want "Hillary Clinton 1995 is USAELI (first lady)" "$(lk 1995-06-01 Hillary Clinton)" "code USAELI"
want "Clinton alone in 1995 is USAGOV" "$(lk 1995-06-01 Clinton)" "code USAGOV"
want "Trump 2022 is USAOPP, 2025 USAGOV" "$(lk 2022-01-01 Trump) $(lk 2025-06-01 Trump)" "code USAOPP actor: DONALD_TRUMP"
want "Putin 2010 (prime minister) is RUSGOV" "$(lk 2010-01-01 Putin)" "code RUSGOV"
want "Taliban 2010 AFGREB" "$(lk 2010-01-01 Taliban)" "code AFGREB"
want "Taliban 2022 AFGGOV" "$(lk 2022-01-01 Taliban)" "code AFGGOV"
want "the Kremlin is RUSGOV" "$(lk 2020-01-01 the Kremlin)" "code RUSGOV"
want "Kyiv is UKR" "$(lk 2020-01-01 Kyiv)" "code UKR"
want "Kiev is UKR" "$(lk 2020-01-01 Kiev)" "code UKR"
want "Georgians is GEO" "$(lk 2020-01-01 Georgians)" "code GEO"
want "North Korean is PRK" "$(lk 2020-01-01 North Korean)" "code PRK"
want "NATO is IGOWSTNAT" "$(lk 2020-01-01 NATO)" "code IGOWSTNAT"
want "UNHCR is IGOUNOREFHCR" "$(lk 2020-01-01 UNHCR)" "code IGOUNOREFHCR"
want "the pronoun 'who' is no actor" "$(lk 2020-01-01 who)" "no entry"
want "troops are MIL" "$(lk 2020-01-01 troops)" "code ~MIL"
want "lawmakers are LEG" "$(lk 2020-01-01 lawmakers)" "code ~LEG"
want "'met' is MEET 040" "$(lk 2020-01-01 met)" "verb: MEET code 040"
want "'sought' (irregular) is SEEK" "$(lk 2020-01-01 sought)" "verb: SEEK"
"$DYAD" dict lookup --dict "$D" visited >"$tmp/out" 2>&1
check "visit codes 042 with reciprocal 043" "grep -q '042:043' '$tmp/out'"
"$DYAD" dict lookup --dict "$D" imposed >"$tmp/out" 2>&1
check "impose sanctions on + is 163" "grep -qF '163  [* &SANCTIONS on +]' '$tmp/out'"
want "football match is a discard" "$(lk 2020-01-01 football match)" "discard:"
want "nuclear weapons is NUCLEAR" "$(lk 2020-01-01 nuclear weapons)" "NUCLEAR"

# every event code the verb dictionary uses is a code of the CAMEO table (data/cameo/cameo.tsv)
grep -v '^#' data/cameo/cameo.tsv | cut -f1 | sort -u >"$tmp/codes"
sed 's/#.*//' "$D/verbs.dict" | grep -o '= *[0-9][0-9:]*' | sed 's/= *//' | tr ':' '\n' | sort -u >"$tmp/used"
check "verbs.dict uses only CAMEO table codes ($(wc -l <"$tmp/used") codes)" \
    "[ -s '$tmp/used' ] && [ -z \"\$(comm -23 '$tmp/used' '$tmp/codes')\" ]"
check "all 20 CAMEO roots have verbs" "[ \$(cut -c1-2 '$tmp/used' | sort -u | wc -l) -eq 20 ]"

# every ISO 3166-1 country and territory (Debian's iso-codes) has an actor code in countries.dict
iso=/usr/share/iso-codes/json/iso_3166-1.json
if [ -f "$iso" ]; then
    grep -o '"alpha_3": *"[A-Z]*"' "$iso" | grep -o '[A-Z][A-Z][A-Z]' | sort -u >"$tmp/iso"
    sed 's/#.*//' "$D/countries.dict" | grep -o '= *[A-Z][A-Z][A-Z]\b' | grep -o '[A-Z]*' | sort -u >"$tmp/ours"
    missing=$(comm -23 "$tmp/iso" "$tmp/ours" | tr '\n' ' ')
    check "all $(wc -l <"$tmp/iso") ISO 3166-1 countries in countries.dict${missing:+ (missing: $missing)}" \
        "[ \$(wc -l <'$tmp/iso') -ge 240 ] && [ -z '$missing' ]"
else
    echo "skip - ISO 3166-1 coverage: $iso absent (Debian package iso-codes)"
fi
