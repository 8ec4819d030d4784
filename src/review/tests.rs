use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::asks::asks;
use super::compare::{NotComparable, compare};
use super::feedback::{Feedback, ReviewFile, read_review_file, save_review_file};
use super::overview::{Filter, Overview, Sort, SortKey, level_index};
use super::*;
use crate::model::reflection::{Answer, Entry, NetworkKind, ScaleAnswer};
use crate::sample::network_year;
use crate::storage::to_ron;

fn write(dir: &Path, name: &str, r: &Reflection) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, to_ron(r)).unwrap();
    p
}

fn catalogue() -> Catalogue {
    Catalogue::builtin(Arc::new(Questionnaire::builtin_v1()))
}

/// Three networks in two years, a broken file and a duplicate.
fn folder() -> tempfile::TempDir {
    let q = Questionnaire::builtin_v1();
    let tmp = tempfile::tempdir().unwrap();
    for n in 0..3 {
        for y in [2025, 2026] {
            write(
                tmp.path(),
                &format!("n{n}-{y}.ron"),
                &network_year(&q, n, y, if n == 0 { 3 } else { 0 }),
            );
        }
    }
    std::fs::write(
        tmp.path().join("kapot.ron"),
        "Reflection(\n  format_version: 2,\n  id: ",
    )
    .unwrap();
    let mut copy = network_year(&q, 1, 2026, 0);
    copy.id = "kopie".into();
    write(tmp.path(), "z-kopie.ron", &copy);
    tmp
}

#[test]
fn a_folder_opens_with_its_broken_file_listed_and_its_duplicate_flagged() {
    let tmp = folder();
    let review = Review::open(&[tmp.path().to_owned()], &catalogue());
    assert_eq!(review.entries.len(), 7);
    assert_eq!(review.unreadable.len(), 1);
    let msg = review.unreadable[0].describe(Lang::En);
    assert!(msg.contains("kapot.ron") && msg.contains(":3:"), "{msg}");
    assert_eq!(review.same_network_year.len(), 1);
    let group: Vec<&str> = review.same_network_year[0]
        .iter()
        .map(|&i| review.entries[i].reflection.id.as_str())
        .collect();
    assert_eq!(group, ["netwerk-1-2026", "kopie"]);
    assert!(
        review
            .entries
            .iter()
            .all(|e| e.reflection.private_notes.is_empty()),
        "private notes never reach the review"
    );
}

#[test]
fn a_full_file_is_read_as_its_board_chose_to_share_it() {
    use crate::model::reflection::MemberSharing;
    let q = Questionnaire::builtin_v1();
    let tmp = tempfile::tempdir().unwrap();
    let mut anonymous = network_year(&q, 0, 2025, 2);
    anonymous.sharing.members = MemberSharing::Anonymous;
    anonymous.sharing.notes = false;
    anonymous.sharing.reasons = false;
    assert!(!anonymous.notes.is_empty() && !anonymous.actions.is_empty());
    write(tmp.path(), "anoniem.ron", &anonymous);
    let mut omitted = network_year(&q, 1, 2025, 2);
    omitted.sharing.members = MemberSharing::Omit;
    omitted.sharing.actions = false;
    write(tmp.path(), "zonder-leden.ron", &omitted);
    let review = Review::open(&[tmp.path().to_owned()], &catalogue());
    let by_id = |id: &str| {
        &review
            .entries
            .iter()
            .find(|e| e.reflection.id == id)
            .unwrap()
            .reflection
    };
    let a = by_id("netwerk-0-2025");
    let labels: Vec<&str> = a.respondents.iter().map(|m| m.label.as_str()).collect();
    assert_eq!(labels, ["Lid 1", "Lid 2"], "members without their labels");
    assert!(a.notes.is_empty(), "notes were not shared");
    assert!(
        a.agreed.values().all(|e| e.rationale.is_empty()),
        "reasons were not shared"
    );
    assert!(!a.actions.is_empty(), "action points were shared");
    assert!(a.shared.is_none(), "still known as a full file");
    let o = by_id("netwerk-1-2025");
    assert!(o.respondents.is_empty(), "members were not shared");
    assert!(o.actions.is_empty(), "action points were not shared");
    assert!(!o.notes.is_empty(), "notes were shared");
    assert_eq!(o.agreed.len(), omitted.agreed.len(), "every agreed answer");
}

#[test]
fn the_same_file_given_twice_is_read_once() {
    let tmp = folder();
    let one = tmp.path().join("n0-2025.ron");
    let review = Review::open(&[tmp.path().to_owned(), one], &catalogue());
    assert_eq!(review.entries.len(), 7);
}

#[test]
fn previous_year_links_the_same_network_only() {
    let tmp = folder();
    let review = Review::open(&[tmp.path().to_owned()], &catalogue());
    let find = |id: &str| {
        review
            .entries
            .iter()
            .position(|e| e.reflection.id == id)
            .unwrap()
    };
    assert_eq!(
        review.previous_year(find("netwerk-0-2026")),
        Some(find("netwerk-0-2025"))
    );
    assert_eq!(review.previous_year(find("netwerk-0-2025")), None);
    assert_eq!(
        review.years_of(find("netwerk-2-2026")),
        vec![find("netwerk-2-2025"), find("netwerk-2-2026")]
    );
    assert_eq!(review.latest_per_network().len(), 3);
}

#[test]
fn the_overview_has_a_column_per_theme_and_the_change_since_last_year() {
    let tmp = folder();
    let review = Review::open(&[tmp.path().to_owned()], &catalogue());
    let o = Overview::of(&review);
    let q = Questionnaire::builtin_v1();
    assert_eq!(o.columns.len(), q.themes.len());
    assert_eq!(o.levels.len(), 4);
    let i = review
        .entries
        .iter()
        .position(|e| e.reflection.id == "netwerk-0-2026")
        .unwrap();
    let row = &o.rows[i];
    let prev = &o.rows[row.previous.unwrap()];
    for (c, (now, then)) in row.cells.iter().zip(&prev.cells).enumerate() {
        match (now.value, then.value) {
            (Some(a), Some(b)) => {
                assert!((now.change.unwrap() - (a - b)).abs() < 1e-9, "column {c}")
            }
            _ => assert_eq!(now.change, None),
        }
    }
    assert!(
        row.disagreement
            .is_some_and(|d| d.members == 3 && d.compared > 0)
    );
    assert!(o.rows.iter().filter(|r| r.disagreement.is_none()).count() >= 4);
    assert!(
        row.complete() > 0.5 && row.complete() < 1.0,
        "{}",
        row.complete()
    );
    assert_eq!(o.rows.iter().filter(|r| r.duplicate).count(), 2);
}

#[test]
fn sorting_and_filtering_the_overview() {
    let tmp = folder();
    let review = Review::open(&[tmp.path().to_owned()], &catalogue());
    let o = Overview::of(&review);
    let names = |v: &[usize]| -> Vec<String> {
        v.iter()
            .map(|&i| format!("{} {}", o.rows[i].name, o.rows[i].board_year))
            .collect()
    };
    let by_name = o.view(&Filter::default(), Sort::default());
    let listed = names(&by_name);
    let mut sorted = listed.clone();
    sorted.sort_by_key(|s| s.to_lowercase());
    assert_eq!(listed, sorted);

    let theme = Sort {
        key: SortKey::Theme(1),
        ascending: false,
    };
    let v = o.view(&Filter::default(), theme);
    let values: Vec<f64> = v
        .iter()
        .map(|&i| o.rows[i].cells[1].value.unwrap_or(-1.0))
        .collect();
    assert!(values.windows(2).all(|w| w[0] >= w[1]), "{values:?}");

    let filter = Filter {
        board_year: Some("2025-2026".into()),
        ..Filter::default()
    };
    let v = o.view(&filter, Sort::default());
    assert_eq!(v.len(), 3);
    assert!(v.iter().all(|&i| o.rows[i].board_year == "2025-2026"));

    let filter = Filter {
        kind: Some(NetworkKind::Women),
        ..Filter::default()
    };
    let v = o.view(&filter, Sort::default());
    assert_eq!(v.len(), 3, "{:?}", names(&v));

    let filter = Filter {
        text: "pride".into(),
        ..Filter::default()
    };
    assert_eq!(o.view(&filter, Sort::default()).len(), 2);
}

#[test]
fn level_words_round_to_the_nearest_level() {
    assert_eq!(level_index(0.0, 4), Some(0));
    assert_eq!(level_index(0.49, 4), Some(1));
    assert_eq!(level_index(0.51, 4), Some(2));
    assert_eq!(level_index(1.0, 4), Some(3));
    assert_eq!(level_index(f64::NAN, 4), None);
    assert_eq!(level_index(0.5, 0), None);
}

#[test]
fn compare_lists_what_differs_most_and_what_is_not_comparable() {
    let q = Questionnaire::builtin_v1();
    let mut newer = q.clone();
    newer.version = "2.0".into();
    // the new version drops one statement and adds another
    let dropped = newer.themes[1].questions.remove(0).id;
    let mut added = newer.themes[1].questions[0].clone();
    added.id = "waarde.nieuw".into();
    newer.themes[1].questions.push(added);
    let a_ref = network_year(&q, 0, 2025, 0);
    let mut b_ref = network_year(&q, 0, 2026, 0);
    b_ref.questionnaire.version = "2.0".into();
    let a = ReviewEntry {
        path: "a.ron".into(),
        reflection: a_ref,
        questionnaire: Some(Arc::new(q.clone())),
        upgraded_from: None,
    };
    let b = ReviewEntry {
        path: "b.ron".into(),
        reflection: b_ref,
        questionnaire: Some(Arc::new(newer)),
        upgraded_from: None,
    };
    let c = compare(&a, &b).unwrap();
    assert!(
        c.not_comparable
            .iter()
            .any(|(id, _, why)| *id == dropped && *why == NotComparable::OnlyInA)
    );
    assert!(
        c.not_comparable
            .iter()
            .any(|(id, _, why)| id == "waarde.nieuw" && *why == NotComparable::OnlyInB)
    );
    assert!(!c.statements.iter().any(|s| s.id == dropped));
    let apart: Vec<usize> = c.statements.iter().map(|s| s.apart()).collect();
    assert!(apart.windows(2).all(|w| w[0] >= w[1]), "{apart:?}");
    assert!(c.statements.iter().all(|s| {
        let la = a.reflection.agreed[&s.id].answer.clone();
        la == Some(Answer::Scale(ScaleAnswer::Level(s.a as u8)))
    }));
    assert_eq!(c.themes.len(), q.themes.len());
}

#[test]
fn asks_count_networks_per_option_with_their_own_words() {
    let q = Questionnaire::builtin_v1();
    let tmp = tempfile::tempdir().unwrap();
    for n in 0..3 {
        let mut r = network_year(&q, n, 2026, 0);
        let choices: Vec<String> = match n {
            0 => vec!["geld".into(), "ruimte".into()],
            1 => vec!["geld".into(), "other".into()],
            _ => vec!["ruimte".into(), "geld".into()],
        };
        r.agreed.insert(
            "positie.vragen".into(),
            Entry {
                answer: Some(Answer::Multiple {
                    choices,
                    other: if n == 1 {
                        "=SUM(A1) een eigen kast".into()
                    } else {
                        String::new()
                    },
                }),
                ..Entry::default()
            },
        );
        write(tmp.path(), &format!("n{n}.ron"), &r);
    }
    let review = Review::open(&[tmp.path().to_owned()], &catalogue());
    let all: Vec<usize> = (0..review.entries.len()).collect();
    let a = asks(&review, &all);
    assert_eq!(a.len(), q.asks.len());
    let vragen = a.iter().find(|x| x.id == "positie.vragen").unwrap();
    assert_eq!(vragen.answered, 3);
    assert_eq!(vragen.options[0].id, "geld");
    assert_eq!(vragen.options[0].entries.len(), 3);
    assert_eq!(vragen.options[1].id, "ruimte");
    assert_eq!(vragen.options[1].entries.len(), 2);
    let other = vragen.options.last().unwrap();
    assert_eq!((other.id.as_str(), other.entries.len()), ("other", 1));
    assert_eq!(vragen.words.len(), 1);
    assert_eq!(
        review.entries[vragen.words[0].0].reflection.network_id,
        "netwerk-1"
    );
}

#[test]
fn the_review_file_round_trips_and_lives_in_reviews() {
    let tmp = tempfile::tempdir().unwrap();
    let mut file = ReviewFile::new("Netwerken 2026", vec!["/ergens/netwerken".into()]);
    file.feedback.insert(
        "netwerk-1/2026-2027".into(),
        Feedback {
            network: "Vrouwennetwerk Aletta".into(),
            board_year: "2026-2027".into(),
            general: "Mooi werk, ‘Şükran’.".into(),
            themes: [("waarde".to_owned(), "Sterk".to_owned())].into(),
        },
    );
    let path = save_review_file(tmp.path(), &file).unwrap();
    assert_eq!(path.parent().unwrap(), tmp.path().join("reviews"));
    assert_eq!(read_review_file(&path).unwrap(), file);
    assert!(file.feedback_for("netwerk-1/2026-2027").is_some());
    assert!(file.feedback_for("netwerk-2/2026-2027").is_none());

    std::fs::write(&path, "ReviewFile(\n  format_version: 1,\n  id: 3,\n)").unwrap();
    let e = read_review_file(&path).unwrap_err().describe(Lang::Nl);
    assert!(e.contains(":3:") && e.contains("niet veranderd"), "{e}");
}

#[test]
fn in_portable_mode_a_source_on_the_stick_is_stored_relative_and_found_on_another_drive() {
    let tmp = tempfile::tempdir().unwrap();
    let stick = tmp.path().join("E");
    std::fs::create_dir_all(stick.join("groepen")).unwrap();
    std::fs::write(stick.join("portable.txt"), "").unwrap();
    let data = stick.join("data");
    let elsewhere = tmp.path().join("elders");
    let file = ReviewFile::new("Workshop", vec![stick.join("groepen"), elsewhere.clone()]);
    let path = save_review_file(&data, &file).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("\"groepen\""), "{text}");
    assert!(!text.contains(&stick.display().to_string()), "{text}");
    assert!(text.contains(&elsewhere.display().to_string()), "{text}");
    assert_eq!(read_review_file(&path).unwrap(), file);
    // the same stick under another drive letter
    let moved = tmp.path().join("F");
    std::fs::rename(&stick, &moved).unwrap();
    let again =
        read_review_file(&moved.join("data/reviews").join(path.file_name().unwrap())).unwrap();
    assert_eq!(again.sources, vec![moved.join("groepen"), elsewhere]);
    // an older file with absolute paths still reads as it is
    let absolute = ReviewFile::new("Oud", vec!["/ergens/netwerken".into()]);
    let plain = tmp.path().join("plain");
    let p = save_review_file(&plain, &absolute).unwrap();
    assert_eq!(read_review_file(&p).unwrap(), absolute);
}
