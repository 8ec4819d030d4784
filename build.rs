//! Embeds the icon and the version into the Windows program; on other
//! targets it does nothing.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
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
