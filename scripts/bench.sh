#!/usr/bin/env bash
# Builds and runs every benchmark under tests/bench (Release build), printing each one's
# figures, the peer or limit it is compared with, and the ratio. Not part of the test suite:
# speed is measured here, never in timed unit tests.
#   scripts/bench.sh            all benchmarks
#   scripts/bench.sh NAME...    only these (target names)
#   DD_RECONCILE_LINES=100000 scripts/bench.sh bench_reconcile
#                               the reconciliation benchmark at another size (default 1,000,000
#                               bill lines; needs sqlite3 and python3-pandas, see install-deps.sh)
#   DD_INTAKE_NOTIFICATIONS=50000 scripts/bench.sh bench_intake
#                               the intake's burst at another size (default 5,000 POSTs)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DDD_BUILD_BENCH=ON >/dev/null
cmake --build build-bench -j "$(nproc)"
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
