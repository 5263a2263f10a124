# cli.sh — shared by the tests/cli/*.sh scripts (sourced, not run): a scratch folder removed on
# exit, and TAP-style "ok - NAME" / "not ok - NAME" lines that tests/run.sh counts.
#   check NAME EXPR     ok when the shell expression EXPR (eval'd) succeeds
#   same NAME GOT WANT  ok when GOT equals WANT; else shows both
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ok() { echo "ok - $1"; }
bad() { echo "not ok - $1"; }
nok() { bad "$1"; }
check() { if eval "$2"; then ok "$1"; else bad "$1"; fi; }
same() {
    if [ "$2" = "$3" ]; then
        ok "$1"
    else
        bad "$1"
        echo "#   got:  $2"
        echo "#   want: $3"
    fi
}
