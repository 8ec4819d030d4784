//! What a network of one kind sees of a questionnaire: only the questions
//! for its kind, in the wording for its kind ("collega's" where a student
//! association reads "leden"), and what was left out because of its kind.
//! The window (the session, then its route), the worksheet and the
//! self-assessment all read the questionnaire through
//! [`Questionnaire::for_kind`].

use crate::model::questionnaire::{Question, QuestionKind, Questionnaire, Scale, Theme};
use crate::model::reflection::NetworkKind;

impl Questionnaire {
    /// Returns the questionnaire as a network of this kind reads it: only
    /// the questions for its kind, each in its kind's wording (the other
    /// wordings dropped), without themes that keep no question and without
    /// poll items and asks whose question is gone. Ids, scales and kinds
    /// stay as they were, so that answers are the same answers and doing
    /// it twice changes nothing.
    pub fn for_kind(&self, kind: NetworkKind) -> Questionnaire {
        let themes: Vec<Theme> = self
            .themes
            .iter()
            .map(|t| Theme {
                questions: t
                    .questions
                    .iter()
                    .filter(|q| q.applies_to(kind))
                    .map(|q| worded_for(q, kind))
                    .collect(),
                ..t.clone()
            })
            .filter(|t| !t.questions.is_empty())
            .collect();
        let kept = |id: &str| {
            themes
                .iter()
                .any(|t| t.questions.iter().any(|q| q.id == id))
        };
        let poll = self.poll.as_ref().map(|p| {
            let mut p = p.clone();
            p.items.retain(|i| kept(&i.question));
            p
        });
        Questionnaire {
            asks: self.asks.iter().filter(|id| kept(id)).cloned().collect(),
            poll,
            themes,
            ..self.clone()
        }
    }

    /// Returns the questions that are not for a network of this kind, with
    /// their themes, in the questionnaire's order: what the self-assessment
    /// and the worksheet say they left out.
    pub fn left_out_for_kind(&self, kind: NetworkKind) -> Vec<(&Theme, &Question)> {
        self.questions()
            .filter(|(_, q)| !q.applies_to(kind))
            .collect()
    }

    /// Returns the scale a statement is scored on, with the statement's own
    /// level descriptions in place of the scale's where it has them.
    pub fn scale_of(&self, question: &Question) -> Option<Scale> {
        let QuestionKind::Scale {
            scale,
            descriptions,
        } = &question.kind
        else {
            return None;
        };
        let mut scale = self.scale(scale)?.clone();
        if descriptions.len() == scale.levels.len() {
            for (level, d) in scale.levels.iter_mut().zip(descriptions) {
                level.description = d.clone();
            }
        }
        Some(scale)
    }
}

/// Returns a question in the wording for this kind of network.
fn worded_for(q: &Question, kind: NetworkKind) -> Question {
    let mut out = q.clone();
    out.variants.clear();
    let Some(v) = q.variant(kind) else {
        return out;
    };
    out.prompt = v.prompt.clone();
    if !v.hint.is_empty() {
        match &mut out.kind {
            QuestionKind::Open { hint } if q.hint.is_empty() => *hint = v.hint.clone(),
            _ => out.hint = v.hint.clone(),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Text;
    use crate::model::questionnaire::Variant;

    fn text(s: &str) -> Text {
        Text {
            nl: s.to_owned(),
            en: s.to_owned(),
        }
    }

    fn sample() -> Questionnaire {
        let mut students =
            Question::new("a", text("leden"), QuestionKind::Open { hint: text("h") });
        students.variants.push(Variant {
            kinds: vec![NetworkKind::Employee],
            prompt: text("collega's"),
            hint: text("hc"),
        });
        let mut only = Question::new("b", text("stage"), QuestionKind::Open { hint: text("") });
        only.kinds = vec![NetworkKind::StudentAssociation];
        let q = Questionnaire::builtin();
        Questionnaire {
            themes: vec![
                Theme {
                    id: "t1".into(),
                    title: text("T1"),
                    introduction: text("i"),
                    questions: vec![students, only.clone()],
                },
                Theme {
                    id: "t2".into(),
                    title: text("T2"),
                    introduction: text("i"),
                    questions: vec![Question {
                        id: "c".into(),
                        ..only
                    }],
                },
            ],
            asks: vec!["b".into(), "a".into()],
            poll: None,
            ..q
        }
    }

    #[test]
    fn an_employee_network_reads_its_own_words_and_loses_student_questions() {
        let q = sample();
        let e = q.for_kind(NetworkKind::Employee);
        assert_eq!(
            e.themes.len(),
            1,
            "a theme with no question left is dropped"
        );
        assert_eq!(e.question_count(), 1);
        let a = e.question("a").unwrap();
        assert_eq!(a.prompt.nl, "collega's");
        assert_eq!(a.hint_for(NetworkKind::Employee).nl, "hc");
        assert!(a.variants.is_empty());
        assert_eq!(e.asks, vec!["a".to_owned()]);
        let left: Vec<&str> = q
            .left_out_for_kind(NetworkKind::Employee)
            .iter()
            .map(|(_, q)| q.id.as_str())
            .collect();
        assert_eq!(left, ["b", "c"]);
        // twice is once
        assert_eq!(e.for_kind(NetworkKind::Employee), e);
    }

    #[test]
    fn a_student_association_keeps_everything_in_the_first_wording() {
        let q = sample();
        let s = q.for_kind(NetworkKind::StudentAssociation);
        assert_eq!(s.question_count(), 3);
        assert_eq!(s.question("a").unwrap().prompt.nl, "leden");
        assert_eq!(
            s.question("a")
                .unwrap()
                .hint_for(NetworkKind::StudentAssociation)
                .nl,
            "h"
        );
        assert!(
            q.left_out_for_kind(NetworkKind::StudentAssociation)
                .is_empty()
        );
    }
}
