//! Portable mode, run as the real program: a copy of the binary in a
//! folder with `portable.txt` beside it keeps its reflections in the
//! `data` folder next to it and writes nothing into the user's folders;
//! a read-only `data` folder gives a clear message and exit code 1.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use reflectietool::Questionnaire;
use reflectietool::model::reflection::{NetworkKind, NetworkProfile, Reflection};
use reflectietool::storage::to_ron;

/// A folder like a USB stick: a copy of the program with `portable.txt`.
fn stick() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let exe = tmp.path().join("reflectietool");
    fs::copy(env!("CARGO_BIN_EXE_reflectietool"), &exe).unwrap();
    fs::write(tmp.path().join("portable.txt"), "").unwrap();
    (tmp, exe)
}

/// A group's reflection file in a folder of its own.
fn group_file(name: &str) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let r = Reflection::new(
        NetworkProfile {
            name: name.to_owned(),
            kind: NetworkKind::StudentAssociation,
            institution: "Hogeschool Leiden".to_owned(),
            city: "Leiden".to_owned(),
            dimensions: vec![],
            size: None,
            board_year: "2026-2027".to_owned(),
        },
        &Questionnaire::builtin_v1(),
    );
    let path = tmp.path().join("groep.ron");
    fs::write(&path, to_ron(&r)).unwrap();
    (tmp, path)
}

/// Runs the copy with HOME and the XDG folders pointed at `home` and no
/// data folder named.
fn run(exe: &Path, home: &Path, args: &[&str]) -> Output {
    Command::new(exe)
        .args(args)
        .env_remove("REFLECTIETOOL_DATA_DIR")
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join("share"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("APPDATA", home.join("appdata"))
        .env("LANG", "C")
        .output()
        .expect("the copy starts")
}

fn everything_in(dir: &Path) -> Vec<PathBuf> {
    walk(dir)
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p));
        }
        out.push(p);
    }
    out
}

#[test]
fn a_copy_with_portable_txt_keeps_its_reflections_next_to_it_and_nothing_in_home() {
    let (stick, exe) = stick();
    let home = tempfile::tempdir().unwrap();
    let (_g, file) = group_file("Groep Stick");
    let out = run(
        &exe,
        home.path(),
        &["--lang", "en", "import", file.to_str().unwrap()],
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.starts_with("Came in: 1;"), "{stdout}");
    let data = stick.path().join("data");
    let files: Vec<PathBuf> = fs::read_dir(&data)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    assert!(
        fs::read_to_string(&files[0])
            .unwrap()
            .contains("Groep Stick")
    );
    assert!(stdout.contains(&data.display().to_string()), "{stdout}");
    // list reads the same folder
    let list = run(&exe, home.path(), &["--lang", "en", "list"]);
    assert!(String::from_utf8_lossy(&list.stdout).contains("Groep Stick"));
    assert_eq!(
        everything_in(home.path()),
        Vec::<PathBuf>::new(),
        "nothing in the user's folders"
    );

    // a named folder still wins
    let named = tempfile::tempdir().unwrap();
    let out = run(
        &exe,
        home.path(),
        &[
            "--data-dir",
            named.path().to_str().unwrap(),
            "import",
            file.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(everything_in(named.path()).len(), 1);
    assert_eq!(
        fs::read_dir(&data).unwrap().count(),
        1,
        "the stick's folder did not change"
    );
}

#[test]
fn a_data_folder_next_to_the_program_is_used_without_portable_txt() {
    let (stick, exe) = stick();
    fs::remove_file(stick.path().join("portable.txt")).unwrap();
    fs::create_dir(stick.path().join("data")).unwrap();
    let home = tempfile::tempdir().unwrap();
    let (_g, file) = group_file("Groep Map");
    let out = run(&exe, home.path(), &["import", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(fs::read_dir(stick.path().join("data")).unwrap().count(), 1);
    assert_eq!(everything_in(home.path()), Vec::<PathBuf>::new());
}

/// Makes a folder read-only, also for root (an immutable folder), and
/// writable again when dropped.
struct ReadOnly(PathBuf, bool);

impl ReadOnly {
    fn new(dir: &Path) -> Option<ReadOnly> {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(dir, fs::Permissions::from_mode(0o555)).unwrap();
        let mut guard = ReadOnly(dir.to_owned(), false);
        if writable(dir) {
            guard.1 = Command::new("chattr")
                .arg("+i")
                .arg(dir)
                .status()
                .is_ok_and(|s| s.success());
            if !guard.1 || writable(dir) {
                return None;
            }
        }
        Some(guard)
    }
}

fn writable(dir: &Path) -> bool {
    let probe = dir.join("probe");
    let ok = fs::write(&probe, b"x").is_ok();
    let _ = fs::remove_file(&probe);
    ok
}

impl Drop for ReadOnly {
    fn drop(&mut self) {
        use std::os::unix::fs::PermissionsExt;
        if self.1 {
            let _ = Command::new("chattr").arg("-i").arg(&self.0).status();
        }
        let _ = fs::set_permissions(&self.0, fs::Permissions::from_mode(0o755));
    }
}

#[test]
fn a_read_only_stick_says_so_and_what_to_do() {
    let (stick, exe) = stick();
    let data = stick.path().join("data");
    fs::create_dir(&data).unwrap();
    let home = tempfile::tempdir().unwrap();
    let (_g, file) = group_file("Groep Alleen-lezen");
    let Some(guard) = ReadOnly::new(&data) else {
        eprintln!("skipped: this system cannot make a folder read-only for this user");
        return;
    };
    let en = run(
        &exe,
        home.path(),
        &["--lang", "en", "import", file.to_str().unwrap()],
    );
    let nl = run(
        &exe,
        home.path(),
        &["--lang", "nl", "import", file.to_str().unwrap()],
    );
    drop(guard);
    let stderr = String::from_utf8_lossy(&en.stderr);
    assert_eq!(en.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains(&data.display().to_string()),
        "names the folder: {stderr}"
    );
    assert!(stderr.contains("read-only or full"), "{stderr}");
    assert!(
        stderr.contains("make the stick writable"),
        "says what to do: {stderr}"
    );
    assert!(String::from_utf8_lossy(&en.stdout).contains("not saved: 1"));
    let stderr = String::from_utf8_lossy(&nl.stderr);
    assert_eq!(nl.status.code(), Some(1));
    assert!(stderr.contains("alleen-lezen of vol"), "{stderr}");
    assert_eq!(
        fs::read_dir(&data).unwrap().count(),
        0,
        "nothing half-written"
    );
    assert_eq!(everything_in(home.path()), Vec::<PathBuf>::new());
}
