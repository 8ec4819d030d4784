#!/bin/sh
# Times the start of the program up to its first frame, next to an empty
# eframe window, under Xvfb. Both close themselves after their first frame
# when REFLECTIETOOL_STARTUP_PROBE is set. Needs: xvfb, hyperfine.
#   apt-get install -y xvfb hyperfine mesa-vulkan-drivers
set -eu
cd "$(dirname "$0")/.."
cargo build --release --bin reflectietool --example empty_window
DATA=$(mktemp -d)
if [ -z "${DISPLAY:-}" ]; then
    Xvfb :97 -screen 0 1280x860x24 >/dev/null 2>&1 &
    XVFB=$!
    trap 'kill $XVFB; rm -rf "$DATA"' EXIT
    export DISPLAY=:97
    sleep 1
fi
export REFLECTIETOOL_STARTUP_PROBE=1 REFLECTIETOOL_DATA_DIR="$DATA"
hyperfine --warmup 3 --runs 20 -N \
    --command-name "empty eframe window" target/release/examples/empty_window \
    --command-name "reflectietool" target/release/reflectietool
