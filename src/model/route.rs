//! Session routes: which themes and questions a session covers, in what
//! order, with a planned time per block. A facilitator picks one for the
//! evening ("one board evening", "a 90-minute workshop"); the guided
//! reflection, the presentation and the blank worksheet follow it, and the
//! self-assessment says which route was used and what it left out.
//!
//! A route is a small RON file beside the questionnaire it belongs to
//! (`questionnaires/routes/` in the program and in the data folder);
//! `questionnaires/README.md` documents it. Reading always validates
//! against the questionnaire: see [`crate::format::route`].

use serde::{Deserialize, Serialize};

use crate::lang::{Lang, Text};
use crate::model::questionnaire::{Question, Questionnaire, Theme};

/// The routes that come with the program, as (file name, source).
pub const BUILTIN_ROUTES: [(&str, &str); 4] = [
    (
        "questionnaires/routes/bestuursavond.ron",
        include_str!("../../questionnaires/routes/bestuursavond.ron"),
    ),
    (
        "questionnaires/routes/workshop-90.ron",
        include_str!("../../questionnaires/routes/workshop-90.ron"),
    ),
    (
        "questionnaires/routes/bestuursavond-2.0.ron",
        include_str!("../../questionnaires/routes/bestuursavond-2.0.ron"),
    ),
    (
        "questionnaires/routes/workshop-90-2.0.ron",
        include_str!("../../questionnaires/routes/workshop-90-2.0.ron"),
    ),
];

/// The folder, inside a data folder's `questionnaires/`, that holds routes.
pub const ROUTE_DIR: &str = "routes";

/// A route through a questionnaire: blocks in the order of the session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Route {
    /// A stable identifier, such as `"bestuursavond"`.
    pub id: String,
    /// The id of the questionnaire the route goes through.
    pub questionnaire: String,
    /// The version of that questionnaire the route was made for; empty:
    /// any version that has its themes and questions.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub version: String,
    /// The name a facilitator chooses it by.
    pub title: Text,
    /// What the session is for and how long it takes, in a sentence or two.
    #[serde(default)]
    pub description: Text,
    /// The blocks, in the order of the session.
    #[serde(default)]
    pub blocks: Vec<Block>,
}

/// One block of a route: questions of one theme, with a planned time.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Block {
    /// The id of the theme the questions come from.
    pub theme: String,
    /// A name for the block; the theme's title when left out.
    #[serde(default)]
    pub title: Text,
    /// The planned time, in minutes.
    pub minutes: u32,
    /// The ids of the questions, in the order of the session; empty means
    /// every question of the theme, in the questionnaire's order.
    #[serde(default)]
    pub questions: Vec<String>,
}

/// A block of a route with its theme and questions looked up.
#[derive(Debug, Clone, Copy)]
pub struct BlockView<'q> {
    /// The block's place in the route.
    pub index: usize,
    /// The block itself.
    pub block: &'q Block,
    /// The theme's place in the questionnaire.
    pub theme_index: usize,
    /// The theme.
    pub theme: &'q Theme,
}

impl Route {
    /// Returns the total planned time, in minutes.
    pub fn minutes(&self) -> u32 {
        self.blocks.iter().map(|b| b.minutes).sum()
    }

    /// Returns the blocks with their themes; a block whose theme the
    /// questionnaire lacks is passed over (a validated route has none).
    pub fn blocks_in<'q>(&'q self, q: &'q Questionnaire) -> Vec<BlockView<'q>> {
        self.blocks
            .iter()
            .enumerate()
            .filter_map(|(index, block)| {
                let theme_index = q.themes.iter().position(|t| t.id == block.theme)?;
                Some(BlockView {
                    index,
                    block,
                    theme_index,
                    theme: &q.themes[theme_index],
                })
            })
            .collect()
    }

    /// Returns the questions of a block, in the route's order.
    pub fn block_questions<'q>(&self, view: &BlockView<'q>) -> Vec<&'q Question> {
        if view.block.questions.is_empty() {
            return view.theme.questions.iter().collect();
        }
        view.block
            .questions
            .iter()
            .filter_map(|id| view.theme.questions.iter().find(|q| &q.id == id))
            .collect()
    }

    /// Returns the ids of every question the route covers, in its order.
    pub fn question_ids(&self, q: &Questionnaire) -> Vec<String> {
        self.blocks_in(q)
            .iter()
            .flat_map(|v| self.block_questions(v))
            .map(|question| question.id.clone())
            .collect()
    }

    /// Returns the number of questions the route covers.
    pub fn question_count(&self, q: &Questionnaire) -> usize {
        self.question_ids(q).len()
    }

    /// Returns the themes the route covers, in the order they first come,
    /// each with its questions in the route's order (a theme in two blocks
    /// comes once, with the questions of both): what the guided reflection
    /// shows.
    pub fn themes<'q>(&'q self, q: &'q Questionnaire) -> Vec<(usize, Vec<&'q Question>)> {
        let mut out: Vec<(usize, Vec<&Question>)> = Vec::new();
        for view in self.blocks_in(q) {
            let questions = self.block_questions(&view);
            match out.iter_mut().find(|(t, _)| *t == view.theme_index) {
                Some((_, list)) => {
                    for question in questions {
                        if !list.iter().any(|x| x.id == question.id) {
                            list.push(question);
                        }
                    }
                }
                None => out.push((view.theme_index, questions)),
            }
        }
        out
    }

    /// Returns the questions of the questionnaire that the route leaves
    /// out, with their themes, in the questionnaire's order.
    pub fn left_out<'q>(&self, q: &'q Questionnaire) -> Vec<(&'q Theme, &'q Question)> {
        let covered = self.question_ids(q);
        q.questions()
            .filter(|(_, question)| !covered.contains(&question.id))
            .collect()
    }

    /// Returns the questionnaire as the route walks it: only the themes it
    /// covers, in its order, each with only its questions in the route's
    /// order; ids, scales and texts as they were, so that answers (kept by
    /// question id) are the same answers. The guided reflection and the
    /// blank worksheet draw this questionnaire when a route is chosen.
    pub fn apply(&self, q: &Questionnaire) -> Questionnaire {
        let themes = self
            .themes(q)
            .into_iter()
            .map(|(t, questions)| Theme {
                questions: questions.into_iter().cloned().collect(),
                ..q.themes[t].clone()
            })
            .collect();
        Questionnaire {
            themes,
            ..q.clone()
        }
    }

    /// Returns the block's title: its own, else its theme's.
    pub fn block_title<'q>(view: &BlockView<'q>) -> &'q Text {
        if view.block.title.nl.trim().is_empty() && view.block.title.en.trim().is_empty() {
            &view.theme.title
        } else {
            &view.block.title
        }
    }
}

/// Returns how long a number of minutes is, in words: "90 min", "2½ uur".
pub fn duration_words(minutes: u32, lang: Lang) -> String {
    if minutes < 100 {
        return format!("{minutes} min");
    }
    let halves = (minutes + 15) / 30;
    let hours = halves / 2;
    let half = if halves % 2 == 1 { "½" } else { "" };
    match lang {
        Lang::Nl => format!("{hours}{half} uur"),
        Lang::En => format!("{hours}{half} hours"),
    }
}

/// Returns a route's name with its size: "Eén bestuursavond · 26 vragen ·
/// 2½ uur".
pub fn route_summary(route: &Route, q: &Questionnaire, lang: Lang) -> String {
    format!(
        "{} · {} {} · {}",
        route.title.get(lang),
        route.question_count(q),
        lang.pick("vragen", "questions"),
        duration_words(route.minutes(), lang)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn themes_merge_a_theme_in_two_blocks_and_left_out_is_the_rest() {
        let q = Questionnaire::builtin_v1();
        let route = Route {
            id: "t".into(),
            questionnaire: q.id.clone(),
            version: String::new(),
            title: Text::new("T", "T"),
            description: Text::default(),
            blocks: vec![
                Block {
                    theme: "waarde".into(),
                    title: Text::default(),
                    minutes: 10,
                    questions: vec!["waarde.blij-balen".into()],
                },
                Block {
                    theme: "missie".into(),
                    title: Text::default(),
                    minutes: 10,
                    questions: vec![],
                },
                Block {
                    theme: "waarde".into(),
                    title: Text::new("Terug", "Back"),
                    minutes: 10,
                    questions: vec!["waarde.erkenning".into()],
                },
            ],
        };
        let themes = route.themes(&q);
        let waarde = q.themes.iter().position(|t| t.id == "waarde").unwrap();
        let missie = q.themes.iter().position(|t| t.id == "missie").unwrap();
        assert_eq!(themes.len(), 2);
        assert_eq!(themes[0].0, waarde);
        let ids: Vec<&str> = themes[0].1.iter().map(|x| x.id.as_str()).collect();
        assert_eq!(ids, ["waarde.blij-balen", "waarde.erkenning"]);
        assert_eq!(themes[1].0, missie);
        assert_eq!(themes[1].1.len(), q.themes[missie].questions.len());
        let covered = 2 + q.themes[missie].questions.len();
        assert_eq!(route.question_count(&q), covered);
        assert_eq!(route.left_out(&q).len(), q.question_count() - covered);
        assert_eq!(route.minutes(), 30);
        let walked = route.apply(&q);
        assert_eq!(walked.id, q.id);
        assert_eq!(walked.themes.len(), 2);
        assert_eq!(walked.themes[0].questions[1].id, "waarde.erkenning");
        assert_eq!(walked.question_count(), covered);
        assert_eq!(walked.scales, q.scales);
    }
}
