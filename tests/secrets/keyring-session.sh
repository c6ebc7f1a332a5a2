#!/usr/bin/env bash
# Runs a command against a throw-away Secret Service, or against none at all.
#
#   keyring-session.sh COMMAND [ARGS...]         a private D-Bus session (dbus-run-session) with
#                                                gnome-keyring-daemon --components=secrets, its
#                                                login keyring created and unlocked with a random
#                                                password made for this run
#   keyring-session.sh --none COMMAND [ARGS...]  no D-Bus session bus at all (the read-only path)
#   keyring-session.sh --bus COMMAND [ARGS...]   a private D-Bus session that can start no
#                                                service (no .service files): no Secret Service
#                                                unless the command provides one
#
# Either way HOME and the XDG directories point into a fresh temporary directory, so no keyring
# of the user is read or written; it is deleted afterwards, with the keyring daemon stopped. The
# command sees DD_TEST_KEYRING=keyring|none|bus and DD_TEST_KEYRING_HOME (the private HOME, where the
# keyring's own encrypted files live in .local/share/keyrings). Exit status: the command's.
set -euo pipefail

if [ "${1:-}" = "--inside" ]; then
    # Second stage, inside dbus-run-session: start the keyring, run the command, stop the keyring.
    shift
    password=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
    printf '%s' "$password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    unset password
    # The daemon may return before it owns its bus name; wait for it (at most 20 s).
    owned() {
        dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
            grep -q "boolean true"
    }
    for _ in $(seq 400); do
        owned && break
        sleep 0.05
    done
    owned || { echo "gnome-keyring-daemon did not come up on the session bus" >&2; exit 1; }
    status=0
    "$@" || status=$?
    owner=$(dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets 2>/dev/null |
        sed -nE 's/.*uint32 ([0-9]+).*/\1/p' || true)
    [ -n "$owner" ] && kill "$owner" 2>/dev/null || true
    exit "$status"
fi

mode=keyring
case "${1:-}" in
--none) mode=none; shift ;;
--bus) mode=bus; shift ;;
esac
if [ $# -eq 0 ]; then
    echo "usage: $0 [--none] COMMAND [ARGS...]" >&2
    exit 2
fi
for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
    if [ "$mode" != none ] && ! command -v "$tool" >/dev/null; then
        echo "$tool is missing: run scripts/install-deps.sh (dbus, gnome-keyring)" >&2
        exit 1
    fi
done

base=$(mktemp -d /tmp/dd-keyring.XXXXXX)
trap 'rm -rf "$base"' EXIT
mkdir -p "$base/home/.local/share" "$base/home/.config" "$base/home/.cache" "$base/runtime"
chmod 700 "$base" "$base/runtime"
export HOME=$base/home
export XDG_DATA_HOME=$HOME/.local/share XDG_CONFIG_HOME=$HOME/.config XDG_CACHE_HOME=$HOME/.cache
export XDG_RUNTIME_DIR=$base/runtime
# Nothing may lead to the user's own session: no bus, no display to auto-launch one on, no
# desktop that would make QtKeychain pick KWallet, no agent sockets.
unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY XDG_CURRENT_DESKTOP DESKTOP_SESSION \
    GNOME_DESKTOP_SESSION_ID KDE_FULL_SESSION KDE_SESSION_VERSION GNOME_KEYRING_CONTROL SSH_AUTH_SOCK
export DD_TEST_KEYRING=$mode DD_TEST_KEYRING_HOME=$HOME

status=0
case "$mode" in
none)
    "$@" || status=$?
    ;;
bus)
    # The session bus configuration without <standard_session_servicedirs/>: nothing can be
    # activated, so org.freedesktop.secrets stays unowned.
    cat >"$base/session.conf" <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir=$base/runtime</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
CONF
    dbus-run-session --config-file="$base/session.conf" -- "$@" || status=$?
    ;;
*)
    dbus-run-session -- bash "$0" --inside "$@" || status=$?
    ;;
esac
exit "$status"
