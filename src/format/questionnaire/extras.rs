//! Validating what questionnaire 2.0 added to a question: the hint and the
//! evidence hint of a statement or position, a statement's own level
//! descriptions, the kinds of network a question is for, and its wordings
//! for some kinds.

use super::{Need, Validator};
use crate::model::questionnaire::{Question, QuestionKind, Questionnaire};
use crate::model::reflection::NetworkKind;

/// Returns the name of a kind of network as the file spells it.
fn spelled(kind: NetworkKind) -> String {
    format!("{kind:?}")
}

impl Validator {
    /// Checks a question's hint, evidence hint, level descriptions, kinds
    /// and variants; `qp` is its path in the file.
    pub(super) fn extras(&mut self, q: &Questionnaire, qp: &str, question: &Question) {
        let qid = &question.id;
        let open = matches!(question.kind, QuestionKind::Open { .. });
        let hinted = question.asks_evidence();
        if !question.hint.is_empty() && !hinted {
            let (nl, en) = if open {
                (
                    format!(
                        "vraag \"{qid}\" is een open vraag; zet haar hint in kind: Open(hint: ...) in plaats van in hint"
                    ),
                    format!(
                        "question \"{qid}\" is an open question; put its hint in kind: Open(hint: ...) instead of in hint"
                    ),
                )
            } else {
                (
                    format!(
                        "vraag \"{qid}\" is een keuzevraag; een hint hoort alleen bij een stelling (Scale) of positie (Position); zet wat ze nodig heeft in de vraag zelf"
                    ),
                    format!(
                        "question \"{qid}\" is a choice question; a hint belongs only to a statement (Scale) or position (Position); put what it needs in the question itself"
                    ),
                )
            };
            self.push(&format!("{qp}.hint"), nl, en);
        }
        self.text(
            &format!("{qp}.hint"),
            &question.hint,
            Need::Optional,
            &format!("De hint van vraag \"{qid}\""),
            &format!("The hint of question \"{qid}\""),
        );
        if !question.evidence.is_empty() && !hinted {
            self.push(
                &format!("{qp}.evidence"),
                format!(
                    "vraag \"{qid}\" krijgt geen veld \"Hoe weten jullie dit?\"; evidence hoort alleen bij een stelling (Scale) of positie (Position); haal het weg"
                ),
                format!(
                    "question \"{qid}\" has no \"How do you know?\" field; evidence belongs only to a statement (Scale) or position (Position); remove it"
                ),
            );
        }
        self.text(
            &format!("{qp}.evidence"),
            &question.evidence,
            Need::Optional,
            &format!("De bewijshint van vraag \"{qid}\""),
            &format!("The evidence hint of question \"{qid}\""),
        );
        if let QuestionKind::Scale {
            scale,
            descriptions,
        } = &question.kind
            && !descriptions.is_empty()
            && let Some(s) = q.scale(scale)
        {
            let dp = format!("{qp}.kind.descriptions");
            if descriptions.len() != s.levels.len() {
                self.push(
                    &dp,
                    format!(
                        "vraag \"{qid}\" heeft {} niveaubeschrijving(en), maar schaal \"{scale}\" heeft {} niveaus; geef er één per niveau, of geen",
                        descriptions.len(),
                        s.levels.len()
                    ),
                    format!(
                        "question \"{qid}\" has {} level description(s), but scale \"{scale}\" has {} levels; give one per level, or none",
                        descriptions.len(),
                        s.levels.len()
                    ),
                );
            }
            for (i, d) in descriptions.iter().enumerate() {
                self.text(
                    &format!("{dp}[{i}]"),
                    d,
                    Need::Required,
                    &format!("Niveaubeschrijving {} van vraag \"{qid}\"", i + 1),
                    &format!("Level description {} of question \"{qid}\"", i + 1),
                );
            }
        }
        self.kinds(qp, question);
    }

    fn kinds(&mut self, qp: &str, question: &Question) {
        let qid = &question.id;
        let mut seen: Vec<NetworkKind> = Vec::new();
        for kind in &question.kinds {
            if seen.contains(kind) {
                let k = spelled(*kind);
                self.push(
                    &format!("{qp}.kinds"),
                    format!("vraag \"{qid}\" noemt {k} twee keer in kinds; noem elk soort netwerk één keer"),
                    format!("question \"{qid}\" names {k} twice in kinds; name every kind of network once"),
                );
            }
            seen.push(*kind);
        }
        let mut worded: Vec<(NetworkKind, usize)> = Vec::new();
        for (i, v) in question.variants.iter().enumerate() {
            let vp = format!("{qp}.variants[{i}]");
            if v.kinds.is_empty() {
                self.push(
                    &format!("{vp}.kinds"),
                    format!(
                        "variant {} van vraag \"{qid}\" noemt geen soort netwerk; zet in kinds voor wie deze tekst is, zoals [Employee]",
                        i + 1
                    ),
                    format!(
                        "variant {} of question \"{qid}\" names no kind of network; put in kinds who this wording is for, such as [Employee]",
                        i + 1
                    ),
                );
            }
            for kind in &v.kinds {
                let k = spelled(*kind);
                if !question.applies_to(*kind) {
                    self.push(
                        &format!("{vp}.kinds"),
                        format!(
                            "variant {} van vraag \"{qid}\" is voor {k}, maar de vraag zelf is niet voor {k}; voeg {k} toe aan de kinds van de vraag of haal het hier weg",
                            i + 1
                        ),
                        format!(
                            "variant {} of question \"{qid}\" is for {k}, but the question itself is not for {k}; add {k} to the question's kinds or remove it here",
                            i + 1
                        ),
                    );
                }
                let first = worded.iter().find(|(k, _)| k == kind).map(|(_, at)| *at);
                worded.push((*kind, i));
                if let Some(first) = first {
                    self.push(
                        &format!("{vp}.kinds"),
                        format!(
                            "vraag \"{qid}\" heeft voor {k} twee varianten (ook variant {}); geef elk soort netwerk hoogstens één variant",
                            first + 1
                        ),
                        format!(
                            "question \"{qid}\" has two variants for {k} (also variant {}); give every kind of network at most one variant",
                            first + 1
                        ),
                    );
                }
            }
            self.text(
                &format!("{vp}.prompt"),
                &v.prompt,
                Need::Required,
                &format!("Variant {} van vraag \"{qid}\"", i + 1),
                &format!("Variant {} of question \"{qid}\"", i + 1),
            );
            if !v.hint.is_empty()
                && !matches!(
                    question.kind,
                    QuestionKind::Open { .. }
                        | QuestionKind::Scale { .. }
                        | QuestionKind::Position { .. }
                )
            {
                self.push(
                    &format!("{vp}.hint"),
                    format!(
                        "variant {} van vraag \"{qid}\" heeft een hint, maar een keuzevraag heeft geen hint; haal hem weg",
                        i + 1
                    ),
                    format!(
                        "variant {} of question \"{qid}\" has a hint, but a choice question has none; remove it",
                        i + 1
                    ),
                );
            }
            self.text(
                &format!("{vp}.hint"),
                &v.hint,
                Need::Optional,
                &format!("De hint van variant {} van vraag \"{qid}\"", i + 1),
                &format!("The hint of variant {} of question \"{qid}\"", i + 1),
            );
        }
    }
}
