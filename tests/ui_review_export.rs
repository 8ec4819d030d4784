//! Exporting from the officer's review in the window: *Exporteren* makes
//! the overview PDF and the CSV files, *Terugkoppelingsbrief (pdf)…* the
//! letter to one network with the officer's feedback in it. Each is made
//! off the UI thread, written where the officer chose (a stand-in picker
//! replaces the system dialog), reported with its path, and not a byte
//! changes in the networks' folder, which is read-only throughout.

mod common;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::review::*;
use common::*;
use reflectietool::app::screens::review::feedback::GENERAL_LABEL;
use reflectietool::app::workers::dialogs::{Answer, Purpose, Request};
use reflectietool::app::{ExportKind, Level};

fn wait_exported(h: &mut H) {
    let start = Instant::now();
    while h.state().is_exporting() || h.state().is_dialog_open() {
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "the export finished"
        );
        std::thread::sleep(Duration::from_millis(20));
        h.step();
    }
    h.run();
}

fn pdf_text(path: &Path) -> String {
    let out = std::process::Command::new("pdftotext")
        .args(["-layout"])
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    assert!(out.status.success(), "pdftotext read {}", path.display());
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A picker that answers every dialog with the next of `answers` and
/// records what it was asked.
fn picker(h: &mut H, answers: Vec<PathBuf>) -> Arc<Mutex<Vec<Request>>> {
    let asked: Arc<Mutex<Vec<Request>>> = Arc::default();
    let asked_in = asked.clone();
    let answers = Mutex::new(answers.into_iter());
    h.state_mut().set_file_picker(Arc::new(move |r: &Request| {
        asked_in.lock().unwrap().push(r.clone());
        match answers.lock().unwrap().next() {
            Some(p) => Answer::Chosen(p),
            None => Answer::Cancelled,
        }
    }));
    asked
}

/// Opens the *Exporteren* menu and clicks one of its items.
fn export_menu(h: &mut H, item: &str) {
    click(h, Q::Label("Exporteren"));
    // stepped, not run: a spinner turns while the export is made
    find(h, Q::Label(item)).click();
    h.step();
}

fn last_notice(h: &H) -> (Level, String) {
    let n = h.state().notices.last().expect("a notice says how it went");
    (n.level, n.text.nl.clone())
}

#[test]
fn the_overview_the_csv_files_and_a_feedback_letter_are_exported_from_the_window() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let folder = review_folder(tmp.path());
    let out = tmp.path().join("uit");
    std::fs::create_dir_all(&out).unwrap();
    set_read_only(&folder, true);
    let before = record(&folder);

    let mut h = start_sized(&data, egui::vec2(1400.0, 1000.0));
    h.state_mut().open_viewer = false;
    let overview = out.join("overzicht");
    let csv = out.join("csv");
    let letter = out.join("brief.pdf");
    let asked = picker(&mut h, vec![overview.clone(), csv.clone(), letter.clone()]);
    open_review(&mut h, &[folder.clone()]);

    // the overview PDF: every readable network, and the broken file named
    export_menu(&mut h, "Overzicht (pdf)…");
    wait_exported(&mut h);
    let overview = overview.with_extension("pdf");
    let (level, text) = last_notice(&h);
    assert_eq!(level, Level::Info, "{text}");
    assert!(text.contains(&overview.display().to_string()), "{text}");
    let pdf = pdf_text(&overview);
    for name in ["Ünal", "kapot.ron"] {
        assert!(pdf.contains(name), "{name} is in the overview:\n{pdf}");
    }

    // the CSV files for Dutch Excel, into a folder of their own
    export_menu(&mut h, "Csv voor Excel (puntkomma)…");
    wait_exported(&mut h);
    let (level, text) = last_notice(&h);
    assert_eq!(level, Level::Info, "{text}");
    for name in ["answers_long.csv", "summary_wide.csv", "codebook.csv"] {
        let bytes = std::fs::read(csv.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(
            bytes.starts_with(b"\xEF\xBB\xBF"),
            "{name} starts with a BOM"
        );
        let head = String::from_utf8_lossy(&bytes[3..]);
        let head = head.lines().next().unwrap_or_default();
        assert!(
            head.contains(';'),
            "{name} is separated by semicolons: {head}"
        );
    }
    let mut summary = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_path(csv.join("summary_wide.csv"))
        .unwrap();
    // three networks in three years, the copy and the 0.9 network
    assert_eq!(summary.records().count(), 11, "one row per readable file");

    // the feedback letter of one network, with the officer's words in it
    click(
        &mut h,
        Q::Label("Openen: Studentenvereniging Ünal & Łukasz (2025-2026)"),
    );
    let words = "Jullie actiepunten voor maart zijn helder; wij denken mee over een ruimte.";
    type_into(&mut h, Q::Label(GENERAL_LABEL.0), words);
    scroll_to(&mut h, Q::Label("Terugkoppelingsbrief (pdf)…"));
    find(&mut h, Q::Label("Terugkoppelingsbrief (pdf)…")).click();
    h.step();
    wait_exported(&mut h);
    let (level, text) = last_notice(&h);
    assert_eq!(level, Level::Info, "{text}");
    let pdf = pdf_text(&letter);
    let flat = pdf.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("Ünal"),
        "the letter names the network:\n{pdf}"
    );
    assert!(
        flat.contains("Jullie actiepunten voor maart zijn helder"),
        "the letter holds the feedback just typed:\n{pdf}"
    );

    // three dialogs: a PDF, a folder, a PDF named after the network
    let asked = asked.lock().unwrap();
    assert_eq!(asked.len(), 3);
    assert!(
        asked
            .iter()
            .all(|r| matches!(r.purpose, Purpose::Export { .. })),
        "{asked:?}"
    );
    assert!(matches!(
        asked[1].purpose,
        Purpose::Export {
            kind: ExportKind::ReviewCsv(_),
            ..
        }
    ));
    assert!(
        asked[2]
            .file_name
            .as_deref()
            .is_some_and(|n| n.ends_with(".pdf")),
        "{:?}",
        asked[2].file_name
    );
    drop(asked);
    close_window(h);
    assert!(
        record(&folder) == before,
        "not a byte or timestamp changed in the networks' folder"
    );
    set_read_only(&folder, false);
}

#[test]
fn csv_into_the_networks_own_folder_is_refused_and_says_what_to_do() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let folder = review_folder(tmp.path());
    let before = record(&folder);
    let mut h = start_sized(&data, egui::vec2(1400.0, 1000.0));
    h.state_mut().open_viewer = false;
    picker(&mut h, vec![folder.clone()]);
    open_review(&mut h, &[folder.clone()]);
    export_menu(&mut h, "Csv (komma)…");
    wait_exported(&mut h);
    let (level, text) = last_notice(&h);
    assert_eq!(level, Level::Error, "{text}");
    assert!(
        text.contains("andere map"),
        "the message says what to do: {text}"
    );
    close_window(h);
    assert!(record(&folder) == before, "nothing was written there");
}
