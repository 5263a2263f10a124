#!/usr/bin/env python3
"""gold_agree.py — agreement between two independent coding passes of the news gold standard
(docs/CODEBOOK.md §8), and the lists an adjudicator works from.

  python3 tools/gold_agree.py [--split OUTDIR] INPUT.jsonl PASS_A.tsv PASS_B.tsv

INPUT.jsonl is the coded articles as dyad reads them (tools/news_gold_input.sh; or INPUT.conllu,
tools/gum_gold_input.sh, read as CoNLL-U); the passes are
gold files in the format of data/eval/README.md. Each anchor is placed in its sentence (dyad's
sentence splitting, from `dyad parse`; $DYAD names the binary, default ./dyad), then events are
compared at the loose level of `dyad score`: document, sentence, source root, target root, CAMEO
root (symmetric codes 040 044 046 057 either way round), one-to-one.

Prints: F1 of pass B against pass A on required events, the same with optional events in both,
and Cohen's kappa on the CAMEO roots of the event pairs both passes found (same document,
sentence, source and target roots). With --split OUTDIR it writes agreed.tsv (both passes,
the row of A then the row of B), only_a.tsv and only_b.tsv for adjudication.
"""
import os
import re
import subprocess
import sys
from collections import Counter, defaultdict

SYMMETRIC = {"040", "044", "046", "057"}


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def sentences(input_path):
    dyad = os.environ.get("DYAD", "./dyad")
    fmt = "conllu" if input_path.endswith(".conllu") else "jsonl"
    out = subprocess.run([dyad, "parse", "--input", fmt, input_path], check=True,
                         capture_output=True, text=True).stdout
    sents = defaultdict(list)
    sid = None
    for line in out.splitlines():
        if line.startswith("# sent_id = "):
            sid = line[12:].strip()
        elif line.startswith("# text = ") and sid:
            doc, n = sid.rsplit("-", 1)
            sents[doc].append(norm(line[9:]))
    return sents


def read_gold(path, sents):
    rows, docs = [], set()
    for i, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#") or line.startswith("doc\t"):
            continue
        f = line.split("\t")
        docs.add(f[0])
        if len(f) < 5 or f[1] == "-":
            continue
        f += [""] * (9 - len(f))
        anchor = norm(f[1])
        sent = next((k for k, s in enumerate(sents.get(f[0], [])) if anchor in s), None)
        if sent is None:  # the anchor crosses dyad's sentence boundary: take where it starts
            sent = next((k for k, s in enumerate(sents.get(f[0], [])) if anchor[:30] in s), -1)
        rows.append({"doc": f[0], "sent": sent, "src": f[2], "tgt": f[3], "code": f[4],
                     "cls": f[6] or "req", "line": line, "where": f"{path}:{i}"})
    return rows, docs


def rootkey(r, swap=False):
    s, t = (r["tgt"], r["src"]) if swap else (r["src"], r["tgt"])
    return (r["doc"], r["sent"], s[:3], t[:3])


def match(a_rows, b_rows, with_code=True):
    """One-to-one pairs (i, j) of rows of A and B at the loose level (or without the code)."""
    used, pairs = set(), []
    for i, a in enumerate(a_rows):
        for j, b in enumerate(b_rows):
            if j in used:
                continue
            same = rootkey(a) == rootkey(b) or (
                (a["code"] in SYMMETRIC or b["code"] in SYMMETRIC) and rootkey(a) == rootkey(b, True))
            if same and (not with_code or a["code"][:2] == b["code"][:2]):
                used.add(j)
                pairs.append((i, j))
                break
    return pairs


def f1(a_rows, b_rows):
    m = len(match(a_rows, b_rows))
    p = m / len(b_rows) if b_rows else 0
    r = m / len(a_rows) if a_rows else 0
    return m, (2 * p * r / (p + r) if p + r else 0)


def kappa(pairs):
    n = len(pairs)
    if not n:
        return 0.0
    po = sum(1 for x, y in pairs if x == y) / n
    ca, cb = Counter(x for x, _ in pairs), Counter(y for _, y in pairs)
    pe = sum(ca[k] * cb[k] for k in ca) / (n * n)
    return (po - pe) / (1 - pe) if pe < 1 else 1.0


def main(argv):
    split = None
    if len(argv) > 1 and argv[1] == "--split":
        split = argv[2]
        argv = argv[:1] + argv[3:]
    if len(argv) != 4:
        sys.exit(__doc__)
    sents = sentences(argv[1])
    a, docs_a = read_gold(argv[2], sents)
    b, docs_b = read_gold(argv[3], sents)
    unplaced = [r["where"] for r in a + b if r["sent"] < 0]
    a_req = [r for r in a if r["cls"] == "req"]
    b_req = [r for r in b if r["cls"] == "req"]
    a_pos = [r for r in a if r["cls"] != "neg"]
    b_pos = [r for r in b if r["cls"] != "neg"]
    m1, f_req = f1(a_req, b_req)
    m2, f_pos = f1(a_pos, b_pos)
    pairs = match(a_pos, b_pos, with_code=False)
    k = kappa([(a_pos[i]["code"][:2], b_pos[j]["code"][:2]) for i, j in pairs])
    print(f"documents: A {len(docs_a)}, B {len(docs_b)}; events A {len(a_req)} req "
          f"{len(a_pos) - len(a_req)} opt, B {len(b_req)} req {len(b_pos) - len(b_req)} opt")
    print(f"required events: {m1} matched loose, F1 {f_req:.3f}")
    print(f"required + optional: {m2} matched loose, F1 {f_pos:.3f}")
    print(f"CAMEO root agreement on {len(pairs)} events both passes found: "
          f"Cohen's kappa {k:.3f}")
    if unplaced:
        print(f"anchors not found in any sentence: {len(unplaced)} ({', '.join(unplaced[:5])})")
    if split:
        os.makedirs(split, exist_ok=True)
        full = match(a, b)
        ia, ib = {i for i, _ in full}, {j for _, j in full}
        with open(os.path.join(split, "agreed.tsv"), "w", encoding="utf-8") as out:
            for i, j in full:
                out.write(f"A\t{a[i]['line']}\nB\t{b[j]['line']}\n")
        for name, rows, used in (("only_a.tsv", a, ia), ("only_b.tsv", b, ib)):
            with open(os.path.join(split, name), "w", encoding="utf-8") as out:
                for i, r in enumerate(rows):
                    if i not in used:
                        out.write(r["line"] + "\n")


if __name__ == "__main__":
    main(sys.argv)
