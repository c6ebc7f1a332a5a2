#!/usr/bin/env bash
# Interop test glue (ctest label "interop"): installs the official Alipay Node SDK pinned in
# package.json / package-lock.json into a copy under the build tree (npm ci, only when the lock
# file changed), starts depositdesk-sandbox on a free port with the test keys and a seeded
# history, runs lifecycle.mjs against it, and stops the sandbox.
#
#   run-interop.sh <depositdesk-sandbox> <tests/interop source dir> <work dir> <keys dir>
set -euo pipefail

sandbox=$1
source_dir=$2
work_dir=$3
keys_dir=$4
app_id=2021000000000001

fail() {
    echo "interop: $*" >&2
    exit 1
}

command -v node >/dev/null || fail "node is not installed; install nodejs (>= 18) to run the interop tests."
command -v npm >/dev/null || fail "npm is not installed; install npm to run the interop tests."
[[ -x $sandbox ]] || fail "no sandbox executable at $sandbox; build the depositdesk-sandbox target first."

mkdir -p "$work_dir"
cp "$source_dir/package.json" "$source_dir/package-lock.json" "$source_dir/lifecycle.mjs" "$work_dir/"
stamp="$work_dir/node_modules/.depositdesk-lock.sha256"
wanted=$(sha256sum "$source_dir/package-lock.json" | cut -d' ' -f1)
if [[ ! -f $stamp || $(cat "$stamp") != "$wanted" ]]; then
    echo "interop: npm ci (alipay-sdk as pinned in package-lock.json)"
    npm ci --prefix "$work_dir" --no-audit --no-fund --loglevel=error \
        || fail "npm ci failed; the npm registry must be reachable once to install alipay-sdk."
    echo "$wanted" >"$stamp"
fi

log="$work_dir/sandbox.log"
"$sandbox" --port 0 --alipay-key "$keys_dir/alipay_private_pkcs8.pem" \
    --app "$app_id=$keys_dir/merchant_public.pem" --seed 40 --seed-value interop \
    --key-dir "$work_dir/sandbox-keys" >"$log" 2>&1 &
sandbox_pid=$!
stop_sandbox() {
    kill "$sandbox_pid" 2>/dev/null || true
    wait "$sandbox_pid" 2>/dev/null || true
}
trap stop_sandbox EXIT

# The sandbox prints its URL once it listens; wait for that line (or for the sandbox to die).
gateway=$(timeout 30 tail -n +1 -F --pid="$sandbox_pid" "$log" 2>/dev/null | grep -m1 -o 'http://127\.0\.0\.1:[0-9]*/gateway\.do' || true)
if [[ -z $gateway ]]; then
    cat "$log" >&2
    fail "the sandbox did not start (its output is above)."
fi
seller=$(grep -m1 -o "App $app_id: seller [0-9]*" "$log" | awk '{print $4}')
echo "interop: sandbox at $gateway (seller $seller)"

node "$work_dir/lifecycle.mjs" --gateway "$gateway" --app-id "$app_id" \
    --private-key "$keys_dir/merchant_private_pkcs8.pem" \
    --alipay-public-key "$keys_dir/alipay_public.pem" --seller-id "$seller"
