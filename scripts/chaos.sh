#!/usr/bin/env bash
# A longer chaos round (tests/chaos/README.md): N decisions per desk (default 5000) of one desk on
# SQLite with kills and faults, on 200 live orders, then the checker's figures. Pass --desks 2 to run two desks on a
# throw-away PostgreSQL server (tests/store/pg-server.sh), --seed S to repeat a run. Needs a
# build with tests (chaos_desk, depositdesk-sandbox) in $BUILD (default: build).
#
#   scripts/chaos.sh [N] [--desks 2] [--seed S] [other options of tests/chaos/chaos.py]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD:-$here/build}
actions=5000
if [ $# -gt 0 ] && [[ $1 =~ ^[0-9]+$ ]]; then
    actions=$1
    shift
fi
if [ ! -x "$build/tests/chaos/chaos_desk" ] || [ ! -x "$build/app/sandbox/depositdesk-sandbox" ]; then
    echo "build chaos_desk and depositdesk-sandbox first: ninja -C $build chaos_desk depositdesk-sandbox" >&2
    exit 2
fi
work=$(mktemp -d /tmp/dd-chaos.XXXXXX)
pg=()
if [[ " $* " == *" --desks 2 "* ]]; then
    bash "$here/tests/store/pg-server.sh" start "$work/pg"
    trap 'bash "$here/tests/store/pg-server.sh" stop "$work/pg"' EXIT
    pg=(--pg "$work/pg/connection")
fi
python3 "$here/tests/chaos/chaos.py" --build "$build" --work "$work/run" --actions "$actions" \
    --orders 200 --seed-orders 1000 "${pg[@]}" "$@"
