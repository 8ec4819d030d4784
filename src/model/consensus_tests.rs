//! Unit tests of [`super`]: spreads, halves, text alternatives and order.

use super::*;
use crate::lang::Text;
use crate::model::questionnaire::{Level as ScaleLevel, Question, Theme};

fn spread(levels: usize, members: Vec<MemberScore>) -> StatementSpread {
    StatementSpread {
        theme: 0,
        index: 0,
        id: "s".into(),
        levels,
        members,
    }
}

fn lv(v: &[usize]) -> Vec<MemberScore> {
    v.iter().map(|l| MemberScore::Level(*l)).collect()
}

fn scale4() -> Scale {
    let labels = [
        ("Nog niet", "Not yet"),
        ("Een beetje", "A little"),
        ("Grotendeels", "Mostly"),
        ("Helemaal", "Fully"),
    ];
    Scale {
        id: "mate".into(),
        levels: labels
            .iter()
            .map(|(nl, en)| ScaleLevel {
                label: Text::new(*nl, *en),
                description: Text::default(),
            })
            .collect(),
        dont_know: true,
        not_applicable: true,
    }
}

#[test]
fn median_and_range_read_only_levels() {
    let mut m = lv(&[3, 0, 2, 2]);
    m.push(MemberScore::DontKnow);
    m.push(MemberScore::Unanswered);
    let s = spread(4, m);
    assert_eq!(s.range(), Some((0, 3)));
    assert_eq!(s.median(), Some(2.0));
    assert_eq!(s.counts(), vec![1, 0, 2, 1]);
    assert_eq!(spread(4, lv(&[0, 3])).median(), Some(1.5));
    assert_eq!(spread(4, lv(&[1, 1, 3])).median(), Some(1.0));
    let none = spread(4, vec![MemberScore::DontKnow, MemberScore::NotApplicable]);
    assert_eq!(
        (none.median(), none.range(), none.spread()),
        (None, None, 0)
    );
    assert!(!none.differs());
}

#[test]
fn halves_decide_a_split_of_one_level() {
    // four levels: 0 and 1 are the lower half, 2 and 3 the upper half
    assert!(spread(4, lv(&[1, 2])).both_halves());
    assert!(
        spread(4, lv(&[1, 2])).differs(),
        "a 1–2 split crosses the middle"
    );
    assert!(
        !spread(4, lv(&[2, 3])).differs(),
        "2–3 lies in the upper half"
    );
    assert!(!spread(4, lv(&[0, 1, 1])).differs());
    // five levels: the middle level 2 lies in neither half
    assert!(!spread(5, lv(&[2, 3])).differs());
    assert!(!spread(5, lv(&[1, 2])).differs());
    assert!(spread(5, lv(&[1, 3])).differs(), "two levels apart");
    assert!(spread(4, lv(&[0, 2])).differs());
    assert!(!spread(4, lv(&[2, 2, 2])).differs());
}

#[test]
fn the_text_alternative_counts_every_member() {
    let mut m = lv(&[2, 1, 2, 2]);
    m.push(MemberScore::DontKnow);
    let s = spread(4, m);
    assert_eq!(
        s.describe(&scale4(), Lang::Nl),
        "3 leden: Grotendeels, 1: Een beetje, 1 weet het niet"
    );
    assert_eq!(
        s.describe(&scale4(), Lang::En),
        "3 members: Mostly, 1: A little, 1 does not know"
    );
    let s = spread(
        4,
        vec![
            MemberScore::Level(0),
            MemberScore::NotApplicable,
            MemberScore::NotApplicable,
            MemberScore::Unanswered,
        ],
    );
    assert_eq!(
        s.describe(&scale4(), Lang::Nl),
        "1 lid: Nog niet, 2 vinden het niet van toepassing, 1 gaf geen antwoord"
    );
    // equal counts: the higher level first
    assert_eq!(
        spread(4, lv(&[0, 3])).describe(&scale4(), Lang::En),
        "1 member: Fully, 1: Not yet"
    );
}

#[test]
fn positions_spread_per_marker() {
    let p = PositionSpread {
        theme: 0,
        index: 0,
        id: "p".into(),
        members: vec![
            (Some(0.0), Some(1.0)),
            (Some(0.25), None),
            (None, Some(0.75)),
            (None, None),
        ],
    };
    assert_eq!(p.now_spread(), Some(0.25));
    assert_eq!(p.goal_spread(), Some(0.25));
    assert!(!p.differs());
    let wide = PositionSpread {
        members: vec![(Some(0.0), Some(0.5)), (Some(0.5), Some(0.5))],
        ..p.clone()
    };
    assert!(wide.differs(), "half the track apart");
    let empty = PositionSpread {
        members: vec![(None, None)],
        ..p
    };
    assert_eq!((empty.now_spread(), empty.share()), (None, 0.0));
}

fn questionnaire() -> Questionnaire {
    let stmt = |id: &str| {
        Question::new(
            id,
            Text::new(id, id),
            QuestionKind::Scale {
                scale: "mate".into(),
                descriptions: Vec::new(),
            },
        )
    };
    Questionnaire {
        id: "t".into(),
        version: "1".into(),
        title: Text::new("t", "t"),
        introduction: Text::default(),
        asks: Vec::new(),
        poll: None,
        scales: vec![scale4()],
        themes: vec![Theme {
            id: "a".into(),
            title: Text::new("A", "A"),
            introduction: Text::default(),
            questions: vec![stmt("a1"), stmt("a2"), stmt("a3"), stmt("a4")],
        }],
    }
}

#[test]
fn least_consensus_puts_the_widest_split_first_and_ignores_unreadable_answers() {
    use crate::model::reflection::{Entry, NetworkProfile, Respondent};
    let q = questionnaire();
    let mut r = Reflection::new(NetworkProfile::default(), &q);
    // a1: 1–2 (both halves), a2: 2–3 (no difference), a3: 0–3, a4: 1–2
    let answers = [
        [Some(1u8), Some(2), Some(0), Some(1)],
        [Some(2), Some(3), Some(3), Some(2)],
        [None, Some(200), Some(2), Some(77)],
    ];
    r.respondents = answers
        .iter()
        .enumerate()
        .map(|(i, row)| Respondent {
            id: format!("m{i}"),
            label: format!("Penningmeester {i}"),
            answers: row
                .iter()
                .enumerate()
                .filter_map(|(k, l)| {
                    l.map(|l| {
                        (
                            format!("a{}", k + 1),
                            Entry {
                                answer: Some(Answer::Scale(ScaleAnswer::Level(l))),
                                ..Entry::default()
                            },
                        )
                    })
                })
                .collect(),
        })
        .collect();
    let c = consensus(&q, &r, Lang::Nl);
    assert_eq!(c.members, ["Lid 1", "Lid 2", "Lid 3"]);
    assert_eq!(
        c.statements[1].members[2],
        MemberScore::Unanswered,
        "level 200"
    );
    let ids: Vec<String> = least_consensus(&c).into_iter().map(|d| d.id).collect();
    assert_eq!(ids, ["a3", "a1", "a4"]);
    r.sharing.members = MemberSharing::ByLabel;
    r.respondents[1].label = "  ".into();
    assert_eq!(
        member_names(&r, Lang::En),
        ["Penningmeester 0", "Member 2", "Penningmeester 2"]
    );
}
