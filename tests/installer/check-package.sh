#!/usr/bin/env bash
# Builds the DepositDesk .deb with cpack and checks that it is complete and valid, then that it
# installs into a clean root and starts there (clean-root.sh).
# Usage: check-package.sh BUILD_DIR VERSION APP_ID ICON_NAME with-sandbox|without-sandbox
set -euo pipefail

build=$1 version=$2 app_id=$3 icon=$4 sandbox=$5
export QT_QPA_PLATFORM=offscreen # the packaged program runs once, without a display
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
need() { command -v "$1" >/dev/null || { echo "FAIL: $1 is missing (bash scripts/install-deps.sh)" >&2; exit 1; }; }
for tool in cpack dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli; do need "$tool"; done

echo "== cpack -G DEB"
if ! cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    echo "FAIL: cpack could not build the package" >&2
    exit 1
fi
debs=("$work"/out/*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || { echo "FAIL: expected one .deb, got: ${debs[*]}" >&2; exit 1; }
deb=${debs[0]}
echo "built $(basename "$deb") ($(stat -c %s "$deb") bytes)"

echo "== dpkg-deb -f (control fields)"
dpkg-deb -f "$deb"
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = depositdesk ] || fail "Package is '$(field Package)', expected depositdesk"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', expected $version"
[ "$(field Architecture)" = "$(dpkg --print-architecture)" ] || fail "Architecture is '$(field Architecture)'"
for f in Maintainer Section Description Depends; do
    [ -n "$(field "$f")" ] || fail "control field $f is empty"
done
depends=$(field Depends)
# dpkg-shlibdeps found the libraries the binary links; the static list adds run-time plugins.
for pkg in libc6 libqt6widgets6 libqt6core6 libqt6sql6-sqlite libqt6sql6-psql libqt6svg6; do
    [[ ", $depends," == *", $pkg"[\ ,]* ]] || fail "Depends lacks $pkg: $depends"
done

echo "== dpkg-deb -c (contents)"
contents=$(dpkg-deb -c "$deb" | awk '{print $NF}')
expected=(
    ./usr/bin/depositdesk
    ./usr/bin/depositdesk-intake
    ./usr/lib/systemd/system/depositdesk-intake.service
    "./usr/share/applications/$app_id.desktop"
    "./usr/share/icons/hicolor/scalable/apps/$icon.svg"
    "./usr/share/metainfo/$app_id.metainfo.xml"
)
[ "$sandbox" = with-sandbox ] && expected+=(./usr/bin/depositdesk-sandbox)
for path in "${expected[@]}"; do
    grep -qxF "$path" <<<"$contents" && echo "ok $path" || fail "the package lacks $path"
done

echo "== installed files (dpkg-deb -x)"
root=$work/root
dpkg-deb -x "$deb" "$root"
desktop=$root/usr/share/applications/$app_id.desktop
metainfo=$root/usr/share/metainfo/$app_id.metainfo.xml
if [ -f "$desktop" ]; then
    desktop-file-validate "$desktop" && echo "ok desktop-file-validate" || fail "desktop-file-validate"
    exec_cmd=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
    [ -x "$root/usr/bin/$exec_cmd" ] || fail "Exec=$exec_cmd is not an installed program"
    [ "$(sed -n 's/^Icon=//p' "$desktop")" = "$icon" ] || fail "Icon= is not $icon"
fi
if [ -f "$metainfo" ]; then
    appstreamcli validate --no-net "$metainfo" && echo "ok appstreamcli validate" || fail "appstreamcli validate"
    grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" ||
        fail "the metainfo does not launch $app_id.desktop"
    grep -q "<release version=\"$version\"" "$metainfo" ||
        fail "the metainfo has no <release version=\"$version\">: add the release to it"
fi
svg=$root/usr/share/icons/hicolor/scalable/apps/$icon.svg
if [ -f "$svg" ]; then
    file -b "$svg" | grep -q "SVG" || fail "$icon.svg is not an SVG image: $(file -b "$svg")"
fi
for program in depositdesk depositdesk-intake $([ "$sandbox" = with-sandbox ] && echo depositdesk-sandbox); do
    bin=$root/usr/bin/$program
    [ -f "$bin" ] || continue
    file -b "$bin" | grep -q "ELF.*executable" || fail "$program is not an executable: $(file -b "$bin")"
    file -b "$bin" | grep "not stripped" >/dev/null && fail "$program is not stripped"
    # The packaged binary runs on its own (no RUNPATH into the build tree).
    readelf -d "$bin" | grep -E "R(UN)?PATH" >/dev/null && fail "$program keeps an RPATH: $(readelf -d "$bin" | grep PATH)"
done
if [ -x "$root/usr/bin/depositdesk" ]; then
    out=$("$root/usr/bin/depositdesk" --version 2>/dev/null) || fail "depositdesk --version failed"
    [[ "$out" == *"$version"* ]] && echo "ok depositdesk --version: $out" ||
        fail "depositdesk --version says '$out', expected $version"
fi

echo "== clean root (dpkg --root, chroot)"
bash "$(dirname "$0")/clean-root.sh" "$deb" "$version" depositdesk depositdesk-intake ||
    fail "the package does not install and start in a clean root"

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "package OK"
