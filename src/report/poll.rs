//! The data of the member poll: one page that a board hands out or shows
//! before the reflection, every text in one language.

use serde::Serialize;

use crate::lang::Lang;
use crate::model::questionnaire::Questionnaire;
use crate::report::text::Shaper;

/// One question of the poll on paper.
#[derive(Debug, Clone, Serialize)]
pub struct PollRow {
    /// "1", "2", …
    pub number: String,
    /// The question as members read it.
    pub prompt: String,
}

/// Everything the poll template reads.
#[derive(Debug, Clone, Serialize)]
pub struct PollSheet {
    /// `nl` or `en`.
    pub lang: &'static str,
    /// "Ledenpeiling".
    pub heading: String,
    /// The network's name, or empty when it is not known.
    pub network: String,
    /// The questionnaire's title, under the heading.
    pub title: String,
    /// The poll's introduction.
    pub introduction: Vec<String>,
    /// "Kruis per vraag één vakje aan."
    pub how: String,
    /// The answers a member ticks, low to high.
    pub answers: Vec<String>,
    /// "Weet niet".
    pub dont_know: String,
    /// The questions.
    pub items: Vec<PollRow>,
    /// That the poll is anonymous and takes two minutes.
    pub anonymous: String,
    /// The thanks at the end.
    pub thanks: String,
    /// The words of the footer.
    pub page: &'static str,
    /// "van" / "of".
    pub of: &'static str,
}

/// Builds the data of the member poll of a questionnaire, for a network
/// whose name is `network` (empty: not known); `None` when the
/// questionnaire has no poll.
pub fn poll_sheet(q: &Questionnaire, network: &str, lang: Lang) -> Option<PollSheet> {
    let poll = q.poll.as_ref()?;
    let shape = Shaper::new(lang);
    Some(PollSheet {
        lang: lang.code(),
        heading: lang.pick("Ledenpeiling", "Member poll").to_owned(),
        network: network.trim().to_owned(),
        title: q.title.get(lang).to_owned(),
        introduction: shape.paragraphs(poll.introduction.get(lang)),
        how: lang
            .pick(
                "Kruis per vraag één vakje aan.",
                "Tick one box for each question.",
            )
            .to_owned(),
        answers: poll
            .answers
            .iter()
            .map(|a| a.get(lang).to_owned())
            .collect(),
        dont_know: lang.pick("Weet niet", "Don't know").to_owned(),
        items: poll
            .items
            .iter()
            .enumerate()
            .map(|(i, item)| PollRow {
                number: (i + 1).to_string(),
                prompt: item.prompt.get(lang).to_owned(),
            })
            .collect(),
        anonymous: lang
            .pick(
                "Deze peiling is anoniem: schrijf je naam er niet op. Invullen kost ongeveer twee minuten.",
                "This poll is anonymous: do not write your name on it. Filling it in takes about two minutes.",
            )
            .to_owned(),
        thanks: lang
            .pick(
                "Dank je wel! Het bestuur telt de antwoorden en legt ze naast zijn eigen oordeel.",
                "Thank you! The board counts the answers and puts them beside its own view.",
            )
            .to_owned(),
        page: lang.pick("Pagina", "Page"),
        of: lang.pick("van", "of"),
    })
}

/// Puts the member poll's tallies beside the board's answers: on every
/// polled statement that has counts, one line with each answer's count.
pub(crate) fn add_tallies(
    cx: &crate::report::answers::Ctx,
    r: &crate::model::reflection::Reflection,
    themes: &mut [crate::report::answers::ThemeView],
) {
    let (Some(tally), Some(poll)) = (&r.poll, &cx.q.poll) else {
        return;
    };
    let lang = cx.lang;
    // the views are the questionnaire's themes and questions, in order
    let questions = cx.q.themes.iter().flat_map(|t| t.questions.iter());
    let views = themes.iter_mut().flat_map(|t| t.questions.iter_mut());
    for (question, view) in questions.zip(views) {
        let Some(item) = tally.item(cx.q, &question.id) else {
            continue;
        };
        let counts: Vec<String> = poll
            .answers
            .iter()
            .zip(&item.answers)
            .map(|(a, n)| format!("{} {n}", a.get(lang)))
            .chain([format!(
                "{} {}",
                lang.pick("Weet niet", "Don't know"),
                item.dont_know
            )])
            .collect();
        view.poll = format!("n = {}: {}", item.count, counts.join(" · "));
    }
}
