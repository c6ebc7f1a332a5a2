#!/usr/bin/env bash
# Installs a DepositDesk .deb into a clean root that holds only what the package declares —
# the packages of its Depends, recursively, copied from this machine's installed ones — with
# dpkg itself (which refuses when a dependency is missing there), then runs each program's
# --version inside that root with chroot. A library or plugin the package uses but does not
# declare makes a program fail to start there.
# Usage: clean-root.sh DEB VERSION PROGRAM...   (root, or CAP_SYS_CHROOT, is needed for chroot)
set -euo pipefail

deb=$1 version=$2
shift 2
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
# Whether a package is installed here. (No "dpkg-query | grep -q": under pipefail, grep leaving
# early kills the writer with SIGPIPE and the pipeline fails at random.)
installed() { [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" = "install ok installed" ]; }
[ "$(id -u)" -eq 0 ] || { echo "SKIP: clean-root install needs root (chroot)"; exit 0; }
chroot=$(command -v chroot) || fail "chroot is missing (coreutils)"

# The Depends of the package, alternatives resolved to the one installed here.
declared=()
IFS=',' read -ra clauses <<<"$(dpkg-deb -f "$deb" Depends)"
for clause in "${clauses[@]}"; do
    chosen=
    IFS='|' read -ra choices <<<"$clause"
    for choice in "${choices[@]}"; do
        name=$(awk '{print $1}' <<<"$choice")
        if installed "$name"; then
            chosen=$name
            break
        fi
        # A virtual package (qt6-websockets-abi, say): the installed package that provides it.
        # awk reads to the end so that dpkg-query is never cut off.
        provider=$(dpkg-query -W -f='${db:Status-Abbrev} ${Package} ${Provides}\n' 2>/dev/null |
            awk -v want="$name" '$1 == "ii" && found == "" { for (i = 3; i <= NF; i++) {
                p = $i; sub(/,$/, "", p); if (p == want) found = $2 } } END { print found }')
        if [ -n "$provider" ]; then
            chosen=$provider
            break
        fi
    done
    [ -n "$chosen" ] || fail "no package of '$clause' is installed on this machine"
    declared+=("$chosen")
done
# Recursively, Pre-Depends and Depends only (no Recommends), installed packages only, with the
# Essential packages every Debian system has (a shell, coreutils: the package scripts need them).
mapfile -t essential < <(dpkg-query -W -f='${Package} ${Essential}\n' | awk '$2 == "yes" {print $1}')
mapfile -t closure < <(apt-cache depends --recurse --installed --no-recommends --no-suggests \
    --no-conflicts --no-breaks --no-replaces --no-enhances "${declared[@]}" "${essential[@]}" 2>/dev/null |
    grep -v '^ ' | grep -v '^<' | sort -u |
    while read -r p; do
        if installed "$p"; then echo "$p"; fi
    done)
echo "clean root: ${#declared[@]} declared packages, ${#closure[@]} with their dependencies"

# Their files (hard links when possible: the same bytes, no copy) and their dpkg records. A
# merged /usr (/lib -> usr/lib …) is kept as it is here.
for top in bin sbin lib lib32 lib64 libx32; do
    if [ -L "/$top" ]; then
        mkdir -p "$root/$(readlink "/$top")"
        ln -s "$(readlink "/$top")" "$root/$top"
    fi
done
dpkg -L "${closure[@]}" 2>/dev/null | sort -u | while read -r f; do
    [ -e "$f" ] || [ -L "$f" ] || continue
    [ -L "$root$f" ] && [ "$(dirname "$f")" = / ] && continue # a merged-/usr link made above
    [ -d "$f" ] && [ ! -L "$f" ] && { mkdir -p "$root$f"; continue; }
    echo "$f"
done >"$root.files"
link=-l
[ "$(stat -c %d /usr)" = "$(stat -c %d "$root")" ] || link=
xargs -a "$root.files" -d '\n' cp -a $link --parents -t "$root"
rm -f "$root.files"
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates" "$root/tmp" "$root/etc"
chmod 1777 "$root/tmp"
touch "$root/var/lib/dpkg/available"
dpkg-query -s "${closure[@]}" >"$root/var/lib/dpkg/status"
for p in "${closure[@]}"; do
    for list in /var/lib/dpkg/info/"$p".list /var/lib/dpkg/info/"$p":*.list; do
        [ -f "$list" ] && cp "$list" "$root/var/lib/dpkg/info/"
    done
done
[ -f "$root/etc/ld.so.conf" ] || echo 'include /etc/ld.so.conf.d/*.conf' >"$root/etc/ld.so.conf"

echo "== dpkg --root -i $(basename "$deb")"
dpkg --root="$root" --log=/dev/null -i "$deb" || fail "dpkg could not install the package into the clean root"
[ "$(dpkg-query --root="$root" -W -f='${Status}' depositdesk)" = "install ok installed" ] || fail "depositdesk is not installed in the clean root"
ldconfig -r "$root"
# Its postinst made the account the intake service runs as.
account=$("$chroot" "$root" getent passwd depositdesk) || fail "the package did not create the account depositdesk"
[ "$(cut -d: -f6 <<<"$account")" = /var/lib/depositdesk ] || fail "depositdesk's home is not /var/lib/depositdesk: $account"
[ "$(stat -c %u "$root/var/lib/depositdesk")" = "$(cut -d: -f3 <<<"$account")" ] || fail "/var/lib/depositdesk does not belong to depositdesk"
echo "ok account depositdesk ($account)"

mkdir -p -m 0700 "$root/tmp/run"
inside() {
    env -i PATH=/usr/bin:/bin HOME=/tmp XDG_RUNTIME_DIR=/tmp/run LC_ALL=C.UTF-8 \
        QT_QPA_PLATFORM=offscreen "$chroot" "$root" "$@"
}
# A sanitizer build's programs need /proc, which the clean root has not (its leak checker stops
# them): the install and the account are checked, the programs are started in the clean root by
# the release build's run of this test.
if readelf -Ws "$root/usr/bin/depositdesk" 2>/dev/null | grep '__asan_init' >/dev/null; then
    echo "ok (sanitizer build: the programs are started in the clean root by the release build)"
    exit 0
fi
for program in "$@"; do
    [ -x "$root/usr/bin/$program" ] || fail "the clean root lacks /usr/bin/$program"
    out=$(inside "/usr/bin/$program" --version 2>&1) ||
        fail "$program --version failed in the clean root: $out"
    [[ "$out" == *"$version"* ]] || fail "$program --version in the clean root says '$out', expected $version"
    echo "ok $program --version in the clean root: $out"
done

# The database drivers Qt loads as plugins at run time: SQLite opens (and is migrated), and
# PostgreSQL's driver loads (the connection itself has nowhere to go).
printf 'out_order_no,auth_no\n' >"$root/tmp/empty.csv"
out=$(inside /usr/bin/depositdesk import /tmp/empty.csv --database /tmp/desk.sqlite 2>&1) ||
    fail "depositdesk could not open a SQLite database in the clean root: $out"
echo "ok SQLite in the clean root: $out"
out=$(inside /usr/bin/depositdesk import /tmp/empty.csv \
    --database "host=/nonexistent dbname=desk user=desk" 2>&1) && fail "a database without a server opened"
[[ "$out" == *"QPSQL: Unable to connect"* ]] ||
    fail "the PostgreSQL driver did not load in the clean root: $out"
echo "ok the PostgreSQL driver loads in the clean root"
