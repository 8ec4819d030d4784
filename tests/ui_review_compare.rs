//! The officer's comparison, drawn from a review built in memory: the
//! radar's text alternative lists both years' levels, the statements that
//! differ most come first, a question of one questionnaire version only is
//! listed as not comparable, both years' Nu and Doel are on one track,
//! swapping and choosing emit the comparison's command; and through the
//! program: a network compares with its year before. Quiet when idle;
//! every control named (kittest checks that after every run).
//!
//! Run with `cargo test --release --test ui_review_compare`.

mod common;

use std::sync::Arc;
use std::time::Duration;

use common::bare::*;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use reflectietool::Questionnaire;
use reflectietool::app::screens::review::compare::{compare_ui, default_pair};
use reflectietool::app::{Command, ReflectieApp, ReviewCommand, ReviewView};
use reflectietool::lang::Lang;
use reflectietool::model::analysis::common_scale;
use reflectietool::model::reflection::{Answer, Entry, ScaleAnswer};
use reflectietool::review::Review;
use reflectietool::review::compare::{Comparison, NotComparable, compare};
use reflectietool::review::overview::level_index;
use reflectietool::sample::network_year;

/// Network 0 in 2025 (questionnaire 1.x) and 2026 (a version 2.0 that
/// dropped one statement of theme 2 and added another); the id of the
/// dropped one.
fn two_years() -> (Review, String) {
    let q = Questionnaire::builtin_v1();
    let mut newer = q.clone();
    newer.version = "2.0".into();
    let dropped = newer.themes[1].questions.remove(0).id;
    let mut added = newer.themes[1].questions[0].clone();
    added.id = "waarde.nieuw".into();
    newer.themes[1].questions.push(added);
    let old = network_year(&q, 0, 2025, 0);
    let mut new = network_year(&q, 0, 2026, 0);
    new.questionnaire.version = "2.0".into();
    // the new board scored the old board's statements again: some the
    // same, some one, two or three levels apart
    for (i, (_, question)) in q.questions().enumerate() {
        if let Some(Answer::Scale(ScaleAnswer::Level(l))) =
            old.agreed.get(&question.id).and_then(|e| e.answer.clone())
        {
            let moved = if i % 4 == 0 {
                3 - l
            } else {
                (l + (i % 3) as u8) % 4
            };
            new.agreed.insert(
                question.id.clone(),
                Entry {
                    answer: Some(Answer::Scale(ScaleAnswer::Level(moved))),
                    ..Entry::default()
                },
            );
        }
    }
    let review = Review::from_entries(
        Vec::new(),
        vec![entry("n0-2025", old, &q), entry("n0-2026", new, &newer)],
        Vec::new(),
    );
    (review, dropped)
}

fn compare_harness(review: Arc<Review>, a: usize, b: usize, lang: Lang) -> (H, Arc<Comparison>) {
    let c = Arc::new(compare(&review.entries[a], &review.entries[b]).unwrap());
    let shown = c.clone();
    let h = harness(
        egui::vec2(1180.0, 5000.0),
        egui::Theme::Light,
        move |ui, commands| compare_ui(ui, lang, &review, a, b, Some(&shown), commands),
    );
    (h, c)
}

#[test]
fn the_radar_text_lists_both_years_levels_per_theme() {
    let (review, _) = two_years();
    let review = Arc::new(review);
    let (h, c) = compare_harness(review.clone(), 0, 1, Lang::Nl);
    let radar = h
        .query_all_by_role(Role::Image)
        .find(|n| {
            n.accesskit_node()
                .label()
                .is_some_and(|l| l.starts_with("Radar"))
        })
        .expect("the radar is an image with a text alternative");
    let alt = radar.accesskit_node().label().unwrap();
    let q = review.entries[0].questionnaire.clone().unwrap();
    let levels = &common_scale(&q).unwrap().levels;
    let word = |v: Option<f64>| match v.and_then(|v| level_index(v, levels.len())) {
        Some(i) => levels[i].label.nl.clone(),
        None => "geen niveau".to_owned(),
    };
    let mut themes = 0;
    for p in c.themes.iter().filter(|p| p.a.is_some() || p.b.is_some()) {
        let expected = format!(
            "{}: 2025-2026 {}, 2026-2027 {}.",
            p.column.title.nl,
            word(p.a),
            word(p.b)
        );
        assert!(alt.contains(&expected), "{expected:?} in {alt:?}");
        themes += 1;
    }
    assert!(
        themes >= 4,
        "the radar has an axis per theme with statements: {alt}"
    );
    // the legend names both sides, with their marks
    assert!(labels(&h).iter().any(|(_, v)| v == "■ 2025-2026"));
    assert!(labels(&h).iter().any(|(_, v)| v == "▲ 2026-2027"));
    assert!(h.unnamed_widgets().is_empty(), "{:?}", h.unnamed_widgets());
}

#[test]
fn the_statements_that_differ_most_come_first_and_a_dropped_question_is_not_comparable() {
    let (review, dropped) = two_years();
    let review = Arc::new(review);
    let (h, c) = compare_harness(review.clone(), 0, 1, Lang::Nl);
    let all = labels(&h);
    let heading = y_of(&h, "Uitspraken die het meest verschillen");
    let apart: Vec<usize> = all
        .iter()
        .filter(|(y, _)| *y > heading)
        .filter_map(|(_, v)| {
            v.strip_suffix(" niveaus uit elkaar")
                .or_else(|| v.strip_suffix(" niveau uit elkaar"))
                .and_then(|n| n.parse().ok())
        })
        .collect();
    let most = c.statements.iter().map(|s| s.apart()).max().unwrap();
    assert!(most >= 2, "the sample has statements two levels apart");
    assert_eq!(apart.first(), Some(&most), "{apart:?}");
    assert!(apart.windows(2).all(|w| w[0] >= w[1]), "{apart:?}");
    assert_eq!(apart.len(), c.differing().count().min(10));
    // the first one's prompt and both levels in words
    let first = &c.statements[0];
    let prompt_y = y_of(&h, &first.prompt.nl);
    assert!(prompt_y > heading);
    let q = review.entries[0].questionnaire.clone().unwrap();
    let scale = &common_scale(&q).unwrap().levels;
    let both = format!(
        "■ 2025-2026: {} · ▲ 2026-2027: {}",
        scale[first.a].label.nl, scale[first.b].label.nl
    );
    assert!(
        all.iter().any(|(y, v)| *y > prompt_y && *v == both),
        "{both:?} under the first statement"
    );

    // not comparable: the dropped statement, with why
    let section = y_of(&h, "Niet te vergelijken");
    let prompt = q.question(&dropped).unwrap().prompt.nl.clone();
    let at = all
        .iter()
        .find(|(y, v)| *y > section && *v == prompt)
        .expect("the dropped statement is listed as not comparable")
        .0;
    assert!(
        all.iter()
            .any(|(y, v)| *y > at
                && v.starts_with("Alleen in de vragenlijst van 2025-2026 (versie "))
    );
    assert!(
        c.not_comparable
            .iter()
            .any(|(id, _, why)| id == "waarde.nieuw" && *why == NotComparable::OnlyInB)
    );
    assert!(
        all.iter()
            .any(|(_, v)| v == "Alleen in de vragenlijst van 2026-2027 (versie 2.0)")
    );
}

#[test]
fn positions_show_both_years_now_and_goal_in_words_on_one_track() {
    let (review, _) = two_years();
    let review = Arc::new(review);
    let (h, c) = compare_harness(review, 0, 1, Lang::En);
    assert!(!c.positions.is_empty(), "the sample has position answers");
    let p = &c.positions[0];
    let track = h
        .query_all_by_role(Role::Image)
        .find(|n| {
            n.accesskit_node()
                .label()
                .is_some_and(|l| l.starts_with(p.prompt.en.as_str()))
        })
        .expect("a position's track has a text alternative");
    let alt = track.accesskit_node().label().unwrap();
    assert!(
        alt.contains("■ 2025-2026 — ● Now: ") && alt.contains("▲ 2026-2027 — ● Now: "),
        "{alt}"
    );
    assert!(alt.contains("◆ Goal: "), "{alt}");
    // the poles are named
    assert!(labels(&h).iter().any(|(_, v)| *v == p.left.en));
    assert!(labels(&h).iter().any(|(_, v)| *v == p.right.en));
}

#[test]
fn swapping_and_choosing_a_side_emit_compare() {
    let (review, _) = two_years();
    let review = Arc::new(review);
    assert_eq!(
        default_pair(&review, 1),
        Some((0, 1)),
        "the previous year is the partner"
    );
    assert_eq!(default_pair(&review, 0), Some((0, 1)), "or the next year");
    let (mut h, _) = compare_harness(review, 0, 1, Lang::Nl);
    h.get_by_label("Links en rechts omwisselen").click();
    h.run();
    assert_eq!(
        h.state().last(),
        Some(&Command::Review(ReviewCommand::Show(ReviewView::Compare(
            1, 0
        ))))
    );
    assert!(
        h.query_by_role_and_label(Role::ComboBox, "■ Links:")
            .is_some(),
        "the left chooser is named"
    );
    assert!(
        h.query_by_role_and_label(Role::ComboBox, "▲ Rechts:")
            .is_some(),
        "the right chooser is named"
    );
}

#[test]
fn an_idle_comparison_requests_no_repaint() {
    let (review, _) = two_years();
    let (mut h, _) = compare_harness(Arc::new(review), 0, 1, Lang::Nl);
    assert_quiet(&mut h, "comparison");
}

/// Renders the comparison at 100 % and 200 %, light and dark, into
/// `target/review-shots/` to look at (`-- --ignored`).
#[test]
#[ignore]
fn render_the_comparison_to_look_at() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/review-shots");
    std::fs::create_dir_all(&dir).unwrap();
    for (zoom, dark) in [(1.0, false), (1.0, true), (2.0, false), (2.0, true)] {
        let theme = if dark {
            egui::Theme::Dark
        } else {
            egui::Theme::Light
        };
        let size = egui::vec2(1366.0 / zoom, 2600.0 / zoom);
        let (review, _) = two_years();
        let review = Arc::new(review);
        let c = Arc::new(compare(&review.entries[0], &review.entries[1]).unwrap());
        let mut h = zoomed(size, zoom, theme, move |ui, commands| {
            compare_ui(ui, Lang::Nl, &review, 0, 1, Some(&c), commands)
        });
        let name = format!(
            "compare_{:.0}_{}.png",
            zoom * 100.0,
            if dark { "dark" } else { "light" }
        );
        h.render().unwrap().save(dir.join(name)).unwrap();
    }
}

/// Writes 3 networks × 2 board years of sample reflections into a folder.
fn sample_folder() -> tempfile::TempDir {
    let q = Questionnaire::builtin_v1();
    let tmp = tempfile::tempdir().unwrap();
    for n in 0..3 {
        for y in [2025, 2026] {
            std::fs::write(
                tmp.path().join(format!("n{n}-{y}.ron")),
                reflectietool::storage::to_ron(&network_year(&q, n, y, 0)),
            )
            .unwrap();
        }
    }
    tmp
}

/// Starts the program and opens a review of `folder` through the shell.
fn open_review(data: &std::path::Path, folder: &std::path::Path) -> Harness<'static, ReflectieApp> {
    let dir = data.to_owned();
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 2400.0))
        .with_max_steps(24)
        .build_eframe(move |cc| ReflectieApp::new(&cc.egui_ctx, &dir));
    h.run();
    h.state_mut().push(Command::Review(ReviewCommand::Open(vec![
        folder.to_owned(),
    ])));
    let start = std::time::Instant::now();
    while h.state().reviews.open.is_none() {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "the review opened"
        );
        std::thread::sleep(Duration::from_millis(20));
        h.step();
    }
    h.run();
    h
}

#[test]
fn a_network_of_the_review_compares_with_its_year_before_and_the_asks_tab_counts() {
    let data = tempfile::tempdir().unwrap();
    let folder = sample_folder();
    let mut h = open_review(data.path(), folder.path());
    let entry = {
        let s = h.state().reviews.open.as_ref().unwrap();
        s.review
            .entries
            .iter()
            .position(|e| e.reflection.id == "netwerk-1-2026")
            .unwrap()
    };
    h.state_mut()
        .push(Command::Review(ReviewCommand::Show(ReviewView::Network(
            entry,
        ))));
    h.run();
    h.get_by_label("Vergelijken met het jaar ervoor").click();
    h.run();
    let view = h.state().reviews.open.as_ref().unwrap().view;
    let ReviewView::Compare(a, b) = view else {
        panic!("the comparison is on screen: {view:?}");
    };
    assert_eq!(b, entry, "this year on the right");
    assert_eq!(
        h.state().reviews.open.as_ref().unwrap().review.entries[a]
            .reflection
            .id,
        "netwerk-1-2025",
        "the year before on the left"
    );
    let alt = h
        .query_all_by_role(Role::Image)
        .find_map(|n| {
            n.accesskit_node()
                .label()
                .filter(|l| l.starts_with("Radar"))
        })
        .expect("the radar is on the page");
    assert!(
        alt.contains(" 2025-2026 ") && alt.contains(" 2026-2027 "),
        "{alt}"
    );
    h.get_by_label("Links en rechts omwisselen").click();
    h.run();
    assert_eq!(
        h.state().reviews.open.as_ref().unwrap().view,
        ReviewView::Compare(b, a)
    );

    h.get_by_label("Wat netwerken vragen").click();
    h.run();
    assert_eq!(
        h.state().reviews.open.as_ref().unwrap().view,
        ReviewView::Asks
    );
    assert!(
        h.query_all_by(|n| n.role() == Role::Label)
            .any(|n| n.value().as_deref() == Some("Geteld: 3 netwerken.")),
        "the newest of each of the 3 networks counts"
    );
    assert!(h.query_all_by_role(Role::DisclosureTriangle).count() > 3);
}
