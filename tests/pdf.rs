//! The printable documents: the self-assessment and the worksheet, checked
//! through the text that `pdftotext` (poppler) reads from them, and the
//! `export` and `worksheet` commands run as the real program.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::Command;

use reflectietool::Lang;
use reflectietool::model::position;
use reflectietool::model::questionnaire::{QuestionKind, Questionnaire};
use reflectietool::model::reflection::{
    ActionPoint, ActionStatus, Answer, Entry, NetworkProfile, OTHER, Reflection, ScaleAnswer,
};
use reflectietool::report::{self, ReportError};
use reflectietool::{format, sample, storage};

fn date() -> jiff::civil::Date {
    jiff::civil::date(2026, 11, 24)
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn every_kind() -> Questionnaire {
    format::load_questionnaire(&root().join("tests/questionnaires/valid/every_kind.ron")).unwrap()
}

/// The text of a PDF, as `pdftotext` reads it.
fn pdftotext(pdf: &[u8]) -> String {
    assert!(pdf.starts_with(b"%PDF-"), "not a PDF");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("x.pdf");
    std::fs::write(&path, pdf).unwrap();
    text_of(&path)
}

fn text_of(path: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg("-enc")
        .arg("UTF-8")
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext runs (install poppler-utils)");
    assert!(
        out.status.success(),
        "pdftotext failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The pages of a PDF's text (pdftotext ends each page with a form feed).
fn pages(text: &str) -> Vec<&str> {
    let mut p: Vec<&str> = text.split('\x0c').collect();
    if p.last().is_some_and(|l| l.trim().is_empty()) {
        p.pop();
    }
    p
}

/// Whitespace and page furniture (the footer lines) taken out, so that a
/// text reads the same wherever a line or a page broke.
fn flat(text: &str) -> String {
    let mut out = String::new();
    for page in pages(text) {
        for line in page.lines() {
            let l = line.trim();
            if is_footer(l) {
                continue;
            }
            out.push_str(l);
            out.push(' ');
        }
    }
    squash(&out)
}

fn is_footer(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    matches!(words.as_slice(), [p, _, o, _] if (*p == "Pagina" && *o == "van") || (*p == "Page" && *o == "of"))
        || line.starts_with("Zelfevaluatie ·")
        || line.starts_with("Self-assessment ·")
        || line.starts_with("Werkblad ·")
        || line.starts_with("Worksheet ·")
        || line == "Zelfevaluatie"
        || line == "Self-assessment"
}

/// Collapses every run of whitespace into one space.
fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn assert_has(hay: &str, needle: &str, what: &str) {
    let needle = squash(needle);
    assert!(hay.contains(&needle), "{what}: «{needle}» is missing");
}

/// The part of the document between a question's prompt (its last
/// occurrence, in the answers part) and the next question's.
fn window<'a>(text: &'a str, prompt: &str, next: Option<&str>) -> &'a str {
    let start = text
        .rfind(&squash(prompt))
        .unwrap_or_else(|| panic!("prompt «{prompt}» is missing"));
    let end = next
        .and_then(|n| text.rfind(&squash(n)))
        .filter(|e| *e > start)
        .unwrap_or(text.len());
    &text[start..end]
}

/// The headings of each language, none of which may show in the other.
fn headings(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::Nl => &[
            "Samenvatting",
            "Stellingen per thema",
            "Sterke punten",
            "Aandachtspunten",
            "Actiepunten",
            "ALLE ANTWOORDEN",
            "Notities",
            "Over de methode",
            "Het onderzoek achter de vragen",
        ],
        Lang::En => &[
            "Summary",
            "Statements per theme",
            "Strengths",
            "Points of attention",
            "Action points",
            "ALL ANSWERS",
            "Notes",
            "About the method",
            "The research behind the questions",
        ],
    }
}

fn other(lang: Lang) -> Lang {
    match lang {
        Lang::Nl => Lang::En,
        Lang::En => Lang::Nl,
    }
}

/// Checks that every agreed answer of `r` is in the text, next to its question.
fn assert_every_answer(text: &str, r: &Reflection, q: &Questionnaire, lang: Lang) {
    let l = |nl: &'static str, en: &'static str| lang.pick(nl, en);
    let questions: Vec<_> = q.questions().map(|(_, qu)| qu).collect();
    for (i, qu) in questions.iter().enumerate() {
        let next = questions.get(i + 1).map(|n| n.prompt.get(lang));
        let win = window(text, qu.prompt.get(lang), next);
        let what = format!("{} ({})", qu.id, lang.code());
        let Some(entry) = r.agreed.get(&qu.id) else {
            assert_has(win, l("Nog niet beantwoord", "Not answered yet"), &what);
            continue;
        };
        match (&qu.kind, &entry.answer) {
            (_, None) => assert_has(
                win,
                if entry.skipped {
                    l("Overgeslagen", "Skipped")
                } else {
                    l("Nog niet beantwoord", "Not answered yet")
                },
                &what,
            ),
            (QuestionKind::Open { .. }, Some(Answer::Open(t))) => assert_has(win, t, &what),
            (QuestionKind::Scale { scale, .. }, Some(Answer::Scale(a))) => {
                let s = q.scale(scale).unwrap();
                match a {
                    ScaleAnswer::Level(lv) => {
                        let level = &s.levels[*lv as usize];
                        assert_has(win, level.label.get(lang), &what);
                        assert_has(win, level.description.get(lang), &what);
                    }
                    ScaleAnswer::DontKnow => assert_has(win, l("Weet niet", "Don't know"), &what),
                    ScaleAnswer::NotApplicable => {
                        assert_has(win, l("Niet van toepassing", "Not applicable"), &what)
                    }
                }
            }
            (
                QuestionKind::Single { options, .. } | QuestionKind::Multiple { options, .. },
                Some(a @ (Answer::Single { .. } | Answer::Multiple { .. })),
            ) => {
                let (chosen, other) = match a {
                    Answer::Single { choice, other } => (vec![choice.clone()], other),
                    Answer::Multiple { choices, other } => (choices.clone(), other),
                    _ => unreachable!(),
                };
                for c in &chosen {
                    if c == OTHER {
                        assert_has(win, l("Anders, namelijk", "Other, namely"), &what);
                        assert_has(win, other, &what);
                    } else {
                        let label = options.iter().find(|o| &o.id == c).unwrap().label.get(lang);
                        assert_has(win, label, &what);
                    }
                }
                // options that were not chosen are not listed
                for o in options.iter().filter(|o| !chosen.contains(&o.id)) {
                    let label = squash(o.label.get(lang));
                    let listed = options
                        .iter()
                        .filter(|x| chosen.contains(&x.id))
                        .any(|x| x.label.get(lang).contains(o.label.get(lang)));
                    if !listed {
                        assert!(
                            !win.contains(&label),
                            "{what}: «{label}» was not chosen but is shown"
                        );
                    }
                }
            }
            (QuestionKind::Position { left, right }, Some(Answer::Position { .. })) => {
                assert_has(win, left.get(lang), &what);
                assert_has(win, right.get(lang), &what);
                assert_has(win, l("Nu", "Now"), &what);
            }
            (kind, answer) => panic!("{what}: unexpected {kind:?} with {answer:?}"),
        }
        if !entry.rationale.is_empty() {
            assert_has(win, l("Waarom", "Why"), &what);
            assert_has(win, &entry.rationale, &what);
        }
        if !entry.dissent.is_empty() {
            assert_has(win, &entry.dissent, &what);
        }
        if entry.discuss_later {
            assert_has(win, l("Later bespreken", "Discuss later"), &what);
        }
    }
}

#[test]
fn self_assessment_holds_every_answer_in_its_language() {
    let q = Questionnaire::builtin_v1();
    let r = sample::full_reflection(&q, "vol", 3);
    for lang in [Lang::Nl, Lang::En] {
        let pdf = report::self_assessment_pdf_on(&r, &q, lang, date()).unwrap();
        let raw = pdftotext(&pdf);
        let text = flat(&raw);
        let l = |nl: &'static str, en: &'static str| lang.pick(nl, en);
        // cover
        assert_has(&text, l("ZELFEVALUATIE", "SELF-ASSESSMENT"), "cover");
        assert_has(&text, &r.profile.name, "cover");
        assert_has(&text, &r.profile.board_year, "cover");
        assert_has(&text, &r.profile.institution, "cover");
        assert_has(&text, q.title.get(lang), "cover");
        assert_has(&text, l("versie 1.0", "version 1.0"), "cover");
        assert_has(
            &text,
            l("24 november 2026", "24 November 2026"),
            "cover date",
        );
        assert_has(
            &text,
            l(
                "54 van 54 vragen beantwoord (100%)",
                "54 of 54 questions answered (100%)",
            ),
            "cover",
        );
        // headings, and none of the other language's
        for h in headings(lang) {
            assert_has(&text, h, "heading");
        }
        for h in headings(other(lang)) {
            assert!(
                !text.contains(h),
                "{}: the other language's «{h}» shows",
                lang.code()
            );
        }
        for t in &q.themes {
            assert_has(&text, t.title.get(lang), "theme title");
            assert!(!text.contains(&squash(t.title.get(other(lang)))) || t.title.nl == t.title.en);
        }
        // every answer next to its question
        assert_every_answer(&text, &r, &q, lang);
        // notes
        for t in &q.themes {
            assert_has(&text, &r.notes[&t.id], "notes");
        }
        // the action plan
        for a in &r.actions {
            assert_has(&text, &a.what, "action");
            assert_has(&text, &a.who, "action");
            assert_has(&text, &a.due, "action");
            assert_has(&text, a.status.label().get(lang), "action status");
        }
        // the sources of the theme introductions, by author and year
        for cite in [
            "Slootman",
            "Azghari",
            "Janssen & Verboord (2022)",
            "Van Ostaijen (2022)",
            "Hilhorst",
            "Bruno (2025)",
        ] {
            assert_has(&text, cite, "sources");
        }
        // page numbers
        let n = pages(&raw).len();
        assert!(n > 5, "{n} pages");
        assert_has(
            &raw,
            &format!("{} 2 {} {n}", l("Pagina", "Page"), l("van", "of")),
            "page numbers",
        );
        assert!(
            !raw.contains(&format!("{} 2 ", l("Page", "Pagina"))),
            "the other language's page numbers"
        );
    }
}

#[test]
fn the_summary_shows_chart_positions_and_extremes() {
    let q = Questionnaire::builtin_v1();
    let r = sample::full_reflection(&q, "vol", 0);
    let data = report::self_assessment::self_assessment(&r, &q, Lang::Nl, date());
    // every theme with statements is an axis; a theme without is named
    assert!(data.chart.has_data);
    assert_eq!(data.chart.axes.len(), 5);
    assert_eq!(data.chart.excluded, vec!["Over jullie netwerk".to_owned()]);
    for a in &data.chart.axes {
        let v = a.value.expect("every theme has levels");
        assert!((0.0..=1.0).contains(&v));
    }
    assert_eq!(data.chart.rings.len(), 4);
    assert_eq!(data.strongest.len(), report::self_assessment::TOP);
    assert_eq!(data.weakest.len(), report::self_assessment::TOP);
    assert!(data.strongest[0].level >= data.weakest[0].level);
    assert_eq!(data.positions.len(), 5);
    let pdf = report::self_assessment_pdf_on(&r, &q, Lang::Nl, date()).unwrap();
    let text = flat(&pdftotext(&pdf));
    for a in &data.chart.axes {
        assert_has(&text, &a.display, "chart legend");
    }
    for s in data.strongest.iter().chain(&data.weakest) {
        assert_has(&text, &s.prompt, "strengths and points of attention");
    }
    // the legend and every position in words, at the point nearest to the
    // stored value (the sample stores tenths such as 0.3, between points)
    assert_has(&text, "Nu", "positions legend");
    assert_has(&text, "Doel", "positions legend");
    assert!(
        !text.contains("Waar we heen willen"),
        "the old name of the goal"
    );
    let mut between = 0;
    for qu in q.themes.iter().flat_map(|t| &t.questions) {
        let Some(Answer::Position { now, desired }) =
            r.agreed.get(&qu.id).and_then(|e| e.answer.clone())
        else {
            continue;
        };
        for (name, v) in [("Nu", now), ("Doel", desired)] {
            let v = v.expect("the sample sets both markers");
            let point = position::nearest_point(v).expect("a value from 0 to 1");
            between += usize::from(position::point_value(point) != v);
            let words = position::point_words(point, Lang::Nl);
            assert_has(&text, &format!("{name}: {words}"), &qu.id);
        }
    }
    assert!(between > 0, "some sample values lie between two points");
}

#[test]
fn markup_characters_print_literally() {
    let q = Questionnaire::builtin_v1();
    let nasty = r#"#set page(width: 1cm) *vet* _schuin_ $x^2$ [link] <label> @ref \ `code` #{1+1} // geen commentaar /* ook niet */ "aanhalingstekens" 'enkel' -- ... ~ = == 100% & ^ {accolades} #*$[]<>\@_`"#;
    let mut r = Reflection::new(
        NetworkProfile {
            name: "Netwerk #1 *sterren* $geld$".into(),
            board_year: "2026 [concept]".into(),
            institution: "<Hogeschool> @Rotterdam".into(),
            ..Default::default()
        },
        &q,
    );
    let open = q
        .questions()
        .find(|(_, qu)| matches!(qu.kind, QuestionKind::Open { .. }))
        .unwrap()
        .1;
    let single = q
        .questions()
        .find(|(_, qu)| matches!(qu.kind, QuestionKind::Single { other: true, .. }))
        .unwrap()
        .1;
    r.agreed.insert(
        open.id.clone(),
        Entry {
            answer: Some(Answer::Open(nasty.into())),
            rationale: format!("Waarom: {nasty}"),
            dissent: format!("Oneens: {nasty}"),
            ..Default::default()
        },
    );
    r.agreed.insert(
        single.id.clone(),
        Entry {
            answer: Some(Answer::Single {
                choice: OTHER.into(),
                other: format!("Anders: {nasty}"),
            }),
            ..Default::default()
        },
    );
    r.notes
        .insert(q.themes[0].id.clone(), format!("Notitie: {nasty}"));
    r.actions.push(ActionPoint {
        id: "a".into(),
        what: format!("Actie: {nasty}"),
        who: "#voorzitter".into(),
        due: "[maart]".into(),
        ..Default::default()
    });
    for lang in [Lang::Nl, Lang::En] {
        let pdf = report::self_assessment_pdf_on(&r, &q, lang, date()).unwrap();
        let text = flat(&pdftotext(&pdf));
        for prefix in [
            "",
            "Waarom: ",
            "Oneens: ",
            "Anders: ",
            "Notitie: ",
            "Actie: ",
        ] {
            assert_has(&text, &format!("{prefix}{nasty}"), "markup characters");
        }
        for s in [
            "Netwerk #1 *sterren* $geld$",
            "2026 [concept]",
            "<Hogeschool> @Rotterdam",
            "#voorzitter",
            "[maart]",
        ] {
            assert_has(&text, s, "markup characters");
        }
    }
}

/// Gives the first `keep` statements of a theme a level and removes the
/// answers of the others; returns how many statements the theme has.
fn keep_statements(r: &mut Reflection, q: &Questionnaire, theme: usize, keep: usize) -> usize {
    let ids: Vec<String> = q.themes[theme]
        .questions
        .iter()
        .filter(|qu| reflectietool::model::analysis::statement_scale(q, qu).is_some())
        .map(|qu| qu.id.clone())
        .collect();
    for (i, id) in ids.iter().enumerate() {
        if i < keep {
            r.agreed.insert(
                id.clone(),
                Entry {
                    answer: Some(Answer::Scale(ScaleAnswer::Level(1))),
                    ..Entry::default()
                },
            );
        } else {
            r.agreed.remove(id);
        }
    }
    ids.len()
}

#[test]
fn the_radar_marks_unanswered_and_sparse_themes() {
    let q = Questionnaire::builtin_v1();
    let mut r = sample::full_reflection(&q, "radar", 0);
    // theme 2 in full, theme 3 with one statement, theme 4 with none
    let full = keep_statements(&mut r, &q, 1, usize::MAX);
    let few = keep_statements(&mut r, &q, 2, 1);
    let none = keep_statements(&mut r, &q, 3, 0);
    assert!(few > 2 && none > 0, "the themes have statements");
    for lang in [Lang::Nl, Lang::En] {
        let data = report::self_assessment::self_assessment(&r, &q, lang, date());
        let axis = |number: usize| {
            data.chart
                .axes
                .iter()
                .find(|a| a.number == number)
                .unwrap_or_else(|| panic!("an axis for theme {number}"))
        };
        let of = lang.pick("van", "of");
        let (a2, a3, a4) = (axis(2), axis(3), axis(4));
        assert_eq!(a2.label, format!("{} ({full} {of} {full})", a2.title));
        assert!(!a2.sparse && !a2.unanswered && a2.value.is_some());
        assert_eq!(a3.label, format!("{} (1 {of} {few})", a3.title));
        assert!(
            a3.sparse && !a3.unanswered,
            "one of {few} is a provisional picture"
        );
        let nothing = lang.pick("nog geen antwoorden", "no answers yet");
        assert_eq!(a4.label, format!("{} ({nothing})", a4.title));
        assert!(a4.unanswered && !a4.sparse && a4.value.is_none());
        // the legend prints every label and the mark of the sparse theme
        let pdf = report::self_assessment_pdf_on(&r, &q, lang, date()).unwrap();
        let text = flat(&pdftotext(&pdf));
        for a in &data.chart.axes {
            assert_has(&text, &a.label, "axis label");
        }
        assert_eq!(
            text.matches(lang.pick("minder dan de helft beantwoord", "fewer than half answered"))
                .count(),
            1,
            "only theme 3 is marked as sparse"
        );
    }
}

#[test]
fn nothing_answered_still_gives_a_document() {
    let q = Questionnaire::builtin_v1();
    let r = Reflection::new(NetworkProfile::default(), &q);
    for lang in [Lang::Nl, Lang::En] {
        let pdf = report::self_assessment_pdf_on(&r, &q, lang, date()).unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
        let text = flat(&pdftotext(&pdf));
        let mark = lang.pick("Nog niet beantwoord", "Not answered yet");
        assert_eq!(
            text.matches(mark).count(),
            q.question_count(),
            "a mark for every question"
        );
        assert_has(
            &text,
            lang.pick("er is nog geen grafiek", "there is no chart yet"),
            "no chart",
        );
        assert_has(
            &text,
            lang.pick(
                "Er zijn nog geen actiepunten.",
                "There are no action points yet.",
            ),
            "no actions",
        );
        assert_has(
            &text,
            lang.pick(
                "0 van 54 vragen beantwoord (0%)",
                "0 of 54 questions answered (0%)",
            ),
            "cover",
        );
    }
}

#[test]
fn skipped_dont_know_and_stale_answers_are_marked() {
    let q = every_kind();
    let mut r = Reflection::new(
        NetworkProfile {
            name: "Klein".into(),
            ..Default::default()
        },
        &q,
    );
    r.agreed.insert(
        "doel.open".into(),
        Entry {
            skipped: true,
            ..Default::default()
        },
    );
    r.agreed.insert(
        "doel.missie".into(),
        Entry {
            answer: Some(Answer::Scale(ScaleAnswer::DontKnow)),
            discuss_later: true,
            ..Default::default()
        },
    );
    // an answer of the wrong kind, and one whose option no longer exists
    r.agreed.insert(
        "samen.open".into(),
        Entry {
            answer: Some(Answer::Scale(ScaleAnswer::Level(1))),
            ..Default::default()
        },
    );
    r.agreed.insert(
        "samen.partners".into(),
        Entry {
            answer: Some(Answer::Multiple {
                choices: vec!["gemeente".into(), "verdwenen".into()],
                other: String::new(),
            }),
            ..Default::default()
        },
    );
    // an answer to a question the questionnaire no longer has
    r.agreed.insert(
        "weg.vraag".into(),
        Entry {
            answer: Some(Answer::Open("Bewaard antwoord".into())),
            ..Default::default()
        },
    );
    let pdf = report::self_assessment_pdf_on(&r, &q, Lang::Nl, date()).unwrap();
    let text = flat(&pdftotext(&pdf));
    assert_has(
        window(
            &text,
            "Waarvoor bestaat het netwerk?",
            Some("We hebben een missie."),
        ),
        "Overgeslagen",
        "skipped",
    );
    let win = window(&text, "We hebben een missie.", Some("Welke rechtsvorm?"));
    assert_has(win, "Weet niet", "don't know");
    assert_has(win, "Later bespreken", "discuss later");
    // an answer that cannot be read prints as such, with the reason
    // (issue 7: an unknown option no longer lists the other options)
    let win = window(
        &text,
        "Wat kan beter?",
        Some("Antwoorden op vragen die niet meer in de vragenlijst staan"),
    );
    assert_has(win, "onleesbare waarde", "wrong kind");
    assert_has(win, "past niet meer bij deze vraag", "stale answer");
    let win = window(&text, "Met wie?", Some("Waar ligt de nadruk?"));
    assert_has(win, "onleesbare waarde", "unknown option");
    assert_has(win, "\"verdwenen\"", "the unknown option's id");
    assert!(!win.contains("Gemeente"), "no option printed: {win}");
    assert_has(&text, "Bewaard antwoord", "orphaned answer");
    // one statement, answered "don't know": a chart has nothing to draw
    assert_has(&text, "er is nog geen grafiek", "no chart");
}

#[test]
fn a_long_answer_wraps_across_pages() {
    let q = Questionnaire::builtin_v1();
    let mut r = Reflection::new(
        NetworkProfile {
            name: "Lang".into(),
            ..Default::default()
        },
        &q,
    );
    let mut long = String::new();
    let mut n = 0;
    while long.len() < 20_000 {
        long.push_str(&format!("woord{n:05} "));
        if n % 150 == 149 {
            long.push_str("\n\n");
        }
        n += 1;
    }
    // and one word far wider than the page
    long.push_str(&"x".repeat(300));
    let open = q
        .questions()
        .find(|(_, qu)| matches!(qu.kind, QuestionKind::Open { .. }))
        .unwrap()
        .1;
    r.agreed.insert(
        open.id.clone(),
        Entry {
            answer: Some(Answer::Open(long.clone())),
            ..Default::default()
        },
    );
    let short = report::self_assessment_pdf_on(
        &Reflection::new(NetworkProfile::default(), &q),
        &q,
        Lang::Nl,
        date(),
    )
    .unwrap();
    let pdf = report::self_assessment_pdf_on(&r, &q, Lang::Nl, date()).unwrap();
    let raw = pdftotext(&pdf);
    let extra = pages(&raw).len() - pages(&pdftotext(&short)).len();
    assert!(
        extra >= 3,
        "a 20,000-character answer takes several pages, not {extra}"
    );
    // the first and the last word are on different pages
    let page_of = |w: &str| pages(&raw).iter().position(|p| p.contains(w)).unwrap();
    assert!(page_of("woord00000") < page_of(&format!("woord{:05}", n - 1)));
    let text = flat(&raw);
    for i in 0..n {
        let w = format!("woord{i:05}");
        assert!(text.contains(&w), "{w} is missing");
    }
    let joined: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{200b}')
        .collect();
    let at = raw.find("xxxxxxxx").unwrap_or(0);
    assert!(
        joined.contains(&"x".repeat(300)),
        "the wide word is printed whole: {:?}",
        raw.get(at..(at + 500).min(raw.len())).unwrap_or_default()
    );
}

#[test]
fn the_worksheet_holds_every_question() {
    for q in [Questionnaire::builtin_v1(), every_kind()] {
        for lang in [Lang::Nl, Lang::En] {
            let pdf = report::worksheet_pdf_on(&q, lang, date()).unwrap();
            let text = flat(&pdftotext(&pdf));
            let what = format!("worksheet {} {}", q.id, lang.code());
            assert_has(&text, q.title.get(lang), &what);
            for field in [
                lang.pick("NETWERK", "NETWORK"),
                lang.pick("DATUM", "DATE"),
                lang.pick("GROEP OF NAMEN", "GROUP OR NAMES"),
            ] {
                assert_has(&text, field, &what);
            }
            for t in &q.themes {
                assert_has(&text, t.title.get(lang), &what);
            }
            for (_, qu) in q.questions() {
                assert_has(&text, qu.prompt.get(lang), &what);
                match &qu.kind {
                    QuestionKind::Open { hint } => assert_has(&text, hint.get(lang), &what),
                    QuestionKind::Scale { scale, .. } => {
                        for l in &q.scale(scale).unwrap().levels {
                            assert_has(&text, l.label.get(lang), &what);
                            assert_has(&text, l.description.get(lang), &what);
                        }
                    }
                    QuestionKind::Single { options, other }
                    | QuestionKind::Multiple { options, other } => {
                        for o in options {
                            assert_has(&text, o.label.get(lang), &what);
                        }
                        if *other {
                            assert_has(
                                &text,
                                lang.pick("Anders, namelijk", "Other, namely"),
                                &what,
                            );
                        }
                    }
                    QuestionKind::Position { left, right } => {
                        assert_has(&text, left.get(lang), &what);
                        assert_has(&text, right.get(lang), &what);
                    }
                }
            }
            let other_words = match lang {
                Lang::Nl => ["Worksheet", "Page", "Choose one"],
                Lang::En => ["Werkblad", "Pagina", "Kies één"],
            };
            for wd in other_words {
                assert!(
                    !text.contains(wd),
                    "{what}: the other language's «{wd}» shows"
                );
            }
        }
    }
}

#[test]
fn a_reflection_on_another_questionnaire_is_refused() {
    let q = Questionnaire::builtin_v1();
    let r = Reflection::new(NetworkProfile::default(), &every_kind());
    let err = report::self_assessment_pdf_on(&r, &q, Lang::Nl, date()).unwrap_err();
    assert!(matches!(err, ReportError::WrongQuestionnaire { .. }));
    assert!(err.describe(Lang::Nl).contains("test.every-kind"));
    assert!(err.describe(Lang::En).contains("test.every-kind"));
}

#[test]
fn write_pdf_is_atomic_and_reports_a_bad_folder() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.pdf");
    let pdf = report::worksheet_pdf_on(&Questionnaire::builtin_v1(), Lang::En, date()).unwrap();
    report::write_pdf(&path, &pdf).unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), pdf);
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "no temporary file left"
    );
    let bad = dir.path().join("no-such-folder").join("w.pdf");
    let err = report::write_pdf(&bad, &pdf).unwrap_err();
    assert!(matches!(err, ReportError::Write { .. }));
    assert!(err.describe(Lang::Nl).contains("no-such-folder"));
    assert!(
        err.describe(Lang::Nl)
            .contains("kan niet worden opgeslagen")
    );
    assert!(err.describe(Lang::En).contains("cannot save the PDF"));
}

#[test]
fn the_same_input_gives_the_same_pdf() {
    let q = Questionnaire::builtin_v1();
    let r = sample::full_reflection(&q, "vol", 2);
    let a = report::self_assessment_pdf_on(&r, &q, Lang::Nl, date()).unwrap();
    let b = report::self_assessment_pdf_on(&r, &q, Lang::Nl, date()).unwrap();
    assert!(a == b, "two runs differ");
}

#[test]
fn only_the_embedded_fonts_are_used() {
    let families = report::world::font_families();
    for f in &families {
        assert!(
            f.starts_with("Noto Sans") || f == "Noto Emoji",
            "unexpected font {f}"
        );
    }
    let q = Questionnaire::builtin_v1();
    let r = sample::full_reflection(&q, "vol", 1);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("x.pdf");
    std::fs::write(
        &path,
        report::self_assessment_pdf_on(&r, &q, Lang::Nl, date()).unwrap(),
    )
    .unwrap();
    let out = Command::new("pdffonts")
        .arg(&path)
        .output()
        .expect("pdffonts runs");
    let list = String::from_utf8_lossy(&out.stdout);
    let rows: Vec<&str> = list.lines().skip(2).collect();
    assert!(!rows.is_empty(), "no fonts listed: {list}");
    for row in rows {
        assert!(row.contains("NotoSans"), "a font that is not ours: {row}");
        let cols: Vec<&str> = row.split_whitespace().collect();
        // name, type (two words), encoding, emb, sub, uni, object id
        assert!(cols.contains(&"yes"), "not embedded: {row}");
    }
}

#[test]
fn no_warnings_and_no_missing_glyphs() {
    let q = Questionnaire::builtin_v1();
    let full = sample::full_reflection(&q, "vol", 2);
    let empty = Reflection::new(NetworkProfile::default(), &q);
    let small = every_kind();
    for lang in [Lang::Nl, Lang::En] {
        for r in [&full, &empty] {
            let w = report::self_assessment_warnings(r, &q, lang).unwrap();
            assert!(w.is_empty(), "warnings: {w:?}");
        }
        for qq in [&q, &small] {
            let w = report::worksheet_warnings(qq, lang).unwrap();
            assert!(w.is_empty(), "warnings: {w:?}");
        }
        // every character the documents print has a glyph in the embedded fonts
        let json = serde_json::to_string(&report::self_assessment::self_assessment(
            &full,
            &q,
            lang,
            date(),
        ))
        .unwrap();
        assert_eq!(report::world::uncovered(&json), Vec::<char>::new());
        let json = serde_json::to_string(&report::worksheet::worksheet(&q, lang)).unwrap();
        assert_eq!(report::world::uncovered(&json), Vec::<char>::new());
    }
    for t in ["common.typ", "self-assessment.typ", "worksheet.typ"] {
        let text = std::fs::read_to_string(root().join("assets/report").join(t)).unwrap();
        assert_eq!(report::world::uncovered(&text), Vec::<char>::new(), "{t}");
    }
    // the sample's names, and a few characters boards are likely to type
    assert_eq!(
        report::world::uncovered("Ünal Łukasz ğ ş ç ı İ é ë ï ß € £ – — … ‘ ’ “ ” • · ✓ → ± ½"),
        Vec::<char>::new()
    );
    // emoji that students type in answers print too (monochrome Noto Emoji)
    assert_eq!(
        report::world::uncovered("🎉 🎓 ❤ 🌍 👍 😊 🙌 📚"),
        Vec::<char>::new()
    );
}

// ---------------------------------------------------------------------------
// The command line
// ---------------------------------------------------------------------------

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

fn run(args: &[&std::ffi::OsStr], data_dir: &Path) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_reflectietool"))
        .args(args)
        .current_dir(root())
        .env("REFLECTIETOOL_DATA_DIR", data_dir)
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("RUST_BACKTRACE")
        .output()
        .expect("the program starts");
    let run = Run {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    };
    assert!(
        !run.stderr.contains("panicked"),
        "the program panicked: {}",
        run.stderr
    );
    run
}

macro_rules! args {
    ($($a:expr),* $(,)?) => { &[$(std::ffi::OsStr::new($a)),*] };
}

fn fixture(dir: &Path) -> PathBuf {
    let q = Questionnaire::builtin_v1();
    let r = sample::full_reflection(&q, "cli", 2);
    let path = dir.join("cli.ron");
    std::fs::write(&path, storage::to_ron(&r)).unwrap();
    path
}

#[test]
fn cli_export_writes_the_self_assessment() {
    let dir = tempfile::tempdir().unwrap();
    let file = fixture(dir.path());
    let out = dir.path().join("zelfevaluatie.pdf");
    let r = run(
        args![
            OsStr::new("export"),
            file.as_os_str(),
            OsStr::new("--out"),
            out.as_os_str(),
            OsStr::new("--lang"),
            OsStr::new("en")
        ],
        dir.path(),
    );
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_eq!(r.stdout.trim(), out.display().to_string());
    let text = flat(&text_of(&out));
    assert_has(&text, "Summary", "export en");
    assert_has(&text, "Action points", "export en");
    assert!(!text.contains("Samenvatting"));
    // Dutch, with the flag before the command
    let r = run(
        args![
            OsStr::new("--lang"),
            OsStr::new("nl"),
            OsStr::new("export"),
            file.as_os_str(),
            OsStr::new("-o"),
            out.as_os_str()
        ],
        dir.path(),
    );
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_has(&flat(&text_of(&out)), "Samenvatting", "export nl");
}

#[test]
fn cli_worksheet_writes_the_worksheet() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("werkblad.pdf");
    let r = run(
        args![
            OsStr::new("worksheet"),
            OsStr::new("--out"),
            out.as_os_str(),
            OsStr::new("--lang"),
            OsStr::new("nl")
        ],
        dir.path(),
    );
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_eq!(r.stdout.trim(), out.display().to_string());
    assert_has(
        &flat(&text_of(&out)),
        // the built-in questionnaire is 2.0
        "Wat brengt jullie leden samen?",
        "worksheet",
    );
    let r = run(
        args![
            OsStr::new("worksheet"),
            OsStr::new("tests/questionnaires/valid/every_kind.ron"),
            OsStr::new("--out"),
            out.as_os_str(),
            OsStr::new("--lang"),
            OsStr::new("en")
        ],
        dir.path(),
    );
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_has(
        &flat(&text_of(&out)),
        "What does the network exist for?",
        "worksheet",
    );
}

#[test]
fn cli_export_finds_the_questionnaire() {
    let dir = tempfile::tempdir().unwrap();
    let q = every_kind();
    let mut r = Reflection::new(
        NetworkProfile {
            name: "Eigen lijst".into(),
            ..Default::default()
        },
        &q,
    );
    r.agreed.insert(
        "doel.open".into(),
        Entry {
            answer: Some(Answer::Open("Voor elkaar.".into())),
            ..Default::default()
        },
    );
    let file = dir.path().join("eigen.ron");
    std::fs::write(&file, storage::to_ron(&r)).unwrap();
    let out = dir.path().join("x.pdf");
    // not built in, and not in the data folder: a clear message
    let res = run(
        args![
            OsStr::new("export"),
            file.as_os_str(),
            OsStr::new("--out"),
            out.as_os_str(),
            OsStr::new("--lang"),
            OsStr::new("en")
        ],
        dir.path(),
    );
    assert_eq!(res.code, Some(1));
    assert!(
        res.stderr.contains("test.every-kind") && res.stderr.contains("--questionnaire"),
        "{}",
        res.stderr
    );
    assert!(!out.exists());
    // named with --questionnaire
    let qfile = root().join("tests/questionnaires/valid/every_kind.ron");
    let res = run(
        args![
            OsStr::new("export"),
            file.as_os_str(),
            OsStr::new("--questionnaire"),
            qfile.as_os_str(),
            OsStr::new("--out"),
            out.as_os_str()
        ],
        dir.path(),
    );
    assert_eq!(res.code, Some(0), "{}", res.stderr);
    assert_has(&flat(&text_of(&out)), "Voor elkaar.", "answer");
    // a questionnaire with another id given by mistake
    let minimal = root().join("tests/questionnaires/valid/minimal.ron");
    let res = run(
        args![
            OsStr::new("export"),
            file.as_os_str(),
            OsStr::new("--questionnaire"),
            minimal.as_os_str(),
            OsStr::new("--out"),
            out.as_os_str(),
            OsStr::new("--lang"),
            OsStr::new("en")
        ],
        dir.path(),
    );
    assert_eq!(res.code, Some(1));
    assert!(
        res.stderr.contains("minimal.ron") && res.stderr.contains("test.every-kind"),
        "{}",
        res.stderr
    );
    // in the data folder's questionnaires folder
    std::fs::remove_file(&out).unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir_all(data.join("questionnaires")).unwrap();
    std::fs::copy(&qfile, data.join("questionnaires").join("eigen.ron")).unwrap();
    let res = run(
        args![
            OsStr::new("export"),
            file.as_os_str(),
            OsStr::new("--out"),
            out.as_os_str()
        ],
        &data,
    );
    assert_eq!(res.code, Some(0), "{}", res.stderr);
    assert!(out.exists());
}

#[test]
fn cli_reports_bad_input_with_exit_1() {
    let dir = tempfile::tempdir().unwrap();
    let good = fixture(dir.path());
    let out = dir.path().join("x.pdf");
    // a broken reflection: file, line and column
    let broken = dir.path().join("kapot.ron");
    let text = std::fs::read_to_string(&good)
        .unwrap()
        .replacen("profile:", "profile", 1);
    std::fs::write(&broken, text).unwrap();
    for lang in ["nl", "en"] {
        let r = run(
            args![
                OsStr::new("export"),
                broken.as_os_str(),
                OsStr::new("--out"),
                out.as_os_str(),
                OsStr::new("--lang"),
                OsStr::new(lang)
            ],
            dir.path(),
        );
        assert_eq!(r.code, Some(1), "{}", r.stderr);
        let prefix = format!("{}:", broken.display());
        let line = r
            .stderr
            .lines()
            .find(|l| l.starts_with(&prefix))
            .unwrap_or_else(|| panic!("no file:line:col in {}", r.stderr));
        let pos: Vec<&str> = line[prefix.len()..].splitn(3, ':').collect();
        assert!(
            pos[0].parse::<usize>().is_ok() && pos[1].parse::<usize>().is_ok(),
            "{line}"
        );
        assert!(!out.exists());
    }
    // a missing file
    let missing = dir.path().join("bestaat-niet.ron");
    let r = run(
        args![
            OsStr::new("export"),
            missing.as_os_str(),
            OsStr::new("--out"),
            out.as_os_str(),
            OsStr::new("--lang"),
            OsStr::new("en")
        ],
        dir.path(),
    );
    assert_eq!(r.code, Some(1));
    assert!(
        r.stderr.contains("bestaat-niet.ron") && r.stderr.contains("cannot read"),
        "{}",
        r.stderr
    );
    // an --out that cannot be written: a missing folder, and a folder
    for bad in [
        dir.path().join("geen-map").join("x.pdf"),
        dir.path().to_owned(),
    ] {
        let r = run(
            args![
                OsStr::new("export"),
                good.as_os_str(),
                OsStr::new("--out"),
                bad.as_os_str(),
                OsStr::new("--lang"),
                OsStr::new("en")
            ],
            dir.path(),
        );
        assert_eq!(r.code, Some(1), "{}", r.stderr);
        assert!(r.stderr.contains("cannot save the PDF"), "{}", r.stderr);
        let r = run(
            args![
                OsStr::new("worksheet"),
                OsStr::new("--out"),
                bad.as_os_str(),
                OsStr::new("--lang"),
                OsStr::new("nl")
            ],
            dir.path(),
        );
        assert_eq!(r.code, Some(1), "{}", r.stderr);
        assert!(
            r.stderr.contains("kan niet worden opgeslagen"),
            "{}",
            r.stderr
        );
    }
    // a questionnaire where a reflection belongs, and the other way round
    let q = root().join("tests/questionnaires/valid/minimal.ron");
    let r = run(
        args![
            OsStr::new("export"),
            q.as_os_str(),
            OsStr::new("--out"),
            out.as_os_str(),
            OsStr::new("--lang"),
            OsStr::new("en")
        ],
        dir.path(),
    );
    assert_eq!(r.code, Some(1));
    assert!(r.stderr.contains("reflectietool worksheet"), "{}", r.stderr);
    let r = run(
        args![
            OsStr::new("worksheet"),
            good.as_os_str(),
            OsStr::new("--out"),
            out.as_os_str()
        ],
        dir.path(),
    );
    assert_eq!(r.code, Some(1));
    assert!(r.stderr.contains("cli.ron:"), "{}", r.stderr);
    // a broken questionnaire for the worksheet
    let bq = root().join("tests/questionnaires/broken/syntax_missing_comma.ron");
    let r = run(
        args![
            OsStr::new("worksheet"),
            bq.as_os_str(),
            OsStr::new("--out"),
            out.as_os_str()
        ],
        dir.path(),
    );
    assert_eq!(r.code, Some(1));
    assert!(
        r.stderr.contains("syntax_missing_comma.ron:"),
        "{}",
        r.stderr
    );
    assert!(!out.exists());
    // --out is required
    let r = run(args![OsStr::new("export"), good.as_os_str()], dir.path());
    assert_ne!(r.code, Some(0));
    assert!(r.stderr.contains("--out"), "{}", r.stderr);
}

/// Runs the program with only the given locale variables set.
fn run_in_locale(args: &[&OsStr], dir: &Path, locale: &[(&str, &str)]) -> Run {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_reflectietool"));
    cmd.args(args)
        .current_dir(root())
        .env("REFLECTIETOOL_DATA_DIR", dir)
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANGUAGE")
        .env_remove("RUST_BACKTRACE");
    for (k, v) in locale {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("the program starts");
    Run {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

#[test]
fn worksheet_and_export_are_dutch_unless_the_locale_is_english() {
    let dir = tempfile::tempdir().unwrap();
    let file = fixture(dir.path());
    let sheet = dir.path().join("werkblad.pdf");
    let export = dir.path().join("zelfevaluatie.pdf");
    let dutch: &[&[(&str, &str)]] = &[
        &[],
        &[("LANG", "C")],
        &[("LANG", "POSIX")],
        &[("LANG", "de_DE.UTF-8")],
        &[("LANG", "en_US.UTF-8"), ("LC_ALL", "C.UTF-8")],
    ];
    let english: &[&[(&str, &str)]] = &[
        &[("LANG", "en_US.UTF-8")],
        &[("LANG", "nl_NL.UTF-8"), ("LC_MESSAGES", "en_GB.UTF-8")],
    ];
    for (locales, nl) in [(dutch, true), (english, false)] {
        for locale in locales {
            let r = run_in_locale(
                args![OsStr::new("worksheet"), OsStr::new("-o"), sheet.as_os_str()],
                dir.path(),
                locale,
            );
            assert_eq!(r.code, Some(0), "{}", r.stderr);
            let text = flat(&text_of(&sheet));
            let r = run_in_locale(
                args![
                    OsStr::new("export"),
                    file.as_os_str(),
                    OsStr::new("-o"),
                    export.as_os_str()
                ],
                dir.path(),
                locale,
            );
            assert_eq!(r.code, Some(0), "{}", r.stderr);
            let report = flat(&text_of(&export));
            if nl {
                assert_has(&text, "Wat brengt jullie leden samen?", "worksheet nl");
                assert_has(&report, "Samenvatting", "export nl");
                assert!(!report.contains("Summary"), "{locale:?}: English export");
            } else {
                assert!(
                    !text.contains("Wat brengt jullie leden samen"),
                    "{locale:?}"
                );
                assert_has(&report, "Summary", "export en");
                assert!(!report.contains("Samenvatting"), "{locale:?}: Dutch export");
            }
        }
    }
    // a message without --lang is Dutch too
    let missing = dir.path().join("bestaat-niet.ron");
    let r = run_in_locale(
        args![
            OsStr::new("export"),
            missing.as_os_str(),
            OsStr::new("-o"),
            export.as_os_str()
        ],
        dir.path(),
        &[("LANG", "C")],
    );
    assert_eq!(r.code, Some(1));
    assert!(!r.stderr.contains("cannot"), "{}", r.stderr);
}

/// Writes the documents to `$PDF_DUMP_DIR` for looking at them:
/// `PDF_DUMP_DIR=/tmp/pdfs cargo test --release --test pdf -- --ignored dump`.
#[test]
#[ignore]
fn dump() {
    let dir = PathBuf::from(std::env::var("PDF_DUMP_DIR").unwrap_or_else(|_| "/tmp/pdfs".into()));
    std::fs::create_dir_all(&dir).unwrap();
    let q = Questionnaire::builtin_v1();
    let full = sample::full_reflection(&q, "vol", 8);
    for lang in [Lang::Nl, Lang::En] {
        let pdf = report::self_assessment_pdf_on(&full, &q, lang, date()).unwrap();
        std::fs::write(dir.join(format!("full-{}.pdf", lang.code())), pdf).unwrap();
        let pdf = report::worksheet_pdf_on(&q, lang, date()).unwrap();
        std::fs::write(dir.join(format!("worksheet-{}.pdf", lang.code())), pdf).unwrap();
    }
    let empty = Reflection::new(Default::default(), &q);
    let pdf = report::self_assessment_pdf_on(&empty, &q, Lang::Nl, date()).unwrap();
    std::fs::write(dir.join("empty-nl.pdf"), pdf).unwrap();
    // a partly answered reflection on a small questionnaire
    let small = every_kind();
    let mut r = Reflection::new(
        NetworkProfile {
            name: "Klein netwerk".into(),
            ..Default::default()
        },
        &small,
    );
    r.agreed.insert(
        "doel.missie".into(),
        Entry {
            answer: Some(Answer::Scale(ScaleAnswer::Level(1))),
            ..Default::default()
        },
    );
    r.agreed.insert(
        "samen.koers".into(),
        Entry {
            answer: Some(Answer::Position {
                now: Some(0.2),
                desired: None,
            }),
            ..Default::default()
        },
    );
    r.agreed.insert(
        "doel.open".into(),
        Entry {
            answer: Some(Answer::Open(format!(
                "{} {}",
                "#*$[]<>\\@_` ".repeat(3),
                "y".repeat(400)
            ))),
            ..Default::default()
        },
    );
    r.actions.push(ActionPoint {
        id: "a".into(),
        what: "Eén actie".into(),
        status: ActionStatus::Busy,
        ..Default::default()
    });
    let pdf = report::self_assessment_pdf_on(&r, &small, Lang::En, date()).unwrap();
    std::fs::write(dir.join("small-en.pdf"), pdf).unwrap();
    let pdf = report::worksheet_pdf_on(&small, Lang::En, date()).unwrap();
    std::fs::write(dir.join("small-worksheet-en.pdf"), pdf).unwrap();
    // long names, long fields, many actions
    let mut r = sample::full_reflection(&q, "lang", 1);
    r.profile.name = "Vereniging van Eerstegeneratiestudenten en Hun Vrienden aan de Hogeschool van Amsterdam-Zuidoost".into();
    r.profile.institution =
        "https://www.hogeschool-van-amsterdam.nl/studenten/netwerken/eerstegeneratie".into();
    r.profile.board_year = "2026-2027 (tweede helft, na de wissel in februari)".into();
    for i in 0..30 {
        r.actions.push(ActionPoint {
            id: format!("x{i}"),
            what: "Kort".into(),
            who: "Penningmeester/secretaris-generaal".into(),
            due: "Uiterlijk-voor-de-algemene-ledenvergadering".into(),
            status: ActionStatus::ALL[i % 4],
            ..Default::default()
        });
    }
    let pdf = report::self_assessment_pdf_on(&r, &q, Lang::Nl, date()).unwrap();
    std::fs::write(dir.join("stress-nl.pdf"), pdf).unwrap();
}
