#!/bin/sh
# Times the start of the program up to its first frame, next to an empty
# eframe window, under Xvfb: whole processes, both in the same run, and
# prints the medians and their ratio. Both close themselves after their
# first frame when REFLECTIETOOL_STARTUP_PROBE is set. Needs: xvfb, hyperfine.
#   apt-get install -y xvfb hyperfine mesa-vulkan-drivers
# PROFILE=dist times the packages' build (default: release); RUNS=N.
set -eu
cd "$(dirname "$0")/.."
profile=${PROFILE:-release}
runs=${RUNS:-20}
cargo build --profile "$profile" --bin reflectietool --example empty_window
DATA=$(mktemp -d)
OUT=$(mktemp)
if [ -z "${DISPLAY:-}" ]; then
    Xvfb :97 -screen 0 1280x860x24 >/dev/null 2>&1 &
    XVFB=$!
    trap 'kill $XVFB; rm -rf "$DATA" "$OUT"' EXIT
    export DISPLAY=:97
    sleep 1
else
    trap 'rm -rf "$DATA" "$OUT"' EXIT
fi
export REFLECTIETOOL_STARTUP_PROBE=1 REFLECTIETOOL_DATA_DIR="$DATA"
hyperfine --warmup 3 --runs "$runs" -N --export-json "$OUT" \
    --command-name "empty eframe window" "target/$profile/examples/empty_window" \
    --command-name "reflectietool" "target/$profile/reflectietool"
python3 - "$OUT" "$profile" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
empty = r["empty eframe window"]["median"] * 1000
app = r["reflectietool"]["median"] * 1000
print(f"first frame ({sys.argv[2]}), median of {len(r['reflectietool']['times'])} runs: "
      f"empty eframe window {empty:.0f} ms, reflectietool {app:.0f} ms, ratio {app / empty:.2f}")
PY
