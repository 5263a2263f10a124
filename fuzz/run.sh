#!/bin/sh
# run.sh — builds the libFuzzer harnesses with clang (ASan + UBSan) and runs each for
# FUZZ_SECONDS (default 20) over its corpus in fuzz/corpus/NAME; files in fuzz/regress/NAME
# (inputs that once crashed) are replayed first. New crashes are left in fuzz/out/.
# FUZZ_TARGETS="jsonl model ..." runs only those harnesses.
# Prints "ok - fuzz NAME" / "not ok - fuzz NAME" lines (tests/run.sh counts them).
set -u
cd "$(dirname "$0")/.." || exit 2
secs=${FUZZ_SECONDS:-20}
CC=${FUZZ_CC:-clang}
if ! command -v "$CC" >/dev/null 2>&1; then echo "skip - fuzz: $CC not installed"; exit 0; fi
out=fuzz/out
mkdir -p "$out/obj"
# clang without its runtime (Debian: libclang-rt-N-dev) cannot link -fsanitize=fuzzer.
printf 'int LLVMFuzzerTestOneInput(const unsigned char *d, unsigned long n);\nint LLVMFuzzerTestOneInput(const unsigned char *d, unsigned long n) { (void)d; (void)n; return 0; }\n' >"$out/probe.c"
if ! "$CC" -fsanitize=fuzzer,address,undefined "$out/probe.c" -o "$out/probe" >"$out/probe.log" 2>&1; then
    echo "skip - fuzz: $CC cannot link -fsanitize=fuzzer,address,undefined (needs clang with its libFuzzer runtime, Debian libclang-rt-N-dev; tools/deps.sh installs both)"
    exit 0
fi
flags="-g -O1 -std=c11 -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -Isrc -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -DDYAD_DATADIR=\"$(pwd)/data\""
objs="" stale=""
for c in src/base/*.c src/text/*.c src/nlp/*.c src/dict/*.c src/frames/*.c src/coder/*.c src/geo/*.c \
         src/io/*.c src/agg/*.c; do
    [ -f "$c" ] || continue
    o="$out/obj/$(echo "$c" | tr / _).o"
    # rebuilt when the source or any header is newer (headers are few; this stays simple)
    if [ ! -f "$o" ] || [ "$c" -nt "$o" ] || [ -n "$(find src -name '*.h' -newer "$o" | head -n 1)" ]; then
        stale="$stale $c"
    fi
    objs="$objs $o"
done
# Compiled FUZZ_JOBS (default 2) at a time.
export CC flags out
if [ -n "$stale" ] && ! printf '%s\n' $stale | xargs -P "${FUZZ_JOBS:-2}" -I{} sh -c \
    'o="$out/obj/$(echo "{}" | tr / _).o"; $CC $flags -c "{}" -o "$o.tmp" && mv "$o.tmp" "$o"'; then
    echo "not ok - fuzz: building the library objects failed"
    exit 1
fi
# name:harness:defines
targets="jsonl:fuzz_reader.c:-DFUZZ_FORMAT=DYAD_IN_JSONL
text:fuzz_reader.c:-DFUZZ_FORMAT=DYAD_IN_TEXT
petrxml:fuzz_reader.c:-DFUZZ_FORMAT=DYAD_IN_PETRXML
conllu:fuzz_reader.c:-DFUZZ_FORMAT=DYAD_IN_CONLLU
csv:fuzz_reader.c:-DFUZZ_FORMAT=DYAD_IN_CSV
tokenize:fuzz_tokenize.c:
dict_verbs:fuzz_dict.c:-DFUZZ_DICT_KIND=verbs
dict_actors:fuzz_dict.c:-DFUZZ_DICT_KIND=actors
dict_agents:fuzz_dict.c:-DFUZZ_DICT_KIND=agents
dict_dyad:fuzz_dict.c:-DFUZZ_DICT_KIND=dyad
json:fuzz_json.c:
cu:fuzz_cu.c:
events:fuzz_events.c:
model:fuzz_model.c:"
status=0
for t in $targets; do
    name=${t%%:*}; rest=${t#*:}; src=${rest%%:*}; defs=${rest#*:}
    [ -f "fuzz/$src" ] || continue
    if [ -n "${FUZZ_TARGETS:-}" ]; then
        case " $FUZZ_TARGETS " in *" $name "*) ;; *) continue ;; esac
    fi
    bin="$out/$name"
    eval "$CC $flags -fsanitize=fuzzer $defs fuzz/$src $objs -o $bin -lz -lsqlite3 -lexpat -lm -lpthread" || {
        echo "not ok - fuzz $name: build failed"; status=1; continue; }
    mkdir -p "fuzz/corpus/$name" "$out/new-$name"
    if [ -d "fuzz/regress/$name" ] && [ -n "$(ls "fuzz/regress/$name")" ]; then
        if ! "$bin" fuzz/regress/"$name"/* >"$out/$name.regress.log" 2>&1; then
            echo "not ok - fuzz $name: a regression input crashes again (see $out/$name.regress.log)"
            status=1; continue
        fi
    fi
    if "$bin" -max_total_time="$secs" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$out/$name-" "$out/new-$name" "fuzz/corpus/$name" >"$out/$name.log" 2>&1; then
        echo "ok - fuzz $name ($secs s, $(grep -o 'Done [0-9]* runs' "$out/$name.log" | tail -1))"
    else
        echo "not ok - fuzz $name: crash, see $out/$name.log and $out/$name-*"
        status=1
    fi
done
exit $status
