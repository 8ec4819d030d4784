//! How far a reflection got: per theme the answered questions, the handled
//! ones (answered or skipped on purpose), and the questions still to
//! discuss or still open.

use std::collections::BTreeMap;

use crate::model::answer::Entry;
use crate::model::questionnaire::Questionnaire;

/// How far one theme got.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ThemeProgress {
    /// The theme's index in the questionnaire.
    pub theme: usize,
    /// Questions with an answer that can be shown.
    pub answered: usize,
    /// Questions answered or skipped on purpose.
    pub handled: usize,
    /// Questions in the theme.
    pub total: usize,
    /// The indexes of the questions marked to discuss later.
    pub later: Vec<usize>,
    /// The indexes of the questions neither handled nor marked to discuss
    /// later.
    pub open: Vec<usize>,
}

/// How far the whole reflection got.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Totals {
    /// Questions with an answer that can be shown.
    pub answered: usize,
    /// Questions answered or skipped on purpose.
    pub handled: usize,
    /// Questions in the questionnaire.
    pub total: usize,
    /// Questions marked to discuss later.
    pub later: usize,
}

/// Returns whether a question counts as handled: answered so that it can be
/// shown, or skipped on purpose.
pub fn is_handled(entry: Option<&Entry>, answered: bool) -> bool {
    answered || entry.is_some_and(|e| e.skipped)
}

/// Computes the progress of every theme of `q` for a set of answers.
pub fn progress(q: &Questionnaire, answers: &BTreeMap<String, Entry>) -> Vec<ThemeProgress> {
    q.themes
        .iter()
        .enumerate()
        .map(|(ti, theme)| {
            let mut p = ThemeProgress {
                theme: ti,
                total: theme.questions.len(),
                ..ThemeProgress::default()
            };
            for (qi, question) in theme.questions.iter().enumerate() {
                let entry = answers.get(&question.id);
                let answered = entry.is_some_and(|e| e.answers(question, q));
                let handled = is_handled(entry, answered);
                p.answered += usize::from(answered);
                p.handled += usize::from(handled);
                if entry.is_some_and(|e| e.discuss_later) {
                    p.later.push(qi);
                } else if !handled {
                    p.open.push(qi);
                }
            }
            p
        })
        .collect()
}

/// Adds up the progress of all themes.
pub fn totals(themes: &[ThemeProgress]) -> Totals {
    themes.iter().fold(Totals::default(), |t, p| Totals {
        answered: t.answered + p.answered,
        handled: t.handled + p.handled,
        total: t.total + p.total,
        later: t.later + p.later.len(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::answer::Answer;

    fn entry(answer: Option<Answer>, later: bool, skipped: bool) -> Entry {
        Entry {
            answer,
            discuss_later: later,
            skipped,
            ..Entry::default()
        }
    }

    #[test]
    fn skipped_counts_as_handled_and_later_is_listed_once() {
        let q = Questionnaire::builtin_v1();
        let t0 = &q.themes[0];
        let open = t0
            .questions
            .iter()
            .position(|qu| {
                matches!(
                    qu.kind,
                    crate::model::questionnaire::QuestionKind::Open { .. }
                )
            })
            .expect("theme 1 has an open question");
        let others: Vec<usize> = (0..t0.questions.len()).filter(|i| *i != open).collect();
        let mut answers = BTreeMap::new();
        answers.insert(
            t0.questions[open].id.clone(),
            entry(Some(Answer::Open("ja".into())), false, false),
        );
        answers.insert(t0.questions[others[0]].id.clone(), entry(None, false, true));
        answers.insert(t0.questions[others[1]].id.clone(), entry(None, true, false));
        let all = progress(&q, &answers);
        let p = &all[0];
        assert_eq!(p.answered, 1);
        assert_eq!(p.handled, 2);
        assert_eq!(p.total, t0.questions.len());
        assert_eq!(p.later, vec![others[1]]);
        assert!(!p.open.contains(&open));
        assert!(!p.open.contains(&others[0]));
        assert!(!p.open.contains(&others[1]));
        assert_eq!(p.open.len(), t0.questions.len() - 3);
        let t = totals(&all);
        assert_eq!(t.total, q.question_count());
        assert_eq!((t.answered, t.handled, t.later), (1, 2, 1));
    }
}
