#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite:
#   1. the core alone, with the UI switched off (proves app/ never needs QtWidgets);
#   2. the ASan + UBSan build, all tests;
#   3. the normal build with warnings as errors, all tests (its ctest summary closes the output).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh

jobs=$(nproc)
# Tests that need a display run under Xvfb; the rest use the offscreen platform.
run_ctest() {
    local dir=$1
    xvfb-run -a -s "-screen 0 1600x1000x24" ctest --test-dir "$dir" --output-on-failure -j "$jobs"
}

echo "== core without widgets (DD_BUILD_UI=OFF)"
cmake -S . -B build-core -G Ninja -DDD_BUILD_UI=OFF -DDD_WERROR=ON -DDD_BUILD_BENCH=OFF >/dev/null
cmake --build build-core -j "$jobs"

echo "== AddressSanitizer + UndefinedBehaviorSanitizer"
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DDD_SANITIZE=ON -DDD_WERROR=ON \
      -DDD_BUILD_BENCH=OFF >/dev/null
cmake --build build-asan -j "$jobs"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    LSAN_OPTIONS=suppressions=$PWD/tests/lsan.supp run_ctest build-asan

echo "== release build, warnings as errors"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDD_WERROR=ON >/dev/null
cmake --build build -j "$jobs"
run_ctest build
