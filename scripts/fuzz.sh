#!/usr/bin/env bash
# Fuzzes the parsers that read outside input with libFuzzer (tests/fuzz/README.md).
#
#   scripts/fuzz.sh [--merge] [seconds] [target...]
#
# Configures and builds build-fuzz/ (clang, -fsanitize=fuzzer,address,undefined, -O2 -g), then
# runs each target (default: all of them) for `seconds` (default 60), one after the other, on a
# scratch copy of its corpus (build-fuzz/fuzz-work/<target>/). Findings (crash-*, leak-*,
# timeout-*, oom-*) are saved in build-fuzz/findings/<target>/, each run's log in
# build-fuzz/fuzz-logs/<target>.log. --merge adds to tests/fuzz/corpus/<target> only the new
# inputs that reach new coverage (libFuzzer -merge=1); keep the committed corpora small.
# Prints per target: executions, exec/s, coverage (cov/ft), corpus size and findings. Exits
# non-zero when any target found something.
set -euo pipefail
cd "$(dirname "$0")/.."

merge=0
seconds=60
targets=()
for arg in "$@"; do
    case $arg in
    --merge) merge=1 ;;
    -h | --help)
        sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    *[!0-9]* | '') targets+=("$arg") ;;
    *) seconds=$arg ;;
    esac
done

mapfile -t all < <(sed -n 's/^dd_add_fuzz_target(NAME \([a-z_]*\) .*/\1/p' tests/fuzz/CMakeLists.txt)
[ ${#targets[@]} -eq 0 ] && targets=("${all[@]}")
for t in "${targets[@]}"; do
    if [[ ! " ${all[*]} " =~ " $t " ]]; then
        echo "error: no fuzz target '$t' (targets: ${all[*]})" >&2
        exit 64
    fi
done

build=build-fuzz
cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DDD_FUZZ=ON -DDD_SANITIZE=ON -DDD_WERROR=ON -DDD_BUILD_UI=OFF -DDD_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" -j "$(nproc)" --target "${targets[@]/#/fuzz_}"

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS=suppressions=$PWD/tests/lsan.supp
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

failed=0
report=()
for t in "${targets[@]}"; do
    work=$build/fuzz-work/$t
    findings=$build/findings/$t
    log=$build/fuzz-logs/$t.log
    rm -rf "$work"
    mkdir -p "$work/corpus" "$findings" "$(dirname "$log")"
    cp tests/fuzz/corpus/"$t"/* "$work/corpus/"
    touch "$work/started"
    args=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
          -artifact_prefix="$findings/")
    [ -f "tests/fuzz/$t.dict" ] && args+=(-dict="tests/fuzz/$t.dict")
    echo "== $t: ${seconds} s (log: $log)"
    status=0
    "$build/tests/fuzz/fuzz_$t" "${args[@]}" "$work/corpus" >"$log" 2>&1 || status=$?

    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    coverage=$(grep -o 'cov: [0-9]* ft: [0-9]*' "$log" | tail -1)
    inputs=$(find "$work/corpus" -type f | wc -l)
    bytes=$(du -sb "$work/corpus" | cut -f1)
    found=$(find "$findings" -type f -newer "$work/started" | wc -l)
    if [ "$status" -ne 0 ] || [ "$found" -ne 0 ]; then
        failed=1
        [ "$found" -eq 0 ] && found="exit $status"
    fi
    line=$(printf '%-16s runs %-10s exec/s %-6s %-20s corpus %5s inputs %8s bytes  findings %s' \
        "$t" "${runs:-?}" "${speed:-?}" "${coverage:-cov: ?}" "$inputs" "$bytes" "$found")
    echo "$line"
    report+=("$line")
    find "$findings" -type f -newer "$work/started" -printf '   %p\n'

    if [ "$merge" -eq 1 ]; then
        "$build/tests/fuzz/fuzz_$t" -merge=1 "${args[@]:1}" "tests/fuzz/corpus/$t" "$work/corpus" \
            >>"$log" 2>&1
        echo "   merged: tests/fuzz/corpus/$t now $(find "tests/fuzz/corpus/$t" -type f | wc -l) inputs"
    fi
done

echo "== summary (${seconds} s per target)"
printf '%s\n' "${report[@]}"
exit "$failed"
