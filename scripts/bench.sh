#!/usr/bin/env bash
# Builds and runs every benchmark under tests/bench (Release build), printing each one's
# figures, the peer or limit it is compared with, and the ratio. Not part of the test suite:
# speed is measured here, never in timed unit tests.
#   scripts/bench.sh            all benchmarks
#   scripts/bench.sh NAME...    only these (target names)
#   DD_RECONCILE_LINES=5000000 scripts/bench.sh bench_reconcile
#                               the reconciliation benchmark at another size (default 1,000,000
#                               bill lines; 5,000,000 is a large merchant's quarter: the data is
#                               generated once, several minutes, into build-bench/bench-data; needs
#                               sqlite3, python3-pandas and node/npm, see install-deps.sh)
# bench_reconcile's DuckDB peer is the npm package @duckdb/node-api pinned in
# tests/bench/duckdb/package-lock.json: installed here (npm ci into build-bench, once per lock
# file), never by the normal build or the test suite.
#   DD_INTAKE_NOTIFICATIONS=50000 scripts/bench.sh bench_intake
#                               the intake's burst at another size (default 5,000 POSTs)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DDD_BUILD_BENCH=ON >/dev/null
cmake --build build-bench -j "$(nproc)"
duck=build-bench/tests/bench/duckdb
stamp="$duck/node_modules/.depositdesk-lock.sha256"
wanted=$(sha256sum tests/bench/duckdb/package-lock.json | cut -d' ' -f1)
if [[ ! -f $stamp || $(cat "$stamp") != "$wanted" ]]; then
    echo "bench: npm ci (@duckdb/node-api as pinned in tests/bench/duckdb/package-lock.json)"
    if npm ci --prefix "$duck" --no-audit --no-fund --loglevel=error; then
        echo "$wanted" >"$stamp"
    else
        echo "bench: npm ci failed; bench_reconcile runs without its DuckDB peer" >&2
    fi
fi
if [ $# -gt 0 ]; then
    benches=("$@")
else
    mapfile -t benches < <(find build-bench/tests/bench -maxdepth 1 -type f -executable -printf '%f\n' | sort)
fi
for b in "${benches[@]}"; do
    echo "== $b"
    args=()
    if [ "$b" = bench_reconcile ] && [ -n "${DD_RECONCILE_LINES:-}" ]; then
        args=(--lines "$DD_RECONCILE_LINES")
    fi
    if [ "$b" = bench_intake ] && [ -n "${DD_INTAKE_NOTIFICATIONS:-}" ]; then
        args=(--notifications "$DD_INTAKE_NOTIFICATIONS")
    fi
    "build-bench/tests/bench/$b" "${args[@]}"
done
