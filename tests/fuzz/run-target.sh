#!/usr/bin/env bash
# One fuzz target under ctest: (a) replays every committed input of tests/fuzz/corpus/<name>
# (regression), then (b) fuzzes for a bounded time from that corpus, new inputs going to a
# scratch directory. Findings (crash-*, leak-*, timeout-*, oom-*) land in <findings>/<name>/.
#   run-target.sh <executable> <name> <seconds> <findings>
set -euo pipefail
exe=$1 name=$2 seconds=$3 findings=$4
here=$(cd "$(dirname "$0")" && pwd)
corpus=$here/corpus/$name
scratch=$(mktemp -d "${TMPDIR:-/tmp}/dd-fuzz-$name.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$findings/$name"
args=(-timeout=10 -rss_limit_mb=2048 -artifact_prefix="$findings/$name/" -print_final_stats=1)
[ -f "$here/$name.dict" ] && args+=(-dict="$here/$name.dict")

echo "== replay: $corpus ($(find "$corpus" -type f | wc -l) inputs)"
"$exe" "${args[@]}" -runs=0 "$corpus"
echo "== fuzz: $seconds s"
"$exe" "${args[@]}" -max_total_time="$seconds" "$scratch" "$corpus"
