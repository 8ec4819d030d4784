//! Exporting from the window: the self-assessment and the blank worksheet
//! are made off the UI thread, saved where the user said, and reported with
//! their path; the window stays responsive meanwhile.

mod common;

use std::time::{Duration, Instant};

use common::*;
use reflectietool::app::{Command, ExportKind, Level};

fn wait_exported(h: &mut H) {
    let start = Instant::now();
    while h.state().is_exporting() {
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "the export finished"
        );
        std::thread::sleep(Duration::from_millis(20));
        h.step();
    }
    h.step();
}

fn pdf_text(path: &std::path::Path) -> String {
    let out = std::process::Command::new("pdftotext")
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn the_self_assessment_and_the_worksheet_are_exported_from_the_window() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let mut h = start(tmp.path());
    h.state_mut().open_viewer = false;

    // the worksheet from the home page: the built-in questionnaire
    let worksheet = out.path().join("werkblad");
    h.state_mut()
        .push(Command::ExportTo(ExportKind::Worksheet, worksheet.clone()));
    h.step();
    assert!(h.state().is_exporting() || worksheet.with_extension("pdf").exists());
    wait_exported(&mut h);
    let worksheet = worksheet.with_extension("pdf");
    assert!(pdf_text(&worksheet).contains("Werkblad") || pdf_text(&worksheet).contains("WERKBLAD"));
    let notice = h
        .state()
        .notices
        .last()
        .expect("a notice says where the PDF is")
        .clone();
    assert_eq!(notice.level, Level::Info);
    assert!(
        notice.text.nl.contains(&worksheet.display().to_string()),
        "{notice:?}"
    );
    assert!(has_text_containing(&h, &worksheet.display().to_string()));

    // the self-assessment of a new reflection, in English
    click(&mut h, Q::Label("+ Nieuwe reflectie"));
    type_into(&mut h, Q::Label("Naam van het netwerk"), "Export Şebeke");
    click(&mut h, Q::Label("Beginnen"));
    click(&mut h, Q::Label("English"));
    let pdf = out.path().join("self-assessment.pdf");
    h.state_mut()
        .push(Command::ExportTo(ExportKind::SelfAssessment, pdf.clone()));
    h.step();
    wait_exported(&mut h);
    let text = pdf_text(&pdf);
    assert!(
        text.contains("Export Şebeke"),
        "the network is on the cover"
    );
    assert!(text.contains("SELF-ASSESSMENT") || text.contains("Self-assessment"));
    assert!(
        h.state()
            .notices
            .last()
            .unwrap()
            .text
            .en
            .contains("The PDF is saved")
    );

    // a folder that does not exist: a clear error, no crash
    let bad = out.path().join("nope").join("x.pdf");
    h.state_mut()
        .push(Command::ExportTo(ExportKind::SelfAssessment, bad.clone()));
    h.step();
    wait_exported(&mut h);
    let notice = h.state().notices.last().unwrap();
    assert_eq!(notice.level, Level::Error);
    assert!(
        notice.text.en.contains(&bad.display().to_string()),
        "{notice:?}"
    );
    assert!(!bad.exists());
    close_window(h);
}
