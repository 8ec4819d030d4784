//! What the documents do with difficult input: private notes that must not
//! print, values that cannot be read, texts longer than the limit, and
//! names with letters beyond ASCII in file names. Checked through the text
//! that `pdftotext` (poppler) reads from the PDF and through the JSON data
//! that the template is given.

use std::process::Command;

use reflectietool::format::reflection::MAX_TEXT_CHARS;
use reflectietool::model::questionnaire::{Question, QuestionKind, Questionnaire};
use reflectietool::model::reflection::{
    Answer, Entry, NetworkProfile, Reflection, ScaleAnswer, slug,
};
use reflectietool::report::self_assessment::self_assessment;
use reflectietool::report::{self, words};
use reflectietool::{Lang, sample};

fn date() -> jiff::civil::Date {
    jiff::civil::date(2026, 11, 24)
}

/// The text of a PDF as `pdftotext` reads it, with every run of whitespace
/// (and the invisible break opportunities) collapsed to one space.
fn pdf_text(pdf: &[u8]) -> String {
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
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout)
        .unwrap()
        .replace('\u{200b}', "");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The JSON data that the self-assessment template is given.
fn json(r: &Reflection, q: &Questionnaire, lang: Lang) -> String {
    serde_json::to_string(&self_assessment(r, q, lang, date())).unwrap()
}

/// The questions of a kind, in order.
fn of_kind(q: &Questionnaire, kind: usize) -> Vec<&Question> {
    q.questions()
        .map(|(_, qu)| qu)
        .filter(|qu| qu.kind.index() == kind)
        .collect()
}

fn answer(a: Answer) -> Entry {
    Entry {
        answer: Some(a),
        ..Entry::default()
    }
}

/// The part of the text from a question's last prompt (in the answers
/// part) to the next question's.
fn window<'a>(text: &'a str, q: &Questionnaire, id: &str, lang: Lang) -> &'a str {
    let all: Vec<&Question> = q.questions().map(|(_, qu)| qu).collect();
    let i = all.iter().position(|qu| qu.id == id).unwrap();
    let start = text.rfind(all[i].prompt.get(lang)).expect("prompt printed");
    let end = all
        .get(i + 1)
        .and_then(|n| text.rfind(n.prompt.get(lang)))
        .filter(|e| *e > start)
        .unwrap_or(text.len());
    &text[start..end]
}

#[test]
fn private_notes_never_reach_a_document() {
    let q = Questionnaire::builtin_v1();
    let sample = sample::full_reflection(&q, "vol", 2);
    assert!(
        sample
            .private_notes
            .values()
            .any(|n| n.contains("PRIVATE-NOTE")),
        "the sample holds private notes"
    );
    // and one with a private note in every theme, next to a shared one
    let mut every = Reflection::new(NetworkProfile::default(), &q);
    for t in &q.themes {
        every
            .private_notes
            .insert(t.id.clone(), format!("GEHEIM-{}-alleen-hier", t.id));
        every
            .notes
            .insert(t.id.clone(), format!("Gedeeld-{}-voor-iedereen", t.id));
    }
    for r in [&sample, &every] {
        for lang in [Lang::Nl, Lang::En] {
            let data = json(r, &q, lang);
            let pdf = report::self_assessment_pdf_on(r, &q, lang, date()).unwrap();
            let text = pdf_text(&pdf);
            for note in r.private_notes.values() {
                assert!(!data.contains(note), "«{note}» is in the data");
                assert!(!text.contains(note), "«{note}» is in the PDF");
            }
            assert!(!text.contains("GEHEIM") && !text.contains("PRIVATE-NOTE"));
            for note in r.notes.values() {
                assert!(text.contains(note), "the shared note «{note}» is missing");
            }
        }
    }
}

#[test]
fn unreadable_values_print_as_such_and_count_nowhere() {
    let q = Questionnaire::builtin_v1();
    let scales = of_kind(&q, 1);
    let singles = of_kind(&q, 2);
    let multiples = of_kind(&q, 3);
    let positions = of_kind(&q, 4);
    assert!(scales.len() >= 4 && positions.len() >= 5 && !singles.is_empty());
    let mut r = sample::full_reflection(&q, "kapot", 0);
    r.updated = "gisteren rond vieren".into();
    let pos = |now: f32, desired: Option<f32>| {
        answer(Answer::Position {
            now: Some(now),
            desired,
        })
    };
    let bad: Vec<(&str, Entry)> = vec![
        (positions[0].id.as_str(), pos(f32::NAN, Some(0.5))),
        (positions[1].id.as_str(), pos(0.2, Some(f32::INFINITY))),
        (positions[2].id.as_str(), pos(-3.0, None)),
        (positions[3].id.as_str(), pos(7.5, Some(0.1))),
        (
            scales[0].id.as_str(),
            answer(Answer::Scale(ScaleAnswer::Level(200))),
        ),
        (
            scales[1].id.as_str(),
            answer(Answer::Open("best goed".into())),
        ),
        (
            singles[0].id.as_str(),
            answer(Answer::Single {
                choice: "bestaat-niet".into(),
                other: String::new(),
            }),
        ),
        (
            multiples[0].id.as_str(),
            answer(Answer::Multiple {
                choices: vec!["ook-niet".into()],
                other: String::new(),
            }),
        ),
    ];
    for (id, entry) in &bad {
        r.agreed.insert((*id).to_owned(), entry.clone());
    }
    // the readable statements all get level 1: the bad ones must not rank
    for s in &scales[2..] {
        r.agreed
            .insert(s.id.clone(), answer(Answer::Scale(ScaleAnswer::Level(1))));
    }
    for lang in [Lang::Nl, Lang::En] {
        let marker = words::words(lang)["unreadable"];
        let data = self_assessment(&r, &q, lang, date());
        // left out of the chart, the averages, the rankings and the positions
        let bad_ids: Vec<&str> = bad.iter().map(|(id, _)| *id).collect();
        for s in data.strongest.iter().chain(&data.weakest) {
            let qu = q
                .questions()
                .map(|(_, qu)| qu)
                .find(|qu| qu.prompt.get(lang) == s.prompt);
            assert!(!bad_ids.contains(&qu.unwrap().id.as_str()), "{}", s.prompt);
            assert_eq!(s.level, 1, "only the readable level 1 ranks");
        }
        let statements: usize = data.chart.axes.iter().map(|a| a.statements).sum();
        let answered: usize = data.chart.axes.iter().map(|a| a.answered).sum();
        assert_eq!(statements, scales.len());
        assert_eq!(
            answered,
            scales.len() - 2,
            "the two bad statements do not count"
        );
        for a in &data.chart.axes {
            if let Some(v) = a.value {
                assert!(v.is_finite() && (0.0..=1.0).contains(&v), "{v}");
            }
        }
        assert_eq!(data.positions.len(), positions.len() - 4);
        for p in &data.positions {
            for v in [p.now, p.goal].into_iter().flatten() {
                assert!(v.is_finite() && (0.0..=1.0).contains(&v), "{v}");
            }
        }
        // the PDF is made, and each bad answer shows the marker in its place
        let pdf = report::self_assessment_pdf_on(&r, &q, lang, date()).unwrap();
        let text = pdf_text(&pdf);
        for (id, _) in &bad {
            let win = window(&text, &q, id, lang);
            assert!(win.contains(marker), "{id} ({}): {win}", lang.code());
        }
        // a bad position draws no poles; an unknown option lists nothing
        for p in &positions[..4] {
            let QuestionKind::Position { left, .. } = &p.kind else {
                unreachable!()
            };
            let win = window(&text, &q, &p.id, lang);
            assert!(!win.contains(left.get(lang)), "{}: {win}", p.id);
        }
        let QuestionKind::Single { options, .. } = &singles[0].kind else {
            unreachable!()
        };
        let win = window(&text, &q, &singles[0].id, lang);
        for o in options {
            assert!(!win.contains(o.label.get(lang)), "{win}");
        }
        // the unreadable date on the cover
        let updated = lang.pick("Laatst gewijzigd", "Last changed");
        let fact = data
            .cover
            .facts
            .iter()
            .find(|f| f.label == updated)
            .unwrap();
        assert_eq!(fact.value, marker);
        assert!(!text.contains("gisteren rond vieren"));
    }
}

#[test]
fn long_texts_are_cut_and_marked() {
    let q = Questionnaire::builtin_v1();
    let mut r = Reflection::new(NetworkProfile::default(), &q);
    // 7 MB of text in one shared note, below the file size limit
    let word = "lang woord ";
    let note = word.repeat(7_000_000 / word.len());
    let total = note.chars().count();
    let theme = q.themes[0].id.clone();
    r.notes.insert(theme, note.clone());
    // and an answer just over the limit, with characters of two bytes
    let open = of_kind(&q, 0)[0];
    let answer_text: String = "é".repeat(MAX_TEXT_CHARS + 10);
    r.agreed
        .insert(open.id.clone(), answer(Answer::Open(answer_text)));
    for lang in [Lang::Nl, Lang::En] {
        let data = self_assessment(&r, &q, lang, date());
        let notes = data.themes[0].notes.join("\n");
        let cut_marker = |n: usize| match lang {
            Lang::Nl => format!("… (tekst ingekort: {} tekens)", words::whole(n, lang)),
            Lang::En => format!("… (text shortened: {} characters)", words::whole(n, lang)),
        };
        let marker = cut_marker(total);
        assert!(notes.ends_with(&marker), "{}", &notes[notes.len() - 80..]);
        let kept: usize = notes.chars().filter(|c| *c != '\u{200b}').count();
        assert!(kept <= MAX_TEXT_CHARS + marker.chars().count(), "{kept}");
        let answer = data
            .themes
            .iter()
            .flat_map(|t| &t.questions)
            .find(|v| v.prompt == open.prompt.get(lang))
            .unwrap();
        let answer = answer.text.join("\n");
        assert!(answer.ends_with(&cut_marker(MAX_TEXT_CHARS + 10)));
        // what goes to the typesetter stays small
        let size = json(&r, &q, lang).len();
        assert!(size < 2_000_000, "{size} bytes of data");
    }
}

#[test]
fn a_long_note_prints_with_its_marker() {
    let q = Questionnaire::builtin_v1();
    let mut r = Reflection::new(NetworkProfile::default(), &q);
    let note = "notitie ".repeat(MAX_TEXT_CHARS / 8 + 500);
    r.notes.insert(q.themes[0].id.clone(), note);
    let pdf = report::self_assessment_pdf_on(&r, &q, Lang::Nl, date()).unwrap();
    let text = pdf_text(&pdf);
    let total = words::whole((MAX_TEXT_CHARS / 8 + 500) * 8, Lang::Nl);
    assert!(
        text.contains(&format!("notitie… (tekst ingekort: {total} tekens)"))
            || text.contains(&format!("notitie … (tekst ingekort: {total} tekens)")),
        "the marker is printed"
    );
}

#[test]
fn names_keep_their_letters_in_file_names() {
    let q = Questionnaire::builtin_v1();
    let r = sample::full_reflection(&q, "vol", 0);
    assert_eq!(r.profile.name, "Studentenvereniging Ünal & Łukasz");
    assert_eq!(slug(&r.profile.name), "studentenvereniging-unal-lukasz");
    assert_eq!(
        report::self_assessment_file_name(&r, Lang::Nl),
        "zelfevaluatie-studentenvereniging-unal-lukasz-2026-2027.pdf"
    );
    assert_eq!(
        report::self_assessment_file_name(&r, Lang::En),
        "self-assessment-studentenvereniging-unal-lukasz-2026-2027.pdf"
    );
    // a new reflection's id is made from the name the same way
    let new = Reflection::new(r.profile.clone(), &q);
    assert!(
        new.id.starts_with("studentenvereniging-unal-lukasz-"),
        "{}",
        new.id
    );
    assert_eq!(slug("Şule & Gökçe"), "sule-gokce");
    assert_eq!(slug("Café Été"), "cafe-ete");
    assert_eq!(slug("Straße ΑΒΓ"), "strasse-abg");
    // always ASCII letters, digits and dashes, at most 32 characters
    for name in [
        "Studentenvereniging Ünal & Łukasz",
        "Ünal Ünal Ünal Ünal Ünal Ünal Ünal Ünal Ünal",
        "北京大学 学生会 🎉🎓",
        "../../../tmp/evil",
        "ŁŁŁŁŁŁŁŁŁŁŁŁŁŁŁŁŁŁŁŁŁŁŁŁŁŁŁŁŁŁŁŁŁŁŁŁŁŁŁŁ",
        "🎉",
        "",
        "-- --",
    ] {
        let s = slug(name);
        assert!(!s.is_empty() && s.len() <= 32, "{name:?} → {s:?}");
        assert!(
            s.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "{name:?} → {s:?}"
        );
        assert!(!s.starts_with('-') && !s.ends_with('-'), "{name:?} → {s:?}");
    }
}
