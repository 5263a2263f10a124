#!/bin/sh
# valgrind.sh — `make valgrind`: the main commands of the end-to-end CLI tests (code in every
# input and output format, bad input, --db, parse, series, plot, dedup, load, dict, eval) run under
# valgrind memcheck on the release build. A command is clean when valgrind reports no error and
# no definite or indirect leak (exit status 99 otherwise). Prints "ok"/"not ok" lines and ends
# with "N passed, N failed, N skipped". Env: DYAD (default ./dyad), VALGRIND (default valgrind).
set -u
cd "$(dirname "$0")/.." || exit 2
: "${DYAD:=$(pwd)/dyad}" "${VALGRIND:=valgrind}"
if ! command -v "$VALGRIND" >/dev/null 2>&1; then
    echo "skip - valgrind: not installed (Debian package valgrind)"
    echo "0 passed, 0 failed, 1 skipped"
    exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0 skip=0
n=0
# vg NAME EXPECTED-STATUS ARGS...: runs dyad ARGS under valgrind (stdin from /dev/null unless
# VG_STDIN names a file); the status must be the expected one (not valgrind's 99).
vg() {
    name=$1 want=$2
    shift 2
    n=$((n + 1))
    log="$tmp/vg.$n.log"
    "$VALGRIND" --quiet --error-exitcode=99 --leak-check=full --show-leak-kinds=definite,indirect \
        --errors-for-leak-kinds=definite,indirect --track-origins=no --log-file="$log" \
        "$DYAD" "$@" <"${VG_STDIN:-/dev/null}" >"$tmp/out.$n" 2>"$tmp/err.$n"
    rc=$?
    if [ "$rc" -eq "$want" ] && [ ! -s "$log" ]; then
        echo "ok - valgrind clean: $name (exit $rc)"
        pass=$((pass + 1))
    else
        echo "not ok - valgrind: $name (exit $rc, wanted $want)"
        sed 's/^/#   /' "$log" | head -n 40
        sed 's/^/#   stderr: /' "$tmp/err.$n" | head -n 5
        fail=$((fail + 1))
    fi
}

if ! "$DYAD" code -q examples/news.jsonl >/dev/null 2>"$tmp/probe.err"; then
    echo "skip - valgrind coding commands: dyad code cannot code ($(head -c 160 "$tmp/probe.err" | tr '\n' ' '))"
    skip=$((skip + 1))
    coding=false
else
    coding=true
fi

printf '{"id":"ok1","date":"2019-03-06","text":"Israeli troops attacked Hamas militants in Gaza."}\n{"id":"bad","text":42}\n{"id":"x"\n\377\376\n{"id":"d","date":"2019-02-30","text":"x"}\n' >"$tmp/bad.jsonl"
vg "code --help" 0 code --help
vg "code, unknown option (usage error)" 2 code --no-such-option
vg "code, missing input file" 3 code "$tmp/missing.jsonl"
vg "dict check (bundled dictionaries)" 0 dict check
vg "dict check (test PETRARCH files)" 1 dict check --dict verbs:tests/data/dict/petr_verbs.txt \
    --dict actors:tests/data/dict/petr_actors.txt --dict agents:tests/data/dict/petr_agents.txt
vg "dict lookup" 0 dict lookup --date 2009-03-06 Lavrov
vg "eval (gold against itself)" 0 eval tests/data/io/sents.conllu tests/data/io/sents.conllu
if $coding; then
    vg "code examples (TSV, -j 1)" 0 code -j 1 examples/news.jsonl
    vg "code examples (JSONL, -j 2)" 0 code -j 2 -f jsonl examples/news.jsonl
    vg "code examples --explain" 0 code --explain examples/news.jsonl
    vg "code examples --db" 0 code -q --db "$tmp/ev.db" -f jsonl -o "$tmp/ev.jsonl" examples/news.jsonl
    vg "code bad records (rejections)" 1 code "$tmp/bad.jsonl"
    vg "code PETRARCH XML (3 bad records in it)" 1 code -i petrxml tests/data/io/petr.xml
    # bad sentences are left out of their document, which is coded (repaired): exit 0
    vg "code CoNLL-U (3 bad sentences in it)" 0 code -i conllu --date 2020-01-01 tests/data/io/docs.conllu
    vg "code text" 0 code -i text --date 2020-01-01 examples/article.txt
    gzip -c examples/news.jsonl >"$tmp/news.jsonl.gz"
    head -c 600 "$tmp/news.jsonl.gz" >"$tmp/trunc.jsonl.gz"
    vg "code gzip" 0 code "$tmp/news.jsonl.gz"
    vg "code truncated gzip" 3 code "$tmp/trunc.jsonl.gz"
    VG_STDIN=examples/news.jsonl vg "code from stdin" 0 code -
    [ -w /dev/full ] && vg "code > /dev/full (write error)" 4 code -o /dev/full examples/news.jsonl
    vg "parse text" 0 parse -i text examples/article.txt
    vg "parse CoNLL-U" 0 parse tests/data/io/sents.conllu
    vg "series (JSONL events)" 0 series "$tmp/ev.jsonl"
    vg "series (SQLite)" 0 series --by month "$tmp/ev.db"
    vg "plot --top" 0 plot --top 2 tests/data/events/small.jsonl -o "$tmp/top.svg"
    vg "dedup --one-a-day" 0 dedup --one-a-day tests/data/events/small.jsonl
    vg "load JSONL events into SQLite" 0 load --db "$tmp/load.db" tests/data/events/small.jsonl
fi
echo "$pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
