//! Where the board differs, computed from the members' own answers: per
//! statement, position, choice and open question, and the least-consensus
//! list, on the built-in questionnaire and on one with every kind.

use std::path::Path;

use reflectietool::Lang;
use reflectietool::format;
use reflectietool::model::consensus::{self, MemberScore};
use reflectietool::model::questionnaire::Questionnaire;
use reflectietool::model::reflection::{
    Answer, Entry, MemberSharing, NetworkProfile, Reflection, Respondent, ScaleAnswer,
};
use reflectietool::sample;

fn every_kind() -> Questionnaire {
    format::load_questionnaire(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/questionnaires/valid/every_kind.ron"),
    )
    .unwrap()
}

fn member(label: &str, answers: Vec<(&str, Answer)>) -> Respondent {
    Respondent {
        id: label.to_lowercase(),
        label: label.into(),
        answers: answers
            .into_iter()
            .map(|(id, a)| {
                (
                    id.to_owned(),
                    Entry {
                        answer: Some(a),
                        ..Entry::default()
                    },
                )
            })
            .collect(),
    }
}

fn level(l: u8) -> Answer {
    Answer::Scale(ScaleAnswer::Level(l))
}

fn single(id: &str) -> Answer {
    Answer::Single {
        choice: id.into(),
        other: String::new(),
    }
}

fn multiple(ids: &[&str]) -> Answer {
    Answer::Multiple {
        choices: ids.iter().map(|s| s.to_string()).collect(),
        other: String::new(),
    }
}

fn board(q: &Questionnaire) -> Reflection {
    let mut r = Reflection::new(NetworkProfile::default(), q);
    r.respondents = vec![
        member(
            "Voorzitter",
            vec![
                ("doel.missie", level(0)),
                ("doel.vorm", single("vereniging")),
                ("samen.partners", multiple(&["universiteit", "gemeente"])),
                (
                    "samen.koers",
                    Answer::Position {
                        now: Some(0.0),
                        desired: Some(1.0),
                    },
                ),
                ("doel.open", Answer::Open("Meer leden bereiken".into())),
            ],
        ),
        member(
            "Penningmeester",
            vec![
                ("doel.missie", level(2)),
                ("doel.vorm", single("vereniging")),
                ("samen.partners", multiple(&["gemeente"])),
                (
                    "samen.koers",
                    Answer::Position {
                        now: Some(1.0),
                        desired: Some(0.75),
                    },
                ),
                ("doel.open", Answer::Open("   ".into())),
            ],
        ),
        member(
            "Secretaris",
            vec![
                ("doel.missie", Answer::Scale(ScaleAnswer::DontKnow)),
                ("doel.vorm", single("bestaat-niet")),
                ("samen.partners", Answer::Open("gemeente".into())),
                (
                    "samen.koers",
                    Answer::Position {
                        now: Some(f32::NAN),
                        desired: Some(0.5),
                    },
                ),
                ("samen.open", Answer::Open("Vaker samen eten".into())),
            ],
        ),
    ];
    r
}

#[test]
fn every_kind_of_question_is_put_side_by_side() {
    let q = every_kind();
    let r = board(&q);
    let c = consensus::consensus(&q, &r, Lang::Nl);
    assert_eq!(
        c.members,
        ["Lid 1", "Lid 2", "Lid 3"],
        "anonymous by default"
    );

    let s = &c.statements[0];
    assert_eq!(s.id, "doel.missie");
    assert_eq!(
        s.members,
        [
            MemberScore::Level(0),
            MemberScore::Level(2),
            MemberScore::DontKnow
        ]
    );
    assert_eq!((s.median(), s.range()), (Some(1.0), Some((0, 2))));
    let scale = q.scale("mate").unwrap();
    assert_eq!(
        s.describe(scale, Lang::Nl),
        "1 lid: Volledig, 1: Nog niet, 1 weet het niet"
    );
    assert_eq!(
        s.describe(scale, Lang::En),
        "1 member: Fully, 1: Not yet, 1 does not know"
    );

    let p = &c.positions[0];
    assert_eq!(
        p.members[2],
        (None, None),
        "NaN makes the answer unreadable"
    );
    assert_eq!(p.now_spread(), Some(1.0));
    assert_eq!(p.goal_spread(), Some(0.25));

    let vorm = c.choices.iter().find(|x| x.id == "doel.vorm").unwrap();
    assert_eq!(
        vorm.counts,
        [
            ("vereniging".to_owned(), 2),
            ("stichting".to_owned(), 0),
            ("other".to_owned(), 0)
        ]
    );
    let partners = c.choices.iter().find(|x| x.id == "samen.partners").unwrap();
    let counts: Vec<usize> = partners.counts.iter().map(|(_, n)| *n).collect();
    assert_eq!(counts, [1, 2, 0], "text where choices belong is ignored");

    let open: Vec<_> = c.open.iter().map(|o| o.texts.clone()).collect();
    assert_eq!(
        open,
        [
            vec![("Lid 1".to_owned(), "Meer leden bereiken".to_owned())],
            vec![("Lid 3".to_owned(), "Vaker samen eten".to_owned())],
        ]
    );

    // both lie as far apart as they can: questionnaire order decides
    let ids: Vec<String> = consensus::least_consensus(&c)
        .into_iter()
        .map(|d| d.id)
        .collect();
    assert_eq!(ids, ["doel.missie", "samen.koers"]);
}

#[test]
fn labels_show_only_when_the_board_shares_them() {
    let q = every_kind();
    let mut r = board(&q);
    r.sharing.members = MemberSharing::ByLabel;
    let c = consensus::consensus(&q, &r, Lang::En);
    assert_eq!(c.members, ["Voorzitter", "Penningmeester", "Secretaris"]);
    assert_eq!(c.open[0].texts[0].0, "Voorzitter");
    r.sharing.members = MemberSharing::Anonymous;
    let c = consensus::consensus(&q, &r, Lang::En);
    assert_eq!(c.members, ["Member 1", "Member 2", "Member 3"]);
    assert!(
        c.open
            .iter()
            .all(|o| o.texts.iter().all(|(n, _)| n.starts_with("Member")))
    );
}

#[test]
fn a_split_from_bottom_to_top_comes_before_one_across_the_middle() {
    let q = Questionnaire::builtin_v1();
    let mut r = Reflection::new(NetworkProfile::default(), &q);
    // four levels: 0–3 lies furthest apart; 1–2 crosses the middle;
    // 2–3 lies in the upper half and is no difference
    r.respondents = vec![
        member(
            "A",
            vec![
                ("waarde.erkenning", level(2)),
                ("waarde.niets-uitleggen", level(1)),
                ("waarde.nieuwe-leden", level(0)),
            ],
        ),
        member(
            "B",
            vec![
                ("waarde.erkenning", level(3)),
                ("waarde.niets-uitleggen", level(2)),
                ("waarde.nieuwe-leden", level(3)),
            ],
        ),
    ];
    let c = consensus::consensus(&q, &r, Lang::Nl);
    let list = consensus::least_consensus(&c);
    let ids: Vec<&str> = list.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["waarde.nieuwe-leden", "waarde.niets-uitleggen"]);
    assert!(list[0].spread > list[1].spread);
    assert_eq!(list[0].theme, 1, "with its theme");
}

#[test]
fn unreadable_answers_are_ignored_never_a_panic() {
    let q = Questionnaire::builtin_v1();
    let mut r = sample::full_reflection(&q, "x", 4);
    let garbage = [
        level(255),
        Answer::Position {
            now: Some(f32::NAN),
            desired: Some(-4.0),
        },
        single("bestaat-niet"),
        multiple(&["", "bestaat-niet"]),
        Answer::Open(String::new()),
    ];
    for (i, m) in r.respondents.iter_mut().enumerate() {
        for (k, e) in m.answers.values_mut().enumerate() {
            // every answer of the wrong kind or out of range
            let a = garbage[(i + k) % garbage.len()].clone();
            e.answer = Some(match (&e.answer, a) {
                (Some(Answer::Scale(_)), Answer::Scale(_)) => level(200),
                (Some(Answer::Open(_)), Answer::Open(_)) => level(1),
                (_, a) => a,
            });
        }
    }
    r.respondents.push(member("Leeg", vec![]));
    let c = consensus::consensus(&q, &r, Lang::Nl);
    assert!(
        c.statements.iter().all(
            |s| s.members.len() == 5 && s.members.iter().all(|m| *m == MemberScore::Unanswered)
        )
    );
    assert!(
        c.choices
            .iter()
            .all(|x| x.counts.iter().all(|(_, n)| *n == 0))
    );
    assert!(c.open.iter().all(|o| o.texts.is_empty()));
    assert!(consensus::least_consensus(&c).is_empty());
}
