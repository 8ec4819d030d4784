//! Packs the fonts of `assets/fonts` (deflate, for a smaller program; see
//! `src/fonts.rs`) and embeds the icon and the version into the Windows
//! program.

use std::path::Path;

/// The fonts packed into `OUT_DIR`, as `<name>.deflate`.
const FONTS: [&str; 7] = [
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSans-Italic.ttf",
    "NotoSans-BoldItalic.ttf",
    "NotoSansSymbols-Regular.ttf",
    "NotoSansSymbols2-Regular.ttf",
    "NotoEmoji-Regular.ttf",
];

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    pack_fonts();
    windows_resources();
}

/// Writes each font, deflated at the highest level, into `OUT_DIR`.
fn pack_fonts() {
    let out = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR");
    for name in FONTS {
        let source = Path::new("assets/fonts").join(name);
        println!("cargo:rerun-if-changed={}", source.display());
        let bytes = std::fs::read(&source)
            .unwrap_or_else(|e| panic!("the font {} could not be read: {e}", source.display()));
        let packed = miniz_oxide::deflate::compress_to_vec(&bytes, 10);
        let target = Path::new(&out).join(format!("{name}.deflate"));
        std::fs::write(&target, packed)
            .unwrap_or_else(|e| panic!("{} could not be written: {e}", target.display()));
    }
}

/// Embeds the icon and the version into the Windows program; on other
/// targets it does nothing.
fn windows_resources() {
    println!("cargo:rerun-if-changed=packaging/windows/reflectietool.ico");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    // the version and description come from Cargo.toml; the tools, when
    // cross-building, are mingw-w64's (x86_64-w64-mingw32-windres)
    let mut res = winresource::WindowsResource::new();
    res.set_icon("packaging/windows/reflectietool.ico")
        .set("ProductName", "Reflectietool")
        .set("FileDescription", "Reflectietool")
        .set("OriginalFilename", "Reflectietool.exe")
        .set("LegalCopyright", "MIT OR Apache-2.0");
    if let Err(e) = res.compile() {
        panic!(
            "the Windows resources (icon, version) could not be compiled: {e}; install mingw-w64 (apt-get install gcc-mingw-w64-x86-64-posix)"
        );
    }
}
