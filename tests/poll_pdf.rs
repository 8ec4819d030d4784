//! The member poll as PDF: one page in Dutch or English with every poll
//! question, its answers and "weet niet", the network's name and the line
//! that it is anonymous; the same input gives the same bytes; made by
//! `reflectietool poll` too.

mod common;

use std::path::Path;
use std::process::Command;

use common::poll;
use reflectietool::Lang;

fn date() -> jiff::civil::Date {
    jiff::civil::date(2026, 12, 3)
}

fn pdftotext(path: &Path) -> String {
    let out = Command::new("pdftotext")
        .args(["-layout"])
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext runs (install poppler-utils)");
    assert!(out.status.success(), "pdftotext failed");
    String::from_utf8(out.stdout).unwrap()
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn the_poll_is_one_page_with_every_question_in_both_languages() {
    let q = poll::questionnaire();
    let p = q.poll.as_ref().unwrap();
    let dir = tempfile::tempdir().unwrap();
    for lang in [Lang::Nl, Lang::En] {
        let pdf = reflectietool::report::poll_pdf_on(&q, "Pride Erasmus", lang, date()).unwrap();
        let again = reflectietool::report::poll_pdf_on(&q, "Pride Erasmus", lang, date()).unwrap();
        assert_eq!(pdf, again, "the same input gives the same PDF");
        let (pages, warnings) =
            reflectietool::report::poll_pages(&q, "Pride Erasmus", lang).unwrap();
        assert_eq!(pages, 1, "one page");
        assert!(warnings.is_empty(), "{warnings:?}");
        let path = dir.path().join(format!("poll-{}.pdf", lang.code()));
        std::fs::write(&path, &pdf).unwrap();
        let text = squash(&pdftotext(&path));
        for needle in [
            "Pride Erasmus",
            lang.pick("LEDENPEILING", "MEMBER POLL"),
            lang.pick("anoniem", "anonymous"),
            lang.pick("twee minuten", "two minutes"),
        ] {
            assert!(text.contains(needle), "{lang:?}: {needle} in {text}");
        }
        for item in &p.items {
            let prompt = item.prompt.get(lang);
            // a long prompt may wrap: its first words are enough
            let start: String = prompt
                .split_whitespace()
                .take(5)
                .collect::<Vec<_>>()
                .join(" ");
            assert!(text.contains(&start), "{lang:?}: {start} in {text}");
        }
        for a in p
            .answers
            .iter()
            .map(|a| a.get(lang))
            .chain([lang.pick("Weet niet", "Don't know")])
        {
            // a label in a narrow column wraps: each of its words is there
            for word in a.split_whitespace() {
                assert!(text.contains(word), "{lang:?}: answer word {word}");
            }
        }
        // the other language's questions are not there
        let other = if lang == Lang::Nl { Lang::En } else { Lang::Nl };
        assert!(!text.contains(p.items[0].prompt.get(other)));
    }
}

#[test]
fn a_questionnaire_without_a_poll_says_so() {
    let q = reflectietool::Questionnaire::builtin_v1();
    let e = reflectietool::report::poll_pdf_on(&q, "", Lang::En, date()).unwrap_err();
    assert!(e.describe(Lang::En).contains("has no member poll"), "{e}");
    assert!(e.describe(Lang::Nl).contains("geen ledenpeiling"));
}

#[test]
fn the_command_line_makes_the_poll() {
    let dir = tempfile::tempdir().unwrap();
    let file = poll::install(dir.path());
    for (lang, word) in [
        ("nl", "Ik ontmoet hier mensen"),
        ("en", "Here I meet people"),
    ] {
        let out = dir.path().join(format!("peiling-{lang}.pdf"));
        let run = Command::new(env!("CARGO_BIN_EXE_reflectietool"))
            .args(["poll", "--lang", lang, "--network", "Ons netwerk", "--out"])
            .arg(&out)
            .arg(&file)
            .output()
            .unwrap();
        assert!(
            run.status.success(),
            "{}",
            String::from_utf8_lossy(&run.stderr)
        );
        assert_eq!(
            String::from_utf8_lossy(&run.stdout).trim(),
            out.display().to_string()
        );
        let text = squash(&pdftotext(&out));
        assert!(
            text.contains(word) && text.contains("Ons netwerk"),
            "{text}"
        );
    }
    // the built-in questionnaire 2.0 has its poll; 1.0 has none: a clear
    // message, no file
    let out = dir.path().join("ingebouwd.pdf");
    let run = Command::new(env!("CARGO_BIN_EXE_reflectietool"))
        .args(["poll", "--lang", "nl", "--out"])
        .arg(&out)
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(squash(&pdftotext(&out)).contains("Als ik mee wil doen met een activiteit,"));
    let out = dir.path().join("geen.pdf");
    let run = Command::new(env!("CARGO_BIN_EXE_reflectietool"))
        .args(["poll", "--lang", "en", "--out"])
        .arg(&out)
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("questionnaires/reflectietool.ron"))
        .output()
        .unwrap();
    assert!(!run.status.success());
    assert!(String::from_utf8_lossy(&run.stderr).contains("has no member poll"));
    assert!(!out.exists());
}
