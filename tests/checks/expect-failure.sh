#!/usr/bin/env bash
# Runs a check on a tree made to fail it: passes only when the check exits 1 and prints every
# expected line (so a check that crashes, or that passes everything, fails this test).
#   expect-failure.sh EXPECTED_FILE COMMAND [ARG...]
set -uo pipefail
expected=$1; shift
output=$("$@" 2>&1); status=$?
echo "$output"
if [ "$status" -ne 1 ]; then
    echo "error: the check exited $status on a tree made to fail it, not 1" >&2
    exit 1
fi
missing=0
while IFS= read -r line; do
    [ -z "$line" ] && continue
    if ! grep -qxF -- "$line" <<<"$output"; then
        echo "error: the check did not report: $line" >&2
        missing=1
    fi
done <"$expected"
exit $missing
