//! Text shaping for the typesetter: long texts cut to a bound, long words
//! given break opportunities, free text split into paragraphs, and the
//! footer line. Every text a board typed goes through [`Shaper`] on its way
//! to a template, so that the typesetter never sees more than
//! [`MAX_TEXT_CHARS`] characters of one text, nor a word wider than a page.

use std::borrow::Cow;

use crate::format::reflection::MAX_TEXT_CHARS;
use crate::lang::Lang;
use crate::report::words::{whole, word_in};

/// Cuts a text longer than [`MAX_TEXT_CHARS`] characters at that length
/// and marks the cut in the given language: `… (tekst ingekort: N tekens)`,
/// where N is the length of the whole text. Shorter texts stay as they are.
pub fn cut(text: &str, lang: Lang) -> Cow<'_, str> {
    // a character takes at least one byte: most texts need no counting
    if text.len() <= MAX_TEXT_CHARS {
        return Cow::Borrowed(text);
    }
    let Some((end, _)) = text.char_indices().nth(MAX_TEXT_CHARS) else {
        return Cow::Borrowed(text);
    };
    let total = MAX_TEXT_CHARS + text[end..].chars().count();
    Cow::Owned(format!(
        "{}… ({}: {} {})",
        &text[..end],
        word_in("truncated", lang),
        whole(total, lang),
        word_in("characters", lang)
    ))
}

/// Shapes the texts of one document in its language: each is cut to
/// [`MAX_TEXT_CHARS`] (see [`cut`]) before it is shaped.
#[derive(Debug, Clone, Copy)]
pub struct Shaper {
    lang: Lang,
}

impl Shaper {
    /// Creates a shaper for a document in `lang`.
    pub fn new(lang: Lang) -> Shaper {
        Shaper { lang }
    }

    /// Shapes a text that prints as one run, with words of at most `max`
    /// characters; see [`soft`].
    pub fn line(&self, text: &str, max: usize) -> String {
        soft(&cut(text, self.lang), max)
    }

    /// Shapes free text into paragraphs; see [`paragraphs`].
    pub fn paragraphs(&self, text: &str) -> Vec<String> {
        paragraphs(&cut(text, self.lang))
    }

    /// Shapes free text into paragraphs with words of at most `max`
    /// characters; see [`paragraphs_within`].
    pub fn paragraphs_within(&self, text: &str, max: usize) -> Vec<String> {
        paragraphs_within(&cut(text, self.lang), max)
    }

    /// Shapes the footer line; see [`footer`].
    pub fn footer(&self, name: &str, board_year: &str) -> String {
        footer(&cut(name, self.lang), &cut(board_year, self.lang))
    }
}

/// The longest run of characters without a break opportunity that a text
/// keeps; longer runs (a web address, a row of dashes) get invisible break
/// opportunities, so that they wrap instead of running off the page.
pub const LONGEST_WORD: usize = 40;

/// The same for the narrower places: the "what" column of the action plan
/// and the network's name in large type on the cover.
pub const LONGEST_WORD_MEDIUM: usize = 24;

/// The same for the narrow "who" and "by when" columns of the action plan.
pub const LONGEST_WORD_NARROW: usize = 16;

/// Inserts a zero-width space after every `max` characters of a run of
/// characters that has no space, so that the typesetter may break it.
pub fn soft(text: &str, max: usize) -> String {
    let mut out = String::with_capacity(text.len());
    let mut run = 0;
    for c in text.chars() {
        if c.is_whitespace() || c == '-' || c == '/' || c == '\u{200b}' {
            run = 0;
        } else {
            if run == max {
                out.push('\u{200b}');
                run = 0;
            }
            run += 1;
        }
        out.push(c);
    }
    out
}

/// Returns the network's name and the board year, shortened to one footer
/// line.
pub fn footer(name: &str, board_year: &str) -> String {
    const MAX: usize = 64;
    let parts: Vec<&str> = [name.trim(), board_year.trim()]
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect();
    let joined = parts.join(" · ");
    if joined.chars().count() <= MAX {
        return joined;
    }
    let year = board_year.trim();
    let keep_year = !year.is_empty() && year.chars().count() <= 24;
    let room = if keep_year {
        MAX - year.chars().count() - 4
    } else {
        MAX - 1
    };
    let name = name.trim();
    if name.chars().count() <= room {
        return name.to_owned();
    }
    let short: String = name.chars().take(room).collect();
    if keep_year {
        format!("{}… · {year}", short.trim_end())
    } else {
        format!("{}…", short.trim_end())
    }
}

/// Splits free text into paragraphs at blank lines; lines inside a
/// paragraph stay lines.
pub fn paragraphs(text: &str) -> Vec<String> {
    paragraphs_within(text, LONGEST_WORD)
}

/// Splits free text into paragraphs like [`paragraphs`], for a place where
/// a word of at most `max` characters fits.
pub fn paragraphs_within(text: &str, max: usize) -> Vec<String> {
    let text = soft(text, max);
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in text.split('\n') {
        if line.trim().is_empty() {
            if !current.is_empty() {
                out.push(current.join("\n"));
                current.clear();
            }
        } else {
            current.push(line.trim_end());
        }
    }
    if !current.is_empty() {
        out.push(current.join("\n"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_words_get_break_opportunities() {
        assert_eq!(soft("kort woord", 5), "kort woord");
        assert_eq!(soft("abcdefghij", 4), "abcd\u{200b}efgh\u{200b}ij");
        assert_eq!(soft("ab/cdefg-hi", 4), "ab/cdef\u{200b}g-hi");
    }

    #[test]
    fn the_footer_stays_short() {
        assert_eq!(footer("Kort", "2026-2027"), "Kort · 2026-2027");
        assert_eq!(footer("", "2026"), "2026");
        let long = "Vereniging van Eerstegeneratiestudenten en Hun Vrienden aan de Hogeschool";
        let f = footer(long, "2026-2027");
        assert!(
            f.ends_with("… · 2026-2027") && f.chars().count() <= 66,
            "{f}"
        );
        let f = footer(long, "2026-2027 (tweede helft, na de wissel in februari)");
        assert!(
            f.ends_with('…') && f.starts_with("Vereniging van Eerstegeneratie"),
            "{f}"
        );
    }

    #[test]
    fn paragraphs_split_at_blank_lines() {
        assert_eq!(
            paragraphs("a\nb\n\n\nc\r\n"),
            vec!["a\nb".to_owned(), "c".to_owned()]
        );
        assert!(paragraphs("  \n ").is_empty());
    }

    #[test]
    fn a_text_longer_than_the_limit_is_cut_and_marked() {
        // a text of exactly the limit, in characters of two bytes, stays whole
        let exact = "é".repeat(MAX_TEXT_CHARS);
        assert!(matches!(cut(&exact, Lang::Nl), Cow::Borrowed(_)));
        let short = "kort";
        assert_eq!(cut(short, Lang::En), "kort");

        let total = MAX_TEXT_CHARS + 2_345;
        let long: String = "ŁÜ".chars().cycle().take(total).collect();
        for (lang, marker) in [
            (
                Lang::Nl,
                format!("… (tekst ingekort: {} tekens)", whole(total, Lang::Nl)),
            ),
            (
                Lang::En,
                format!("… (text shortened: {} characters)", whole(total, Lang::En)),
            ),
        ] {
            let got = cut(&long, lang);
            assert!(got.ends_with(&marker), "{}", &got[got.len() - 60..]);
            let kept = &got[..got.len() - marker.len()];
            assert_eq!(kept.chars().count(), MAX_TEXT_CHARS);
            assert!(long.starts_with(kept));
        }
        // the shaper cuts before it shapes
        let s = Shaper::new(Lang::Nl);
        let p = s.paragraphs(&long);
        assert!(p.last().unwrap().contains("tekst ingekort"));
        let text: usize = p
            .iter()
            .map(|p| p.chars().filter(|c| *c != '\u{200b}').count())
            .sum();
        assert!(text < MAX_TEXT_CHARS + 100, "{text}");
        assert!(s.line(&long, 40).contains("tekst ingekort"));
    }
}
