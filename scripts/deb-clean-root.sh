#!/bin/sh
# Proves that the .deb names every library it needs: makes a clean Debian
# root (mmdebstrap, nothing but apt), installs dist/reflectietool_*.deb in it
# with apt, starts the program there on an X display of the host (Xvfb) and
# takes a screenshot of the home page. Needs root, mmdebstrap, xvfb, imagemagick.
# Usage: scripts/deb-clean-root.sh [ROOT_DIR] [SHOT.png]
set -eu
cd "$(dirname "$0")/.."
root=${1:-/tmp/reflectietool-clean-root}
shot=${2:-dist/clean-root-home.png}
deb=$(ls dist/reflectietool_*_amd64.deb | tail -n 1)
if [ ! -d "$root/usr" ]; then
    mmdebstrap --variant=apt bookworm "$root" \
        "deb http://deb.debian.org/debian bookworm main" \
        "deb http://deb.debian.org/debian-security bookworm-security main"
fi
display=${DISPLAY_NUMBER:-95}
Xvfb ":$display" -screen 0 1366x768x24 >/dev/null 2>&1 &
xvfb=$!
mkdir -p "$root/tmp/.X11-unix"
mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"
mount -t proc proc "$root/proc"
mount --rbind /dev "$root/dev"
cleanup() {
    kill "$xvfb" 2>/dev/null || true
    umount -l "$root/tmp/.X11-unix" "$root/proc" "$root/dev" 2>/dev/null || true
}
trap cleanup EXIT
cp "$deb" "$root/tmp/"
chroot "$root" apt-get update -qq
chroot "$root" env DEBIAN_FRONTEND=noninteractive apt-get install -y "/tmp/$(basename "$deb")"
chroot "$root" dpkg -l reflectietool
sleep 1
chroot "$root" env DISPLAY=":$display" HOME=/root LANG=C.UTF-8 \
    reflectietool --data-dir /tmp/clean-root-data >"$root/tmp/reflectietool.log" 2>&1 &
app=$!  # chroot and env exec the program: this is its own id
sleep 8
import -display ":$display" -window root "$shot"
kill "$app"
wait "$app" || true
cat "$root/tmp/reflectietool.log"
echo "screenshot: $shot"
