//! The points of a position question: five places between two poles, each
//! with words. Answers are stored as a number from 0.0 (the left pole) to
//! 1.0 (the right pole); the points are how they are shown and chosen. An
//! older answer between two points is shown at the nearest one and keeps
//! its stored value until someone moves that marker.

use crate::lang::Lang;

/// How many points a position track has.
pub const POINTS: usize = 5;

/// The symbol of the *Nu* marker: a filled circle.
pub const NOW_SYMBOL: &str = "●";
/// The symbol of the *Doel* marker: a diamond.
pub const GOAL_SYMBOL: &str = "◆";

/// One of the two markers of a position question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Marker {
    /// Where the network stands now.
    Now,
    /// Where the network wants to be: its goal.
    Goal,
}

impl Marker {
    /// Returns the marker's name: "Nu"/"Now" or "Doel"/"Goal".
    pub fn name(self, lang: Lang) -> &'static str {
        match self {
            Marker::Now => lang.pick("Nu", "Now"),
            Marker::Goal => lang.pick("Doel", "Goal"),
        }
    }

    /// Returns the marker's symbol: ● for *Nu*, ◆ for *Doel*.
    pub fn symbol(self) -> &'static str {
        match self {
            Marker::Now => NOW_SYMBOL,
            Marker::Goal => GOAL_SYMBOL,
        }
    }
}

/// Returns the stored value of point `i` (0 to 4): 0.0, 0.25, 0.5, 0.75 or
/// 1.0; a larger `i` counts as the last point.
pub fn point_value(i: usize) -> f32 {
    i.min(POINTS - 1) as f32 / (POINTS - 1) as f32
}

/// Returns the point nearest to a stored value, or none for a value that is
/// not a number from 0 to 1 (such a value is shown as unreadable instead).
pub fn nearest_point(value: f32) -> Option<usize> {
    if !value.is_finite() || !(0.0..=1.0).contains(&value) {
        return None;
    }
    Some((value * (POINTS - 1) as f32).round() as usize)
}

/// Returns the words for point `i`, which say where it lies without
/// naming the poles: "bij de linkerpool" … "in het midden" … "bij de
/// rechterpool".
pub fn point_words(i: usize, lang: Lang) -> &'static str {
    match i.min(POINTS - 1) {
        0 => lang.pick("bij de linkerpool", "at the left pole"),
        1 => lang.pick("eerder naar links", "leaning to the left"),
        2 => lang.pick("in het midden", "in the middle"),
        3 => lang.pick("eerder naar rechts", "leaning to the right"),
        _ => lang.pick("bij de rechterpool", "at the right pole"),
    }
}

/// Returns the words for point `i` with the pole it is near, for a screen
/// reader that does not see which pole is left: "eerder naar links (Naar
/// binnen: onze eigen leden)"; the middle names no pole.
pub fn point_phrase(i: usize, lang: Lang, left: &str, right: &str) -> String {
    let words = point_words(i, lang);
    match i.min(POINTS - 1) {
        0 | 1 => format!("{words} ({left})"),
        2 => words.to_owned(),
        _ => format!("{words} ({right})"),
    }
}

/// Returns the words for a marker that has not been set yet.
pub fn unset_words(lang: Lang) -> &'static str {
    lang.pick("nog niet gekozen", "not chosen yet")
}

/// Returns the words for a stored value: the nearest point's words, or
/// "nog niet gekozen" for none (a value outside 0–1 has no words and gives
/// none as well).
pub fn value_words(value: Option<f32>, lang: Lang) -> Option<&'static str> {
    match value {
        None => Some(unset_words(lang)),
        Some(v) => nearest_point(v).map(|i| point_words(i, lang)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_point_maps_back_to_itself() {
        for i in 0..POINTS {
            assert_eq!(nearest_point(point_value(i)), Some(i));
        }
        assert_eq!(point_value(99), 1.0);
    }

    #[test]
    fn old_values_go_to_the_nearest_point() {
        assert_eq!(nearest_point(0.37), Some(1));
        assert_eq!(nearest_point(0.38), Some(2));
        assert_eq!(nearest_point(0.6), Some(2));
        assert_eq!(nearest_point(0.9), Some(4));
        assert_eq!(nearest_point(0.1), Some(0));
        assert_eq!(nearest_point(f32::NAN), None);
        assert_eq!(nearest_point(1.5), None);
        assert_eq!(nearest_point(-0.1), None);
    }

    #[test]
    fn every_point_has_its_own_words_in_both_languages() {
        for lang in [Lang::Nl, Lang::En] {
            let words: std::collections::HashSet<_> =
                (0..POINTS).map(|i| point_words(i, lang)).collect();
            assert_eq!(words.len(), POINTS, "{lang:?}");
            assert!(!words.contains(unset_words(lang)));
        }
        assert_eq!(value_words(Some(0.37), Lang::Nl), Some("eerder naar links"));
        assert_eq!(value_words(None, Lang::En), Some("not chosen yet"));
        assert!(point_phrase(4, Lang::Nl, "L", "R").ends_with("(R)"));
        assert!(point_phrase(0, Lang::Nl, "L", "R").ends_with("(L)"));
    }
}
