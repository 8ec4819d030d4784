//! Only what the board shares: no private note, reasons and members as
//! chosen; and the summary per network and year.

use super::*;

#[test]
fn no_private_note_reaches_any_file_even_from_entries_that_still_hold_one() {
    let q = Arc::new(Questionnaire::builtin_v1());
    let entries: Vec<ReviewEntry> = reflections()
        .into_iter()
        .map(|(name, reflection)| {
            assert!(!reflection.private_notes.is_empty());
            ReviewEntry {
                path: PathBuf::from(name),
                questionnaire: (reflection.questionnaire.id == q.id).then(|| q.clone()),
                reflection,
                upgraded_from: None,
            }
        })
        .collect();
    let review = Review::from_entries(Vec::new(), entries, Vec::new());
    for sep in [Separator::Comma, Separator::Semicolon] {
        for lang in [Lang::Nl, Lang::En] {
            let f = files(&review, sep, lang);
            for bytes in [f.answers_long, f.summary_wide, f.codebook] {
                let text = String::from_utf8(bytes).unwrap();
                assert!(
                    !text.contains("PRIVATE-NOTE"),
                    "a private note in a CSV file"
                );
            }
        }
    }
}

#[test]
fn reasons_and_members_appear_only_as_the_board_shares_them() {
    let tmp = folder();
    let review = open(tmp.path());
    let (long, wide, _) = comma(&review);
    for row in long.rows_where("file", "c-weggelaten.ron") {
        assert_eq!(long.get(row, "rationale"), "");
        assert_eq!(long.get(row, "dissent"), "");
        assert_eq!(long.get(row, "evidence"), "");
        assert_eq!(long.get(row, "reasons_shared"), "0");
        assert_eq!(long.get(row, "who"), "agreed", "members omitted");
    }
    let text = String::from_utf8(files(&review, Separator::Comma, Lang::Nl).answers_long).unwrap();
    assert!(!text.contains("GEHEIME-DISSENT"));
    assert!(
        !text.contains("GEHEIM-BEWIJS"),
        "evidence goes with the reasons"
    );
    let shared: Vec<_> = long
        .rows_where("file", "a-label.ron")
        .into_iter()
        .filter(|r| !long.get(r, "rationale").is_empty())
        .collect();
    assert!(
        !shared.is_empty(),
        "reasons shared where the board shares them"
    );
    assert!(
        long.rows_where("file", "a-label.ron")
            .iter()
            .any(|r| long.get(r, "evidence") == "De evaluatie van oktober"),
        "the evidence note goes with the reasons"
    );
    let who = |file: &str| -> BTreeSet<String> {
        long.rows_where("file", file)
            .iter()
            .map(|r| long.get(r, "who").to_owned())
            .collect()
    };
    assert_eq!(
        who("a-label.ron"),
        ["agreed", "Bestuurslid 1", "Bestuurslid 2", "Bestuurslid 3"]
            .map(String::from)
            .into()
    );
    assert_eq!(
        who("b-anoniem.ron"),
        ["agreed", "Lid 1", "Lid 2", "Lid 3"]
            .map(String::from)
            .into()
    );
    assert_eq!(who("c-weggelaten.ron"), ["agreed".to_owned()].into());
    let en = read(
        &files(&review, Separator::Comma, Lang::En).answers_long,
        b',',
    );
    assert!(
        en.rows_where("file", "b-anoniem.ron")
            .iter()
            .any(|r| en.get(r, "who") == "Member 2")
    );
    // the summary says how members are shared
    let shared: BTreeMap<&str, &str> = wide
        .rows
        .iter()
        .map(|r| (wide.get(r, "file"), wide.get(r, "members_shared")))
        .collect();
    assert_eq!(shared["a-label.ron"], "by_label");
    assert_eq!(shared["b-anoniem.ron"], "anonymous");
    assert_eq!(shared["c-weggelaten.ron"], "omit");
}

#[test]
fn summary_wide_has_a_row_per_network_and_year_with_averages_and_positions() {
    let tmp = folder();
    let review = open(tmp.path());
    let (_, wide, _) = comma(&review);
    assert_eq!(wide.rows.len(), review.entries.len());
    let q = Questionnaire::builtin_v1();
    let positions = q
        .questions()
        .filter(|(_, qu)| matches!(qu.kind, QuestionKind::Position { .. }))
        .count();
    assert_eq!(
        wide.header
            .iter()
            .filter(|h| h.starts_with("position_"))
            .count(),
        positions * 2
    );
    let row = wide.rows_where("file", "b-anoniem.ron")[0];
    assert_eq!(wide.get(row, "network_id"), "netwerk-0");
    assert_eq!(wide.get(row, "board_year"), "2026-2027");
    assert_eq!(wide.get(row, "members"), "3");
    let complete: f64 = wide.get(row, "complete").parse().unwrap();
    assert!(complete > 0.0 && complete <= 1.0);
    let theme = format!("theme_{}", q.themes[1].id);
    let avg: f64 = wide.get(row, &theme).parse().unwrap();
    assert!((0.0..=1.0).contains(&avg));
    let words: Vec<&str> = q.scales[0]
        .levels
        .iter()
        .map(|l| l.label.nl.as_str())
        .collect();
    assert!(words.contains(&wide.get(row, &format!("{theme}_level"))));
    assert!(
        !wide.get(row, &format!("{theme}_change")).is_empty(),
        "a change since 2025"
    );
    assert!(wide.rows.iter().any(|r| {
        wide.header
            .iter()
            .enumerate()
            .any(|(i, h)| h.starts_with("position_") && !r[i].is_empty())
    }));
    let unknown = wide.rows_where("file", "e-onbekend.ron")[0];
    assert_eq!(wide.get(unknown, "unknown_questionnaire"), "1");
    assert_eq!(wide.get(unknown, "complete"), "");
}
