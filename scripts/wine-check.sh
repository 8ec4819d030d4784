#!/bin/sh
# Runs the Windows zip's Reflectietool.exe under wine: --version, `check`
# on the built-in questionnaire and a reflection, `worksheet --out` and
# `export`, and compares the two PDFs with the ones the Linux build makes.
# Needs: apt-get install -y wine gcc-mingw-w64-x86-64-posix unzip, and the
# zip (scripts/package.sh windows) and a release build (cargo build --release).
#
# Debian 12's wine 8.0 has no bcryptprimitives.dll, where Rust's standard
# library takes its random numbers from (ProcessPrng; every Windows 10 and
# 11 has it). For this check only, a stand-in built here from
# packaging/windows/wine-bcryptprimitives.c is put beside the program in a
# temporary copy of the zip; the zip itself is not changed.
set -eu
cd "$(dirname "$0")/.."
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
zip="dist/Reflectietool-${version}-windows-x64.zip"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
unzip -q "$zip" -d "$work"
dir="$work/Reflectietool-${version}-windows-x64"
x86_64-w64-mingw32-gcc -O2 -shared -o "$dir/bcryptprimitives.dll" \
    packaging/windows/wine-bcryptprimitives.c -ladvapi32
cp questionnaires/reflectietool-2.0.ron "$dir/q.ron"
cp tests/reflections/valid/format_1.ron "$dir/r.ron"
export WINEPREFIX="$work/prefix" WINEDEBUG=-all
cd "$dir"
wine Reflectietool.exe --version
wine Reflectietool.exe check q.ron r.ron
wine Reflectietool.exe worksheet --out ws.pdf
wine Reflectietool.exe export r.ron -o r.pdf
cd - >/dev/null
linux=target/release/reflectietool
REFLECTIETOOL_DATA_DIR="$work/linux-data" "$linux" worksheet --out "$work/ws.pdf" >/dev/null
REFLECTIETOOL_DATA_DIR="$work/linux-data" "$linux" export "$dir/r.ron" -o "$work/r.pdf" >/dev/null
for f in ws.pdf r.pdf; do
    printf '%s: %s bytes under wine; ' "$f" "$(wc -c <"$dir/$f")"
    if cmp -s "$dir/$f" "$work/$f"; then echo "the same bytes as the Linux build's"; else echo "DIFFERS from the Linux build's"; exit 1; fi
done
echo "data folder beside the program (portable): $(ls "$dir/data" | wc -l) entries"
# let wine's server finish with its prefix before the folder goes
wineserver -w
