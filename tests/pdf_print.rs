//! The two documents and what goes in: the short self-assessment for the
//! general assembly (2–4 pages: cover, summary with radar, positions,
//! actions, adoption line) and the full one for the diversity officer, with
//! notes, reasons and dissent, and discuss-later marks switched on and off.
//! Private notes never print. Checked through `pdftotext` (poppler), and
//! through the `export` command run as the real program.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::Command;

use reflectietool::Lang;
use reflectietool::model::questionnaire::{QuestionKind, Questionnaire};
use reflectietool::model::reflection::Reflection;
use reflectietool::report::{self, Document, Print, PrintOptions};
use reflectietool::{sample, storage};

fn date() -> jiff::civil::Date {
    jiff::civil::date(2026, 11, 24)
}

/// The text of a PDF, as `pdftotext` reads it (pages end with a form feed).
fn pdftotext(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("x.pdf");
    std::fs::write(&path, pdf).unwrap();
    text_of(&path)
}

fn text_of(path: &Path) -> String {
    let out = Command::new("pdftotext")
        .args(["-layout"])
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext runs (install poppler-utils)");
    assert!(out.status.success(), "pdftotext failed");
    String::from_utf8(out.stdout).unwrap()
}

fn page_count(text: &str) -> usize {
    let mut p: Vec<&str> = text.split('\x0c').collect();
    if p.last().is_some_and(|l| l.trim().is_empty()) {
        p.pop();
    }
    p.len()
}

/// The text with all whitespace collapsed, so that a phrase reads the same
/// wherever a line broke.
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The sample reflection with marks that are easy to find: a note, a
/// reason and a dissent that print only when asked for.
fn marked() -> (Questionnaire, Reflection) {
    let q = Questionnaire::builtin_v1();
    let mut r = sample::full_reflection(&q, "kort", 2);
    for (i, note) in r.notes.values_mut().enumerate() {
        *note = format!("NOTEMARK{i} wat het bestuur opviel");
    }
    for e in r.agreed.values_mut() {
        if !e.rationale.is_empty() {
            e.rationale = "REASONMARK omdat het zo is".into();
        }
        if !e.dissent.is_empty() {
            e.dissent = "DISSENTMARK de penningmeester niet".into();
        }
    }
    assert!(r.agreed.values().any(|e| e.discuss_later));
    assert!(!r.private_notes.is_empty());
    (q, r)
}

fn make(r: &Reflection, q: &Questionnaire, lang: Lang, print: Print) -> String {
    let pdf = report::print_pdf_on(r, q, lang, date(), print).expect("the document is made");
    pdftotext(&pdf)
}

#[test]
fn the_short_document_is_two_to_four_pages_with_summary_actions_and_adoption() {
    let (q, r) = marked();
    for lang in [Lang::Nl, Lang::En] {
        let short = make(&r, &q, lang, Print::new(Document::Short));
        let full = make(&r, &q, lang, Print::new(Document::Full));
        let pages = page_count(&short);
        assert!(
            (2..=4).contains(&pages),
            "{lang:?}: the short document has {pages} pages"
        );
        assert!(
            page_count(&full) > pages + 4,
            "{lang:?}: the full one is much longer"
        );
        let text = flat(&short);
        let l = |nl: &'static str, en: &'static str| lang.pick(nl, en);
        // the cover
        assert!(
            text.contains(&r.profile.name),
            "{lang:?}: network on the cover"
        );
        assert!(
            text.contains(&l("IN HET KORT", "IN BRIEF")),
            "{lang:?}: {text}"
        );
        // the summary: radar, positions, actions
        assert!(text.contains(l("Stellingen per thema", "Statements per theme")));
        for (_, question) in q.questions() {
            if let QuestionKind::Position { left, .. } = &question.kind {
                let prompt: String = question.prompt.get(lang).chars().take(30).collect();
                assert!(
                    text.contains(prompt.trim()),
                    "{lang:?}: position «{prompt}»"
                );
                let pole: String = left.get(lang).chars().take(12).collect();
                assert!(text.contains(pole.trim()), "{lang:?}: its pole «{pole}»");
            }
        }
        assert!(text.contains(l("Actiepunten", "Action points")));
        assert!(text.contains("Voorzitter"), "{lang:?}: the actions' who");
        // the adoption line
        assert!(
            text.contains(l(
                "Vastgesteld door het bestuur op",
                "Adopted by the board on"
            )),
            "{lang:?}: the adoption line"
        );
        // not what was left out
        assert!(!text.contains("NOTEMARK"), "{lang:?}: no notes by default");
        assert!(!text.contains("REASONMARK"), "{lang:?}: no reasons");
        assert!(!text.contains("DISSENTMARK"), "{lang:?}: no dissent");
        assert!(!text.contains(l("Later bespreken", "Discuss later")));
        assert!(!text.contains("PRIVATE-NOTE"), "{lang:?}: no private notes");
        // the full document has the answers the short one leaves out
        assert!(flat(&full).contains(l("ALLE ANTWOORDEN", "ALL ANSWERS")));
        assert!(!text.contains(l("ALLE ANTWOORDEN", "ALL ANSWERS")));
    }
}

#[test]
fn the_options_switch_notes_reasons_and_discuss_later() {
    let (q, r) = marked();
    let lang = Lang::Nl;
    // the full document's defaults: notes and reasons, no discuss-later marks
    let text = flat(&make(&r, &q, lang, Print::new(Document::Full)));
    assert!(text.contains("NOTEMARK0"));
    assert!(text.contains("REASONMARK"));
    assert!(text.contains("DISSENTMARK"));
    assert!(!text.contains("Later bespreken"));
    // all off
    let none = Print {
        document: Document::Full,
        options: PrintOptions::NONE,
    };
    let text = flat(&make(&r, &q, lang, none));
    assert!(!text.contains("NOTEMARK"));
    assert!(!text.contains("REASONMARK"));
    assert!(!text.contains("DISSENTMARK"));
    assert!(!text.contains("Later bespreken"));
    // each one alone
    for (options, present, absent) in [
        (
            PrintOptions {
                notes: true,
                ..PrintOptions::NONE
            },
            "NOTEMARK0",
            "REASONMARK",
        ),
        (
            PrintOptions {
                reasons: true,
                ..PrintOptions::NONE
            },
            "DISSENTMARK",
            "NOTEMARK",
        ),
        (
            PrintOptions {
                discuss_later: true,
                ..PrintOptions::NONE
            },
            "Later bespreken",
            "REASONMARK",
        ),
    ] {
        let text = flat(&make(
            &r,
            &q,
            lang,
            Print {
                document: Document::Full,
                options,
            },
        ));
        assert!(text.contains(present), "{options:?}: {present} prints");
        assert!(!text.contains(absent), "{options:?}: {absent} does not");
        assert!(!text.contains("PRIVATE-NOTE"));
    }
    // the short document with notes and discuss-later marks: a section each
    let short_all = Print {
        document: Document::Short,
        options: PrintOptions::ALL,
    };
    let raw = make(&r, &q, lang, short_all);
    let text = flat(&raw);
    assert!(text.contains("NOTEMARK0"));
    assert!(text.contains("Later bespreken"));
    assert!(!text.contains("PRIVATE-NOTE"));
    let full = make(&r, &q, lang, Print::new(Document::Full));
    assert!(
        page_count(&raw) < page_count(&full) / 2,
        "still short: {}",
        page_count(&raw)
    );
}

#[test]
fn private_notes_never_print_in_any_choice() {
    let (q, r) = marked();
    for document in Document::ALL {
        for options in [PrintOptions::NONE, PrintOptions::ALL] {
            for lang in [Lang::Nl, Lang::En] {
                let text = make(&r, &q, lang, Print { document, options });
                assert!(
                    !text.contains("PRIVATE-NOTE"),
                    "{document:?} {options:?} {lang:?}"
                );
            }
        }
    }
}

#[test]
fn the_file_names_differ_per_document() {
    let (_, r) = marked();
    let short = report::document::file_name(&r, Lang::Nl, Document::Short);
    let full = report::document::file_name(&r, Lang::Nl, Document::Full);
    assert_ne!(short, full);
    assert!(short.ends_with("-in-het-kort.pdf"), "{short}");
    assert_eq!(full, report::self_assessment_file_name(&r, Lang::Nl));
    assert!(report::document::file_name(&r, Lang::En, Document::Short).ends_with("-in-brief.pdf"));
}

// ---------------------------------------------------------------------------
// The command line
// ---------------------------------------------------------------------------

fn run(args: &[&OsStr], data_dir: &Path) -> (Option<i32>, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_reflectietool"))
        .args(args)
        .env("REFLECTIETOOL_DATA_DIR", data_dir)
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .output()
        .expect("the program starts");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(!stderr.contains("panicked"), "{stderr}");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr,
    )
}

fn export(file: &Path, out: &Path, extra: &[&str], dir: &Path) -> (Option<i32>, String) {
    let mut args: Vec<&OsStr> = vec![
        OsStr::new("export"),
        file.as_os_str(),
        OsStr::new("--out"),
        out.as_os_str(),
        OsStr::new("--lang"),
        OsStr::new("nl"),
    ];
    args.extend(extra.iter().map(OsStr::new));
    let (code, _, stderr) = run(&args, dir);
    (code, stderr)
}

#[test]
fn cli_export_chooses_the_document_and_what_goes_in() {
    let dir = tempfile::tempdir().unwrap();
    let (_, r) = marked();
    let file: PathBuf = dir.path().join("kort.ron");
    std::fs::write(&file, storage::to_ron(&r)).unwrap();
    let out = dir.path().join("x.pdf");

    // the default: the full document with notes and reasons
    let (code, err) = export(&file, &out, &[], dir.path());
    assert_eq!(code, Some(0), "{err}");
    let full = text_of(&out);
    assert!(flat(&full).contains("NOTEMARK0"));
    assert!(flat(&full).contains("REASONMARK"));
    assert!(!flat(&full).contains("Later bespreken"));

    // the short one
    let (code, err) = export(&file, &out, &["--document", "kort"], dir.path());
    assert_eq!(code, Some(0), "{err}");
    let short = text_of(&out);
    assert!((2..=4).contains(&page_count(&short)));
    assert!(page_count(&short) < page_count(&full));
    assert!(flat(&short).contains("Vastgesteld door het bestuur op"));
    assert!(!flat(&short).contains("NOTEMARK"));

    // the short one with notes; the full one without anything
    let (code, err) = export(
        &file,
        &out,
        &["--document", "kort", "--include", "notes"],
        dir.path(),
    );
    assert_eq!(code, Some(0), "{err}");
    assert!(flat(&text_of(&out)).contains("NOTEMARK0"));
    let (code, err) = export(
        &file,
        &out,
        &["--document", "volledig", "--include", "none"],
        dir.path(),
    );
    assert_eq!(code, Some(0), "{err}");
    let none = flat(&text_of(&out));
    assert!(!none.contains("NOTEMARK") && !none.contains("REASONMARK"));
    let (code, err) = export(
        &file,
        &out,
        &["--include", "reasons,discuss-later"],
        dir.path(),
    );
    assert_eq!(code, Some(0), "{err}");
    let both = flat(&text_of(&out));
    assert!(both.contains("REASONMARK") && both.contains("Later bespreken"));
    assert!(!both.contains("NOTEMARK") && !both.contains("PRIVATE-NOTE"));

    // a document or part it does not know: a clear message, exit 2 (usage)
    let (code, err) = export(&file, &out, &["--document", "lang"], dir.path());
    assert_ne!(code, Some(0));
    assert!(err.contains("kort") && err.contains("volledig"), "{err}");
    let (code, err) = export(&file, &out, &["--include", "alles"], dir.path());
    assert_ne!(code, Some(0));
    assert!(err.contains("discuss-later"), "{err}");
}

/// Writes both documents in both languages to `$PDF_DUMP_DIR` for looking
/// at them: `cargo test --test pdf_print -- --ignored dump`.
#[test]
#[ignore]
fn dump() {
    let dir = PathBuf::from(std::env::var("PDF_DUMP_DIR").unwrap_or_else(|_| "/tmp/pdfs".into()));
    std::fs::create_dir_all(&dir).unwrap();
    let q = Questionnaire::builtin_v1();
    let r = sample::full_reflection(&q, "vol", 2);
    for lang in [Lang::Nl, Lang::En] {
        for document in Document::ALL {
            let pdf = report::print_pdf_on(&r, &q, lang, date(), Print::new(document)).unwrap();
            std::fs::write(
                dir.join(format!("{}-{}.pdf", document.key(), lang.code())),
                pdf,
            )
            .unwrap();
        }
    }
}
