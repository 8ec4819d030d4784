//! Helpers for the tests of the officer's review: a folder of networks'
//! reflections as an officer receives it, a record of every byte and
//! timestamp in it, and opening a review in the window.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

use reflectietool::Questionnaire;
use reflectietool::app::{Command, ReviewCommand};
use reflectietool::sample::network_year;
use reflectietool::storage::to_ron;

use super::H;

/// Writes the folder `netwerken` in `dir`: three networks in three board
/// years (2023-2024 to 2025-2026; the first network with three members
/// who scored alone), a broken file (`kapot.ron`, cut off on line 3), a
/// second file for the second network's 2025-2026 (`z-kopie.ron`) and a
/// fourth network whose file answers questionnaire version 0.9: twelve
/// files. Returns the folder.
pub fn review_folder(dir: &Path) -> PathBuf {
    let q = Questionnaire::builtin_v1();
    let folder = dir.join("netwerken");
    std::fs::create_dir_all(&folder).unwrap();
    for n in 0..3 {
        for y in [2023, 2024, 2025] {
            let r = network_year(&q, n, y, if n == 0 { 3 } else { 0 });
            std::fs::write(folder.join(format!("n{n}-{y}.ron")), to_ron(&r)).unwrap();
        }
    }
    std::fs::write(
        folder.join("kapot.ron"),
        "Reflection(\n  format_version: 2,\n  id: ",
    )
    .unwrap();
    let mut copy = network_year(&q, 1, 2025, 0);
    copy.id = "kopie".into();
    std::fs::write(folder.join("z-kopie.ron"), to_ron(&copy)).unwrap();
    let mut old = network_year(&q, 3, 2025, 0);
    old.questionnaire.version = "0.9".into();
    std::fs::write(folder.join("oud-0.9.ron"), to_ron(&old)).unwrap();
    folder
}

/// Every file in a folder with its bytes, modification time and mode, and
/// the folder's own modification time and mode.
#[derive(Debug, PartialEq)]
pub struct FolderRecord {
    /// Per file name: bytes, modification time, mode.
    pub files: BTreeMap<String, (Vec<u8>, SystemTime, u32)>,
    /// The folder's modification time and mode.
    pub folder: (SystemTime, u32),
}

/// Records every byte, timestamp and mode in a folder (not recursive).
pub fn record(folder: &Path) -> FolderRecord {
    use std::os::unix::fs::PermissionsExt;
    let mut files = BTreeMap::new();
    for e in std::fs::read_dir(folder).unwrap() {
        let e = e.unwrap();
        let meta = e.metadata().unwrap();
        files.insert(
            e.file_name().to_string_lossy().into_owned(),
            (
                std::fs::read(e.path()).unwrap(),
                meta.modified().unwrap(),
                meta.permissions().mode(),
            ),
        );
    }
    let meta = std::fs::metadata(folder).unwrap();
    FolderRecord {
        files,
        folder: (meta.modified().unwrap(), meta.permissions().mode()),
    }
}

/// Makes a folder and its files read-only (`chmod 555` and `444`), or
/// writable again.
pub fn set_read_only(folder: &Path, read_only: bool) {
    use std::os::unix::fs::PermissionsExt;
    let (file_mode, dir_mode) = if read_only {
        (0o444, 0o555)
    } else {
        (0o644, 0o755)
    };
    if !read_only {
        std::fs::set_permissions(folder, std::fs::Permissions::from_mode(dir_mode)).unwrap();
    }
    for e in std::fs::read_dir(folder).unwrap() {
        let p = e.unwrap().path();
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(file_mode)).unwrap();
    }
    if read_only {
        std::fs::set_permissions(folder, std::fs::Permissions::from_mode(dir_mode)).unwrap();
    }
}

/// Steps the program until the review it is reading is open; fails after
/// 20 s.
#[track_caller]
pub fn wait_review(h: &mut H) {
    let start = Instant::now();
    loop {
        h.step();
        let r = &h.state().reviews;
        if r.loading.is_none() && r.open.is_some() {
            h.run();
            return;
        }
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "the review was not read within 20 s"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// Clicks a control that starts reading a review and waits until it is
/// read (stepped, not run: the spinner turns meanwhile).
#[track_caller]
pub fn click_and_read(h: &mut H, q: super::Q<'_>) {
    super::scroll_to(h, q);
    super::find(h, q).click();
    h.step();
    wait_review(h);
}

/// Opens a review of these folders and files, as the home page's button
/// does after the dialog, and waits until it is read.
pub fn open_review(h: &mut H, sources: &[PathBuf]) {
    h.state_mut()
        .push(Command::Review(ReviewCommand::Open(sources.to_vec())));
    // stepped, not run: the spinner turns while the files are read
    h.step();
    wait_review(h);
}

/// Returns the rows of the table on screen, top to bottom, as the names
/// its *Openen* buttons say ("Netwerk (2025-2026)").
pub fn table_rows(h: &H) -> Vec<String> {
    use egui_kittest::kittest::{NodeT, Queryable};
    let mut rows: Vec<(f32, String)> = h
        .query_all_by(|n| {
            n.role() == egui::accesskit::Role::Button
                && n.label()
                    .is_some_and(|l| l.starts_with("Openen: ") || l.starts_with("Open: "))
        })
        .map(|n| {
            let l = n.accesskit_node().label().unwrap_or_default();
            let name = l.split_once(": ").map(|(_, b)| b.to_owned()).unwrap_or(l);
            (n.rect().top(), name)
        })
        .collect();
    rows.sort_by(|a, b| a.0.total_cmp(&b.0));
    rows.into_iter().map(|(_, n)| n).collect()
}
