//! Pictures of the reveal, compared with the PNGs in `tests/snapshots/`:
//! theme 5 of a reflection whose five members scored alone, with their
//! answers revealed — the top of the page, a statement with its dot strip,
//! a position, an open question and a choice — in Dutch, in English, in
//! dark and at 200 %.
//!
//! Regenerate after an intended change of the look with
//! `UPDATE_SNAPSHOTS=1 cargo test --release --test ui_reveal_look`, then
//! look at every changed picture before keeping it.

mod common;

use common::views::*;
use common::*;
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use reflectietool::Lang;
use reflectietool::Questionnaire;
use reflectietool::app::{Command, SaveStatus};
use reflectietool::model::reflection::{MemberSharing, Reflection};
use reflectietool::storage::Store;

/// The labels the five members chose (with letters that need their glyphs).
const LABELS: [&str; 5] = ["Voorzitter", "Penningmeester", "Secretaris", "Şule", "JdV"];

/// A fully answered reflection whose members scored every question, their
/// labels shown.
fn fixture() -> Reflection {
    let q = Questionnaire::builtin_v1();
    let mut r = reflectietool::sample::full_reflection(&q, "reveal-fixture", LABELS.len());
    for (m, label) in r.respondents.iter_mut().zip(LABELS) {
        m.label = label.to_owned();
    }
    r.sharing.members = MemberSharing::ByLabel;
    r.created = "2026-09-14T17:30:00Z".into();
    r.updated = "2026-11-24T20:58:00Z".into();
    r
}

/// A place on the page that is photographed.
#[derive(Debug, Clone, Copy)]
enum Spot {
    /// The top of the page.
    Top,
    /// The question with this id at the top of the window.
    Question(&'static str),
    /// The first dot strip (an image) whose text alternative starts so
    /// ("Nu:" / "Now:" for a position), in the middle of the window.
    Strip(&'static str, &'static str),
}

const SPOTS: [(&str, Spot); 5] = [
    ("top", Spot::Top),
    ("statement", Spot::Question("positie.overaanpassing")),
    ("position", Spot::Strip("Nu:", "Now:")),
    ("open", Spot::Question("positie.partners")),
    ("choice", Spot::Question("positie.vragen")),
];

fn go_to(h: &mut H, lang: Lang, spot: Spot) {
    match spot {
        Spot::Top => h.state_mut().push(Command::SelectTheme(POSITIE)),
        Spot::Question(id) => h
            .state_mut()
            .push(Command::GoToQuestion(POSITIE, id.to_owned())),
        Spot::Strip(nl, en) => {
            let start = lang.pick(nl, en).to_owned();
            h.query_all_by(move |n| {
                n.role() == Role::Image && n.label().is_some_and(|l| l.starts_with(start.as_str()))
            })
            .next()
            .unwrap_or_else(|| panic!("no strip {nl:?}"))
            .scroll_to_me();
        }
    }
    h.run();
}

/// Opens theme 5 of the fixture in a view and reveals it.
fn revealed(dir: &std::path::Path, view: View) -> H {
    let path = Store::open(dir).unwrap().save(&fixture()).unwrap();
    let mut h = start_view(dir, view);
    h.state_mut().push(Command::Open(path));
    h.run();
    h.state_mut().push(Command::SelectTheme(POSITIE));
    h.run();
    click(
        &mut h,
        Q::Role(Role::Button, view.lang.pick("Onthullen", "Reveal")),
    );
    let what = view
        .lang
        .pick("Wat de leden antwoordden", "What the members answered");
    assert!(has_text(&h, what), "the reveal shows\n{}", tree(&h));
    h
}

fn snapshots(views: &[View], spots: &[(&str, Spot)]) {
    let mut results = egui_kittest::SnapshotResults::new();
    for &view in views {
        let tmp = tempfile::tempdir().unwrap();
        let mut h = revealed(tmp.path(), view);
        if view.lang == Lang::En {
            // English shows the members as "Member 1", "Member 2"
            click(&mut h, Q::Role(Role::CheckBox, "Show who answered what"));
            assert_eq!(
                h.state()
                    .session
                    .as_ref()
                    .unwrap()
                    .reflection
                    .sharing
                    .members,
                MemberSharing::Anonymous
            );
        }
        wait_saved(&mut h);
        set_status(&mut h, SaveStatus::Saved("21:58".into()));
        for (spot, place) in spots {
            go_to(&mut h, view.lang, *place);
            settle(&mut h);
            snapshot_view(&mut h, view, &format!("reveal_{spot}"));
            results.extend_harness(&mut h);
        }
    }
    results.unwrap();
}

#[test]
fn reveal_dutch_english_and_dark() {
    snapshots(
        &[
            View::new(1366, 768, 1.0, Lang::Nl, false),
            View::new(1366, 768, 1.0, Lang::En, false),
            View::new(1366, 768, 1.0, Lang::Nl, true),
        ],
        &SPOTS,
    );
}

#[test]
fn reveal_at_200_percent() {
    snapshots(
        &[View::new(1366, 768, 2.0, Lang::En, true)],
        &[
            SPOTS[0],
            ("statement", Spot::Strip("1 lid", "1 member")),
            SPOTS[2],
        ],
    );
}
