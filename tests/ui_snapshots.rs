//! Pictures of the program, compared with the PNGs in `tests/snapshots/`.
//!
//! Renders with wgpu (lavapipe on a machine without a GPU). Regenerate after
//! an intended change of the look with
//! `UPDATE_SNAPSHOTS=1 cargo test --release --test ui_snapshots`, then look at
//! every changed picture before keeping it.
//!
//! The pictures must not depend on the day, the time zone or the temporary
//! folder: the fixtures have fixed times, chosen so that the local time the
//! home page shows is the same in every time zone, and the data folder's path
//! is masked.

mod common;

use std::path::Path;

use common::views::*;
use common::*;
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use reflectietool::Lang;
use reflectietool::app::SaveStatus;
use reflectietool::model::reflection::{
    ActionPoint, ActionStatus, Answer, Entry, OTHER, Reflection, ScaleAnswer,
};
use reflectietool::storage::Store;

/// Returns the RFC 3339 time stamp of a local date and time in the system's
/// time zone, so that the program shows exactly that local time again.
fn local_stamp(y: i16, m: i8, d: i8, hour: i8, minute: i8) -> String {
    jiff::civil::date(y, m, d)
        .at(hour, minute, 0, 0)
        .to_zoned(jiff::tz::TimeZone::system())
        .expect("a valid local time")
        .timestamp()
        .to_string()
}

fn fixed(mut r: Reflection, id: &str, created: String, updated: String) -> Reflection {
    r.id = id.to_owned();
    r.created = created;
    r.updated = updated;
    r
}

fn answered(answer: Answer) -> Entry {
    Entry {
        answer: Some(answer),
        ..Entry::default()
    }
}

/// A reflection with answers of every kind in theme 5, a flag, a skipped
/// question, a note and an action point.
fn filled() -> Reflection {
    let mut r = fixed(
        reflection("Öğrenci Ağı İğdır – Łódź Żółć", "2026-2027"),
        "ogrenci-agi-fixture",
        local_stamp(2026, 9, 14, 19, 30),
        local_stamp(2026, 11, 24, 21, 58),
    );
    let a = &mut r.agreed;
    let pos = |now: Option<f32>, desired: Option<f32>| answered(Answer::Position { now, desired });
    a.insert(
        "positie.aanpassen-veranderen".into(),
        pos(Some(0.3), Some(0.7)),
    );
    a.insert(
        "positie.overaanpassing".into(),
        Entry {
            discuss_later: true,
            ..answered(Answer::Scale(ScaleAnswer::Level(2)))
        },
    );
    a.insert("positie.binnen-buiten".into(), pos(Some(0.8), Some(0.4)));
    a.insert("positie.proces-doel".into(), pos(Some(0.5), None));
    a.insert(
        "positie.partners".into(),
        answered(Answer::Open(
            "De gemeente İzmir-Rotterdam geeft ons een ruimte, maar vraagt elk kwartaal een verslag. \
             De partner uit Łódź betaalt de reis; dat kost veel tijd van het bestuur.\n\
             Als die partner stopt, vragen we de hogeschool om hulp (Şule, Paweł)."
                .into(),
        )),
    );
    a.insert(
        "positie.aanvulling".into(),
        answered(Answer::Scale(ScaleAnswer::DontKnow)),
    );
    a.insert(
        "positie.vragen".into(),
        answered(Answer::Multiple {
            choices: vec!["geld".into(), "zichtbaarheid".into(), OTHER.into()],
            other: "Een stilteruimte".into(),
        }),
    );
    a.insert(
        "positie.functies".into(),
        answered(Answer::Multiple {
            choices: vec!["antenne".into()],
            other: String::new(),
        }),
    );
    a.insert(
        "positie.aan-tafel".into(),
        Entry {
            skipped: true,
            ..Entry::default()
        },
    );
    a.insert(
        "positie.rol".into(),
        answered(Answer::Single {
            choice: "kritische-vriend".into(),
            other: String::new(),
        }),
    );
    a.insert(
        "positie.confronterend-insider".into(),
        pos(Some(0.9), Some(0.95)),
    );
    a.insert(
        "positie.bijhouden".into(),
        answered(Answer::Scale(ScaleAnswer::Level(0))),
    );
    a.insert(
        "positie.pitch".into(),
        answered(Answer::Open(
            "Eén verhaal, één getal (38 leden), één vraag: een vaste ruimte.".into(),
        )),
    );
    r.notes.insert(
        "positie".into(),
        "We waren het niet eens over de sponsor — İpek wil stoppen, Paweł niet.".into(),
    );
    r.actions.push(ActionPoint {
        id: "actie-fixture".into(),
        theme: Some("positie".into()),
        what: "Gesprek met de decaan over een vaste ruimte".into(),
        who: "Voorzitter".into(),
        due: "maart 2027".into(),
        status: ActionStatus::Busy,
        ..ActionPoint::default()
    });
    r
}

/// A second, nearly empty reflection for the home page.
fn second() -> Reflection {
    let mut r = fixed(
        reflection("Vrouwennetwerk TU Delft", "2025-2026"),
        "vrouwennetwerk-fixture",
        local_stamp(2025, 10, 2, 9, 5),
        local_stamp(2026, 3, 1, 16, 45),
    );
    r.agreed.insert(
        "profiel.basis".into(),
        answered(Answer::Single {
            choice: "gender".into(),
            other: String::new(),
        }),
    );
    r
}

fn data_dir_with_fixtures(dir: &Path) {
    let store = Store::open(dir).unwrap();
    store.save(&filled()).unwrap();
    store.save(&second()).unwrap();
}

/// Hides the data folder's path, which differs per run.
fn mask_data_dir(h: &mut H) {
    let r = h
        .query_all_by(|n| {
            n.role() == Role::Label
                && n.value()
                    .is_some_and(|v| v.starts_with("Gegevensmap:") || v.starts_with("Data folder:"))
        })
        .next()
        .expect("the data folder line")
        .rect();
    // a fixed width: the text's own width changes with the random name
    h.mask(egui::Rect::from_min_size(
        r.min - egui::vec2(1.0, 1.0),
        egui::vec2(700.0, r.height() + 2.0),
    ));
}

#[test]
fn home_with_two_reflections() {
    let tmp = tempfile::tempdir().unwrap();
    data_dir_with_fixtures(tmp.path());
    let mut h = start(tmp.path());
    assert!(
        has_text_containing(&h, "24 november 2026, 21:58"),
        "the fixed local time shows\n{}",
        tree(&h)
    );
    assert!(has_text_containing(&h, "1 maart 2026, 16:45"));
    settle(&mut h);
    mask_data_dir(&mut h);
    h.snapshot("home_nl");

    click(&mut h, Q::Label("English"));
    settle(&mut h);
    assert!(has_text(&h, "Reflections"));
    mask_data_dir(&mut h);
    h.snapshot("home_en");
}

/// Opens the filled reflection on theme 5 in a window of the given height.
fn theme5(dir: &Path, height: f32) -> H {
    data_dir_with_fixtures(dir);
    let mut h = start_sized(dir, egui::vec2(WINDOW.x, height));
    click(
        &mut h,
        Q::InRow {
            row: "Öğrenci Ağı İğdır – Łódź Żółć",
            label: "Openen",
        },
    );
    click(&mut h, Q::LabelContains("5. Positie en samenwerking"));
    assert!(has_text(&h, "Thema 5 van 6"));
    settle(&mut h);
    h
}

/// Tall enough to show all of theme 5 at once.
const FULL_PAGE: f32 = 7800.0;

fn assert_whole_page_visible(h: &H, last_button: &str) {
    let r = find(h, Q::Label(last_button)).rect();
    assert!(
        r.bottom() < FULL_PAGE,
        "the page does not fit the tall window: {r:?}"
    );
}

#[test]
fn theme_page_dutch() {
    let tmp = tempfile::tempdir().unwrap();
    let mut h = theme5(tmp.path(), WINDOW.y);
    h.snapshot("theme5_nl");
}

#[test]
fn theme_page_full_dutch() {
    let tmp = tempfile::tempdir().unwrap();
    let mut h = theme5(tmp.path(), FULL_PAGE);
    assert_whole_page_visible(&h, "Volgend thema →");
    h.snapshot("theme5_full_nl");
}

#[test]
fn theme_page_full_english() {
    let tmp = tempfile::tempdir().unwrap();
    let mut h = theme5(tmp.path(), FULL_PAGE);
    click(&mut h, Q::Label("English"));
    settle(&mut h);
    assert!(has_text(&h, "Theme 5 of 6"), "{}", tree(&h));
    assert_whole_page_visible(&h, "Next theme →");
    h.snapshot("theme5_full_en");
}

#[test]
fn theme_page_full_dark() {
    let tmp = tempfile::tempdir().unwrap();
    let mut h = theme5(tmp.path(), FULL_PAGE);
    click(&mut h, Q::Label("Donker"));
    settle(&mut h);
    assert!(exists(&h, Q::Label("Licht")), "the button now offers light");
    assert_eq!(h.ctx.theme(), egui::Theme::Dark);
    assert_whole_page_visible(&h, "Volgend thema →");
    h.snapshot("theme5_full_dark_nl");
}

// ---------------------------------------------------------------------------
// Laptop and projector: real screen sizes, zoom, language and theme
// ---------------------------------------------------------------------------

const NL: Lang = Lang::Nl;
const EN: Lang = Lang::En;

/// The views of the home page's snapshots: every screen size, zoom,
/// language and theme at least once.
const HOME_VIEWS: [View; 6] = [
    View::new(1366, 768, 1.0, NL, false),
    View::new(1366, 768, 1.5, EN, false),
    View::new(1366, 768, 1.5, NL, true),
    View::new(1366, 768, 2.0, NL, true),
    View::new(1920, 1080, 1.5, NL, false),
    View::new(1920, 1080, 1.5, EN, true),
];

/// The views of theme 5's snapshots.
const THEME_VIEWS: [View; 6] = [
    View::new(1366, 768, 1.0, EN, true),
    View::new(1366, 768, 1.5, NL, false),
    View::new(1366, 768, 1.5, NL, true),
    View::new(1366, 768, 2.0, NL, false),
    View::new(1366, 768, 2.0, EN, true),
    View::new(1920, 1080, 1.5, EN, false),
];

/// Opens the filled reflection on theme 5.
fn open_theme5(h: &mut H, lang: Lang) {
    open_theme5_of(h, "Öğrenci Ağı İğdır – Łódź Żółć", lang);
}

#[test]
fn home_snapshots_at_laptop_and_projector_sizes() {
    let mut results = egui_kittest::SnapshotResults::new();
    for view in HOME_VIEWS {
        let tmp = tempfile::tempdir().unwrap();
        data_dir_with_fixtures(tmp.path());
        let mut h = start_view(tmp.path(), view);
        assert!(has_text(&h, view.lang.pick("Reflecties", "Reflections")));
        assert_top_bar_on_screen(&h, view, None);
        settle(&mut h);
        mask_data_dir(&mut h);
        snapshot_view(&mut h, view, "home");
        results.extend_harness(&mut h);
    }
    results.unwrap();
}

#[test]
fn theme_snapshots_at_laptop_and_projector_sizes() {
    let mut results = egui_kittest::SnapshotResults::new();
    for view in THEME_VIEWS {
        let tmp = tempfile::tempdir().unwrap();
        data_dir_with_fixtures(tmp.path());
        let mut h = start_view(tmp.path(), view);
        open_theme5(&mut h, view.lang);
        set_status(&mut h, SaveStatus::Saved("21:58".into()));
        let saved = view.lang.pick("✔ Opgeslagen om 21:58", "✔ Saved at 21:58");
        assert_top_bar_on_screen(&h, view, Some(saved));
        settle(&mut h);
        snapshot_view(&mut h, view, "theme5");
        results.extend_harness(&mut h);
    }
    results.unwrap();
}

/// The views of the overview's and the form's snapshots.
const MORE_VIEWS: [View; 6] = [
    View::new(1366, 768, 1.0, NL, false),
    View::new(1366, 768, 1.5, EN, false),
    View::new(1366, 768, 1.5, NL, true),
    View::new(1366, 768, 2.0, EN, false),
    View::new(1366, 768, 2.0, NL, true),
    View::new(1920, 1080, 1.5, NL, false),
];

#[test]
fn overview_snapshots_at_laptop_and_projector_sizes() {
    let mut results = egui_kittest::SnapshotResults::new();
    for view in MORE_VIEWS {
        let tmp = tempfile::tempdir().unwrap();
        data_dir_with_fixtures(tmp.path());
        let mut h = start_view(tmp.path(), view);
        open_theme5(&mut h, view.lang);
        click(
            &mut h,
            Q::Label(view.lang.pick("☰ Overzicht", "☰ Overview")),
        );
        assert_eq!(h.state().page, reflectietool::app::Page::Overview);
        set_status(&mut h, SaveStatus::Saved("21:58".into()));
        let saved = view.lang.pick("✔ Opgeslagen om 21:58", "✔ Saved at 21:58");
        assert_top_bar_on_screen(&h, view, Some(saved));
        settle(&mut h);
        snapshot_view(&mut h, view, "overview");
        results.extend_harness(&mut h);
        // further down: the action point's card; then the page as
        // "print" opens it, at the choice of document
        let point = view.lang.pick("actiepunt", "action point");
        let who = view.lang.pick("Wie", "Who");
        scroll_to(&mut h, Q::Label(&format!("{who} — {point} 1")));
        settle(&mut h);
        snapshot_view(&mut h, view, "overview_actions");
        results.extend_harness(&mut h);
        h.state_mut()
            .push(reflectietool::app::Command::ShowOverview { print: true });
        h.run();
        let full = view.lang.pick("Volledig", "Full");
        scroll_to(&mut h, Q::Role(Role::RadioButton, full));
        settle(&mut h);
        snapshot_view(&mut h, view, "overview_print");
        results.extend_harness(&mut h);
    }
    results.unwrap();
}

#[test]
fn form_with_errors_snapshots_at_laptop_and_projector_sizes() {
    let mut results = egui_kittest::SnapshotResults::new();
    for view in MORE_VIEWS {
        let tmp = tempfile::tempdir().unwrap();
        let mut h = start_view(tmp.path(), view);
        click(
            &mut h,
            Q::Label(view.lang.pick("+ Nieuwe reflectie", "+ New reflection")),
        );
        click(&mut h, Q::Label(view.lang.pick("Beginnen", "Start")));
        assert!(has_text(
            &h,
            view.lang.pick("Er is een probleem", "There is a problem")
        ));
        assert_top_bar_on_screen(&h, view, None);
        settle(&mut h);
        snapshot_view(&mut h, view, "form_errors");
        results.extend_harness(&mut h);
    }
    results.unwrap();
}

/// The position question and the statements after it, zoomed in on a
/// laptop: the tracks, their clear buttons and the tiles stay in the card.
#[test]
fn position_and_statements_at_200_percent() {
    let mut results = egui_kittest::SnapshotResults::new();
    for view in [
        View::new(1366, 768, 2.0, NL, false),
        View::new(1366, 768, 1.5, EN, true),
    ] {
        let tmp = tempfile::tempdir().unwrap();
        data_dir_with_fixtures(tmp.path());
        let mut h = start_view(tmp.path(), view);
        open_theme5(&mut h, view.lang);
        // the first position question's goal track
        h.query_all_by_role_and_label(Role::Slider, view.lang.pick("Doel", "Goal"))
            .next()
            .expect("a goal track")
            .scroll_to_me();
        h.run();
        let screen = h.ctx.content_rect();
        for label in [
            view.lang.pick("Nu wissen", "Now clear"),
            view.lang.pick("Doel wissen", "Goal clear"),
        ] {
            let first = h.query_all_by_label(label).next().map(|n| n.rect());
            if let Some(r) = first {
                assert!(
                    screen.contains_rect(r),
                    "{label} at {r:?} is inside {screen:?}"
                );
            }
        }
        settle(&mut h);
        snapshot_view(&mut h, view, "position");
        results.extend_harness(&mut h);
    }
    results.unwrap();
}
