#!/usr/bin/env bash
# The README's first command, scripts/demo.sh, runs the program the build makes: the path it
# executes (relative to the build directory it configures) is the depositdesk target's file.
#   demo-script-target.sh SOURCE_DIR BINARY_DIR TARGET_FILE
set -euo pipefail
source_dir=$1 binary_dir=$2 target_file=$3
runs=$(sed -n 's|^exec build/\([^ ]*\) .*|\1|p' "$source_dir/scripts/demo.sh")
if [ -z "$runs" ]; then
    echo "error: scripts/demo.sh does not exec a program under build/" >&2
    exit 1
fi
if [ "$(realpath -m "$binary_dir/$runs")" != "$(realpath -m "$target_file")" ]; then
    echo "error: scripts/demo.sh runs build/$runs, but the console is built as $target_file" >&2
    exit 1
fi
echo "scripts/demo.sh runs build/$runs: the console the build makes"
