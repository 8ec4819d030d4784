#!/bin/sh
# Prints the Reflectietool's accessibility tree as Orca reads it over AT-SPI.
# Needs (Debian/Ubuntu): at-spi2-core python3-pyatspi dbus-x11 xvfb.
#
#   scripts/a11y-tree.sh [program] [data folder]
#
# The program defaults to target/debug/reflectietool; the data folder to a
# fresh one holding the test reflection tests/reflections/format1.ron.
# Everything runs in a private D-Bus session on a virtual display :77, and
# is stopped afterwards.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
bin=${1:-"$here/../target/debug/reflectietool"}
if [ $# -ge 2 ]; then
  data=$2
else
  data=$(mktemp -d)
  cp "$here/../tests/reflections/format1.ron" "$data/"
fi
export A11Y_BIN="$bin" A11Y_DATA="$data" A11Y_HERE="$here"
exec dbus-run-session -- sh -eu -c '
  Xvfb :77 -screen 0 1280x900x24 >/dev/null 2>&1 &
  xvfb=$!
  export DISPLAY=:77
  # start the accessibility bus and switch it on, as a desktop does when a
  # screen reader runs
  dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus \
    org.a11y.Bus.GetAddress >/dev/null
  dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus \
    org.freedesktop.DBus.Properties.Set string:org.a11y.Status \
    string:IsEnabled variant:boolean:true >/dev/null
  sleep 1
  "$A11Y_BIN" --data-dir "$A11Y_DATA" >/tmp/a11y-tree-program.log 2>&1 &
  prog=$!
  status=0
  # the system Python, where python3-pyatspi installs itself
  py=python3; [ -x /usr/bin/python3 ] && py=/usr/bin/python3
  err=$(mktemp)
  "$py" "$A11Y_HERE/a11y-tree.py" --open 2>"$err" || status=$?
  # pyatspi warns about every node it cannot type; keep only real errors
  grep -v -e "dbind-WARNING" -e "^\$" "$err" >&2 || true
  rm -f "$err"
  kill $prog 2>/dev/null || true
  kill $xvfb 2>/dev/null || true
  wait 2>/dev/null || true
  exit $status
'
