//! Validating the member poll of a questionnaire: complete texts, 2 to 12
//! items, each a scale statement polled once, with as many answers as
//! that statement's scale has levels.

use std::collections::HashMap;

use super::{Need, Validator};
use crate::model::questionnaire::{Poll, QuestionKind, Questionnaire};

/// The fewest and most questions a member poll may have.
pub const POLL_ITEMS: (usize, usize) = (2, 12);

impl Validator {
    /// Checks the member poll, if the questionnaire has one.
    pub(super) fn poll(&mut self, q: &Questionnaire) {
        let Some(poll) = &q.poll else { return };
        let p = "poll[0]";
        self.text(
            &format!("{p}.introduction"),
            &poll.introduction,
            Need::Required,
            "De inleiding van de ledenpeiling",
            "The introduction of the member poll",
        );
        if poll.answers.len() < 2 {
            self.push(
                &format!("{p}.answers"),
                format!(
                    "de ledenpeiling heeft {} antwoord(en); geef er één per niveau van de schaal",
                    poll.answers.len()
                ),
                format!(
                    "the member poll has {} answer(s); give one per level of the scale",
                    poll.answers.len()
                ),
            );
        }
        for (i, a) in poll.answers.iter().enumerate() {
            self.text(
                &format!("{p}.answers[{i}]"),
                a,
                Need::Required,
                &format!("Antwoord {} van de ledenpeiling", i + 1),
                &format!("Answer {} of the member poll", i + 1),
            );
        }
        let (min, max) = POLL_ITEMS;
        if poll.items.len() < min || poll.items.len() > max {
            self.push(
                &format!("{p}.items"),
                format!(
                    "de ledenpeiling heeft {} vraag/vragen; geef haar tussen {min} en {max} vragen",
                    poll.items.len()
                ),
                format!(
                    "the member poll has {} question(s); give it between {min} and {max} questions",
                    poll.items.len()
                ),
            );
        }
        let mut seen = HashMap::new();
        for (i, item) in poll.items.iter().enumerate() {
            let ip = format!("{p}.items[{i}]");
            let qid = item.question.as_str();
            self.text(
                &format!("{ip}.prompt"),
                &item.prompt,
                Need::Required,
                &format!("Peilingsvraag {} (\"{qid}\")", i + 1),
                &format!("Poll question {} (\"{qid}\")", i + 1),
            );
            let at = format!("{ip}.question");
            if let Some(first) = seen.get(qid).copied() {
                let first: crate::format::scan::Pos = first;
                self.push(
                    &at,
                    format!(
                        "de ledenpeiling vraagt twee keer naar stelling \"{qid}\" (ook op regel {}, kolom {}); haal er één weg",
                        first.line, first.column
                    ),
                    format!(
                        "the member poll asks about statement \"{qid}\" twice (also at line {}, column {}); remove one",
                        first.line, first.column
                    ),
                );
                continue;
            }
            seen.insert(qid, self.at(&at));
            self.poll_item(q, poll, &at, qid);
        }
    }

    /// Checks that a polled question is a scale statement whose scale has
    /// as many levels as the poll has answers.
    fn poll_item(&mut self, q: &Questionnaire, poll: &Poll, at: &str, qid: &str) {
        let Some(question) = q.question(qid) else {
            self.push(
                at,
                format!(
                    "de ledenpeiling noemt vraag \"{qid}\", maar die staat niet in de vragenlijst; gebruik de id van een stelling"
                ),
                format!(
                    "the member poll names question \"{qid}\", but the questionnaire has no such question; use the id of a statement"
                ),
            );
            return;
        };
        let QuestionKind::Scale { scale, .. } = &question.kind else {
            self.push(
                at,
                format!(
                    "de ledenpeiling noemt vraag \"{qid}\", maar dat is geen stelling met een schaal; peil alleen stellingen (kind: Scale)"
                ),
                format!(
                    "the member poll names question \"{qid}\", which is not a statement on a scale; poll only statements (kind: Scale)"
                ),
            );
            return;
        };
        // a missing scale is reported at the question itself
        let Some(levels) = q.scale(scale).map(|s| s.levels.len()) else {
            return;
        };
        let answers = poll.answers.len();
        if levels != answers {
            self.push(
                at,
                format!(
                    "stelling \"{qid}\" heeft een schaal met {levels} niveaus, maar de ledenpeiling heeft {answers} antwoorden; maak die gelijk of peil een andere stelling"
                ),
                format!(
                    "statement \"{qid}\" has a scale of {levels} levels, but the member poll has {answers} answers; make them equal or poll another statement"
                ),
            );
        }
    }
}
