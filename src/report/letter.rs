//! The data of the feedback letter: the officer's feedback to one network
//! (in general and per theme) beside that network's own summary — the
//! radar, the level per theme, the positions, and the action points when
//! the board shared them — with every text resolved in one language.
//!
//! Private notes are never read: the letter goes back to the board, and
//! the review has emptied them already.

use serde::Serialize;

use crate::lang::Lang;
use crate::model::analysis;
use crate::report::answers::{self, Ctx, PositionView};
use crate::report::self_assessment::{ActionView, Chart, action, chart};
use crate::report::text::{LONGEST_WORD, LONGEST_WORD_MEDIUM, Shaper};
use crate::report::words::{Words, long_date, words};
use crate::review::ReviewEntry;
use crate::review::feedback::Feedback;

/// One theme of the letter: how the board saw it, and the feedback on it.
#[derive(Debug, Clone, Serialize)]
pub struct LetterTheme {
    /// The theme's number, or none for a theme the questionnaire lacks.
    pub number: Option<usize>,
    /// The theme's title (its id when the questionnaire is unknown).
    pub title: String,
    /// The board's average: "2,4 · Grotendeels", or "" for a theme
    /// without statements.
    pub level: String,
    /// The average from 0 to 1, for the bar; none without one.
    pub value: Option<f64>,
    /// "7 van 9 stellingen beantwoord", or "".
    pub answered: String,
    /// The officer's feedback on the theme, in paragraphs (may be empty).
    pub feedback: Vec<String>,
}

/// Everything the feedback letter template reads.
#[derive(Debug, Clone, Serialize)]
pub struct FeedbackLetter {
    /// `nl` or `en`.
    pub lang: &'static str,
    /// The words of the document.
    pub words: Words,
    /// The network's name.
    pub network: String,
    /// The board year.
    pub board_year: String,
    /// "Studentenvereniging · Hogeschool Rotterdam".
    pub about: String,
    /// The date of the letter.
    pub date: String,
    /// The network and board year for the page footer.
    pub footer: String,
    /// "40 van 54 vragen beantwoord (74%)", or "" when the questionnaire
    /// is unknown.
    pub completeness: String,
    /// The officer's general feedback, in paragraphs.
    pub general: Vec<String>,
    /// The themes, in the questionnaire's order; feedback on a theme the
    /// questionnaire lacks comes last.
    pub themes: Vec<LetterTheme>,
    /// The radar of the network's themes, when the questionnaire is known.
    pub chart: Option<Chart>,
    /// The answered position questions.
    pub positions: Vec<PositionView>,
    /// Whether the board shared its action points.
    pub actions_shared: bool,
    /// The action points, when shared.
    pub actions: Vec<ActionView>,
}

/// Builds the data of the feedback letter to one network, dated `today`.
pub fn feedback_letter(
    entry: &ReviewEntry,
    feedback: &Feedback,
    lang: Lang,
    today: jiff::civil::Date,
) -> FeedbackLetter {
    let words = words(lang);
    let shape = Shaper::new(lang);
    let r = &entry.reflection;
    let w = |k: &str| crate::report::words::word(&words, k);
    let feedback_on = |id: &str| {
        feedback
            .themes
            .get(id)
            .map(|t| shape.paragraphs(t))
            .unwrap_or_default()
            .into_iter()
            .filter(|p| !p.trim().is_empty())
            .collect::<Vec<_>>()
    };
    let mut themes = Vec::new();
    let mut chart_data = None;
    let mut positions = Vec::new();
    let mut actions = Vec::new();
    let mut completeness = String::new();
    if let Some(q) = entry.questionnaire.as_deref() {
        let cx = Ctx {
            q,
            lang,
            words: &words,
            shape,
        };
        let scores = analysis::scores(q, &r.agreed);
        let c = chart(&cx, &scores);
        for (ti, t) in q.themes.iter().enumerate() {
            let axis = c.axes.iter().find(|a| a.number == ti + 1);
            let fb = feedback_on(&t.id);
            if axis.is_none() && fb.is_empty() {
                continue;
            }
            themes.push(LetterTheme {
                number: Some(ti + 1),
                title: t.title.get(lang).to_owned(),
                level: axis.map(|a| a.display.clone()).unwrap_or_default(),
                value: axis.and_then(|a| a.value),
                answered: axis.map_or_else(String::new, |a| {
                    format!(
                        "{} {} {} {}",
                        a.answered,
                        w("of"),
                        a.statements,
                        w("fb_statements_answered")
                    )
                }),
                feedback: fb,
            });
        }
        for (id, _) in feedback
            .themes
            .iter()
            .filter(|(id, _)| !q.themes.iter().any(|t| &t.id == *id))
        {
            push_unknown(&mut themes, id, feedback_on(id), &shape);
        }
        positions = analysis::positions(q, &r.agreed)
            .into_iter()
            .filter_map(|p| {
                let qu = &q.themes[p.theme].questions[p.index];
                let number = format!("{}.{}", p.theme + 1, p.index + 1);
                answers::position_view(&cx, qu, number, p.now, p.desired)
            })
            .collect();
        if r.sharing.actions {
            actions = r.actions.iter().map(|a| action(&cx, a)).collect();
        }
        let total = q.question_count();
        let answered = r.answered_count(q);
        completeness = format!(
            "{answered} {} {total} {} ({}%)",
            w("of"),
            w("answered_of"),
            (answered * 100 + total / 2).checked_div(total).unwrap_or(0)
        );
        chart_data = Some(c);
    } else {
        for id in feedback.themes.keys() {
            push_unknown(&mut themes, id, feedback_on(id), &shape);
        }
    }
    let about = [
        r.profile.kind.label().get(lang).to_owned(),
        r.profile.institution.trim().to_owned(),
    ]
    .into_iter()
    .filter(|s| !s.is_empty())
    .collect::<Vec<_>>()
    .join(" · ");
    FeedbackLetter {
        lang: lang.code(),
        network: shape.line(&entry.name(), LONGEST_WORD_MEDIUM),
        board_year: shape.line(entry.board_year(), LONGEST_WORD),
        about: shape.line(&about, LONGEST_WORD),
        date: long_date(today, lang),
        footer: shape.footer(&entry.name(), entry.board_year()),
        completeness,
        general: shape
            .paragraphs(&feedback.general)
            .into_iter()
            .filter(|p| !p.trim().is_empty())
            .collect(),
        themes,
        chart: chart_data,
        positions,
        actions_shared: r.sharing.actions,
        actions,
        words,
    }
}

/// Adds feedback on a theme that the questionnaire lacks, under its id.
fn push_unknown(themes: &mut Vec<LetterTheme>, id: &str, feedback: Vec<String>, shape: &Shaper) {
    if feedback.is_empty() {
        return;
    }
    themes.push(LetterTheme {
        number: None,
        title: shape.line(id, LONGEST_WORD),
        level: String::new(),
        value: None,
        answered: String::new(),
        feedback,
    });
}
