//! Moving a reflection to a newer version of its questionnaire, on the
//! board's request: what carries over, what is new, and what is kept aside.
//! Nothing is dropped: answers to questions the new version no longer has
//! stay in the file, listed as kept aside.

use std::collections::BTreeSet;

use crate::model::questionnaire::Questionnaire;
use crate::model::reflection::{QuestionnaireRef, Reflection};

/// What moving a reflection to another version of its questionnaire does.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MovePlan {
    /// The ids of answered questions that the new version has too: their
    /// answers carry over as they are.
    pub carried: Vec<String>,
    /// The ids of questions the old version did not have: new, unanswered.
    pub new: Vec<String>,
    /// The ids of answered questions the new version no longer has: their
    /// answers stay in the file and are listed, never dropped.
    pub kept_aside: Vec<String>,
    /// The ids of answers (the board's or a member's) that would not fit
    /// the new version's question, such as an option it no longer offers:
    /// while there are any, the move is refused.
    pub unfit: Vec<String>,
}

impl MovePlan {
    /// Tells whether the move can be made without losing an answer.
    pub fn can_move(&self) -> bool {
        self.unfit.is_empty()
    }
}

/// Works out what moving `r` (answered on `from`) to `to` would do.
pub fn plan_move(r: &Reflection, from: &Questionnaire, to: &Questionnaire) -> MovePlan {
    let mut plan = MovePlan::default();
    let mut unfit = BTreeSet::new();
    for (id, entry) in &r.agreed {
        if entry.is_empty() {
            continue;
        }
        if to.question(id).is_some() {
            plan.carried.push(id.clone());
        } else {
            plan.kept_aside.push(id.clone());
        }
    }
    let answers = r
        .agreed
        .iter()
        .chain(r.respondents.iter().flat_map(|m| m.answers.iter()));
    for (id, entry) in answers {
        let (Some(question), Some(answer)) = (to.question(id), entry.answer.as_ref()) else {
            continue;
        };
        if answer.check(question, to).is_err() {
            unfit.insert(id.clone());
        }
    }
    plan.unfit = unfit.into_iter().collect();
    plan.new = to
        .questions()
        .filter(|(_, q)| from.question(&q.id).is_none())
        .map(|(_, q)| q.id.clone())
        .collect();
    plan
}

/// Moves `r` to `to` when the plan allows it: the reflection then names the
/// new version, and every answer stays where it was. Returns the plan; when
/// it has unfit answers, `r` is left as it was.
pub fn move_to(r: &mut Reflection, from: &Questionnaire, to: &Questionnaire) -> MovePlan {
    let plan = plan_move(r, from, to);
    if plan.can_move() {
        r.questionnaire = QuestionnaireRef {
            id: to.id.clone(),
            version: to.version.clone(),
        };
    }
    plan
}
