//! The officer's documents: the overview of a review and the feedback
//! letter to one network, checked through the text that `pdftotext`
//! (poppler) reads from them. Private notes never print; the same input
//! gives the same bytes; 300 networks still typeset, with the table's
//! header on every page of the table.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;
use std::sync::Arc;

use reflectietool::model::reflection::Sharing;
use reflectietool::review::feedback::Feedback;
use reflectietool::review::{Review, ReviewEntry};
use reflectietool::storage::catalogue::Catalogue;
use reflectietool::{Lang, Questionnaire, report, sample, storage};

fn date() -> jiff::civil::Date {
    jiff::civil::date(2026, 11, 25)
}

/// The text of a PDF, as `pdftotext` reads it (pages end with a form feed).
fn pdftotext(pdf: &[u8]) -> String {
    assert!(pdf.starts_with(b"%PDF-"), "not a PDF");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("x.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext runs (install poppler-utils)");
    assert!(out.status.success(), "pdftotext failed");
    String::from_utf8(out.stdout).unwrap()
}

/// Collapses every run of whitespace into one space.
fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn assert_has(text: &str, needle: &str, what: &str) {
    assert!(
        text.contains(&squash(needle)),
        "{what}: «{needle}» is missing"
    );
}

/// Says whether `word` stands in `text` as a word of its own.
fn has_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// The words that issue 8 retired (see tests/words.rs), and each
/// language's headings that must not show in the other.
fn not_in(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::Nl => &[
            "Aantekeningen",
            "Actieplan",
            "Nog te bespreken",
            "Afgehandeld",
            "Stand",
            "Overview",
            "Feedback",
            "Per theme",
            "What networks ask",
            "Action points",
            "PDF",
        ],
        Lang::En => &[
            "Action plan",
            "Still to discuss",
            "Handled",
            "Dismiss",
            "Overzicht",
            "Terugkoppeling",
            "Per thema",
            "Wat netwerken vragen",
            "Actiepunten",
        ],
    }
}

/// Three networks in two board years and a broken file, in a folder.
fn folder() -> tempfile::TempDir {
    let q = Questionnaire::builtin_v1();
    let tmp = tempfile::tempdir().unwrap();
    for n in 0..3 {
        for y in [2025, 2026] {
            let r = sample::network_year(&q, n, y, if n == 0 { 3 } else { 0 });
            assert!(r.private_notes.values().any(|t| t.contains("PRIVATE-NOTE")));
            std::fs::write(
                tmp.path().join(format!("n{n}-{y}.ron")),
                storage::to_ron(&r),
            )
            .unwrap();
        }
    }
    std::fs::write(
        tmp.path().join("kapot-bestand.ron"),
        "Reflection(\n  format_version: 2,\n  id: ",
    )
    .unwrap();
    tmp
}

fn catalogue() -> Catalogue {
    Catalogue::builtin(Arc::new(Questionnaire::builtin_v1()))
}

fn open(dir: &Path) -> Review {
    let review = Review::open(&[dir.to_owned()], &catalogue());
    assert_eq!(review.entries.len(), 6);
    assert_eq!(review.unreadable.len(), 1);
    review
}

#[test]
fn the_overview_names_every_network_theme_level_ask_and_unreadable_file() {
    let tmp = folder();
    let review = open(tmp.path());
    let q = Questionnaire::builtin_v1();
    for lang in [Lang::Nl, Lang::En] {
        let pdf = report::review_overview_pdf_on(&review, lang, date()).unwrap();
        let raw = pdftotext(&pdf);
        let text = squash(&raw);
        for e in &review.entries {
            assert_has(&text, &e.name(), "a network's name");
            assert_has(&text, e.board_year(), "a board year");
        }
        // the themes with statements are columns and axes; the levels are words
        for t in q.themes.iter().skip(1) {
            assert_has(&text, t.title.get(lang), "a theme's title");
        }
        let levels: Vec<&str> = q.scales[0]
            .levels
            .iter()
            .map(|l| l.label.get(lang))
            .collect();
        let used = levels.iter().filter(|l| text.contains(*l)).count();
        assert!(used >= 3, "{lang:?}: only {used} of the level words print");
        // what networks ask: per option the number of networks
        let asks = reflectietool::review::asks::asks(&review, &review.latest_per_network());
        let first = asks.iter().find(|a| !a.options.is_empty()).unwrap();
        assert_has(&text, first.prompt.get(lang), "what networks ask");
        for o in &first.options {
            assert_has(
                &text,
                &format!("{} {}", o.label.get(lang), o.entries.len()),
                "an option with its count",
            );
        }
        let answered = format!("{} {} 3", first.answered, lang.pick("van de", "of the"));
        assert_has(&text, &answered, "how many networks answered");
        // the cover: how many, which years, read-only, the broken file
        assert_has(
            &text,
            lang.pick(
                "3 netwerken · 6 bestanden gelezen",
                "3 networks · 6 files read",
            ),
            "the cover",
        );
        assert_has(&text, "2025-2026, 2026-2027", "the board years");
        assert_has(&text, "kapot-bestand.ron", "the unreadable file");
        assert_has(&text, "kapot-bestand.ron:3:", "the unreadable file's line");
        assert_has(&text, lang.pick("Alleen gelezen", "Read only"), "read-only");
        assert_has(
            &text,
            &report::words::word_in("ov_average", lang).to_string(),
            "the average network",
        );
        // a paragraph per network, generated from its data
        assert_has(
            &text,
            lang.pick("Sterkste thema:", "Strongest theme:"),
            "a paragraph",
        );
        assert_has(
            &text,
            lang.pick("3 actiepunten.", "3 action points."),
            "the action points",
        );
        // the change since last year
        assert!(
            text.contains('↑') || text.contains('↓'),
            "{lang:?}: no arrow of change"
        );
        assert!(
            !text.contains("PRIVATE-NOTE"),
            "{lang:?}: a private note printed"
        );
        for word in not_in(lang) {
            assert!(
                !has_word(&text, word),
                "{lang:?}: the overview says «{word}»"
            );
        }
        let warnings = report::review_overview_warnings(&review, lang).unwrap();
        assert!(warnings.is_empty(), "{warnings:?}");
    }
}

#[test]
fn the_overview_is_the_same_twice_and_differs_by_language() {
    let tmp = folder();
    let review = open(tmp.path());
    let a = report::review_overview_pdf_on(&review, Lang::Nl, date()).unwrap();
    let b = report::review_overview_pdf_on(&open(tmp.path()), Lang::Nl, date()).unwrap();
    assert!(a == b, "the same review gave two different PDFs");
    let en = report::review_overview_pdf_on(&review, Lang::En, date()).unwrap();
    assert!(a != en);
}

/// The officer's feedback to a network, with a marker in every text.
fn feedback(e: &ReviewEntry) -> Feedback {
    Feedback {
        network: e.name(),
        board_year: e.board_year().to_owned(),
        general: "Mooi dat jullie de leden zelf lieten meedenken.\n\nALGEMEEN-ZEVEN".into(),
        themes: BTreeMap::from([
            (
                "waarde".to_owned(),
                "THEMA-WAARDE: vraag alumni om mee te doen.".to_owned(),
            ),
            (
                "verdwenen".to_owned(),
                "THEMA-ONBEKEND blijft staan".to_owned(),
            ),
        ]),
    }
}

#[test]
fn the_letter_holds_the_feedback_and_the_summary_and_no_private_note() {
    let tmp = folder();
    let review = open(tmp.path());
    let q = Questionnaire::builtin_v1();
    let e = &review.entries[0];
    // even an entry that still had its private notes prints none of them
    let mut full = e.clone();
    full.reflection = sample::network_year(&q, 0, 2025, 3);
    assert!(!full.reflection.private_notes.is_empty());
    for entry in [e, &full] {
        for lang in [Lang::Nl, Lang::En] {
            let fb = feedback(entry);
            let pdf = report::feedback_letter_pdf_on(entry, &fb, lang, date()).unwrap();
            let text = squash(&pdftotext(&pdf));
            assert_has(&text, &entry.name(), "the network's name");
            assert_has(
                &text,
                "Mooi dat jullie de leden zelf lieten meedenken.",
                "the general feedback",
            );
            assert_has(
                &text,
                "ALGEMEEN-ZEVEN",
                "the general feedback's second paragraph",
            );
            assert_has(
                &text,
                "THEMA-WAARDE: vraag alumni om mee te doen.",
                "a theme's feedback",
            );
            assert_has(
                &text,
                "THEMA-ONBEKEND blijft staan",
                "feedback on a theme the questionnaire lacks",
            );
            assert_has(&text, q.themes[1].title.get(lang), "the theme's title");
            assert_has(
                &text,
                &report::words::word_in("fb_title", lang).to_string(),
                "the title",
            );
            assert_has(&text, report::words::word_in("now", lang), "the positions");
            assert_has(
                &text,
                &format!("Actie 1 van {}", entry.name()),
                "a shared action point",
            );
            assert!(
                !text.contains("PRIVATE-NOTE"),
                "{lang:?}: a private note printed"
            );
            for word in not_in(lang) {
                assert!(!has_word(&text, word), "{lang:?}: the letter says «{word}»");
            }
            let warnings = report::feedback_letter_warnings(entry, &fb, lang).unwrap();
            assert!(warnings.is_empty(), "{warnings:?}");
            let again = report::feedback_letter_pdf_on(entry, &fb, lang, date()).unwrap();
            assert!(pdf == again, "the same letter gave two different PDFs");
        }
    }
}

#[test]
fn the_letter_keeps_unshared_action_points_out_and_works_without_a_questionnaire() {
    let tmp = folder();
    let review = open(tmp.path());
    let mut e = review.entries[1].clone();
    e.reflection.sharing = Sharing {
        actions: false,
        ..Sharing::default()
    };
    for lang in [Lang::Nl, Lang::En] {
        let text = squash(&pdftotext(
            &report::feedback_letter_pdf_on(&e, &feedback(&e), lang, date()).unwrap(),
        ));
        assert!(
            !text.contains("Actie 1 van"),
            "{lang:?}: an unshared action point printed"
        );
        assert_has(
            &text,
            report::words::word_in("fb_actions_not_shared", lang),
            "not shared",
        );
    }
    // no questionnaire: the feedback still prints, under the theme's id
    e.questionnaire = None;
    let text = squash(&pdftotext(
        &report::feedback_letter_pdf_on(&e, &feedback(&e), Lang::Nl, date()).unwrap(),
    ));
    assert_has(&text, "THEMA-WAARDE", "a theme's feedback");
    assert_has(
        &text,
        report::words::word_in("fb_unknown_q", Lang::Nl),
        "the unknown questionnaire",
    );
    // nothing written: the letter says so
    let text = squash(&pdftotext(
        &report::feedback_letter_pdf_on(&review.entries[2], &Feedback::default(), Lang::En, date())
            .unwrap(),
    ));
    assert_has(
        &text,
        report::words::word_in("fb_general_none", Lang::En),
        "no feedback",
    );
}

#[test]
fn three_hundred_networks_typeset_with_the_header_on_every_table_page() {
    let q = Arc::new(Questionnaire::builtin_v1());
    let entries: Vec<ReviewEntry> = (0..300)
        .flat_map(|n| [2025, 2026].map(|y| (n, y)))
        .map(|(n, y)| ReviewEntry {
            path: format!("/stick/n{n}-{y}.ron").into(),
            // private notes left in: the documents never read them
            reflection: sample::network_year(&q, n, y, if n % 10 == 0 { 4 } else { 0 }),
            questionnaire: Some(q.clone()),
            upgraded_from: None,
        })
        .collect();
    let review = Review::from_entries(vec!["/stick".into()], entries, Vec::new());
    let pdf = report::review_overview_pdf_on(&review, Lang::Nl, date()).unwrap();
    let raw = pdftotext(&pdf);
    let pages: Vec<&str> = raw.split('\x0c').filter(|p| !p.trim().is_empty()).collect();
    assert_eq!(
        pages.len(),
        report::review_overview_pages(&review, Lang::Nl).unwrap()
    );
    assert!(pages.len() > 20, "600 rows on only {} pages", pages.len());
    // every page of the table repeats its header
    let word = |k: &str| report::words::word_in(k, Lang::Nl);
    let start = pages
        .iter()
        .position(|p| p.contains(word("ov_table")))
        .unwrap();
    let end = pages
        .iter()
        .position(|p| p.contains(word("ov_average")))
        .unwrap();
    assert!(
        end - start >= 10,
        "the table has only {} pages",
        end - start
    );
    for (i, p) in pages[start..end].iter().enumerate() {
        let p = squash(p);
        for header in [word("ov_change"), word("ov_complete"), word("board_year")] {
            assert!(p.contains(header), "table page {} lacks «{header}»", i + 1);
        }
    }
    let text = squash(&raw);
    assert!(!text.contains("PRIVATE-NOTE"));
    for e in [&review.entries[1], &review.entries[599]] {
        assert_has(&text, &e.title(), "a network's paragraph");
    }
    assert_has(&text, "300 netwerken · 600 bestanden gelezen", "the cover");
}

/// What one run of the real program gave: the exit code, stdout, stderr.
fn run(args: &[&str]) -> (Option<i32>, String, String) {
    let data = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_reflectietool"))
        .args(args)
        .env("REFLECTIETOOL_DATA_DIR", data.path())
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C")
        .output()
        .expect("the program starts");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(!stderr.contains("panicked"), "{args:?} panicked:\n{stderr}");
    (
        out.status.code(),
        String::from_utf8(out.stdout).unwrap(),
        stderr,
    )
}

/// Every name in a folder with its size and time of change.
fn snapshot(dir: &Path) -> Vec<(String, u64, std::time::SystemTime)> {
    let mut out: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            let m = e.metadata().unwrap();
            (
                e.file_name().to_string_lossy().into_owned(),
                m.len(),
                m.modified().unwrap(),
            )
        })
        .collect();
    out.sort();
    out
}

#[test]
fn the_review_command_writes_the_overview_and_names_the_broken_file() {
    let tmp = folder();
    let before = snapshot(tmp.path());
    let out = tempfile::tempdir().unwrap();
    let pdf = out.path().join("overzicht.pdf");
    let p = pdf.to_str().unwrap();
    let dir = tmp.path().to_str().unwrap();
    // a broken file: the PDF is still made, the file is named with its
    // line and column, and the exit code is 1
    let (code, stdout, stderr) = run(&["review", dir, "--pdf", p]);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stderr.contains("kapot-bestand.ron:3:"), "{stderr}");
    assert!(stdout.contains(p), "{stdout}");
    assert!(
        stdout.contains("6 reflectie(s) in het overzicht; 1 bestand(en) niet te lezen"),
        "{stdout}"
    );
    let text = squash(&pdftotext(&std::fs::read(&pdf).unwrap()));
    assert_has(&text, "Overzicht van de netwerken", "the Dutch title");
    assert_has(&text, "kapot-bestand.ron", "the unreadable file");
    // English, with the CSV files as well, from the files alone: exit 0
    let files: Vec<String> = ["n0-2025", "n0-2026", "n1-2026"]
        .iter()
        .map(|n| tmp.path().join(format!("{n}.ron")).display().to_string())
        .collect();
    let csv = out.path().join("csv");
    let mut args = vec!["--lang", "en", "review"];
    args.extend(files.iter().map(String::as_str));
    args.extend(["--csv", csv.to_str().unwrap(), "--pdf", p]);
    let (code, stdout, stderr) = run(&args);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(csv.join("summary_wide.csv").exists());
    assert!(
        stdout.contains("3 reflection(s) in the overview"),
        "{stdout}"
    );
    let text = squash(&pdftotext(&std::fs::read(&pdf).unwrap()));
    assert_has(&text, "Overview of the networks", "the English title");
    assert_has(&text, "2 networks · 3 files read", "the cover");
    // never into a folder under review, and that folder is untouched
    let inside = tmp.path().join("overzicht.pdf");
    let (code, _, stderr) = run(&[
        "--lang",
        "en",
        "review",
        dir,
        "--pdf",
        inside.to_str().unwrap(),
    ]);
    assert_eq!(code, Some(1));
    assert!(stderr.contains("no PDF goes here"), "{stderr}");
    assert!(!inside.exists());
    assert_eq!(before, snapshot(tmp.path()));
    // a PDF that cannot be written says where and why
    let nowhere = out.path().join("bestaat-niet").join("x.pdf");
    let (code, _, stderr) = run(&["review", dir, "--pdf", nowhere.to_str().unwrap()]);
    assert_eq!(code, Some(1));
    assert!(
        stderr.contains("de pdf kan niet worden opgeslagen"),
        "{stderr}"
    );
}
