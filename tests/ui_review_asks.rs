//! The page of what networks ask, drawn from a review of three networks
//! built in memory: the count per option as a number beside its bar, most
//! chosen first, opening to the networks' names; a network's own words with
//! its name; the choice of a board year. Quiet when idle; every control
//! named (kittest checks that after every run).
//!
//! Run with `cargo test --release --test ui_review_asks`.

mod common;

use std::sync::Arc;

use common::bare::*;
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};
use reflectietool::Questionnaire;
use reflectietool::app::screens::review::asks::{asks_entries, asks_ui};
use reflectietool::app::{Command, ReviewCommand};
use reflectietool::lang::Lang;
use reflectietool::model::reflection::{Answer, Entry};
use reflectietool::review::Review;
use reflectietool::review::asks::asks;
use reflectietool::sample::network_year;

/// Three networks, each with a choice in "positie.vragen"; network 1 also
/// chose "other" and wrote its own words.
fn three_networks() -> Review {
    let q = Questionnaire::builtin_v1();
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
                        other: if n == 1 {
                            "Een eigen kast in de gang".into()
                        } else {
                            String::new()
                        },
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

fn asks_zoomed(
    review: Arc<Review>,
    lang: Lang,
    size: egui::Vec2,
    zoom: f32,
    theme: egui::Theme,
) -> H {
    let counted = asks_entries(&review, None);
    let asked = asks(&review, &counted);
    zoomed(size, zoom, theme, move |ui, commands| {
        asks_ui(ui, lang, &review, None, &counted, &asked, commands)
    })
}

#[test]
fn asks_show_the_count_per_option_and_open_to_the_networks_names() {
    let review = Arc::new(three_networks());
    let mut h = asks_harness(
        review.clone(),
        Lang::Nl,
        egui::vec2(1180.0, 4000.0),
        egui::Theme::Light,
    );
    let q = Questionnaire::builtin_v1();
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
    assert!(
        on_row(&h, g).contains(&"3".to_owned()),
        "{:?}",
        on_row(&h, g)
    );
    assert!(
        on_row(&h, r).contains(&"2".to_owned()),
        "{:?}",
        on_row(&h, r)
    );
    // opening the row lists the networks that chose it
    let names: Vec<String> = review
        .entries
        .iter()
        .map(|e| format!("• {}", e.title()))
        .collect();
    assert!(
        !labels(&h).iter().any(|(_, v)| names.contains(v)),
        "closed at first"
    );
    h.get_by_label(Box::leak(geld.clone().into_boxed_str()))
        .click();
    h.run();
    for n in &names {
        assert!(
            labels(&h).iter().any(|(_, v)| v == n),
            "{n} listed under the option"
        );
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
    let q = Questionnaire::builtin_v1();
    let mut review = three_networks();
    review
        .entries
        .push(entry("n0-2025", network_year(&q, 0, 2025, 0), &q));
    let review = Review::from_entries(Vec::new(), review.entries, Vec::new());
    assert_eq!(
        asks_entries(&review, None),
        vec![0, 1, 2],
        "the newest of each network"
    );
    assert_eq!(asks_entries(&review, Some("2025-2026")), vec![3]);
    let review = Arc::new(review);
    let mut h = asks_harness(
        review,
        Lang::En,
        egui::vec2(1180.0, 4000.0),
        egui::Theme::Light,
    );
    h.get_by_role_and_label(Role::ComboBox, "Which reflections count:")
        .click();
    h.run();
    h.get_by_label("Board year 2025-2026").click();
    h.run();
    assert_eq!(
        h.state().last(),
        Some(&Command::Review(ReviewCommand::AsksYear(Some(
            "2025-2026".into()
        ))))
    );
}

/// Renders the page at 100 % and 200 %, light and dark, into
/// `target/review-shots/` to look at (`-- --ignored`).
#[test]
#[ignore]
fn render_the_asks_page_to_look_at() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/review-shots");
    std::fs::create_dir_all(&dir).unwrap();
    for (zoom, dark) in [(1.0, false), (1.0, true), (2.0, false), (2.0, true)] {
        let theme = if dark {
            egui::Theme::Dark
        } else {
            egui::Theme::Light
        };
        let size = egui::vec2(1366.0 / zoom, 2600.0 / zoom);
        let review = Arc::new(three_networks());
        let mut h = asks_zoomed(review, Lang::En, size, zoom, theme);
        h.get_by_label("Money or a grant: 3 networks").click();
        h.run();
        let name = format!(
            "asks_{:.0}_{}.png",
            zoom * 100.0,
            if dark { "dark" } else { "light" }
        );
        h.render().unwrap().save(dir.join(name)).unwrap();
    }
}
