//! The review's CSV files, read back with the `csv` crate: how many rows,
//! the byte order mark, semicolons and decimal commas, formula-looking
//! texts made harmless, every agreed answer present, a codebook that covers
//! every column, no private note, reasons and members only as the board
//! shares them.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use reflectietool::Lang;
use reflectietool::model::questionnaire::{QuestionKind, Questionnaire};
use reflectietool::model::reflection::{
    Answer, Entry, MemberSharing, OTHER, Reflection, ScaleAnswer,
};
use reflectietool::review::csv::{
    BOM, CsvError, CsvFiles, CsvOptions, SUMMARY_WIDE, Separator, csv_files, write_csv,
};
use reflectietool::review::{Review, ReviewEntry};
use reflectietool::sample::network_year;
use reflectietool::storage::catalogue::Catalogue;
use reflectietool::storage::to_ron;

/// A CSV file read back: its header and rows.
struct Table {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl Table {
    fn col(&self, name: &str) -> usize {
        self.header
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("no column {name} in {:?}", self.header))
    }

    fn get<'a>(&'a self, row: &'a [String], name: &str) -> &'a str {
        &row[self.col(name)]
    }

    /// The rows whose column `name` is `value`.
    fn rows_where<'a>(&'a self, name: &str, value: &str) -> Vec<&'a Vec<String>> {
        let c = self.col(name);
        self.rows.iter().filter(|r| r[c] == value).collect()
    }
}

/// Reads a file as a spreadsheet would: a BOM, then rows of equal length.
fn read(bytes: &[u8], separator: u8) -> Table {
    assert!(
        bytes.starts_with(BOM),
        "the file starts with a byte order mark"
    );
    assert!(!bytes[3..].starts_with(BOM), "only one byte order mark");
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator)
        .from_reader(&bytes[3..]);
    let header = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    let rows = reader
        .records()
        .map(|r| {
            r.expect("every row has as many fields as the header")
                .iter()
                .map(str::to_owned)
                .collect()
        })
        .collect();
    Table { header, rows }
}

fn catalogue() -> Catalogue {
    Catalogue::builtin(Arc::new(Questionnaire::builtin_v1()))
}

/// The first question of a kind in the built-in questionnaire.
fn first_of(q: &Questionnaire, kind: usize, skip: usize) -> String {
    q.questions()
        .filter(|(_, qu)| qu.kind.index() == kind)
        .nth(skip)
        .unwrap()
        .1
        .id
        .clone()
}

/// The reflections of the review, by file name: members by label, anonymous
/// and omitted; reasons not shared; answers to questions the questionnaire
/// lacks; another questionnaire; formula-looking texts.
fn reflections() -> Vec<(&'static str, Reflection)> {
    let q = Questionnaire::builtin_v1();
    let mut by_label = network_year(&q, 0, 2025, 3);
    by_label.sharing.members = MemberSharing::ByLabel;
    by_label
        .agreed
        .entry(first_of(&q, 1, 0))
        .or_default()
        .evidence = "De evaluatie van oktober".into();
    by_label.agreed.insert(
        "oud.vraag".into(),
        Entry {
            answer: Some(Answer::Open("Een antwoord op een oude vraag".into())),
            ..Entry::default()
        },
    );
    by_label.respondents[0].answers.insert(
        "oud.schaal".into(),
        Entry {
            answer: Some(Answer::Scale(ScaleAnswer::Level(1))),
            ..Entry::default()
        },
    );
    let mut anonymous = network_year(&q, 0, 2026, 3);
    anonymous.sharing.members = MemberSharing::Anonymous;
    let mut omitted = network_year(&q, 1, 2025, 2);
    omitted.sharing.members = MemberSharing::Omit;
    omitted.sharing.reasons = false;
    for e in omitted.agreed.values_mut() {
        e.dissent = "GEHEIME-DISSENT".into();
        e.evidence = "GEHEIM-BEWIJS".into();
    }
    let mut formulas = network_year(&q, 1, 2026, 0);
    formulas.profile.institution = "@home".into();
    formulas.profile.name = "Netwerk café Ünal Şahin".into();
    let open = |e: &str| Entry {
        answer: Some(Answer::Open(e.into())),
        ..Entry::default()
    };
    formulas.agreed.insert(first_of(&q, 0, 0), open("=SUM(A1)"));
    formulas.agreed.insert(first_of(&q, 0, 1), open("-5"));
    let single_other = q
        .questions()
        .find(|(_, qu)| matches!(qu.kind, QuestionKind::Single { other: true, .. }))
        .unwrap()
        .1
        .id
        .clone();
    formulas.agreed.insert(
        single_other,
        Entry {
            answer: Some(Answer::Single {
                choice: OTHER.into(),
                other: "+31 6 12345678".into(),
            }),
            ..Entry::default()
        },
    );
    let mut unknown = network_year(&q, 2, 2026, 2);
    unknown.questionnaire.id = "andere-lijst".into();
    unknown.sharing.members = MemberSharing::ByLabel;
    vec![
        ("a-label.ron", by_label),
        ("b-anoniem.ron", anonymous),
        ("c-weggelaten.ron", omitted),
        ("d-formules.ron", formulas),
        ("e-onbekend.ron", unknown),
    ]
}

/// Writes the reflections and a broken file into a folder.
fn folder() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    for (name, r) in reflections() {
        std::fs::write(tmp.path().join(name), to_ron(&r)).unwrap();
    }
    std::fs::write(
        tmp.path().join("kapot.ron"),
        "Reflection(\n  format_version: 2,\n  id: ",
    )
    .unwrap();
    tmp
}

fn open(dir: &Path) -> Review {
    Review::open(&[dir.to_owned()], &catalogue())
}

fn files(review: &Review, separator: Separator, lang: Lang) -> CsvFiles {
    csv_files(review, &CsvOptions { separator, lang })
}

fn comma(review: &Review) -> (Table, Table, Table) {
    let f = files(review, Separator::Comma, Lang::Nl);
    (
        read(&f.answers_long, b','),
        read(&f.summary_wide, b','),
        read(&f.codebook, b','),
    )
}

/// The rows a reflection gives, by definition: (its questionnaire's
/// questions + the ids it has answers to that the questionnaire lacks,
/// counting members only when shared) × (agreed + the shared members).
fn expected_rows(r: &Reflection, q: Option<&Questionnaire>) -> usize {
    let shown = if r.sharing.members == MemberSharing::Omit {
        0
    } else {
        r.respondents.len()
    };
    let mut ids: BTreeSet<&str> = r.agreed.keys().map(String::as_str).collect();
    if shown > 0 {
        ids.extend(
            r.respondents
                .iter()
                .flat_map(|m| m.answers.keys().map(String::as_str)),
        );
    }
    let kept = ids
        .iter()
        .filter(|id| q.is_none_or(|q| q.question(id).is_none()))
        .count();
    (q.map_or(0, Questionnaire::question_count) + kept) * (1 + shown)
}

#[test]
fn answers_long_has_a_row_per_question_and_per_who_answered() {
    let tmp = folder();
    let review = open(tmp.path());
    assert_eq!(review.entries.len(), 5);
    assert_eq!(review.unreadable.len(), 1);
    let (long, _, _) = comma(&review);
    let n = Questionnaire::builtin_v1().question_count();
    let count = |file: &str| long.rows_where("file", file).len();
    // the numbers, spelled out for each kind of reflection
    assert_eq!(
        count("a-label.ron"),
        (n + 2) * 4,
        "3 members by label, 2 kept ids"
    );
    assert_eq!(count("b-anoniem.ron"), n * 4, "3 anonymous members");
    assert_eq!(count("c-weggelaten.ron"), n, "members omitted: agreed only");
    assert_eq!(count("d-formules.ron"), n, "no members");
    assert_eq!(
        count("e-onbekend.ron"),
        n * 3,
        "unknown questionnaire: its answered ids"
    );
    assert_eq!(count("kapot.ron"), 0);
    let total: usize = review
        .entries
        .iter()
        .map(|e| expected_rows(&e.reflection, e.questionnaire.as_deref()))
        .sum();
    assert_eq!(long.rows.len(), total);
    // each question of a reflection once per who answered
    for e in &review.entries {
        let name = e.path.file_name().unwrap().to_str().unwrap();
        let mut per_question: BTreeMap<&str, usize> = BTreeMap::new();
        for row in long.rows_where("file", name) {
            *per_question
                .entry(long.get(row, "question_id"))
                .or_default() += 1;
        }
        let who = long.rows_where("file", name).len() / per_question.len();
        assert!(
            per_question.values().all(|&c| c == who),
            "{name}: {per_question:?}"
        );
    }
}

#[test]
fn answers_to_questions_the_questionnaire_lacks_are_kept() {
    let tmp = folder();
    let (long, _, _) = comma(&open(tmp.path()));
    let old = long.rows_where("question_id", "oud.vraag");
    assert_eq!(old.len(), 4);
    let agreed = old.iter().find(|r| long.get(r, "who") == "agreed").unwrap();
    assert_eq!(long.get(agreed, "question_kind"), "unknown");
    assert_eq!(long.get(agreed, "question_text"), "");
    assert_eq!(long.get(agreed, "status"), "answered");
    assert_eq!(
        long.get(agreed, "answer_text"),
        "Een antwoord op een oude vraag"
    );
    let scale = long.rows_where("question_id", "oud.schaal");
    let member = scale
        .iter()
        .find(|r| long.get(r, "who") == "Bestuurslid 1")
        .unwrap();
    assert_eq!(long.get(member, "level"), "1");
    // another questionnaire: every answer kept, without question text
    for row in long.rows_where("file", "e-onbekend.ron") {
        assert_eq!(long.get(row, "question_kind"), "unknown");
        assert_eq!(long.get(row, "question_text"), "");
    }
}

#[test]
fn every_agreed_answer_is_in_answers_long_with_its_code() {
    let tmp = folder();
    let review = open(tmp.path());
    let (long, _, _) = comma(&review);
    let mut checked = 0;
    for e in &review.entries {
        let file = e.path.file_name().unwrap().to_str().unwrap();
        let rows: BTreeMap<&str, &Vec<String>> = long
            .rows_where("file", file)
            .into_iter()
            .filter(|r| long.get(r, "who") == "agreed")
            .map(|r| (long.get(r, "question_id"), r))
            .collect();
        for (id, entry) in &e.reflection.agreed {
            let Some(answer) = entry.answer.as_ref().filter(|a| !a.is_empty()) else {
                continue;
            };
            let row = rows
                .get(id.as_str())
                .unwrap_or_else(|| panic!("{file}: {id} missing"));
            let cell = |name| long.get(row, name);
            assert_ne!(cell("status"), "unanswered", "{file} {id}");
            match answer {
                Answer::Open(t) => {
                    let shown = cell("answer_text");
                    assert!(
                        shown == t || shown == format!("'{t}"),
                        "{file} {id}: {shown}"
                    );
                }
                Answer::Scale(ScaleAnswer::Level(l)) => assert_eq!(cell("level"), l.to_string()),
                Answer::Scale(ScaleAnswer::DontKnow) => assert_eq!(cell("status"), "dont_know"),
                Answer::Scale(ScaleAnswer::NotApplicable) => {
                    assert_eq!(cell("status"), "not_applicable")
                }
                Answer::Single { choice, .. } => assert_eq!(cell("options"), choice),
                Answer::Multiple { choices, .. } => assert_eq!(cell("options"), choices.join("|")),
                Answer::Position { now, desired } => {
                    let num = |s: &str| s.parse::<f32>().ok();
                    assert_eq!(num(cell("now")), *now, "{file} {id}");
                    assert_eq!(num(cell("desired")), *desired, "{file} {id}");
                }
            }
            checked += 1;
        }
    }
    assert!(checked > 100, "{checked} answers checked");
    // a level has its name, in the language asked for
    let q = Questionnaire::builtin_v1();
    let scale = &q.scales[0];
    let levelled = long
        .rows_where("status", "answered")
        .into_iter()
        .find(|r| !long.get(r, "level").is_empty() && long.get(r, "question_kind") == "scale")
        .unwrap();
    let l: usize = long.get(levelled, "level").parse().unwrap();
    assert_eq!(long.get(levelled, "answer_text"), scale.levels[l].label.nl);
    assert_eq!(long.get(levelled, "levels"), scale.levels.len().to_string());
}

mod files;
mod sharing;
