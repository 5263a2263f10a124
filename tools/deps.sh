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
# clang's libFuzzer/sanitizer runtime lives in libclang-rt-N-dev (N = clang's major version).
if command -v clang >/dev/null 2>&1; then
    rt="libclang-rt-$(clang -dumpversion | cut -d. -f1)-dev"
    if apt-cache show "$rt" >/dev/null 2>&1; then
        # shellcheck disable=SC2046
        install false $(missing "$rt")
    fi
fi
exit 0
