//! `reflectietool review DIR_OR_FILE... --csv OUT_DIR`, run as the real
//! program: exit codes, every unreadable file on stderr with its line and
//! column, and a reviewed folder that is not changed by a byte or a
//! timestamp.

use std::collections::BTreeMap;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::Command;

use reflectietool::Questionnaire;
use reflectietool::model::reflection::MemberSharing;
use reflectietool::sample::network_year;
use reflectietool::storage::to_ron;

/// What one run of the program gave.
struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

/// Runs the program with a data folder of its own and no language from the
/// environment unless given.
fn run_with(args: &[&str], lang_env: &str) -> Run {
    let data = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_reflectietool"))
        .args(args)
        .env("REFLECTIETOOL_DATA_DIR", data.path())
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANGUAGE")
        .env_remove("RUST_BACKTRACE")
        .env("LANG", lang_env)
        .output()
        .expect("the program starts");
    let run = Run {
        code: out.status.code(),
        stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
    };
    assert!(
        !run.stderr.contains("panicked"),
        "{args:?} panicked:\n{}",
        run.stderr
    );
    run
}

fn run(args: &[&str]) -> Run {
    run_with(args, "C")
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// A folder of four reflections (two networks, two years), and a broken
/// file when asked.
fn folder(broken: bool) -> tempfile::TempDir {
    let q = Questionnaire::builtin_v1();
    let tmp = tempfile::tempdir().unwrap();
    for n in 0..2 {
        for y in [2025, 2026] {
            let mut r = network_year(&q, n, y, 2);
            r.sharing.members = MemberSharing::Anonymous;
            std::fs::write(tmp.path().join(format!("n{n}-{y}.ron")), to_ron(&r)).unwrap();
        }
    }
    if broken {
        std::fs::write(
            tmp.path().join("kapot.ron"),
            "Reflection(\n  format_version: 2,\n  id: ",
        )
        .unwrap();
    }
    tmp
}

/// Everything about a folder that writing into it would change: its names,
/// each file's bytes, times and mode, and the folder's own times.
type Snapshot = (BTreeMap<PathBuf, (Vec<u8>, i64, i64, u32)>, i64, i64);

fn snapshot(dir: &Path) -> Snapshot {
    let files = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let p = e.unwrap().path();
            let m = std::fs::metadata(&p).unwrap();
            let bytes = std::fs::read(&p).unwrap();
            (
                p,
                (
                    bytes,
                    m.mtime_nsec() + m.mtime() * 1_000_000_000,
                    m.ctime(),
                    m.mode(),
                ),
            )
        })
        .collect();
    let m = std::fs::metadata(dir).unwrap();
    (files, m.mtime() * 1_000_000_000 + m.mtime_nsec(), m.ctime())
}

/// Makes a folder and its files read-only, as a shared drive may be.
fn read_only(dir: &Path, on: bool) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        std::fs::set_permissions(
            &p,
            std::fs::Permissions::from_mode(if on { 0o444 } else { 0o644 }),
        )
        .unwrap();
    }
    std::fs::set_permissions(
        dir,
        std::fs::Permissions::from_mode(if on { 0o555 } else { 0o755 }),
    )
    .unwrap();
}

#[test]
fn review_exports_the_readable_files_and_names_the_broken_one_with_line_and_column() {
    let tmp = folder(true);
    read_only(tmp.path(), true);
    let before = snapshot(tmp.path());
    let out = tempfile::tempdir().unwrap();
    let csv = out.path().join("csv");
    let r = run(&["--lang", "en", "review", s(tmp.path()), "--csv", s(&csv)]);
    let after = snapshot(tmp.path());
    read_only(tmp.path(), false);
    assert_eq!(r.code, Some(1), "a file could not be read: {}", r.stderr);
    let broken = tmp.path().join("kapot.ron");
    let line = r
        .stderr
        .lines()
        .find(|l| l.starts_with(&format!("{}:3:", broken.display())))
        .unwrap_or_else(|| panic!("no file:line:column for the broken file:\n{}", r.stderr));
    let column = line.split(':').nth(2).unwrap();
    assert!(column.parse::<u32>().is_ok(), "{line}");
    for name in ["answers_long.csv", "summary_wide.csv", "codebook.csv"] {
        assert!(
            r.stdout.lines().any(|l| l == s(&csv.join(name))),
            "{}",
            r.stdout
        );
    }
    assert!(
        r.stdout.contains("4 reflection(s)") && r.stdout.contains("1 file(s) could not be read")
    );
    let bytes = std::fs::read(csv.join("summary_wide.csv")).unwrap();
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    let files: Vec<String> = reader.records().map(|r| r.unwrap()[6].to_owned()).collect();
    assert_eq!(
        files,
        ["n0-2025.ron", "n0-2026.ron", "n1-2025.ron", "n1-2026.ron"]
    );
    assert_eq!(
        before, after,
        "not a byte, a name or a timestamp changed in the reviewed folder"
    );
}

#[test]
fn review_exits_0_when_every_file_is_read_and_writes_semicolons_on_request() {
    let tmp = folder(false);
    let other = folder(false);
    let out = tempfile::tempdir().unwrap();
    let one = other.path().join("n1-2026.ron");
    let r = run(&[
        "review",
        s(tmp.path()),
        s(&one),
        "--csv",
        s(out.path()),
        "--separator",
        "semicolon",
    ]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert!(
        r.stdout.contains("5 reflectie(s) in de CSV-bestanden"),
        "{}",
        r.stdout
    );
    // the same network and year twice: said, not merged
    assert!(
        r.stderr.contains("let op:") && r.stderr.contains("n1-2026.ron"),
        "{}",
        r.stderr
    );
    let text = std::fs::read_to_string(out.path().join("answers_long.csv")).unwrap();
    assert!(text.starts_with("\u{feff}network_id;network_name;board_year;"));
    assert!(text.contains(";Lid 2;"), "members shared anonymously");
}

#[test]
fn review_never_writes_into_a_folder_it_reads() {
    let tmp = folder(false);
    let before = snapshot(tmp.path());
    let file = tmp.path().join("n0-2025.ron");
    let inside = tmp.path().join("export");
    for args in [
        vec!["review", s(tmp.path()), "--csv", s(tmp.path())],
        vec!["review", s(tmp.path()), "--csv", s(&inside)],
        vec!["review", s(&file), "--csv", s(tmp.path())],
    ] {
        let r = run(&args);
        assert_eq!(r.code, Some(1), "{args:?}");
        assert!(r.stderr.contains("kies een andere map"), "{}", r.stderr);
        assert_eq!(r.stdout, "");
    }
    let en = run(&[
        "--lang",
        "en",
        "review",
        s(tmp.path()),
        "--csv",
        s(tmp.path()),
    ]);
    assert!(
        en.stderr.contains("never writes into the folders it reads"),
        "{}",
        en.stderr
    );
    assert!(!inside.exists());
    assert_eq!(before, snapshot(tmp.path()));
}

#[test]
fn review_says_what_is_missing_and_when_there_is_nothing_to_export() {
    let tmp = folder(false);
    let out = tempfile::tempdir().unwrap();
    // the overview PDF itself: tests/pdf_review.rs
    let r = run(&["review", s(tmp.path())]);
    assert_eq!(r.code, Some(2));
    assert!(
        r.stderr.contains("er ontbreekt iets") && r.stderr.contains("--csv"),
        "{}",
        r.stderr
    );
    let r = run(&[
        "review",
        s(tmp.path()),
        "--csv",
        s(out.path()),
        "--separator",
        "tab",
    ]);
    assert_eq!(r.code, Some(2));
    assert!(
        r.stderr.contains("gebruik comma of semicolon"),
        "{}",
        r.stderr
    );
    let empty = tempfile::tempdir().unwrap();
    let r = run(&[
        "review",
        s(empty.path()),
        "--csv",
        s(&out.path().join("leeg")),
    ]);
    assert_eq!(r.code, Some(1));
    assert!(
        r.stderr.contains("geen reflectie om te exporteren"),
        "{}",
        r.stderr
    );
    let missing = tmp.path().join("bestaat-niet.ron");
    let r = run(&[
        "review",
        s(&missing),
        s(tmp.path()),
        "--csv",
        s(&out.path().join("x")),
    ]);
    assert_eq!(
        r.code,
        Some(1),
        "a file that is not there could not be read"
    );
    assert!(r.stderr.contains("bestaat-niet.ron"), "{}", r.stderr);
}

#[test]
fn review_help_is_dutch_unless_english_is_asked_for() {
    let nl = run(&["review", "--help"]);
    assert_eq!(nl.code, Some(0));
    assert!(
        nl.stdout.contains("Gebruik: reflectietool review"),
        "{}",
        nl.stdout
    );
    for english in ["Usage", "Options", "Print help", "[default:"] {
        assert!(
            !nl.stdout.contains(english),
            "«{english}» in:\n{}",
            nl.stdout
        );
    }
    let en = run_with(&["review", "--help"], "en_GB.UTF-8");
    assert!(
        en.stdout.contains("Usage: reflectietool review"),
        "{}",
        en.stdout
    );
    assert!(en.stdout.contains("--separator"), "{}", en.stdout);
    assert!(!en.stdout.contains("Gebruik"), "{}", en.stdout);
}
