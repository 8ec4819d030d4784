#!/usr/bin/env python3
"""Writes the licences of every crate that goes into the program.

Usage: third-party-licenses.py TARGET_TRIPLE OUT.txt

Reads `cargo metadata` for the target (offline: the sources are in cargo's
registry once the program has been built), walks the normal dependencies of
the reflectietool package, and writes one text file: for each licence text
found in the crates' sources (LICENSE*, COPYING*, NOTICE*, ...), the crates
that carry it, then the text. Identical texts are written once.
"""

import hashlib
import json
import pathlib
import subprocess
import sys

NAMES = ("license", "licence", "copying", "notice", "copyright", "unlicense", "authors")


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    target, out = sys.argv[1], pathlib.Path(sys.argv[2])
    meta = json.loads(
        subprocess.check_output(
            ["cargo", "metadata", "--format-version", "1", "--locked", "--filter-platform", target]
        )
    )
    packages = {p["id"]: p for p in meta["packages"]}
    nodes = {n["id"]: n for n in meta["resolve"]["nodes"]}
    root = next(p["id"] for p in meta["packages"] if p["name"] == "reflectietool" and p["source"] is None)
    seen, todo = set(), [root]
    while todo:
        pid = todo.pop()
        if pid in seen:
            continue
        seen.add(pid)
        for dep in nodes[pid]["deps"]:
            if any(k["kind"] is None for k in dep["dep_kinds"]):
                todo.append(dep["pkg"])
    seen.discard(root)

    texts: dict[str, tuple[str, list[str]]] = {}
    bare: list[str] = []
    for pid in sorted(seen, key=lambda i: (packages[i]["name"], packages[i]["version"])):
        p = packages[pid]
        label = f'{p["name"]} {p["version"]} ({p.get("license") or "see text"})'
        if p["source"] is None:
            # vendor/: a copy with less data, same licence
            label += ", a copy with its data reduced (vendor/README.md in the program's source)"
        folder = pathlib.Path(p["manifest_path"]).parent
        files = sorted(
            f
            for f in folder.iterdir()
            if f.is_file() and f.name.lower().startswith(NAMES) and f.suffix.lower() in ("", ".txt", ".md", ".mit", ".apache", ".bsd", ".apache2", ".zlib")
        )
        if p.get("license_file"):
            extra = folder / p["license_file"]
            if extra.is_file() and extra not in files:
                files.append(extra)
        found = False
        for f in files:
            text = f.read_text(encoding="utf-8", errors="replace").strip()
            if not text or f.name.lower().startswith("authors"):
                continue
            found = True
            key = hashlib.sha256(text.encode()).hexdigest()
            texts.setdefault(key, (text, []))[1].append(f"{label}: {f.name}")
        if not found:
            bare.append(label)

    with out.open("w", encoding="utf-8", newline="\r\n") as w:
        w.write("Licences of the components in Reflectietool\n")
        w.write("============================================\n\n")
        w.write(f"{len(seen)} crates (Rust libraries) are built into the program for {target}.\n")
        w.write("Each section names the crates, then the licence text that they carry.\n\n")
        for text, users in sorted(texts.values(), key=lambda t: t[1][0]):
            w.write("-" * 78 + "\n")
            for u in users:
                w.write(f"* {u}\n")
            w.write("\n" + text + "\n\n")
        if bare:
            w.write("-" * 78 + "\n")
            w.write("These crates carry no licence file of their own; their licence, as they\n")
            w.write("declare it, is named in brackets (the standard texts of MIT and Apache-2.0\n")
            w.write("are in LICENSE-MIT.txt and LICENSE-APACHE.txt beside this file):\n")
            for b in bare:
                w.write(f"* {b}\n")
    print(f"{out}: {len(seen)} crates, {len(texts)} distinct texts, {len(bare)} without a file")
    return 0


if __name__ == "__main__":
    sys.exit(main())
