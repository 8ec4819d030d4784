#!/usr/bin/env python3
"""Makes vendor/hypher and vendor/hayagriva anew from the crates in cargo's
registry (run `cargo fetch` first), with the changes vendor/README.md lists:

- hypher: its default features are Dutch and English only (Typst asks for
  the default features), and only those two tries are copied;
- hayagriva: the citation styles and locales of its archive are stored
  zlib-packed and unpacked when Typst asks for one.

Usage: python3 scripts/vendor.py   (from anywhere; writes into vendor/)
"""
import glob
import os
import re
import shutil
import sys
import zlib

HYPHER = "hypher-0.1.8"
HAYAGRIVA = "hayagriva-0.10.1"
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
VENDOR = os.path.join(ROOT, "vendor")


def registry(crate):
    """Returns the registry folder of a crate, or stops with a message."""
    home = os.environ.get("CARGO_HOME", os.path.expanduser("~/.cargo"))
    found = glob.glob(os.path.join(home, "registry", "src", "*", crate))
    if not found:
        sys.exit(f"{crate} is not in cargo's registry: run `cargo fetch` first")
    return found[0]


def copy_crate(crate, name):
    """Copies the manifest, licences, read-me and sources of a crate."""
    src = registry(crate)
    dst = os.path.join(VENDOR, name)
    shutil.rmtree(dst, ignore_errors=True)
    os.makedirs(dst)
    for f in ["Cargo.toml", "LICENSE-APACHE", "LICENSE-MIT", "README.md"]:
        shutil.copy(os.path.join(src, f), dst)
    shutil.copytree(os.path.join(src, "src"), os.path.join(dst, "src"))
    return src, dst


def edit(path, old, new, count=1):
    """Replaces text in a file, and stops if it is not there."""
    text = open(path, encoding="utf-8").read()
    if old not in text:
        sys.exit(f"{path}: the text to change is not there; has the crate changed?")
    open(path, "w", encoding="utf-8").write(text.replace(old, new, count))


def drop_tests(manifest):
    """Removes the [[test]] targets, whose files are not copied."""
    text = open(manifest, encoding="utf-8").read()
    text = re.sub(r'\[\[test\]\]\nname = "[^"]+"\npath = "[^"]+"\n(required-features = [^\n]+\n)?\n?', "", text)
    open(manifest, "w", encoding="utf-8").write(text)


def hypher():
    src, dst = copy_crate(HYPHER, "hypher")
    manifest = os.path.join(dst, "Cargo.toml")
    edit(manifest, 'default = [\n    "alloc",\n    "full",\n]',
         'default = [\n    "alloc",\n    "dutch",\n    "english",\n]')
    drop_tests(manifest)
    os.makedirs(os.path.join(dst, "tries"))
    for lang in ["nl", "en"]:
        shutil.copy(os.path.join(src, "tries", f"{lang}.bin"), os.path.join(dst, "tries"))


def hayagriva():
    src, dst = copy_crate(HAYAGRIVA, "hayagriva")
    manifest = os.path.join(dst, "Cargo.toml")
    drop_tests(manifest)
    edit(manifest, 'archive = ["ciborium"]', 'archive = ["ciborium", "miniz_oxide"]')
    edit(manifest, "[dependencies.ciborium]",
         '[dependencies.miniz_oxide]\nversion = "0.8"\noptional = true\n\n[dependencies.ciborium]')
    archive = os.path.join(dst, "src", "csl", "archive.rs")
    text = open(archive, encoding="utf-8").read()
    pattern = r'include_bytes!\("\.\./\.\./archive/([^"]+)\.cbor"\)'
    for f in sorted(set(re.findall(pattern, text))):
        packed = os.path.join(dst, "archive", f + ".cbor.z")
        os.makedirs(os.path.dirname(packed), exist_ok=True)
        with open(os.path.join(src, "archive", f + ".cbor"), "rb") as raw:
            open(packed, "wb").write(zlib.compress(raw.read(), 9))
    text = re.sub(r'(include_bytes!\("\.\./\.\./archive/[^"]+\.cbor)"\)', r'\1.z")', text)
    open(archive, "w", encoding="utf-8").write(text)
    edit(archive,
         "    reader: &[u8],\n) -> Result<T, ciborium::de::Error<std::io::Error>> {\n"
         "    ciborium::de::from_reader(reader)\n}",
         "    packed: &[u8],\n) -> Result<T, ciborium::de::Error<std::io::Error>> {\n"
         "    // Reflectietool: the archive is stored zlib-packed (vendor/README.md)\n"
         "    let reader = miniz_oxide::inflate::decompress_to_vec_zlib(packed)\n"
         "        .expect(\"an archive file packed with zlib\");\n"
         "    ciborium::de::from_reader(&reader[..])\n}")
    edit(archive, "/// CBOR-encoded CSL locales.",
         "/// CBOR-encoded CSL locales, zlib-packed (Reflectietool, vendor/README.md).")
    edit(archive, "    /// Get the CBOR representation of this style.",
         "    /// Get the zlib-packed CBOR representation of this style.")


hypher()
hayagriva()
print("vendor/hypher and vendor/hayagriva made anew")
