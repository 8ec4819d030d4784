//! The consensus part of the full self-assessment, read through
//! `pdftotext` (poppler): where the board differs, in the order of the
//! least-consensus list, with the text alternatives of the dot strips, and
//! members by label or as "Lid 1" as the board chose.

use std::process::Command;

use reflectietool::Lang;
use reflectietool::model::consensus::{self, DifferenceKind};
use reflectietool::model::questionnaire::Questionnaire;
use reflectietool::model::reflection::{MemberSharing, Reflection};
use reflectietool::{report, sample};

fn date() -> jiff::civil::Date {
    jiff::civil::date(2026, 11, 25)
}

/// The text of the full self-assessment, with its whitespace joined; kept
/// as a file too when `PDF_CONSENSUS_KEEP` names a folder, to look at.
fn text(r: &Reflection, q: &Questionnaire, lang: Lang, name: &str) -> String {
    let pdf = report::self_assessment_pdf_on(r, q, lang, date()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("x.pdf");
    std::fs::write(&path, &pdf).unwrap();
    if let Ok(keep) = std::env::var("PDF_CONSENSUS_KEEP") {
        std::fs::write(
            std::path::Path::new(&keep).join(format!("{name}.pdf")),
            &pdf,
        )
        .unwrap();
    }
    let out = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext runs (install poppler-utils)");
    assert!(out.status.success());
    String::from_utf8(out.stdout)
        .unwrap()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The part of the text from the consensus heading to the first theme page.
fn section(text: &str, lang: Lang) -> &str {
    let start = text
        .find(lang.pick("Waar het bestuur verschilt", "Where the board differs"))
        .expect("the consensus section is there");
    let rest = &text[start..];
    let end = rest
        .find(lang.pick("ALLE ANTWOORDEN", "ALL ANSWERS"))
        .unwrap_or(rest.len());
    &rest[..end]
}

#[test]
fn the_section_lists_where_the_board_differs_widest_first() {
    let q = Questionnaire::builtin_v1();
    let r = sample::full_reflection(&q, "x", 3);
    for lang in [Lang::Nl, Lang::En] {
        let all = text(&r, &q, lang, &format!("default-{}", lang.code()));
        let s = section(&all, lang);
        assert!(
            s.contains(lang.pick(
                "3 bestuursleden scoorden eerst elk apart: Lid 1, Lid 2, Lid 3.",
                "3 board members first scored on their own: Member 1, Member 2, Member 3."
            )),
            "{s}"
        );
        let c = consensus::consensus(&q, &r, lang);
        let list = consensus::least_consensus(&c);
        assert!(list.len() >= 3, "the sample differs on several questions");
        // widest spread first
        assert!(list.windows(2).all(|w| w[0].spread >= w[1].spread));
        let mut at = 0;
        for d in &list {
            let number = format!("{}.{} · ", d.theme + 1, d.index + 1);
            let found = s[at..]
                .find(&number)
                .unwrap_or_else(|| panic!("{number} after {at} in {s}"));
            at += found + number.len();
            if d.kind == DifferenceKind::Statement {
                let st = c.statements.iter().find(|x| x.id == d.id).unwrap();
                let scale = q.scale("mate").or(q.scales.first()).unwrap();
                let alt = st.describe(scale, lang);
                assert!(s.contains(&alt), "text alternative {alt}");
            }
        }
        // every statement's spread is on its theme page
        let pages = &all[all
            .find(lang.pick("ALLE ANTWOORDEN", "ALL ANSWERS"))
            .unwrap()..];
        let n = pages
            .matches(lang.pick("Apart gescoord", "Scored apart"))
            .count();
        assert_eq!(n, c.statements.len());
    }
}

#[test]
fn members_show_by_label_or_anonymously() {
    let q = Questionnaire::builtin_v1();
    let mut r = sample::full_reflection(&q, "x", 3);
    r.sharing.members = MemberSharing::ByLabel;
    let all = text(&r, &q, Lang::Nl, "labels");
    let s = section(&all, Lang::Nl);
    assert!(
        s.contains("Bestuurslid 1, Bestuurslid 2, Bestuurslid 3."),
        "{s}"
    );
    assert!(!s.contains("Lid 1"));
    r.sharing.members = MemberSharing::Anonymous;
    let all = text(&r, &q, Lang::Nl, "anonymous");
    assert!(!all.contains("Bestuurslid"), "no label anywhere");
    assert!(section(&all, Lang::Nl).contains("Lid 1"));
}

#[test]
fn without_members_nothing_changes() {
    let q = Questionnaire::builtin_v1();
    let r = sample::full_reflection(&q, "x", 0);
    for lang in [Lang::Nl, Lang::En] {
        let all = text(&r, &q, lang, &format!("none-{}", lang.code()));
        assert!(!all.contains(lang.pick("Waar het bestuur verschilt", "Where the board differs")));
        assert!(!all.contains(lang.pick("Apart gescoord", "Scored apart")));
    }
}

#[test]
fn the_short_document_and_the_options_leave_it_out() {
    use reflectietool::report::self_assessment::self_assessment_for;
    use reflectietool::report::{Document, Print, PrintOptions};
    let q = Questionnaire::builtin_v1();
    let r = sample::full_reflection(&q, "x", 3);
    let print = |document, reasons| Print {
        document,
        options: PrintOptions {
            reasons,
            ..PrintOptions::ALL
        },
    };
    let full = self_assessment_for(&r, &q, Lang::Nl, date(), print(Document::Full, true));
    let items = &full.consensus.as_ref().unwrap().items;
    assert!(items.iter().any(|i| !i.rationale.is_empty()));
    let bare = self_assessment_for(&r, &q, Lang::Nl, date(), print(Document::Full, false));
    let items = &bare.consensus.as_ref().unwrap().items;
    assert!(!items.is_empty());
    assert!(
        items
            .iter()
            .all(|i| i.rationale.is_empty() && i.dissent.is_empty())
    );
    let pdf = report::print_pdf_on(&r, &q, Lang::Nl, date(), print(Document::Short, true)).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kort.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .unwrap();
    let short = String::from_utf8(out.stdout).unwrap();
    assert!(short.contains("Samenvatting"));
    assert!(!short.contains("Waar het bestuur verschilt"));
    assert!(!short.contains("Apart gescoord"));
}

#[test]
fn a_position_question_shows_each_members_now_and_goal() {
    use reflectietool::model::reflection::{Answer, Entry, Respondent};
    let q = reflectietool::format::load_questionnaire(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/questionnaires/valid/every_kind.ron"),
    )
    .unwrap();
    let mut r = sample::full_reflection(&q, "x", 0);
    r.sharing.members = MemberSharing::ByLabel;
    r.respondents = [("Voorzitter", 0.0, 1.0), ("Secretaris", 1.0, 1.0)]
        .iter()
        .map(|(label, now, goal)| Respondent {
            id: label.to_lowercase(),
            label: (*label).into(),
            answers: [(
                "samen.koers".to_owned(),
                Entry {
                    answer: Some(Answer::Position {
                        now: Some(*now),
                        desired: Some(*goal),
                    }),
                    ..Entry::default()
                },
            )]
            .into_iter()
            .collect(),
        })
        .collect();
    for lang in [Lang::Nl, Lang::En] {
        let all = text(&r, &q, lang, &format!("position-{}", lang.code()));
        let s = section(&all, lang);
        assert!(s.contains("2.2 · "), "{s}");
        assert!(s.contains("Voorzitter") && s.contains("Secretaris"));
        let (now, goal) = (lang.pick("Nu", "Now"), lang.pick("Doel", "Goal"));
        assert!(s.contains(&format!("{now}: ")) && s.contains(&format!("{goal}: ")));
        assert!(!s.contains("Apart gescoord") && !s.contains("Scored apart"));
        assert!(
            !all.contains(lang.pick("Apart gescoord", "Scored apart")),
            "the theme pages show no spread of statements no member scored"
        );
        // the text alternative counts the members per point
        assert!(
            s.contains(lang.pick(
                "Nu: 1 bij de linkerpool, 1 bij de rechterpool; Doel: 2 bij de rechterpool",
                "Now: 1 at the left pole, 1 at the right pole; Goal: 2 at the right pole"
            )),
            "{s}"
        );
    }
}
