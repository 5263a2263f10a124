#!/usr/bin/env python3
# make_model_seed.py — builds the seed of the model harness (fuzz/corpus/model/): one small model
# file holding every section of tagger.dm and parser.dm, with the two big hash tables (tag.wn,
# lem.lower) cut down to 16 slots, so that libFuzzer's mutations reach every section reader.
# Usage: make_model_seed.py TAGGER.dm PARSER.dm OUT  (models trained by `dyad train` on a tiny
# treebank generated for the purpose, e.g. 40 sentences "The N V-ed the N ." with `dyad train -e 1 -k 0`).
import struct
import sys
import zlib


def sections(path):
    d = open(path, "rb").read()
    n = struct.unpack_from("<I", d, 16)[0]
    for i in range(n):
        name, off, size = struct.unpack_from("<16sQQ", d, 32 + i * 32)
        yield name.rstrip(b"\0").decode(), d[off:off + size]


def shrink_kv(sec, keep=7):
    ns = struct.unpack_from("<I", sec, 0)[0]
    if ns <= 16:
        return sec
    slots = [0] * 32
    kept = 0
    for s in range(ns):
        k, v = struct.unpack_from("<QQ", sec, 16 + 16 * s)
        if k == 0:
            continue
        j = s & 15
        while slots[2 * j]:
            j = (j + 1) & 15
        slots[2 * j], slots[2 * j + 1] = k, v
        kept += 1
        if kept == keep:
            break
    return struct.pack("<I12x", 16) + struct.pack("<32Q", *slots)


def main():
    secs = []
    for path in sys.argv[1:3]:
        for name, body in sections(path):
            if name in ("tag.wn", "lem.lower"):
                body = shrink_kv(body)
            secs.append((name, body))
    table = 32 + 32 * len(secs)
    off = (table + 15) // 16 * 16
    entries, payload = b"", b""
    for name, body in secs:
        entries += struct.pack("<16sQQ", name.encode(), off, len(body))
        pad = (-len(body)) % 16
        payload += body + b"\0" * pad
        off += len(body) + pad
    rest = entries + b"\0" * ((table + 15) // 16 * 16 - table) + payload
    head = b"DYADMDL\0" + struct.pack("<IIIIQ", 1, 0x01020304, len(secs), zlib.crc32(rest),
                                      len(rest))
    open(sys.argv[3], "wb").write(head + rest)


main()
