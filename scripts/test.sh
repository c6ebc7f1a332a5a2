#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite:
#   0. the tree's own checks (seconds): clang-format, every reference in code and docs resolves,
#      includes point only down the layers;
#   1. build/ with the UI switched off: the core and its tests build without QtWidgets;
#   2. the same build/ with the UI on (the core objects are reused), all tests;
#   3. build-asan/ with clang, AddressSanitizer + UndefinedBehaviorSanitizer and the libFuzzer
#      targets of tests/fuzz, all tests; each fuzz target (label fuzz) replays its corpus, then
#      fuzzes for a few seconds (its ctest summary closes the output).
# Warnings are errors in every build.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh

echo "== 0/3 checks: clang-format, references, layers"
unformatted=$(git ls-files '*.h' '*.cpp' | while read -r f; do
    clang-format --dry-run -Werror "$f" >/dev/null 2>&1 || echo "$f"; done)
if [ -n "$unformatted" ]; then
    echo "error: clang-format would change (run clang-format -i on them):" >&2
    echo "$unformatted" >&2
    exit 1
fi
python3 scripts/check-references.py
python3 scripts/check-layers.py

jobs=$(nproc)
# GUI tests get a real X server (Xvfb); the others use the offscreen platform.
run_ctest() {
    xvfb-run -a -s "-screen 0 1600x1000x24" ctest --test-dir "$1" --output-on-failure -j "$jobs"
}

echo "== 1/3 core without widgets (DD_BUILD_UI=OFF)"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDD_WERROR=ON -DDD_BUILD_UI=OFF >/dev/null
cmake --build build -j "$jobs"
if grep -q "Qt6::Widgets\|libQt6Widgets" build/build.ninja; then
    echo "error: the core build links QtWidgets" >&2
    exit 1
fi

echo "== 2/3 release build with the console, all tests"
cmake -S . -B build -DDD_BUILD_UI=ON >/dev/null
cmake --build build -j "$jobs"
run_ctest build

echo "== 3/3 AddressSanitizer + UndefinedBehaviorSanitizer (clang) and the fuzz targets, all tests"
# build-asan/ is a clang build (libFuzzer): a tree configured with another compiler starts afresh.
if [ -f build-asan/CMakeCache.txt ] &&
    ! grep -q '^CMAKE_CXX_COMPILER:[A-Z]*=.*clang++' build-asan/CMakeCache.txt; then
    rm -rf build-asan
fi
cmake -S . -B build-asan -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Debug \
      -DDD_SANITIZE=ON -DDD_FUZZ=ON -DDD_WERROR=ON -DDD_BUILD_BENCH=OFF >/dev/null
cmake --build build-asan -j "$jobs"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    LSAN_OPTIONS=suppressions=$PWD/tests/lsan.supp run_ctest build-asan
