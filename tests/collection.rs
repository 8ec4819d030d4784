//! The read-only collection loader (the diversity officer's folder of many
//! networks' files) and the listing that shares its reader: nothing in the
//! folder changes, broken files are reported with line and column while the
//! rest loads, files of the same network and board year are flagged, an
//! older format is upgraded in memory only, and a file that does not read
//! in full is never listed as readable.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use reflectietool::Questionnaire;
use reflectietool::format::ReflectionError;
use reflectietool::model::reflection::{FORMAT_VERSION, Reflection};
use reflectietool::sample::full_reflection;
use reflectietool::storage::collection::{self, Collection};
use reflectietool::storage::{self, StorageError, Store};

/// A reflection file with a syntax error on line 3, column 6 or 7.
const GARBAGE: &str =
    "Reflection(\n  format_version: 2,\n  id: @@@ \"kapot\",\n  profile: (name: \"x\"),\n)\n";

/// A reflection in file format 1: no network id, no private notes.
const FORMAT_1: &str = r#"Reflection(
  format_version: 1,
  id: "oud-netwerk",
  profile: (
    name: "Oud netwerk",
    board_year: "2024-2025",
  ),
  questionnaire: (
    id: "reflectietool",
    version: "1",
  ),
  agreed: {
    "vraag": (
      answer: Some(Open("zoals het was")),
    ),
  },
  notes: {
    "missie": "gedeelde notitie",
  },
  created: "2024-09-01T10:00:00Z",
  updated: "2024-10-01T10:00:00Z",
)
"#;

/// A process id that no process has (Linux allows at most 4,194,304).
const DEAD_PID: u32 = 4_194_303;

/// Every name in a folder, recursively (the folder itself included), with
/// its size, modification time in nanoseconds, permissions and contents.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, (u64, u128, u32, Vec<u8>)> {
    fn walk(path: &Path, out: &mut BTreeMap<PathBuf, (u64, u128, u32, Vec<u8>)>) {
        let meta = fs::symlink_metadata(path).unwrap();
        let mtime = meta
            .modified()
            .unwrap()
            .duration_since(UNIX_EPOCH)
            .unwrap()
            .as_nanos();
        let mode = mode_of(&meta);
        if meta.is_dir() {
            out.insert(path.to_owned(), (meta.len(), mtime, mode, Vec::new()));
            for e in fs::read_dir(path).unwrap() {
                walk(&e.unwrap().path(), out);
            }
        } else {
            out.insert(
                path.to_owned(),
                (meta.len(), mtime, mode, fs::read(path).unwrap()),
            );
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, &mut out);
    out
}

#[cfg(unix)]
fn mode_of(meta: &fs::Metadata) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    meta.permissions().mode()
}

#[cfg(not(unix))]
fn mode_of(meta: &fs::Metadata) -> u32 {
    meta.permissions().readonly() as u32
}

fn reflection(id: &str, network: &str, year: &str) -> Reflection {
    let mut r = full_reflection(&Questionnaire::builtin_v1(), id, 2);
    r.network_id = network.into();
    r.profile.board_year = year.into();
    r.profile.name = format!("Netwerk {network}");
    r
}

/// The officer's folder: files mailed in by several networks, made by
/// others, with everything that a data folder may also hold.
struct Folder {
    tmp: tempfile::TempDir,
}

impl Folder {
    fn new() -> Folder {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("netwerken");
        fs::create_dir(&dir).unwrap();
        let write = |name: &str, text: &str| fs::write(dir.join(name), text).unwrap();
        // the same network and year twice (a copy mailed as "(1)"), the same
        // network another year, another network the same year
        write(
            "pride-delft.ron",
            &storage::to_ron(&reflection("pride-delft", "pride-delft", "2026-2027")),
        );
        write(
            "pride-delft (1).ron",
            &storage::to_ron(&reflection("pride-delft-kopie", "pride-delft", "2026-2027")),
        );
        write(
            "pride-delft-2025.ron",
            &storage::to_ron(&reflection("pride-delft-2025", "pride-delft", "2025-2026")),
        );
        write(
            "vrouwen-leiden.ron",
            &storage::to_ron(&reflection("vrouwen-leiden", "vrouwen-leiden", "2026-2027")),
        );
        write("kapot.ron", GARBAGE);
        write("oud-netwerk.ron", FORMAT_1);
        // not reflections, or not to be read
        write("settings.ron", "Settings(lang: En)");
        write(".verborgen.ron", GARBAGE);
        write(
            &format!(".pride-delft.ron.{DEAD_PID}-1.tmp"),
            "half geschreven",
        );
        write("LEESMIJ.txt", "geen reflectie");
        fs::create_dir(dir.join("trash")).unwrap();
        fs::write(dir.join("trash").join("weg.1.ron"), GARBAGE).unwrap();
        Folder { tmp }
    }

    fn dir(&self) -> PathBuf {
        self.tmp.path().join("netwerken")
    }

    fn file(&self, name: &str) -> PathBuf {
        self.dir().join(name)
    }
}

/// The file names of a collection, in its order.
fn names<T>(c: &Collection<T>) -> Vec<String> {
    c.files
        .iter()
        .map(|f| f.path.file_name().unwrap().to_string_lossy().into_owned())
        .collect()
}

/// Makes a folder and its files read-only (0555 and 0444) for the test and
/// gives them back their modes afterwards.
#[cfg(unix)]
struct ReadOnly {
    modes: Vec<(PathBuf, u32)>,
}

#[cfg(unix)]
impl ReadOnly {
    fn new(dir: &Path) -> ReadOnly {
        use std::os::unix::fs::PermissionsExt;
        let mut modes = Vec::new();
        let mut set = |path: PathBuf, mode: u32| {
            let old = fs::metadata(&path).unwrap().permissions().mode();
            fs::set_permissions(&path, fs::Permissions::from_mode(mode)).unwrap();
            modes.push((path, old));
        };
        for e in fs::read_dir(dir).unwrap() {
            let path = e.unwrap().path();
            if path.is_file() {
                set(path, 0o444);
            }
        }
        set(dir.to_owned(), 0o555);
        ReadOnly { modes }
    }

    /// Returns whether this user can still create a file in the folder
    /// (root can, whatever the mode), without leaving anything behind.
    fn writable(dir: &Path) -> bool {
        let probe = dir.join("probe");
        let ok = fs::write(&probe, b"x").is_ok();
        let _ = fs::remove_file(&probe);
        ok
    }
}

#[cfg(unix)]
impl Drop for ReadOnly {
    fn drop(&mut self) {
        use std::os::unix::fs::PermissionsExt;
        for (path, mode) in self.modes.iter().rev() {
            let _ = fs::set_permissions(path, fs::Permissions::from_mode(*mode));
        }
    }
}

#[test]
fn reading_a_folder_changes_nothing_in_it() {
    let f = Folder::new();
    let dir = f.dir();
    let stale = f.file(&format!(".pride-delft.ron.{DEAD_PID}-1.tmp"));
    #[cfg(unix)]
    let guard = ReadOnly::new(&dir);
    #[cfg(unix)]
    if ReadOnly::writable(&dir) {
        eprintln!(
            "note: this user writes into a 0555 folder anyway (root does); the snapshot below is the proof"
        );
    }
    // let any write show in the modification times
    std::thread::sleep(std::time::Duration::from_millis(20));
    let before = snapshot(&dir);

    for _ in 0..2 {
        let full = collection::read_folder(&dir).unwrap();
        let summaries = collection::summarise_folder(&dir).unwrap();
        let expected = [
            "kapot.ron",
            "oud-netwerk.ron",
            "pride-delft (1).ron",
            "pride-delft-2025.ron",
            "pride-delft.ron",
            "vrouwen-leiden.ron",
        ];
        assert_eq!(
            names(&full),
            expected,
            "settings, hidden files and sub-folders are skipped"
        );
        assert_eq!(names(&summaries), expected);
        assert_eq!(full.readable().count(), 5);
        assert_eq!(summaries.readable().count(), 5);
        // the given files, including ones a folder read would skip
        let given = [f.file(".verborgen.ron"), f.file("vrouwen-leiden.ron")];
        let listed = collection::read_files(&given);
        assert_eq!(listed.files.len(), 2);
        assert!(listed.files[0].content.is_err());
        assert!(listed.files[1].content.is_ok());
    }
    assert_eq!(
        snapshot(&dir),
        before,
        "reading the collection changed the folder"
    );
    assert!(stale.exists());
    #[cfg(unix)]
    drop(guard);

    // the stale temporary file is one that opening the folder as a data
    // folder removes: the collection loader is what left it alone
    Store::open(&dir).unwrap();
    assert!(
        !stale.exists(),
        "Store::open removes what the collection kept"
    );
}

#[test]
fn a_folder_that_cannot_be_read_is_an_error_and_is_not_made() {
    let tmp = tempfile::tempdir().unwrap();
    let missing = tmp.path().join("bestaat-niet");
    for err in [
        collection::read_folder(&missing).unwrap_err(),
        collection::summarise_folder(&missing).unwrap_err(),
    ] {
        match &err {
            StorageError::Folder { path, .. } => assert_eq!(path, &missing),
            other => panic!("expected Folder, got {other:?}"),
        }
        assert_eq!(err.path(), Some(missing.as_path()));
        assert!(err.to_string().contains("cannot read this folder"), "{err}");
        let nl = err.describe(reflectietool::Lang::Nl);
        assert!(nl.contains("deze map is niet te lezen"), "{nl}");
    }
    assert!(!missing.exists(), "no folder is created");
}

#[test]
fn a_broken_file_is_reported_with_line_and_column_and_the_rest_loads() {
    let f = Folder::new();
    let c = collection::read_folder(&f.dir()).unwrap();
    let broken = &c.files[0];
    assert_eq!(broken.path, f.file("kapot.ron"));
    let err = broken.content.as_ref().unwrap_err();
    match err {
        StorageError::Reflection(ReflectionError::Invalid { path, problems }) => {
            assert_eq!(path, &f.file("kapot.ron"));
            assert_eq!(problems[0].line, 3);
            assert!(
                (6..=7).contains(&problems[0].column),
                "{}",
                problems[0].column
            );
        }
        other => panic!("expected Invalid, got {other:?}"),
    }
    let place = format!("{}:3:", f.file("kapot.ron").display());
    assert!(err.to_string().starts_with(&place), "{err}");
    assert_eq!(c.unreadable().count(), 1);
    let ids: Vec<&str> = c
        .readable()
        .map(|(_, l)| l.reflection.id.as_str())
        .collect();
    assert_eq!(
        ids,
        [
            "oud-netwerk",
            "pride-delft-kopie",
            "pride-delft-2025",
            "pride-delft",
            "vrouwen-leiden"
        ]
    );
    // each readable file holds what was written, whole
    let (_, delft) = c
        .readable()
        .find(|(p, _)| *p == f.file("pride-delft.ron"))
        .unwrap();
    assert_eq!(
        delft.reflection,
        reflection("pride-delft", "pride-delft", "2026-2027")
    );
}

#[test]
fn files_for_the_same_network_and_year_are_flagged_not_merged() {
    let f = Folder::new();
    // without a network id, files are never taken for the same network
    let mut anonymous = reflection("zonder-a", "", "2026-2027");
    fs::write(f.file("zonder-a.ron"), storage::to_ron(&anonymous)).unwrap();
    anonymous.id = "zonder-b".into();
    fs::write(f.file("zonder-b.ron"), storage::to_ron(&anonymous)).unwrap();

    let full = collection::read_folder(&f.dir()).unwrap();
    let summaries = collection::summarise_folder(&f.dir()).unwrap();
    for groups in [&full.same_network_year, &summaries.same_network_year] {
        assert_eq!(groups.len(), 1, "{groups:?}");
        let g = &groups[0];
        assert_eq!(g.network_id, "pride-delft");
        assert_eq!(g.board_year, "2026-2027");
        let in_group: Vec<&str> = g
            .files
            .iter()
            .map(|i| full.files[*i].path.file_name().unwrap().to_str().unwrap())
            .collect();
        assert_eq!(in_group, ["pride-delft (1).ron", "pride-delft.ron"]);
    }
    // both stay, each with its own content
    let ids: Vec<&str> = full.same_network_year[0]
        .files
        .iter()
        .map(|i| {
            full.files[*i]
                .content
                .as_ref()
                .unwrap()
                .reflection
                .id
                .as_str()
        })
        .collect();
    assert_eq!(ids, ["pride-delft-kopie", "pride-delft"]);
    assert_eq!(full.files.len(), 8);

    // the same pair given as a list, in another order, is flagged by place
    let given = [
        f.file("pride-delft.ron"),
        f.file("vrouwen-leiden.ron"),
        f.file("pride-delft (1).ron"),
    ];
    let listed = collection::summarise_files(&given);
    assert_eq!(listed.same_network_year.len(), 1);
    assert_eq!(listed.same_network_year[0].files, [0, 2]);
}

#[test]
fn format_1_is_upgraded_in_memory_only() {
    let f = Folder::new();
    let path = f.file("oud-netwerk.ron");
    let before = snapshot(&f.dir());
    let c = collection::read_folder(&f.dir()).unwrap();
    let (_, old) = c.readable().find(|(p, _)| *p == path).unwrap();
    assert_eq!(old.upgraded_from, Some(1));
    let r = &old.reflection;
    assert_eq!(r.format_version, FORMAT_VERSION);
    assert_eq!(
        r.network_id, "oud-netwerk",
        "format 1's id becomes the network id"
    );
    assert_eq!(r.profile.board_year, "2024-2025");
    assert_eq!(
        r.notes.get("missie").map(String::as_str),
        Some("gedeelde notitie")
    );
    assert!(r.private_notes.is_empty());
    assert!(r.agreed["vraag"].is_answered());
    let s = collection::summarise_folder(&f.dir()).unwrap();
    let (_, summary) = s.readable().find(|(p, _)| *p == path).unwrap();
    assert_eq!(summary.network_id, "oud-netwerk");
    assert_eq!(summary.answered, 1);
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        FORMAT_1,
        "the file stays format 1"
    );
    assert_eq!(snapshot(&f.dir()), before);
}

/// A file whose outline (id, profile, questionnaire, dates) is fine but
/// whose third respondent gave an answer of a kind that does not exist: a
/// reader that skipped the respondents would call it readable.
#[test]
fn a_file_that_does_not_read_in_full_is_never_listed_as_readable() {
    let f = Folder::new();
    let good = full_reflection(&Questionnaire::builtin_v1(), "diep-kapot", 8);
    let text = storage::to_ron(&good);
    let third = text.find("id: \"r2\"").unwrap();
    let open = third + text[third..].find("Some(Open(").unwrap();
    let bad = format!(
        "{}Some(Banaan({}",
        &text[..open],
        &text[open + "Some(Open(".len()..]
    );
    let line = bad[..open].lines().count();
    assert!(
        line > 40,
        "the error is deep inside the file, on line {line}"
    );
    let path = f.file("diep-kapot.ron");
    fs::write(&path, &bad).unwrap();

    let check = |err: &StorageError| match err {
        StorageError::Reflection(ReflectionError::Invalid { path: p, problems }) => {
            assert_eq!(p, &path);
            assert_eq!(problems[0].line, line, "{err}");
            assert!(problems[0].column > 1, "{err}");
        }
        other => panic!("expected Invalid for the unknown answer kind, got {other:?}"),
    };
    let store_dir = f.dir();
    let listed = Store::open(&store_dir).unwrap().list().unwrap();
    let entry = listed
        .iter()
        .find(|e| match e {
            Ok(s) => s.path == path,
            Err(e) => e.path() == Some(path.as_path()),
        })
        .unwrap();
    check(entry.as_ref().unwrap_err());
    let summaries = collection::summarise_folder(&store_dir).unwrap();
    let file = summaries.files.iter().find(|c| c.path == path).unwrap();
    check(file.content.as_ref().unwrap_err());
    let full = collection::read_folder(&store_dir).unwrap();
    let file = full.files.iter().find(|c| c.path == path).unwrap();
    check(file.content.as_ref().unwrap_err());
    check(&storage::read_reflection(&path).unwrap_err());
}

/// Reading in parallel keeps the listing's order: unreadable files first
/// (by name), then the newest first, ties by name.
#[test]
fn list_order_and_errors_stay_the_same_with_many_files() {
    let tmp = tempfile::tempdir().unwrap();
    let store = Store::open(tmp.path().join("data")).unwrap();
    let q = Questionnaire::builtin_v1();
    let base = full_reflection(&q, "x", 0);
    let mut expected_ok: Vec<(String, String)> = Vec::new();
    let mut expected_err: Vec<PathBuf> = Vec::new();
    for i in 0..60 {
        let id = format!("r{i:02}");
        if i % 7 == 3 {
            let mut text = storage::to_ron(&base);
            text.truncate(text.len() / 2);
            fs::write(store.path_of(&id), text).unwrap();
            expected_err.push(store.path_of(&id));
            continue;
        }
        let mut r = base.clone();
        r.id = id.clone();
        // shuffled dates, some the same
        r.updated = format!("2026-01-{:02}T10:00:00Z", 1 + (i * 37) % 23);
        store.save(&r).unwrap();
        expected_ok.push((r.updated.clone(), id));
    }
    // newest first; the same date in order of file name
    expected_ok.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let list = store.list().unwrap();
    let errs: Vec<PathBuf> = list
        .iter()
        .take_while(|e| e.is_err())
        .map(|e| e.as_ref().unwrap_err().path().unwrap().to_owned())
        .collect();
    assert_eq!(errs, expected_err);
    let oks: Vec<(String, String)> = list[errs.len()..]
        .iter()
        .map(|e| {
            let s = e.as_ref().unwrap();
            (s.updated.clone(), s.id.clone())
        })
        .collect();
    assert_eq!(oks, expected_ok);
}

/// A file over the size limit is refused by its size, and the rest loads;
/// a byte order mark (Windows Notepad writes one) is no problem.
#[test]
fn a_file_over_the_size_limit_is_refused_and_the_rest_loads() {
    use reflectietool::format::reflection::MAX_FILE_BYTES;
    let f = Folder::new();
    let bom = format!(
        "\u{feff}{}",
        storage::to_ron(&reflection("bom", "bom", "2026-2027"))
    );
    fs::write(f.file("bom.ron"), bom).unwrap();
    let path = f.file("enorm.ron");
    // sparse: no disk space is used
    fs::File::create(&path)
        .unwrap()
        .set_len(MAX_FILE_BYTES as u64 + 1)
        .unwrap();
    let c = collection::summarise_folder(&f.dir()).unwrap();
    let file = c.files.iter().find(|c| c.path == path).unwrap();
    match file.content.as_ref().unwrap_err() {
        StorageError::Reflection(ReflectionError::TooLarge {
            path: p,
            size,
            limit,
        }) => {
            assert_eq!(p, &path);
            assert_eq!(*size, MAX_FILE_BYTES + 1);
            assert_eq!(*limit, MAX_FILE_BYTES);
        }
        other => panic!("expected TooLarge, got {other:?}"),
    }
    assert_eq!(c.readable().count(), 6);
    let (_, with_bom) = c.readable().find(|(p, _)| *p == f.file("bom.ron")).unwrap();
    assert_eq!(with_bom.network_id, "bom");
}
