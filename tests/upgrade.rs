//! A reflection made on questionnaire 1.0 moves to 2.0 on request, and
//! nothing is dropped: answers to kept questions carry over unchanged,
//! answers to questions 2.0 no longer has stay in the file, listed.

use reflectietool::Questionnaire;
use reflectietool::format::parse_questionnaire;
use reflectietool::format::reflection::validate_reflection;
use reflectietool::lang::Lang;
use reflectietool::model::reflection::{Answer, Entry};
use reflectietool::model::upgrade::{move_to, plan_move};
use reflectietool::sample::full_reflection;

fn q2() -> Questionnaire {
    parse_questionnaire(
        include_str!("../questionnaires/reflectietool-2.0.ron"),
        "questionnaires/reflectietool-2.0.ron",
    )
    .unwrap_or_else(|e| panic!("{}", e.describe(Lang::En)))
}

#[test]
fn a_full_1_0_reflection_moves_to_2_0_with_nothing_dropped() {
    let q1 = Questionnaire::builtin_v1();
    let q2 = q2();
    let mut r = full_reflection(&q1, "netwerk-2025", 3);
    assert_eq!(r.questionnaire.version, "1.0");
    assert!(validate_reflection(&r, Some(&q1), "").is_empty());
    let before = r.clone();
    let answered = r.agreed.values().filter(|e| !e.is_empty()).count();
    assert_eq!(answered, 54, "every 1.0 question answered");

    let plan = move_to(&mut r, &q1, &q2);
    assert!(plan.can_move(), "unfit: {:?}", plan.unfit);
    assert_eq!(r.questionnaire.version, "2.0");
    assert_eq!(plan.carried.len() + plan.kept_aside.len(), answered);
    assert_eq!(plan.carried.len(), 35, "{:?}", plan.carried);
    assert_eq!(plan.kept_aside.len(), 19, "{:?}", plan.kept_aside);
    assert_eq!(plan.new.len(), 19, "{:?}", plan.new);
    assert!(plan.kept_aside.contains(&"waarde.oefenen".to_owned()));
    assert!(plan.new.contains(&"waarde.durven".to_owned()));

    // every answer, the board's and each member's, is still there as it was
    assert_eq!(r.agreed, before.agreed);
    assert_eq!(r.respondents, before.respondents);
    assert_eq!((&r.notes, &r.actions), (&before.notes, &before.actions));
    // and fits 2.0: check finds nothing wrong with the moved file
    let problems = validate_reflection(&r, Some(&q2), "");
    assert!(problems.is_empty(), "{problems:?}");
}

#[test]
fn a_move_that_would_lose_an_answer_is_refused() {
    let q1 = Questionnaire::builtin_v1();
    let mut q2 = q2();
    // a 2.0 without the option a 1.0 answer chose
    let mut r = full_reflection(&q1, "netwerk-2025", 0);
    r.agreed.insert(
        "diversiteit.verschillen".into(),
        Entry {
            answer: Some(Answer::Multiple {
                choices: vec!["wonen".into()],
                other: String::new(),
            }),
            ..Entry::default()
        },
    );
    let question = q2
        .themes
        .iter_mut()
        .flat_map(|t| t.questions.iter_mut())
        .find(|q| q.id == "diversiteit.verschillen")
        .unwrap();
    if let reflectietool::model::questionnaire::QuestionKind::Multiple { options, .. } =
        &mut question.kind
    {
        options.retain(|o| o.id != "wonen");
    }
    let plan = plan_move(&r, &q1, &q2);
    assert_eq!(plan.unfit, ["diversiteit.verschillen"]);
    let before = r.clone();
    let plan = move_to(&mut r, &q1, &q2);
    assert!(!plan.can_move());
    assert_eq!(r, before, "the reflection is left as it was");
}

#[test]
fn every_option_of_a_kept_1_0_question_is_still_offered_in_2_0() {
    use reflectietool::model::questionnaire::QuestionKind::{Multiple, Single};
    let q1 = Questionnaire::builtin_v1();
    let q2 = q2();
    for (_, old) in q1.questions() {
        let Some(new) = q2.question(&old.id) else {
            continue;
        };
        let ids = |k: &reflectietool::model::questionnaire::QuestionKind| match k {
            Single { options, other } | Multiple { options, other } => (
                options.iter().map(|o| o.id.clone()).collect::<Vec<_>>(),
                *other,
            ),
            _ => (Vec::new(), false),
        };
        let ((old_ids, old_other), (new_ids, new_other)) = (ids(&old.kind), ids(&new.kind));
        for id in old_ids {
            assert!(new_ids.contains(&id), "{}: option {id} is gone", old.id);
        }
        assert!(!old_other || new_other, "{}: other is gone", old.id);
    }
}
