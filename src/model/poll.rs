//! The member poll's tallies: how many members answered, and per polled
//! statement how many ticked each answer (and "don't know"), to show
//! beside the board's own score.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::questionnaire::{Poll, Questionnaire};

/// The tallies of a member poll, as the board counted them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PollTally {
    /// How many members handed in the poll.
    #[serde(default)]
    pub count: u32,
    /// Per polled statement (by question id): one count per answer of the
    /// poll, low to high, then the count of "don't know".
    #[serde(default)]
    pub counts: BTreeMap<String, Vec<u32>>,
}

/// The tally of one polled statement, ready to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemTally {
    /// How many members handed in the poll.
    pub count: u32,
    /// One count per answer, low to high.
    pub answers: Vec<u32>,
    /// How many ticked "don't know".
    pub dont_know: u32,
}

impl PollTally {
    /// Tells whether nothing was counted: no members and no ticks.
    pub fn is_empty(&self) -> bool {
        self.count == 0 && self.counts.values().all(|c| c.iter().all(|n| *n == 0))
    }

    /// Returns the counts of a statement, sized for `poll` (one per answer
    /// and "don't know"), made empty when missing; for entering tallies.
    pub fn counts_mut(&mut self, question: &str, poll: &Poll) -> &mut Vec<u32> {
        let len = poll.answers.len() + 1;
        let counts = self.counts.entry(question.to_owned()).or_default();
        if counts.len() != len {
            counts.resize(len, 0);
        }
        counts
    }

    /// Returns the tally of a polled statement, when the questionnaire
    /// polls it and something was counted for it.
    pub fn item(&self, questionnaire: &Questionnaire, question: &str) -> Option<ItemTally> {
        let poll = questionnaire.poll.as_ref()?;
        poll.items.iter().find(|i| i.question == question)?;
        let counts = self.counts.get(question)?;
        if counts.len() != poll.answers.len() + 1 || counts.iter().all(|n| *n == 0) {
            return None;
        }
        let (answers, dont_know) = counts.split_at(poll.answers.len());
        Some(ItemTally {
            count: self.count,
            answers: answers.to_vec(),
            dont_know: dont_know[0],
        })
    }
}

impl ItemTally {
    /// Returns how many members ticked a box for this statement.
    pub fn ticked(&self) -> u32 {
        self.answers.iter().sum::<u32>() + self.dont_know
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_until_something_is_counted() {
        let mut t = PollTally::default();
        assert!(t.is_empty());
        t.counts.insert("a".into(), vec![0, 0, 0]);
        assert!(t.is_empty());
        t.counts.insert("a".into(), vec![0, 1, 0]);
        assert!(!t.is_empty());
    }
}
