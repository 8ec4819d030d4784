//! The officer's comparison and the page of what networks ask, drawn from a
//! review built in memory: the radar's text alternative lists both years'
//! levels, the statements that differ most come first, a question of one
//! questionnaire version only is listed as not comparable; the asks page
//! shows the count per option as a number, opens to the networks' names,
//! and shows a network's own words with its name. Both pages are quiet
//! when idle and name every control.
//!
//! Run with `cargo test --release --test ui_review_compare`.

use std::sync::Arc;
use std::time::Duration;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use reflectietool::Questionnaire;
use reflectietool::app::{Command, ReviewCommand, ReviewView};
use reflectietool::app::screens::review::asks::{asks_entries, asks_ui};
use reflectietool::app::screens::review::compare::{compare_ui, default_pair};
use reflectietool::app::style;
use reflectietool::lang::Lang;
use reflectietool::model::analysis::common_scale;
use reflectietool::model::reflection::{Answer, Entry, ScaleAnswer};
use reflectietool::review::asks::asks;
use reflectietool::review::compare::{Comparison, NotComparable, compare};
use reflectietool::review::overview::level_index;
use reflectietool::review::{Review, ReviewEntry};
use reflectietool::sample::network_year;

type H = Harness<'static, Vec<Command>>;

fn entry(name: &str, r: reflectietool::Reflection, q: &Questionnaire) -> ReviewEntry {
    ReviewEntry {
        path: format!("/netwerken/{name}.ron").into(),
        reflection: r,
        questionnaire: Some(Arc::new(q.clone())),
        upgraded_from: None,
    }
}

/// Network 0 in 2025 (questionnaire 1.x) and 2026 (a version 2.0 that
/// dropped one statement of theme 2 and added another); the id of the
/// dropped one.
fn two_years() -> (Review, String) {
    let q = Questionnaire::builtin();
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
            let moved = if i % 4 == 0 { 3 - l } else { (l + (i % 3) as u8) % 4 };
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

/// A harness that draws `draw` in a scroll area with the program's style.
fn harness(size: egui::Vec2, theme: egui::Theme, draw: impl FnMut(&mut egui::Ui, &mut Vec<Command>) + 'static) -> H {
    zoomed(size, 1.0, theme, draw)
}

/// Like [`harness`], at a zoom (pixels per point).
fn zoomed(
    size: egui::Vec2,
    zoom: f32,
    theme: egui::Theme,
    draw: impl FnMut(&mut egui::Ui, &mut Vec<Command>) + 'static,
) -> H {
    let mut draw = draw;
    let mut h = Harness::builder()
        .with_size(size)
        .with_pixels_per_point(zoom)
        .with_theme(theme)
        .with_max_steps(24)
        .with_context_setup(|ctx| style::apply(ctx))
        .build_ui_state(
            move |ui, commands: &mut Vec<Command>| {
                egui::ScrollArea::vertical()
                    .auto_shrink([false, false])
                    .show(ui, |ui| draw(ui, commands));
            },
            Vec::new(),
        );
    h.run();
    h
}

fn compare_harness(review: Arc<Review>, a: usize, b: usize, lang: Lang) -> (H, Arc<Comparison>) {
    let c = Arc::new(compare(&review.entries[a], &review.entries[b]).unwrap());
    let shown = c.clone();
    let h = harness(egui::vec2(1180.0, 5000.0), egui::Theme::Light, move |ui, commands| {
        compare_ui(ui, lang, &review, a, b, Some(&shown), commands)
    });
    (h, c)
}

fn labels(h: &H) -> Vec<(f32, String)> {
    let mut out: Vec<(f32, String)> = h
        .query_all_by(|n| n.role() == Role::Label)
        .filter_map(|n| n.value().map(|v| (n.rect().top(), v)))
        .collect();
    out.sort_by(|a, b| a.0.total_cmp(&b.0));
    out
}

fn y_of(h: &H, text: &str) -> f32 {
    labels(h)
        .into_iter()
        .find(|(_, v)| v == text)
        .unwrap_or_else(|| panic!("no text {text:?} on screen"))
        .0
}

fn repaint_delay<S>(h: &Harness<'_, S>) -> Duration {
    h.output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .map(|v| v.repaint_delay)
        .unwrap_or(Duration::MAX)
}

/// Steps three frames without input and fails if one asks for another.
fn assert_quiet<S>(h: &mut Harness<'_, S>, what: &str) {
    h.run();
    for _ in 0..3 {
        h.step();
        assert_eq!(
            repaint_delay(h),
            Duration::MAX,
            "an idle {what} requests no repaint: {:?}",
            h.ctx.repaint_causes()
        );
    }
}

#[test]
fn the_radar_text_lists_both_years_levels_per_theme() {
    let (review, _) = two_years();
    let review = Arc::new(review);
    let (h, c) = compare_harness(review.clone(), 0, 1, Lang::Nl);
    let radar = h
        .query_all_by_role(Role::Image)
        .find(|n| n.accesskit_node().label().is_some_and(|l| l.starts_with("Radar")))
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
    assert!(themes >= 4, "the radar has an axis per theme with statements: {alt}");
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
    assert!(all.iter().any(|(y, v)| *y > at
        && v.starts_with("Alleen in de vragenlijst van 2025-2026 (versie ")));
    assert!(
        c.not_comparable
            .iter()
            .any(|(id, _, why)| id == "waarde.nieuw" && *why == NotComparable::OnlyInB)
    );
    assert!(all.iter().any(|(_, v)| v == "Alleen in de vragenlijst van 2026-2027 (versie 2.0)"));
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
        .find(|n| n.accesskit_node().label().is_some_and(|l| l.starts_with(p.prompt.en.as_str())))
        .expect("a position's track has a text alternative");
    let alt = track.accesskit_node().label().unwrap();
    assert!(alt.contains("■ 2025-2026 — ● Now: ") && alt.contains("▲ 2026-2027 — ● Now: "), "{alt}");
    assert!(alt.contains("◆ Goal: "), "{alt}");
    // the poles are named
    assert!(labels(&h).iter().any(|(_, v)| *v == p.left.en));
    assert!(labels(&h).iter().any(|(_, v)| *v == p.right.en));
}

#[test]
fn swapping_and_choosing_a_side_emit_compare() {
    let (review, _) = two_years();
    let review = Arc::new(review);
    assert_eq!(default_pair(&review, 1), Some((0, 1)), "the previous year is the partner");
    assert_eq!(default_pair(&review, 0), Some((0, 1)), "or the next year");
    let (mut h, _) = compare_harness(review, 0, 1, Lang::Nl);
    h.get_by_label("Links en rechts omwisselen").click();
    h.run();
    assert_eq!(
        h.state().last(),
        Some(&Command::Review(ReviewCommand::Show(ReviewView::Compare(1, 0))))
    );
    assert!(h.query_by_role_and_label(Role::ComboBox, "■ Links:").is_some(), "the left chooser is named");
    assert!(h.query_by_role_and_label(Role::ComboBox, "▲ Rechts:").is_some(), "the right chooser is named");
}

#[test]
fn an_idle_comparison_requests_no_repaint() {
    let (review, _) = two_years();
    let (mut h, _) = compare_harness(Arc::new(review), 0, 1, Lang::Nl);
    assert_quiet(&mut h, "comparison");
}

/// Three networks, each with a choice in "positie.vragen"; network 1 also
/// chose "other" and wrote its own words.
fn three_networks() -> Review {
    let q = Questionnaire::builtin();
    let entries = (0..3)
        .map(|n| {
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
                        other: if n == 1 { "Een eigen kast in de gang".into() } else { String::new() },
                    }),
                    ..Entry::default()
                },
            );
            entry(&format!("n{n}"), r, &q)
        })
        .collect();
    Review::from_entries(Vec::new(), entries, Vec::new())
}

fn asks_harness(review: Arc<Review>, lang: Lang, size: egui::Vec2, theme: egui::Theme) -> H {
    asks_zoomed(review, lang, size, 1.0, theme)
}

fn asks_zoomed(review: Arc<Review>, lang: Lang, size: egui::Vec2, zoom: f32, theme: egui::Theme) -> H {
    let counted = asks_entries(&review, None);
    let asked = asks(&review, &counted);
    zoomed(size, zoom, theme, move |ui, commands| {
        asks_ui(ui, lang, &review, None, &counted, &asked, commands)
    })
}

#[test]
fn asks_show_the_count_per_option_and_open_to_the_networks_names() {
    let review = Arc::new(three_networks());
    let mut h = asks_harness(review.clone(), Lang::Nl, egui::vec2(1180.0, 4000.0), egui::Theme::Light);
    let q = Questionnaire::builtin();
    let vragen = q.question("positie.vragen").unwrap();
    let heading = y_of(&h, &vragen.prompt.nl);
    let label = |id: &str| match &vragen.kind {
        reflectietool::model::questionnaire::QuestionKind::Multiple { options, .. } => options
            .iter()
            .find(|o| o.id == id)
            .unwrap()
            .label
            .nl
            .clone(),
        _ => panic!("a multiple choice"),
    };
    let geld = format!("{}: 3 netwerken", label("geld"));
    let ruimte = format!("{}: 2 netwerken", label("ruimte"));
    let row = |h: &H, name: &str| {
        let n = h.get_by_label(Box::leak(name.to_owned().into_boxed_str()));
        assert_eq!(n.accesskit_node().role(), Role::DisclosureTriangle);
        n.rect()
    };
    let (g, r) = (row(&h, &geld), row(&h, &ruimte));
    assert!(heading < g.top() && g.top() < r.top(), "most chosen first");
    // the count is a number beside the bar, on the option's row
    let on_row = |h: &H, rect: egui::Rect| -> Vec<String> {
        labels(h)
            .into_iter()
            .filter(|(y, _)| (*y - rect.top()).abs() < rect.height())
            .map(|(_, v)| v)
            .collect()
    };
    assert!(on_row(&h, g).contains(&"3".to_owned()), "{:?}", on_row(&h, g));
    assert!(on_row(&h, r).contains(&"2".to_owned()), "{:?}", on_row(&h, r));
    // opening the row lists the networks that chose it
    let names: Vec<String> = review.entries.iter().map(|e| format!("• {}", e.title())).collect();
    assert!(!labels(&h).iter().any(|(_, v)| names.contains(v)), "closed at first");
    h.get_by_label(Box::leak(geld.clone().into_boxed_str())).click();
    h.run();
    for n in &names {
        assert!(labels(&h).iter().any(|(_, v)| v == n), "{n} listed under the option");
    }
    let aletta = review.entries[1].title();
    assert!(
        labels(&h)
            .iter()
            .any(|(_, v)| v == &format!("“Een eigen kast in de gang” — {aletta}")),
        "a network's own words come with its name"
    );
    assert!(h.unnamed_widgets().is_empty(), "{:?}", h.unnamed_widgets());
    assert_quiet(&mut h, "asks page");
}

#[test]
fn asks_count_one_board_year_when_chosen() {
    let q = Questionnaire::builtin();
    let mut review = three_networks();
    review.entries.push(entry("n0-2025", network_year(&q, 0, 2025, 0), &q));
    let review = Review::from_entries(Vec::new(), review.entries, Vec::new());
    assert_eq!(asks_entries(&review, None), vec![0, 1, 2], "the newest of each network");
    assert_eq!(asks_entries(&review, Some("2025-2026")), vec![3]);
    let review = Arc::new(review);
    let mut h = asks_harness(review, Lang::En, egui::vec2(1180.0, 4000.0), egui::Theme::Light);
    h.get_by_role_and_label(Role::ComboBox, "Which reflections count:").click();
    h.run();
    h.get_by_label("Board year 2025-2026").click();
    h.run();
    assert_eq!(
        h.state().last(),
        Some(&Command::Review(ReviewCommand::AsksYear(Some("2025-2026".into()))))
    );
}

/// Renders both pages at 100 % and 200 %, light and dark, into
/// `target/review-shots/` to look at (`-- --ignored`).
#[test]
#[ignore]
fn render_the_pages_to_look_at() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/review-shots");
    std::fs::create_dir_all(&dir).unwrap();
    for (zoom, dark) in [(1.0, false), (1.0, true), (2.0, false), (2.0, true)] {
        let theme = if dark { egui::Theme::Dark } else { egui::Theme::Light };
        let size = egui::vec2(1366.0 / zoom, 2600.0 / zoom);
        let name = |page: &str| {
            dir.join(format!(
                "{page}_{:.0}_{}.png",
                zoom * 100.0,
                if dark { "dark" } else { "light" }
            ))
        };
        let (review, _) = two_years();
        let review = Arc::new(review);
        let c = Arc::new(compare(&review.entries[0], &review.entries[1]).unwrap());
        let mut h = zoomed(size, zoom, theme, move |ui, commands| {
            compare_ui(ui, Lang::Nl, &review, 0, 1, Some(&c), commands)
        });
        h.render().unwrap().save(name("compare")).unwrap();

        let review = Arc::new(three_networks());
        let mut h = asks_zoomed(review, Lang::En, size, zoom, theme);
        h.get_by_label("Money or a grant: 3 networks").click();
        h.run();
        h.render().unwrap().save(name("asks")).unwrap();
    }
}
