//! What networks ask, put into words: per option the count and the
//! networks' names, then their own words, the same words once.

use crate::lang::Lang;
use crate::report::text::{LONGEST_WORD, Shaper};
use crate::review::Review;
use crate::review::asks::AskedQuestion;

use super::{AskView, NAMES_SHOWN, OptionView, WordsView};

/// Joins names, the first few of them, then "en 12 andere".
fn some_names(names: &[String], lang: Lang) -> String {
    let mut out = names
        .iter()
        .take(NAMES_SHOWN)
        .cloned()
        .collect::<Vec<_>>()
        .join(", ");
    if names.len() > NAMES_SHOWN {
        out.push_str(&format!(
            " {} {} {}",
            lang.pick("en", "and"),
            names.len() - NAMES_SHOWN,
            lang.pick("andere", "more")
        ));
    }
    out
}

pub(super) fn ask_view(
    review: &Review,
    a: &AskedQuestion,
    networks: usize,
    lang: Lang,
    shape: &Shaper,
) -> AskView {
    let title = |i: usize| shape.line(&review.entries[i].title(), LONGEST_WORD);
    AskView {
        prompt: shape.line(a.prompt.get(lang), LONGEST_WORD),
        answered: lang
            .pick(
                "{a} van de {n} netwerken beantwoordden deze vraag",
                "{a} of the {n} networks answered this question",
            )
            .replace("{a}", &a.answered.to_string())
            .replace("{n}", &networks.to_string()),
        options: a
            .options
            .iter()
            .map(|o| OptionView {
                label: shape.line(o.label.get(lang), LONGEST_WORD),
                count: o.entries.len(),
                share: if a.answered == 0 {
                    0.0
                } else {
                    o.entries.len() as f64 / a.answered as f64
                },
                names: some_names(
                    &o.entries.iter().map(|&i| title(i)).collect::<Vec<_>>(),
                    lang,
                ),
            })
            .collect(),
        words: same_words(&a.words)
            .into_iter()
            .map(|(text, entries)| WordsView {
                name: some_names(&entries.iter().map(|&i| title(i)).collect::<Vec<_>>(), lang),
                text: shape.paragraphs(text),
            })
            .collect(),
    }
}

/// Groups the same words (whatever their case and spacing) from several
/// networks, in the order they first came.
fn same_words(words: &[(usize, String)]) -> Vec<(&str, Vec<usize>)> {
    let key = |t: &str| {
        t.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    let mut out: Vec<(String, &str, Vec<usize>)> = Vec::new();
    for (i, text) in words {
        let k = key(text);
        match out.iter_mut().find(|(seen, _, _)| *seen == k) {
            Some((_, _, entries)) => entries.push(*i),
            None => out.push((k, text.as_str(), vec![*i])),
        }
    }
    out.into_iter().map(|(_, t, e)| (t, e)).collect()
}
