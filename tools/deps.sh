#!/bin/sh
# deps.sh — installs the Debian packages dyad builds against, when they are missing.
# Run as root (or with sudo available); a no-op when everything is already installed.
set -u
pkgs="build-essential zlib1g-dev libsqlite3-dev libexpat1-dev iso-codes sqlite3"
need=""
for p in $pkgs; do
    dpkg -s "$p" >/dev/null 2>&1 || need="$need $p"
done
[ -z "$need" ] && exit 0
echo "deps: installing$need" >&2
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq >/dev/null 2>&1 || true
# shellcheck disable=SC2086
$sudo apt-get install -y -qq $need >/dev/null || {
    echo "deps: apt-get install failed; install these by hand:$need" >&2
    exit 1
}
