#!/bin/sh
# Builds the packages into dist/, with the version from Cargo.toml:
#   dist/reflectietool_VERSION-1_amd64.deb          (Debian/Ubuntu)
#   dist/Reflectietool-VERSION-windows-x64.zip      (Windows, portable)
# Usage: scripts/package.sh [deb|windows|all]   (default: all)
# Uses the `dist` profile of Cargo.toml (lto, one codegen unit, strip),
# so target/release, which the tests use, is left as it is.
# Needs (Debian): cargo install cargo-deb; rustup target add x86_64-pc-windows-gnu;
#   apt-get install -y gcc-mingw-w64-x86-64-posix zip python3
set -eu
cd "$(dirname "$0")/.."
what=${1:-all}
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
tdir=${CARGO_TARGET_DIR:-target}
mkdir -p dist "$tdir/dist"

if [ "$what" = deb ] || [ "$what" = all ]; then
    # beside the program, where cargo-deb looks for "target/release/..."
    python3 scripts/third-party-licenses.py x86_64-unknown-linux-gnu \
        "$tdir/dist/THIRD-PARTY-LICENSES.txt"
    cargo deb --locked --profile dist --output "dist/reflectietool_${version}-1_amd64.deb"
fi

if [ "$what" = windows ] || [ "$what" = all ]; then
    triple=x86_64-pc-windows-gnu
    cargo build --locked --profile dist --target "$triple" --bin reflectietool
    name="Reflectietool-${version}-windows-x64"
    stage="$tdir/package-assets/$name"
    rm -rf "$stage"
    mkdir -p "$stage/data" "$stage/licenties"
    cp "$tdir/$triple/dist/reflectietool.exe" "$stage/Reflectietool.exe"
    # Windows line ends, so that every Notepad shows the lines
    for f in LEESMIJ.txt README.txt portable.txt; do
        sed 's/$/\r/' "packaging/windows/$f" >"$stage/$f"
    done
    sed 's/$/\r/' assets/fonts/OFL.txt >"$stage/licenties/fonts-OFL.txt"
    sed 's/$/\r/' LICENSE-MIT >"$stage/licenties/LICENSE-MIT.txt"
    sed 's/$/\r/' LICENSE-APACHE >"$stage/licenties/LICENSE-APACHE.txt"
    python3 scripts/third-party-licenses.py "$triple" "$stage/licenties/THIRD-PARTY-LICENSES.txt"
    rm -f "dist/$name.zip"
    zip_path="$PWD/dist/$name.zip"
    (cd "$tdir/package-assets" && zip -q -r -X "$zip_path" "$name")
    echo "dist/$name.zip"
fi
ls -l dist
