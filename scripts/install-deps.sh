#!/usr/bin/env bash
# Installs the Debian packages DepositDesk needs to build, run and test.
# Idempotent: prints nothing and installs nothing when everything is present.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev qt6-svg-dev qt6-5compat-dev libqt6opengl6-dev libgl-dev libegl-dev
  qtkeychain-qt6-dev libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 qt6-qpa-plugins
  libssl-dev openssl libminizip-dev libxlsxwriter-dev zlib1g-dev
  xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools
  postgresql postgresql-client sqlite3 libsqlite3-dev
  fonts-noto-cjk clang-format appstream dpkg-dev file ccache desktop-file-utils qt6-translations-l10n
  python3 python3-pandas
  clang libclang-rt-14-dev llvm
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
# Node.js (for the official Alipay SDK interop test): any installed node will do.
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing missing packages: ${missing[*]}"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
