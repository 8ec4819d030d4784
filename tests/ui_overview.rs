//! The overview: reachable from every theme and after the last one; its
//! links open the theme at the question; its action table saves what is
//! typed; printing leads there first, says what is incomplete and offers
//! the short and the full document, saved through the file dialog (a
//! stand-in picker here).

mod common;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::*;
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};
use reflectietool::Questionnaire;
use reflectietool::app::workers::dialogs::Request;
use reflectietool::app::{Command, Page};
use reflectietool::model::reflection::{ActionPoint, Entry, Reflection};
use reflectietool::report::Document;
use reflectietool::storage::Store;

/// Saves a reflection and opens it in the window.
fn open(dir: &Path, r: &Reflection) -> (H, Store, PathBuf) {
    let store = Store::open(dir).unwrap();
    let path = store.save(r).unwrap();
    let mut h = start(dir);
    h.state_mut().push(Command::Open(path.clone()));
    h.run();
    assert_eq!(h.state().page, Page::Reflect);
    (h, store, path)
}

fn theme(h: &H) -> usize {
    h.state().session.as_ref().unwrap().theme
}

/// A reflection with one answer, one question to discuss later (the last
/// question of the third theme) and two action points.
fn partly_done() -> (Questionnaire, Reflection) {
    let q = Questionnaire::builtin_v1();
    let mut r = reflection("Overzichtnetwerk", "2026-2027");
    let first = &q.themes[0].questions[0];
    r.agreed.insert(
        first.id.clone(),
        Entry {
            answer: Some(reflectietool::sample::answer_for(&q, first, 3)),
            ..Entry::default()
        },
    );
    let later = q.themes[2].questions.last().unwrap();
    r.agreed.insert(
        later.id.clone(),
        Entry {
            discuss_later: true,
            ..Entry::default()
        },
    );
    for (i, t) in [0usize, 3].into_iter().enumerate() {
        r.actions.push(ActionPoint {
            id: format!("a{i}"),
            theme: Some(q.themes[t].id.clone()),
            what: format!("Actie {}", i + 1),
            ..ActionPoint::default()
        });
    }
    (q, r)
}

#[test]
fn the_overview_is_reachable_from_a_theme_and_after_the_last() {
    let tmp = tempfile::tempdir().unwrap();
    let (q, r) = partly_done();
    let (mut h, _, _) = open(tmp.path(), &r);

    // the sidebar button
    click(&mut h, Q::Label("☰ Overzicht"));
    assert_eq!(h.state().page, Page::Overview);
    assert!(has_text(&h, "Voortgang per thema"));
    // a theme link on the overview goes back to that theme
    click(&mut h, Q::Label(&format!("2. {}", q.themes[1].title.nl)));
    assert_eq!(h.state().page, Page::Reflect);
    assert_eq!(theme(&h), 1);

    // the shortcut, from any theme
    press(&mut h, CTRL | egui::Modifiers::SHIFT, egui::Key::O);
    assert_eq!(h.state().page, Page::Overview);

    // after the last theme: its button leads to the overview, not home
    let last = q.themes.len() - 1;
    h.state_mut().push(Command::SelectTheme(last));
    h.run();
    assert_eq!(h.state().page, Page::Reflect);
    assert_eq!(theme(&h), last);
    assert!(!exists(&h, Q::Label("Volgend thema →")));
    click(&mut h, Q::Label("Klaar — naar het overzicht →"));
    assert_eq!(h.state().page, Page::Overview);
    assert!(h.state().session.is_some(), "the reflection stays open");
    close_window(h);
}

#[test]
fn a_discuss_later_link_opens_its_theme_at_the_question() {
    let tmp = tempfile::tempdir().unwrap();
    let (q, r) = partly_done();
    let (mut h, _, _) = open(tmp.path(), &r);
    click(&mut h, Q::Label("☰ Overzicht"));
    assert!(has_text(&h, "Later bespreken (1)"));

    let t = &q.themes[2];
    let later = t.questions.last().unwrap();
    let link = format!("3.{} {}", t.questions.len(), later.prompt.nl);
    click(&mut h, Q::Label(&link));
    assert_eq!(h.state().page, Page::Reflect);
    assert_eq!(theme(&h), 2, "the third theme is open");
    // the question is in view: its prompt is on screen
    h.run();
    let prompt = find(&h, Q::Text(&later.prompt.nl)).rect();
    let screen = h.ctx.content_rect();
    assert!(
        screen.contains_rect(prompt),
        "the question is scrolled into view: {prompt:?} in {screen:?}"
    );
    assert!(
        h.state().session.as_ref().unwrap().focus_question.is_none(),
        "the scroll happens once"
    );

    // an unanswered question's link: the last question of theme 5
    click(&mut h, Q::Label("☰ Overzicht"));
    let t = &q.themes[4];
    let open_q = t.questions.last().unwrap();
    let link = format!("5.{} {}", t.questions.len(), open_q.prompt.nl);
    assert!(has_text(&h, "Nog niet beantwoord ("));
    click(&mut h, Q::Label(&link));
    assert_eq!(theme(&h), 4);
    h.run();
    let prompt = find(&h, Q::Text(&open_q.prompt.nl)).rect();
    assert!(h.ctx.content_rect().contains_rect(prompt), "{prompt:?}");
    close_window(h);
}

#[test]
fn editing_an_action_in_the_overview_lands_on_disk() {
    let tmp = tempfile::tempdir().unwrap();
    let (_, r) = partly_done();
    let (mut h, store, path) = open(tmp.path(), &r);
    click(&mut h, Q::Label("☰ Overzicht"));
    assert_eq!(value(&h, Q::Label("Wat — actiepunt 2")), "Actie 2");
    type_into(&mut h, Q::Label("Wie — actiepunt 2"), "Penningmeester");
    type_into(
        &mut h,
        Q::Label("Wanneer klaar — actiepunt 1"),
        "maart 2027",
    );
    wait_saved(&mut h);
    let on_disk = store.load_at(&path).unwrap().reflection;
    assert_eq!(on_disk.actions[1].who, "Penningmeester");
    assert_eq!(on_disk.actions[0].due, "maart 2027");
    assert_eq!(on_disk.actions[0].who, "", "only the typed field changed");
    close_window(h);
}

/// Clicks a save button and steps (a spinner repaints while the PDF is
/// made, so the harness cannot wait until the window settles).
fn click_and_export(h: &mut H, label: &str) {
    scroll_to(h, Q::Label(label));
    find(h, Q::Label(label)).click();
    h.step();
    wait_exported(h);
}

fn wait_exported(h: &mut H) {
    let start = Instant::now();
    loop {
        h.step();
        if !h.state().is_exporting() && !h.state().is_dialog_open() {
            break;
        }
        assert!(start.elapsed() < Duration::from_secs(60), "the PDF is made");
        std::thread::sleep(Duration::from_millis(20));
    }
    h.run();
}

fn page_count(path: &Path) -> usize {
    let out = std::process::Command::new("pdftotext")
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    let text = String::from_utf8_lossy(&out.stdout);
    text.split('\x0c').filter(|p| !p.trim().is_empty()).count()
}

#[test]
fn print_leads_to_the_overview_and_makes_the_chosen_document() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let (q, r) = partly_done();
    let (mut h, _, _) = open(tmp.path(), &r);
    h.state_mut().open_viewer = false;
    let seen: Arc<Mutex<Vec<String>>> = Arc::default();
    let seen_in = seen.clone();
    let dir = out.path().to_owned();
    h.state_mut()
        .set_file_picker(Arc::new(move |req: &Request| {
            let name = req.file_name.clone().unwrap_or_default();
            seen_in.lock().unwrap().push(name.clone());
            reflectietool::app::workers::dialogs::Answer::Chosen(dir.join(name))
        }));

    click(&mut h, Q::Label("Zelfevaluatie (pdf)…"));
    assert_eq!(h.state().page, Page::Overview);
    assert!(h.state().session.as_ref().unwrap().print_first);
    // what is incomplete, with the real counts
    let total = q.question_count();
    assert!(
        has_text_containing(
            &h,
            &format!("1 van {total} vragen beantwoord; 1 staat op later bespreken")
        ),
        "{}",
        tree(&h)
    );
    // the two documents; the short one is chosen, with nothing extra
    assert!(is_checked(&h, Q::Role(Role::RadioButton, "In het kort")));
    assert!(!is_checked(&h, Q::Role(Role::RadioButton, "Volledig")));
    assert!(!is_checked(&h, Q::Label("Notities per thema")));

    // the full document: notes and reasons are on by default
    click(&mut h, Q::Role(Role::RadioButton, "Volledig"));
    assert!(is_checked(&h, Q::Label("Notities per thema")));
    assert!(!is_checked(&h, Q::Label("Markeringen “Later bespreken”")));
    click_and_export(&mut h, "Pdf opslaan (Volledig)…");
    // the short one
    click(&mut h, Q::Role(Role::RadioButton, "In het kort"));
    assert!(!is_checked(&h, Q::Label("Notities per thema")));
    click_and_export(&mut h, "Pdf opslaan (In het kort)…");
    assert_eq!(
        h.state().session.as_ref().unwrap().print.document,
        Document::Short
    );

    let names = seen.lock().unwrap().clone();
    assert_eq!(names.len(), 2, "{names:?}");
    assert_ne!(names[0], names[1], "each document has a name of its own");
    assert!(names[1].ends_with("-in-het-kort.pdf"), "{names:?}");
    let full = page_count(&out.path().join(&names[0]));
    let short = page_count(&out.path().join(&names[1]));
    assert!((2..=4).contains(&short), "the short one has {short} pages");
    assert!(short < full, "short {short} < full {full}");
    close_window(h);
}

/// A reflection with several action points: long texts in "Wat" and "Wie",
/// one of them without a theme, each with another status.
fn with_actions() -> Reflection {
    use reflectietool::model::reflection::ActionStatus;
    let q = Questionnaire::builtin_v1();
    let (_, mut r) = partly_done();
    let statuses = ActionStatus::ALL;
    let texts = [
        (
            Some(4),
            "Een gesprek met de decaan over een vaste ruimte voor het netwerk, vóór de zomer, met een voorstel voor de begroting van volgend jaar",
            "Voorzitter en penningmeester samen",
            "maart 2027",
        ),
        (
            Some(1),
            "Ledenenquête",
            "Secretaris",
            "na de algemene ledenvergadering",
        ),
        (None, "Samenwerkingsverbanden inventariseren", "", ""),
        (
            Some(5),
            "Overdrachtsdocument\nmet contactpersonen\nen wachtwoorden",
            "Het hele bestuur",
            "juni",
        ),
    ];
    for (i, (theme, what, who, due)) in texts.into_iter().enumerate() {
        r.actions.push(ActionPoint {
            id: format!("b{i}"),
            theme: theme.map(|t: usize| q.themes[t].id.clone()),
            what: what.to_owned(),
            who: who.to_owned(),
            due: due.to_owned(),
            status: statuses[i % statuses.len()],
            ..ActionPoint::default()
        });
    }
    r
}

/// The roles of what a person reads or uses on the overview.
const SHOWN: [Role; 9] = [
    Role::Button,
    Role::Link,
    Role::CheckBox,
    Role::RadioButton,
    Role::ComboBox,
    Role::TextInput,
    Role::MultilineTextInput,
    Role::ProgressIndicator,
    Role::Label,
];

#[test]
fn the_overview_fits_the_window_horizontally_from_75_to_200_percent() {
    use common::views::*;
    let r = with_actions();
    let n_actions = r.actions.len();
    for view in every_view() {
        let tmp = tempfile::tempdir().unwrap();
        let store = Store::open(tmp.path()).unwrap();
        let path = store.save(&r).unwrap();
        let mut h = start_view(tmp.path(), view);
        h.state_mut().push(Command::Open(path));
        h.run();
        h.state_mut().push(Command::ShowOverview { print: false });
        h.run();
        assert_eq!(h.state().page, Page::Overview);
        let lang = view.lang;
        let screen = h.ctx.content_rect();
        let inside = |what: &str, r: egui::Rect| {
            assert!(
                r.left() >= screen.left() - 0.5 && r.right() <= screen.right() + 0.5,
                "{view:?}: {what:?} at {r:?} does not lie inside the window {screen:?} horizontally"
            );
        };
        // every field of every action point, by its accessible name
        let point = lang.pick("actiepunt", "action point");
        for n in 1..=n_actions {
            for field in [
                lang.pick("Wat", "What"),
                lang.pick("Wie", "Who"),
                lang.pick("Wanneer klaar", "By when"),
                "Status",
            ] {
                let name = format!("{field} — {point} {n}");
                inside(&name, find(&h, Q::Label(&name)).rect());
            }
        }
        // and everything else on the page: texts, links, buttons, boxes
        let mut seen = 0;
        for node in h.query_all_by(|n| SHOWN.contains(&n.role())) {
            let what = format!(
                "{:?} {:?}",
                node.accesskit_node().role(),
                node.accesskit_node()
                    .label()
                    .or_else(|| node.accesskit_node().value())
            );
            inside(&what, node.rect());
            seen += 1;
        }
        assert!(seen > 40, "{view:?}: only {seen} widgets found");
        // the print box is there, with its button
        let save = lang.pick("Pdf opslaan (In het kort)…", "Save PDF (In brief)…");
        inside(save, find(&h, Q::Label(save)).rect());
    }
}

/// Opened to print on a laptop at 200 %, the print box and its first choice
/// are on screen without scrolling, though the heading and introduction
/// come first.
#[test]
fn print_opens_the_overview_with_the_choices_in_view_at_200_percent() {
    use common::views::{View, start_view};
    for lang in [reflectietool::Lang::Nl, reflectietool::Lang::En] {
        let tmp = tempfile::tempdir().unwrap();
        let (_, r) = partly_done();
        let store = Store::open(tmp.path()).unwrap();
        let path = store.save(&r).unwrap();
        let mut h = start_view(tmp.path(), View::new(1366, 768, 2.0, lang, false));
        h.state_mut().push(Command::Open(path));
        h.run();
        click(
            &mut h,
            Q::Label(lang.pick("Zelfevaluatie (pdf)…", "Self-assessment (PDF)…")),
        );
        assert_eq!(h.state().page, Page::Overview);
        h.run();
        let screen = h.ctx.content_rect();
        for label in [lang.pick("In het kort", "In brief")] {
            let r = find(&h, Q::Role(Role::RadioButton, label)).rect();
            assert!(
                screen.contains_rect(r),
                "{lang:?}: {label:?} at {r:?} is on screen {screen:?}"
            );
        }
    }
}

/// With members who scored alone, the overview lists where they differ
/// most, widest first: a 0–3 split above a 1–3 split, and a 2–3 split not
/// at all; a link opens the question.
#[test]
fn the_overview_lists_where_the_members_differ_most_first() {
    use reflectietool::model::analysis::statement_scale;
    use reflectietool::model::reflection::{Answer, Respondent, ScaleAnswer};
    let q = Questionnaire::builtin_v1();
    let statements: Vec<(usize, usize, String)> = q
        .themes
        .iter()
        .enumerate()
        .flat_map(|(ti, t)| {
            t.questions
                .iter()
                .enumerate()
                .filter(|(_, qq)| statement_scale(&q, qq).is_some())
                .map(move |(qi, qq)| (ti, qi, qq.id.clone()))
        })
        .take(3)
        .collect();
    assert_eq!(statements.len(), 3);
    // the first statement 1–3 apart, the second 0–3, the third 2–3
    let levels = [[1u8, 3, 3], [0, 3, 3], [2, 3, 3]];
    let mut r = reflectietool::model::reflection::Reflection::new(
        common::profile("Netwerk Verschil", "2026-2027"),
        &q,
    );
    for m in 0..3 {
        let mut member = Respondent {
            id: format!("m{m}"),
            label: format!("Lid {}", m + 1),
            ..Respondent::default()
        };
        for (s, (_, _, id)) in statements.iter().enumerate() {
            member.answers.insert(
                id.clone(),
                Entry {
                    answer: Some(Answer::Scale(ScaleAnswer::Level(levels[s][m]))),
                    ..Entry::default()
                },
            );
        }
        r.respondents.push(member);
    }
    let tmp = tempfile::tempdir().unwrap();
    let (mut h, _, _) = open(tmp.path(), &r);
    click(&mut h, Q::Label("☰ Overzicht"));
    assert!(
        has_text(&h, "Waar het bestuur verschilt (2)"),
        "{}",
        tree(&h)
    );
    let link = |s: usize| {
        let (ti, qi, _) = &statements[s];
        format!(
            "{}.{} {}",
            ti + 1,
            qi + 1,
            q.themes[*ti].questions[*qi].prompt.nl
        )
    };
    // the section lies between its heading and the next one (the same
    // questions are also listed as not answered yet, further down)
    let top = text(&h, "Waar het bestuur verschilt").rect().bottom();
    let bottom = text(&h, "Later bespreken (").rect().top();
    let y = |h: &H, s: usize| {
        h.query_all_by_label(Box::leak(link(s).into_boxed_str()))
            .map(|n| n.rect().top())
            .filter(|y| *y > top && *y < bottom)
            .fold(f32::INFINITY, f32::min)
    };
    assert!(y(&h, 1).is_finite() && y(&h, 0).is_finite(), "{}", tree(&h));
    assert!(
        y(&h, 1) < y(&h, 0),
        "the 0–3 split comes above the 1–3 split"
    );
    assert!(y(&h, 2).is_infinite(), "a 2–3 split is not listed");
    h.query_all_by_label(Box::leak(link(1).into_boxed_str()))
        .find(|n| n.rect().top() > top && n.rect().top() < bottom)
        .expect("the link in the section")
        .click();
    h.run();
    assert_eq!(h.state().page, Page::Reflect);
    assert_eq!(theme(&h), statements[1].0);
}
