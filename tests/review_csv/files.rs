//! The files as files: the byte order mark, semicolons, formulas, the
//! codebook, and the folder they are written to.

use super::*;

#[test]
fn the_files_start_with_a_bom_and_can_use_semicolons_and_decimal_commas() {
    let tmp = folder();
    let review = open(tmp.path());
    let c = files(&review, Separator::Comma, Lang::Nl);
    let s = files(&review, Separator::Semicolon, Lang::Nl);
    for bytes in [&s.answers_long, &s.summary_wide, &s.codebook] {
        assert!(bytes.starts_with(BOM));
        let first = std::str::from_utf8(&bytes[3..])
            .unwrap()
            .lines()
            .next()
            .unwrap();
        assert!(
            first.starts_with("network_id;") || first.starts_with("file;"),
            "{first}"
        );
        assert!(!first.contains(','), "{first}");
    }
    let (lc, ls) = (read(&c.answers_long, b','), read(&s.answers_long, b';'));
    assert_eq!(lc.rows.len(), ls.rows.len());
    assert_eq!(lc.header, ls.header);
    // the same positions, with a decimal point or a decimal comma
    let mut decimals = 0;
    for (a, b) in lc.rows.iter().zip(&ls.rows) {
        let (x, y) = (lc.get(a, "now"), ls.get(b, "now"));
        assert_eq!(x.replace('.', ","), y);
        decimals += usize::from(y.contains(','));
    }
    assert!(decimals > 0, "some positions have decimals");
    // é, ü and ş arrive whole
    let text = String::from_utf8(s.answers_long.clone()).unwrap();
    assert!(text.contains("Netwerk café Ünal Şahin"));
    let wide = read(&s.summary_wide, b';');
    assert!(
        wide.rows
            .iter()
            .any(|r| wide.get(r, "complete").contains(','))
    );
}

#[test]
fn formula_looking_texts_are_neutralised_and_numbers_stay_numbers() {
    let tmp = folder();
    let review = open(tmp.path());
    let (long, wide, book) = comma(&review);
    let mine = long.rows_where("file", "d-formules.ron");
    let texts: BTreeSet<&str> = mine
        .iter()
        .flat_map(|r| {
            [
                long.get(r, "answer_text"),
                long.get(r, "other_text"),
                long.get(r, "institution"),
            ]
        })
        .collect();
    for t in [
        "'=SUM(A1)",
        "'-5",
        "'+31 6 12345678",
        "'@home",
        "Anders, namelijk: +31 6 12345678",
    ] {
        assert!(texts.contains(t), "{t} in {texts:?}");
    }
    // no cell of any file starts a formula, except numbers in number columns
    let numeric = [
        "level",
        "levels",
        "now",
        "desired",
        "question_number",
        "member_number",
    ];
    for t in [&long, &wide, &book] {
        for row in &t.rows {
            for (i, cell) in row.iter().enumerate() {
                let Some(first) = cell.chars().next() else {
                    continue;
                };
                if matches!(first, '=' | '+' | '@' | '\t' | '\r') {
                    panic!("{}: {cell:?} would be a formula", t.header[i]);
                }
                if first == '-' {
                    assert!(cell.parse::<f64>().is_ok(), "{}: {cell:?}", t.header[i]);
                    assert!(
                        t.header[i].ends_with("_change") || numeric.contains(&t.header[i].as_str())
                    );
                }
            }
        }
    }
    // numbers are numbers, not neutralised text
    for row in &long.rows {
        for c in numeric {
            let v = long.get(row, c);
            assert!(v.is_empty() || v.parse::<f64>().is_ok(), "{c}: {v:?}");
        }
    }
    let changes: Vec<f64> = wide
        .header
        .iter()
        .filter(|h| h.ends_with("_change"))
        .flat_map(|h| {
            let c = wide.col(h);
            wide.rows.iter().map(move |r| r[c].clone())
        })
        .filter(|v| !v.is_empty())
        .map(|v| v.parse::<f64>().expect("a change is a number"))
        .collect();
    assert!(!changes.is_empty());
}

#[test]
fn the_codebook_covers_every_column_and_every_code_used() {
    let tmp = folder();
    let review = open(tmp.path());
    let (long, wide, book) = comma(&review);
    let described: BTreeSet<(String, String)> = book
        .rows
        .iter()
        .filter(|r| book.get(r, "code").is_empty())
        .map(|r| {
            (
                book.get(r, "file").to_owned(),
                book.get(r, "column").to_owned(),
            )
        })
        .collect();
    for (file, t) in [("answers_long.csv", &long), (SUMMARY_WIDE, &wide)] {
        for h in &t.header {
            assert!(
                described.contains(&(file.to_owned(), h.clone())),
                "{file}: {h} not in the codebook"
            );
        }
    }
    assert_eq!(
        described.len(),
        long.header.len() + wide.header.len(),
        "no column described that is not there"
    );
    for r in &book.rows {
        assert!(!book.get(r, "meaning_nl").is_empty() && !book.get(r, "meaning_en").is_empty());
    }
    let q = Questionnaire::builtin_v1();
    assert_eq!(
        wide.header
            .iter()
            .filter(|h| h.starts_with("theme_")
                && !h.ends_with("_level")
                && !h.ends_with("_change"))
            .count(),
        q.themes.len()
    );
    // every code in a code column is explained
    let codes: BTreeSet<(String, String)> = book
        .rows
        .iter()
        .filter(|r| !book.get(r, "code").is_empty())
        .map(|r| {
            (
                book.get(r, "column").to_owned(),
                book.get(r, "code").to_owned(),
            )
        })
        .collect();
    for row in &long.rows {
        for c in ["status", "question_kind", "kind", "decided", "level"] {
            let v = long.get(row, c);
            if !v.is_empty() {
                assert!(codes.contains(&(c.to_owned(), v.to_owned())), "{c} = {v}");
            }
        }
        if long.get(row, "question_kind") != "unknown" {
            for o in long
                .get(row, "options")
                .split('|')
                .filter(|o| !o.is_empty())
            {
                assert!(
                    codes.contains(&("options".to_owned(), o.to_owned())),
                    "option {o}"
                );
            }
        }
    }
    assert_eq!(book.header.first().map(String::as_str), Some("file"));
}

#[test]
fn the_files_are_written_into_a_folder_of_their_own_never_a_reviewed_one() {
    let tmp = folder();
    let review = open(tmp.path());
    let options = CsvOptions {
        separator: Separator::Semicolon,
        lang: Lang::En,
    };
    for bad in [
        tmp.path().to_owned(),
        tmp.path().join("csv"),
        tmp.path().join("."),
    ] {
        match write_csv(&review, &bad, &options) {
            Err(e @ CsvError::ReviewedFolder { .. }) => {
                assert!(e.describe(Lang::Nl).contains("kies een andere map"));
                assert!(e.describe(Lang::En).contains("choose another folder"));
            }
            other => panic!("{}: {other:?}", bad.display()),
        }
    }
    assert!(
        !tmp.path().join("csv").exists(),
        "nothing made in the reviewed folder"
    );
    let out = tempfile::tempdir().unwrap();
    let dir = out.path().join("export");
    let paths = write_csv(&review, &dir, &options).unwrap();
    let names: Vec<_> = paths
        .iter()
        .map(|p| p.file_name().unwrap().to_str().unwrap())
        .collect();
    assert_eq!(
        names,
        ["answers_long.csv", "summary_wide.csv", "codebook.csv"]
    );
    let mut listed: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    listed.sort();
    assert_eq!(listed.len(), 3, "no temporary file left: {listed:?}");
    let bytes = std::fs::read(&paths[0]).unwrap();
    assert_eq!(
        bytes,
        files(&review, Separator::Semicolon, Lang::En).answers_long
    );
}
