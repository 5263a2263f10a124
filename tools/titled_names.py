#!/usr/bin/env python3
"""titled_names.py — how many office holders the news names with a title the actor dictionary
resolves: finds "President X Y", "Foreign Minister X Y", "Secretary-General X Y", ... in a
Wikinews CSV (url,date,title,text), asks `dyad dict lookup --date DATE NAME` for each
(name, date) and prints the share resolved and the unresolved names grouped by title.

usage: tools/titled_names.py [--dyad ./dyad] [--list] FILE.csv
"""
import csv
import re
import subprocess
import sys
from collections import Counter, defaultdict

TITLES = [
    "President", "Vice President", "Vice-President", "Prime Minister", "Deputy Prime Minister",
    "Premier", "Chancellor", "King", "Queen", "Emir", "Sultan", "Crown Prince", "Prince",
    "Foreign Minister", "Foreign Secretary", "Secretary of State", "Minister of Foreign Affairs",
    "Defence Minister", "Defense Minister", "Defence Secretary", "Defense Secretary",
    "Minister of Defence", "Minister of Defense", "Interior Minister", "Home Secretary",
    "Home Minister", "Home Affairs Minister", "Minister of Interior",
    "Minister of the Interior", "Secretary-General", "Secretary General", "Director-General",
    "Director General", "Chief Prosecutor", "Supreme Leader", "Grand Ayatollah", "Pope",
]
# a name: 1-4 capitalised words (initials, particles and hyphens allowed inside)
NAME = (r"((?:[A-Z][a-zA-Z'\u00C0-\u017F.\-]+|[A-Z]\.)"
        r"(?:\s+(?:(?:al|el|bin|ibn|van|von|de|da|der|du|la|le|di|dos|das|del|y)[\- ])?"
        r"(?:[A-Z][a-zA-Z'\u00C0-\u017F\-]+|[A-Z]\.)){1,3})")
TITLE_RE = re.compile(r"\b(" + "|".join(sorted((re.escape(t) for t in TITLES), key=len,
                                               reverse=True)) + r")\s+" + NAME)
# words that end a name match when they follow it (a title word, not part of the name)
STOP = {"Minister", "President", "Secretary", "General", "On", "In", "The", "And", "Of",
        "Said", "Told", "Was", "Has", "Had", "Who", "But", "As", "At", "For", "To", "Is"}


def names_in(text):
    for m in TITLE_RE.finditer(text):
        words = m.group(2).split()
        while words and (words[-1] in STOP or words[-1].endswith("'s")):
            if words[-1].endswith("'s"):
                words[-1] = words[-1][:-2]
                break
            words.pop()
        words = [w.rstrip(".,") if len(w) > 2 else w for w in words]
        if len(words) >= 2 and not any(w in STOP for w in words):
            yield m.group(1), " ".join(words)


def resolves(dyad, date, name):
    out = subprocess.run([dyad, "dict", "lookup", "--date", date, name],
                         capture_output=True, text=True).stdout
    for line in out.splitlines():
        if line.startswith("actor:") and " code " in line:
            return line.split(" code ")[1].split()[0]
    return None


def main(argv):
    dyad, show_all, path = "./dyad", False, None
    args = iter(argv)
    for a in args:
        if a == "--dyad":
            dyad = next(args)
        elif a == "--list":
            show_all = True
        else:
            path = a
    if not path:
        sys.exit(__doc__)
    seen = {}
    mentions = Counter()
    titles = defaultdict(Counter)
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            date = row["date"][:10]
            for title, name in names_in(row["title"] + "\n" + row["text"]):
                key = (name, date)
                if key not in seen:
                    seen[key] = resolves(dyad, date, name)
                mentions[key] += 1
                titles[name][title] += 1
    total = sum(mentions.values())
    ok = sum(n for k, n in mentions.items() if seen[k])
    names = {k[0] for k in seen}
    names_ok = {k[0] for k, c in seen.items() if c}
    print(f"titled mentions: {total}, resolved {ok} ({ok / max(total, 1):.3f}); "
          f"distinct names {len(names)}, resolved on some date {len(names_ok)} "
          f"({len(names_ok) / max(len(names), 1):.3f})")
    if show_all:
        miss = Counter()
        for (name, date), code in seen.items():
            if not code:
                miss[name] += mentions[(name, date)]
        for name, n in miss.most_common():
            t = titles[name].most_common(1)[0][0]
            date = min(d for (nm, d) in seen if nm == name)
            print(f"{n:4d}  {t:28s} {name}  ({date})")


if __name__ == "__main__":
    main(sys.argv[1:])
