#!/bin/sh
# Times the start of the program up to its first frame, next to an empty
# eframe window, under Xvfb: whole processes, all in the same run, and
# prints the medians and their ratios. The empty window is timed twice: at
# eframe's default size (800×600) and at the program's size and place
# (1280×680, centred; the bar's baseline: under lavapipe every pixel is
# filled by the CPU, so a bigger window costs more whatever it shows). Both close themselves after their
# first frame when REFLECTIETOOL_STARTUP_PROBE is set. Needs: xvfb, hyperfine.
#   apt-get install -y xvfb hyperfine mesa-vulkan-drivers
# PROFILE=dist times the packages' build (default: release); RUNS=N.
set -eu
cd "$(dirname "$0")/.."
profile=${PROFILE:-release}
runs=${RUNS:-20}
# the example first: it brings the dev-dependencies' features (egui's own
# fonts), which the program's binary, built after it, must not have
cargo build --profile "$profile" --example empty_window
cargo build --profile "$profile" --bin reflectietool
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
    --command-name "empty eframe window, the program's size" \
        "target/$profile/examples/empty_window --app-size" \
    --command-name "reflectietool" "target/$profile/reflectietool"
python3 - "$OUT" "$profile" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
empty = r["empty eframe window"]["median"] * 1000
sized = r["empty eframe window, the program's size"]["median"] * 1000
app = r["reflectietool"]["median"] * 1000
print(f"first frame ({sys.argv[2]}), median of {len(r['reflectietool']['times'])} runs: "
      f"empty eframe window {empty:.0f} ms, the same at the program's size {sized:.0f} ms, "
      f"reflectietool {app:.0f} ms; ratio {app / sized:.2f} to the same size "
      f"(bar 1.1), {app / empty:.2f} to the default size")
PY
