#!/usr/bin/env python3
"""leaders_audit.py — audits the office-holder lists of data/dict/leaders*.dict for gaps and
overlaps, per country and office.

The dictionaries give each person name variants, then one "= CODE FROM..TO" line per office
(see the top of leaders.dict). The loader ignores everything after '#', so a range line names
the office it stands for in its comment, with one or more of these tags as the comment's first
words (a "~" for an uncertain day may stand among them, free text may follow):

    hos  head of state            fm   foreign minister
    hog  head of government       def  defence minister
    int  interior minister (home affairs, public security)

Where a president heads the government (United States, Latin America, Korea, Indonesia,
Nigeria, Sri Lanka...), or a king does (Saudi Arabia until 2022), the line reads "# hos hog".
"int" is the ministry over the police where there is one: the Home Office, the Department of
Homeland Security, China's Ministry of Public Security, Canada's and South Africa's police and
public-security ministers, Brazil's justice (and public security) minister; otherwise the
interior ministry (Argentina, Israel, Mexico's Gobernación).

    = GBRGOV 2016-07-13..2019-07-24      # hog
    = USAGOV 1993-01-20..2001-01-20      # hos hog
    = FRAGOV 2017-05-17..2022-05-20      # def ~ (the day is not certain)

For each country (the first three letters of a code; the EU is IGOEUREEC) and office it counts,
in the years audited (1990 to today; interior ministers from 2000), the GAPS: periods no tagged
line with the country's GOV code covers; and the OVERLAPS: two lines of one office that share
more than one day (a handover day, the last of one holder and the first of the next, is the
files' convention and is not an overlap). Lines tagged with a code other than the country's
GOV code (or its MIL code: an officer in office, a general as defence minister, a junta head)
are listed as warnings. An office a country lacks shows as "-" (OFFICE_FROM below); Russia is
audited from 1991-12-26 and Ukraine from 1991-12-05, its first president (the Soviet offices
are SUN codes), Yemen from its unification on 1990-05-22, Namibia from its independence.

Usage:
    python3 tools/leaders_audit.py                 # table: gaps (periods/days) and overlaps
    python3 tools/leaders_audit.py -v [CCC ...]    # the gap periods and overlaps themselves
    python3 tools/leaders_audit.py --untagged CCC  # CCCGOV range lines without an office tag
Options: --min-gap N (count only gaps of N days or more; default 1), --dict-dir DIR (default
data/dict), --until YYYY-MM-DD (default today, at most 2026-12-31), --all (every country with
a tagged line, not only the audited list).
"""
import argparse
import datetime as dt
import glob
import os
import re
import sys

OFFICES = ["hos", "hog", "fm", "def", "int"]
OFFICE_NAMES = {"hos": "head of state", "hog": "head of government", "fm": "foreign minister",
                "def": "defence minister", "int": "interior minister"}
G20 = "ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN KOR MEX RUS SAU ZAF TUR GBR USA EU".split()
MORE = "IRN IRQ ISR PAK AFG SYR UKR EGY NGA BGD LKA VEN PRK".split()
# then the countries the Wikinews 2019 articles (../shared/data/wikinews/wikinews_2019.csv) name
# most often among the others, by the count of their names and demonyms in countries.dict
NEWS = "PHL WSM BHS HUN POL AUT CUB THA ZWE IRL TWN TON TUN YEM ESP SWE GRC NZL KEN NAM".split()
# the EU's offices: president of the European Council (from 2009-12-01), of the Commission,
# and the high representative (from 1999-10-18); it has no defence or interior minister
EU_CODE = "IGOEUREEC"
WINDOW_FROM = {"hos": "1990-01-01", "hog": "1990-01-01", "fm": "1990-01-01",
               "def": "1990-01-01", "int": "2000-01-01"}
EU_FROM = {"hos": "2009-12-01", "hog": "1990-01-01", "fm": "1999-10-18"}
# offices a country lacks (None) or created after 1990: the British monarch is the head of state
# of Canada, Australia, New Zealand and the Bahamas (GBR codes); Samoa has no armed forces; Japan
# has no interior ministry; the US Department of Homeland Security dates from 2003, Australia's
# Home Affairs from 2017, Brazil's defence ministry from 1999
OFFICE_FROM = {("CAN", "hos"): None, ("AUS", "hos"): None, ("NZL", "hos"): None,
               ("BHS", "hos"): None, ("WSM", "def"): None, ("JPN", "int"): None,
               ("USA", "int"): "2003-01-24", ("AUS", "int"): "2017-12-20",
               ("BRA", "def"): "1999-06-10"}
# countries that began after 1990 (the Soviet Union's offices are SUN codes; North and South
# Yemen before their unification are not audited)
COUNTRY_FROM = {"RUS": "1991-12-26", "UKR": "1991-12-05", "YEM": "1990-05-22",
                "NAM": "1990-03-21"}

RANGE = re.compile(r"^\s+=\s*([A-Z0-9]+)\s+(\d{4}-\d{2}-\d{2})?\.\.(\d{4}-\d{2}-\d{2})?\s*$")


def day(s):
    return dt.date.fromisoformat(s)


def tags_of(comment):
    """The office tags at the start of a comment ('~' may stand among them)."""
    tags = []
    for w in re.split(r"[\s,]+", comment.strip()):
        if w in OFFICES:
            tags.append(w)
        elif w != "~":
            break
    return tags


def read_lines(dict_dir):
    """Yields (file, line number, person, code, from, to, tags, range line?) of each range line."""
    for path in sorted(glob.glob(os.path.join(dict_dir, "leaders*.dict"))):
        person, section = None, None
        with open(path, encoding="utf-8") as f:
            for no, raw in enumerate(f, 1):
                text, _, comment = raw.rstrip("\n").partition("#")
                if not text.strip():
                    continue
                if text.startswith("@"):
                    section = text.strip()
                    continue
                if section != "@actors":
                    continue
                if not text[0].isspace():
                    person = text.split("=")[0].split("|")[0].strip()
                    continue
                m = RANGE.match(text)
                if m:
                    yield (os.path.basename(path), no, person, m.group(1), m.group(2),
                           m.group(3), tags_of(comment))


def country_of(code):
    if code.startswith(EU_CODE):
        return "EU"
    return None if code.startswith(("IGO", "NGO")) else code[:3]


def gov_code(country):
    return EU_CODE if country == "EU" else country + "GOV"


def window(country, office, until):
    if country == "EU":
        if office not in EU_FROM:
            return None
        return day(EU_FROM[office]), until
    start = max(day(WINDOW_FROM[office]), day(COUNTRY_FROM.get(country, "1990-01-01")))
    if (country, office) in OFFICE_FROM:
        if OFFICE_FROM[(country, office)] is None:
            return None
        start = max(start, day(OFFICE_FROM[(country, office)]))
    return start, until


def audit(spans, start, end):
    """Gaps (from, to) in [start, end] and overlapping pairs of spans (from, to, who)."""
    spans = sorted(spans)
    gaps, overlaps = [], []
    covered = start - dt.timedelta(days=1)  # last day covered so far
    for i, (f, t, who) in enumerate(spans):
        if f > covered + dt.timedelta(days=1) and f <= end and covered < end:
            gaps.append((covered + dt.timedelta(days=1), min(f - dt.timedelta(days=1), end)))
        covered = max(covered, t)
        for g, u, other in spans[i + 1:]:
            if g >= t:  # sorted by start: no later span can share more than one day
                break
            if min(t, u) > g:  # more than one day shared
                overlaps.append(((f, t, who), (g, u, other)))
    if covered < end:
        gaps.append((max(covered + dt.timedelta(days=1), start), end))
    return gaps, overlaps


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("countries", nargs="*")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--untagged")
    ap.add_argument("--all", action="store_true")
    ap.add_argument("--dict-dir", default="data/dict")
    ap.add_argument("--until")
    ap.add_argument("--min-gap", type=int, default=1)
    a = ap.parse_args()
    until = day(a.until) if a.until else min(dt.date.today(), dt.date(2026, 12, 31))
    lines = list(read_lines(a.dict_dir))

    if a.untagged:
        want = gov_code(a.untagged)
        for fn, no, who, code, f, t, tags in lines:
            if code == want and not tags:
                print(f"{fn}:{no}: {who}: {code} {f or ''}..{t or ''}")
        return 0

    spans, warnings = {}, []
    for fn, no, who, code, f, t, tags in lines:
        if not tags:
            continue
        c = country_of(code)
        # an officer in office (a general as defence minister, a junta head) may be coded MIL
        if c is None or not (code == gov_code(c) or code == c + "MIL"):
            warnings.append(f"{fn}:{no}: {who}: {code} tagged {' '.join(tags)}, not a GOV code")
            continue
        fd = day(f) if f else dt.date(1900, 1, 1)
        td = day(t) if t else dt.date(9999, 12, 31)
        for o in tags:
            spans.setdefault((c, o), []).append((fd, td, f"{who} {f or ''}..{t or ''}"))

    countries = a.countries or (G20 + MORE + NEWS)
    if a.all:
        countries = countries + sorted({c for c, _ in spans} - set(countries))
    print(f"# gaps (periods/days) and overlaps per office, 1990..{until} (interior from 2000)"
          + (f", gaps of {a.min_gap} days or more" if a.min_gap > 1 else ""))
    print("country " + " ".join(f"{o:>12}" for o in OFFICES) + "   overlaps")
    total_gaps = total_days = total_over = 0
    for c in countries:
        cells, over_c, detail = [], 0, []
        for o in OFFICES:
            w = window(c, o, until)
            if w is None:
                cells.append(f"{'-':>12}")
                continue
            gaps, overs = audit(spans.get((c, o), []), *w)
            gaps = [(f, t) for f, t in gaps if (t - f).days + 1 >= a.min_gap]
            days = sum((t - f).days + 1 for f, t in gaps)
            cells.append(f"{len(gaps):>5}/{days:<6}")
            total_gaps += len(gaps)
            total_days += days
            over_c += len(overs)
            for f, t in gaps:
                detail.append(f"  {c} {o}: gap {f}..{t} ({(t - f).days + 1} days)")
            for x, y in overs:
                detail.append(f"  {c} {o}: overlap {x[2]} / {y[2]}")
        total_over += over_c
        print(f"{c:<7} " + " ".join(cells) + f"   {over_c}")
        if a.verbose:
            print("\n".join(detail))
    print(f"# total: {total_gaps} gaps ({total_days:,} days), {total_over} overlaps")
    for w in warnings:
        print("warning: " + w, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
