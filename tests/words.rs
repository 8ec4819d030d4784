//! One word per thing: the words a board reads in the window are the words
//! the documents print, the words that issue 8 retired show nowhere, and
//! neither language lends the other its words. The documents are read
//! through `pdftotext` (poppler), the window through its accessibility tree.

use std::path::Path;
use std::process::Command as Process;

use egui_kittest::kittest::NodeT;
use egui_kittest::{Harness, Node};
use reflectietool::Lang;
use reflectietool::app::screens::{reasons, reflect};
use reflectietool::app::{Command, ReflectieApp};
use reflectietool::model::questionnaire::Questionnaire;
use reflectietool::model::reflection::Reflection;
use reflectietool::report::words::word_in;
use reflectietool::report::{self, Document, Print, PrintOptions};
use reflectietool::review::feedback::Feedback;
use reflectietool::review::{Review, ReviewEntry};
use reflectietool::sample;
use reflectietool::storage::Store;

/// Words that named a thing twice, or unclearly, and are gone: Dutch.
const RETIRED_NL: &[&str] = &[
    "Aantekeningen",
    "aantekeningen",
    "Stand",
    "Waar we heen willen",
    "Waar we naartoe willen",
    "Samen beantwoord",
    "Afgehandeld",
    "afgehandeld",
    "Actieplan",
    "Nog te bespreken",
    "afwijkende meningen",
    "diversiteitsfunctionaris",
];

/// The same, English.
const RETIRED_EN: &[&str] = &[
    "Action plan",
    "Still to discuss",
    "Answered together",
    "Where we want to go",
    "Handled",
    "handled",
    "Reasons and dissent",
    "Dismiss",
];

/// Words of the window in one language that must not show in the other.
const ONLY_NL: &[&str] = &[
    "Notities",
    "Later bespreken",
    "Overslaan",
    "Actiepunt",
    "Niet iedereen is het eens",
    "Overzicht",
    "Afdrukken",
];
const ONLY_EN: &[&str] = &[
    "Notes",
    "Discuss later",
    "Skip",
    "Action point",
    "Not everyone agrees",
    "Overview",
    "Print",
];

/// Says whether `word` stands in `text` as a word of its own, not as a
/// part of a longer one ("Stand" in "Standaard" does not count).
fn has_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Says whether a text holds a date written as `2026-11-25`.
fn has_digit_date(text: &str) -> bool {
    let b = text.as_bytes();
    b.windows(10).any(|w| {
        w.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            _ => c.is_ascii_digit(),
        })
    })
}

fn retired(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::Nl => RETIRED_NL,
        Lang::En => RETIRED_EN,
    }
}

fn foreign(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::Nl => ONLY_EN,
        Lang::En => ONLY_NL,
    }
}

/// The text of a PDF, as `pdftotext` reads it, with its lines joined.
fn pdftotext(pdf: &[u8]) -> String {
    assert!(pdf.starts_with(b"%PDF-"), "not a PDF");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("x.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = Process::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext runs (install poppler-utils)");
    assert!(out.status.success(), "pdftotext failed");
    String::from_utf8(out.stdout)
        .unwrap()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn sample_reflection() -> (Questionnaire, Reflection) {
    let q = Questionnaire::builtin_v1();
    let r = sample::full_reflection(&q, "woorden", 2);
    (q, r)
}

/// A review of three networks in two years, and feedback to the first.
fn officer_review(q: &Questionnaire) -> (Review, Feedback) {
    let shared = std::sync::Arc::new(q.clone());
    let entries = (0..3)
        .flat_map(|n| [2025, 2026].map(|y| (n, y)))
        .map(|(n, y)| ReviewEntry {
            path: format!("n{n}-{y}.ron").into(),
            reflection: sample::network_year(q, n, y, 2),
            questionnaire: Some(shared.clone()),
            upgraded_from: None,
        })
        .collect();
    let feedback = Feedback {
        general: "Goed gedaan.".into(),
        themes: [("waarde".to_owned(), "Vraag de alumni.".to_owned())].into(),
        ..Feedback::default()
    };
    (
        Review::from_entries(Vec::new(), entries, Vec::new()),
        feedback,
    )
}

/// Everything printed: the full document with notes, reasons and the
/// discuss-later marks, so that every heading is in it.
fn everything() -> Print {
    Print {
        document: Document::Full,
        options: PrintOptions {
            notes: true,
            reasons: true,
            discuss_later: true,
        },
    }
}

#[test]
fn the_documents_print_no_retired_word_and_none_of_the_other_language() {
    let (q, r) = sample_reflection();
    let date = jiff::civil::date(2026, 11, 25);
    let (review, feedback) = officer_review(&q);
    for lang in [Lang::Nl, Lang::En] {
        let docs = [
            (
                "full",
                report::print_pdf_on(&r, &q, lang, date, everything()).unwrap(),
            ),
            (
                "short",
                report::print_pdf_on(&r, &q, lang, date, Print::new(Document::Short)).unwrap(),
            ),
            ("worksheet", report::worksheet_pdf(&q, lang).unwrap()),
            (
                "review overview",
                report::review_overview_pdf_on(&review, lang, date).unwrap(),
            ),
            (
                "feedback letter",
                report::feedback_letter_pdf_on(&review.entries[0], &feedback, lang, date).unwrap(),
            ),
        ];
        for (name, pdf) in docs {
            let text = pdftotext(&pdf);
            for word in retired(lang) {
                assert!(
                    !has_word(&text, word),
                    "{name} ({lang:?}) still says «{word}»"
                );
            }
            // the documents print dates in words, never 2026-11-25
            assert!(
                !has_digit_date(&text),
                "{name} ({lang:?}) prints a date as digits"
            );
        }
    }
}

#[test]
fn the_window_and_the_documents_name_notes_reasons_and_dissent_alike() {
    let (q, r) = sample_reflection();
    let date = jiff::civil::date(2026, 11, 25);
    for lang in [Lang::Nl, Lang::En] {
        let notes = word_in("notes", lang);
        let notes_label = lang.pick(reflect::NOTES_LABEL.0, reflect::NOTES_LABEL.1);
        assert!(
            notes_label.starts_with(notes),
            "{lang:?}: the window calls notes «{notes_label}», the PDF «{notes}»"
        );
        assert!(
            word_in("ws_notes", lang).starts_with(notes),
            "{lang:?}: the worksheet calls notes «{}»",
            word_in("ws_notes", lang)
        );
        assert_eq!(
            lang.pick(reasons::REASON_LABEL.0, reasons::REASON_LABEL.1),
            word_in("rationale", lang)
        );
        assert_eq!(
            lang.pick(reasons::DISSENT_LABEL.0, reasons::DISSENT_LABEL.1),
            word_in("dissent", lang)
        );
        // the folded title names the two fields by the same words
        let title = lang.pick(reasons::REASONS_TITLE.0, reasons::REASONS_TITLE.1);
        assert!(title.contains(word_in("rationale", lang)), "{title}");
        assert!(title.contains(word_in("dissent", lang)), "{title}");
        // and the PDF prints those words as its headings
        let text = pdftotext(&report::print_pdf_on(&r, &q, lang, date, everything()).unwrap());
        for key in [
            "notes",
            "rationale",
            "dissent",
            "discuss_later",
            "action_plan",
        ] {
            assert!(
                has_word(&text, word_in(key, lang)),
                "{lang:?}: the PDF lacks «{}»",
                word_in(key, lang)
            );
        }
    }
}

/// Every label on screen (not the values of text fields, which are the
/// board's own words).
fn labels(h: &Harness<'_, ReflectieApp>) -> Vec<String> {
    fn rec(n: Node<'_>, out: &mut Vec<String>) {
        if let Some(l) = n.accesskit_node().label() {
            out.push(l.to_string());
        }
        for c in n.children() {
            rec(c, out);
        }
    }
    let mut out = Vec::new();
    rec(h.root(), &mut out);
    out
}

fn settle(h: &mut Harness<'_, ReflectieApp>) {
    for _ in 0..4 {
        h.step();
    }
}

/// Checks the labels on screen against the retired words and the other
/// language's words.
fn check(h: &Harness<'_, ReflectieApp>, lang: Lang, page: &str) {
    for label in labels(h) {
        for word in retired(lang).iter().chain(foreign(lang)) {
            assert!(
                !has_word(&label, word),
                "{page} ({lang:?}): «{label}» says «{word}»"
            );
        }
        assert!(
            !has_digit_date(&label),
            "{page} ({lang:?}): a date in digits: «{label}»"
        );
    }
}

#[test]
fn the_window_shows_no_retired_word_and_none_of_the_other_language() {
    let (q, r) = sample_reflection();
    let tmp = tempfile::tempdir().unwrap();
    Store::open(tmp.path()).unwrap().save(&r).unwrap();
    let dir = tmp.path().to_owned();
    let mut h = Harness::builder()
        .with_size(egui::vec2(1180.0, 5000.0))
        .build_eframe(move |cc| ReflectieApp::new(&cc.egui_ctx, &dir));
    let file = Path::new(tmp.path()).join("woorden.ron");
    for lang in [Lang::Nl, Lang::En] {
        h.state_mut().push(Command::SetLang(lang));
        h.state_mut().push(Command::GoHome);
        settle(&mut h);
        check(&h, lang, "home");
        h.state_mut().push(Command::Open(file.clone()));
        settle(&mut h);
        for theme in 0..q.themes.len() {
            h.state_mut().push(Command::SelectTheme(theme));
            settle(&mut h);
            check(&h, lang, &format!("theme {}", theme + 1));
        }
        // the notes label on screen is the word the PDF prints
        let notes_label = lang.pick(reflect::NOTES_LABEL.0, reflect::NOTES_LABEL.1);
        assert!(
            labels(&h).iter().any(|l| l == notes_label),
            "{lang:?}: no «{notes_label}» on the theme page"
        );
        h.state_mut().push(Command::ShowOverview { print: true });
        settle(&mut h);
        check(&h, lang, "overview");
        h.state_mut().push(Command::ShowShare);
        settle(&mut h);
        check(&h, lang, "share page");
        h.state_mut().push(Command::CloseShare);
    }
}
