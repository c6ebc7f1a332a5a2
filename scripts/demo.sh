#!/usr/bin/env bash
# Installs what is missing, builds, and opens the console in demo mode
# (embedded sandbox gateway, seeded orders, demo operators).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDD_BUILD_UI=ON >/dev/null
cmake --build build --target depositdesk
exec build/app/console/depositdesk --demo "$@"
