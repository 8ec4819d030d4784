//! Choosing a session route in the window: the sidebar's chooser offers
//! the whole questionnaire and the routes; choosing one shows only its
//! themes and questions, in its order, saves the choice in the reflection,
//! and keeps the answers to the questions it leaves out; reopened, the
//! reflection follows the same route; choosing the whole questionnaire
//! brings every question back.

mod common;

use common::*;
use reflectietool::Questionnaire;
use reflectietool::app::{Command, Page};
use reflectietool::model::reflection::Entry;
use reflectietool::storage::Store;

const WHOLE: &str = "De hele vragenlijst · 54 vragen";
const WORKSHOP: &str = "Workshop van 90 minuten · 12 vragen · 90 min";

fn session(h: &H) -> &reflectietool::app::Session {
    h.state().session.as_ref().expect("a reflection is open")
}

/// Returns the sidebar's themes, top to bottom, as their buttons say
/// ("1. Waarde voor leden  0/3").
fn themes(h: &H) -> Vec<String> {
    use egui_kittest::kittest::{NodeT, Queryable};
    let mut found: Vec<(f32, String)> = h
        .query_all_by(|n| {
            n.role() == egui::accesskit::Role::Button
                && n.label().is_some_and(|l| {
                    l.split_once(". ").is_some_and(|(n, _)| {
                        !n.is_empty() && n.chars().all(|c| c.is_ascii_digit())
                    })
                })
        })
        .map(|n| {
            (
                n.rect().top(),
                n.accesskit_node().label().unwrap_or_default(),
            )
        })
        .collect();
    found.sort_by(|a, b| a.0.total_cmp(&b.0));
    found.into_iter().map(|(_, l)| l).collect()
}

fn choose(h: &mut H, item: &str) {
    click(h, Q::Label("Route voor deze sessie"));
    click(h, Q::Label(item));
}

#[test]
fn a_route_chosen_in_the_sidebar_limits_the_questions_and_is_saved() {
    let q = Questionnaire::builtin_v1();
    let tmp = tempfile::tempdir().unwrap();
    let store = Store::open(tmp.path()).unwrap();
    let mut r = reflection("Routenetwerk", "2026-2027");
    // an answer to a question the workshop leaves out
    let outside = q.question("profiel.bestaan").unwrap();
    r.agreed.insert(
        outside.id.clone(),
        Entry {
            answer: Some(reflectietool::sample::answer_for(&q, outside, 1)),
            ..Entry::default()
        },
    );
    let path = store.save(&r).unwrap();
    let mut h = start_sized(tmp.path(), egui::vec2(1280.0, 1400.0));
    h.state_mut().push(Command::Open(path.clone()));
    h.run();
    assert_eq!(h.state().page, Page::Reflect);
    assert_eq!(themes(&h).len(), 6, "{:?}", themes(&h));
    assert_eq!(themes(&h)[0], "1. Over jullie netwerk  1/6");

    choose(&mut h, WORKSHOP);
    let s = session(&h);
    assert_eq!(s.reflection.route.as_deref(), Some("workshop-90"));
    assert_eq!(s.questionnaire.question_count(), 12);
    // the sidebar: the workshop's five themes, the first with its opening
    // and two statements, and no theme "Over jullie netwerk"
    assert_eq!(
        themes(&h),
        [
            // the opening (15 min) and the statements (15 min) together
            "1. Waarde voor leden  0/3  · 30 min",
            "2. Missie en activiteiten  0/2  · 15 min",
            "3. Interne diversiteit  0/2  · 15 min",
            "4. Positie en samenwerking  0/3  · 20 min",
            "5. Vooruitkijken  0/2  · 10 min",
        ]
    );
    assert!(has_text_containing(
        &h,
        "42 vragen laten jullie deze keer liggen"
    ));
    // the theme page opens with the opening exercise
    let opening = &q.question("waarde.blij-balen").unwrap().prompt.nl;
    assert!(has_text(&h, opening), "the opening exercise is on the page");
    wait_saved(&mut h);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("route: Some(\"workshop-90\")"), "{text}");
    assert!(
        text.contains("\"profiel.bestaan\""),
        "the answer outside the route is kept"
    );
    close_window(h);

    // opened again: the same route
    let mut h = start_sized(tmp.path(), egui::vec2(1280.0, 1400.0));
    h.state_mut().push(Command::Open(path.clone()));
    h.run();
    assert_eq!(session(&h).questionnaire.question_count(), 12);
    assert_eq!(themes(&h)[0], "1. Waarde voor leden  0/3  · 30 min");

    // the whole questionnaire again, with the kept answer counted
    choose(&mut h, WHOLE);
    let s = session(&h);
    assert_eq!(s.reflection.route, None);
    assert_eq!(s.questionnaire.question_count(), 54);
    assert_eq!(themes(&h)[0], "1. Over jullie netwerk  1/6");
    wait_saved(&mut h);
    close_window(h);
    assert!(!std::fs::read_to_string(&path).unwrap().contains("route:"));
}

#[test]
fn the_presentation_follows_the_route() {
    use egui::{Key, Modifiers};
    let q = Questionnaire::builtin_v1();
    let tmp = tempfile::tempdir().unwrap();
    let mut r = reflection("Workshopnetwerk", "2026-2027");
    r.route = Some("workshop-90".into());
    let mut h = start_open(tmp.path(), &r, egui::vec2(1920.0, 1080.0));
    assert_eq!(session(&h).questionnaire.question_count(), 12);
    click(&mut h, Q::Label("▶ Presenteren"));
    assert_eq!(h.state().page, Page::Present);
    // the workshop opens with the introduction of "Waarde voor leden",
    // then the glad / fed up exercise, as its first of 12 questions
    assert!(has_text(&h, q.themes[1].title.nl.as_str()));
    press(&mut h, Modifiers::NONE, Key::PageDown);
    let opening = &q.question("waarde.blij-balen").unwrap().prompt.nl;
    assert!(
        has_text(&h, opening),
        "the opening exercise is the first slide"
    );
    assert!(has_text(&h, "Vraag 1 van 12"));
    // 5 theme introductions and 12 questions: the last slide is question 12
    for _ in 0..20 {
        press(&mut h, Modifiers::NONE, Key::PageDown);
    }
    assert!(has_text(&h, "Vraag 12 van 12"));
    let last = &q.question("vooruit.beginnen").unwrap().prompt.nl;
    assert!(
        has_text(&h, last),
        "the route's last question ends the slides"
    );
    close_window(h);
}

#[test]
fn a_home_card_counts_against_the_route_the_board_follows() {
    let q = Questionnaire::builtin_v1();
    let tmp = tempfile::tempdir().unwrap();
    let store = Store::open(tmp.path()).unwrap();
    let route = reflectietool::format::route::builtin_routes(&q)
        .into_iter()
        .find(|r| r.id == "workshop-90")
        .expect("the workshop route is built in");
    let inside = route.question_ids(&q);
    let mut r = reflection("Routenetwerk", "2026-2027");
    r.route = Some(route.id.clone());
    // two answers inside the route, one outside it
    let simple = |id: &&String| {
        matches!(
            q.question(id).unwrap().kind,
            reflectietool::model::questionnaire::QuestionKind::Open { .. }
                | reflectietool::model::questionnaire::QuestionKind::Scale { .. }
        )
    };
    let two: Vec<&String> = inside.iter().filter(simple).take(2).collect();
    assert_eq!(two.len(), 2);
    let outside = q
        .themes
        .iter()
        .flat_map(|t| &t.questions)
        .find(|qq| !inside.contains(&qq.id) && simple(&&qq.id))
        .unwrap();
    for id in [two[0], two[1], &outside.id] {
        let question = q.question(id).unwrap();
        let answer = match &question.kind {
            reflectietool::model::questionnaire::QuestionKind::Open { .. } => {
                reflectietool::model::reflection::Answer::Open("Zo doen wij het".into())
            }
            reflectietool::model::questionnaire::QuestionKind::Scale { .. } => {
                reflectietool::model::reflection::Answer::Scale(
                    reflectietool::model::reflection::ScaleAnswer::Level(1),
                )
            }
            _ => continue,
        };
        r.agreed.insert(
            id.clone(),
            Entry {
                answer: Some(answer),
                ..Entry::default()
            },
        );
    }
    let answered_inside = r.agreed.keys().filter(|id| inside.contains(id)).count();
    assert_eq!(answered_inside, 2);
    store.save(&r).unwrap();
    let mut h = start(tmp.path());
    h.run();
    let texts = item_texts(&h, "Routenetwerk").join(" | ");
    assert!(
        texts.contains(&format!("{answered_inside} / 12 beantwoord")),
        "counted against the route's 12 questions: {texts}"
    );
    assert!(texts.contains("Route: Workshop van 90 minuten"), "{texts}");
    assert!(
        texts.contains(&format!("{} open punten", 12 - answered_inside)),
        "{texts}"
    );
    // the whole questionnaire again: counted against all 54
    h.state_mut().push(Command::Open(store.path_of(&r.id)));
    h.run();
    choose(&mut h, WHOLE);
    h.state_mut().push(Command::GoHome);
    h.run();
    let texts = item_texts(&h, "Routenetwerk").join(" | ");
    assert!(
        texts.contains(&format!("{} / 54 beantwoord", r.answered_any())),
        "{texts}"
    );
    assert!(!texts.contains("Route:"), "{texts}");
}
