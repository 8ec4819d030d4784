//! The slides of a presentation: each theme's introduction, then each of
//! its questions. The one place where slides are enumerated, so that a
//! session route can later choose and order them here.

use crate::model::questionnaire::Questionnaire;

/// One slide of a presentation, by indices into the questionnaire.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slide {
    /// A theme's title and introduction.
    ThemeIntro {
        /// The theme's index.
        theme: usize,
    },
    /// One question of a theme.
    Question {
        /// The theme's index.
        theme: usize,
        /// The question's index within its theme.
        question: usize,
    },
}

impl Slide {
    /// Returns the index of the slide's theme.
    pub fn theme(self) -> usize {
        match self {
            Slide::ThemeIntro { theme } | Slide::Question { theme, .. } => theme,
        }
    }
}

/// Lists the slides of a questionnaire in order: per theme its
/// introduction, then its questions.
pub fn slides(q: &Questionnaire) -> Vec<Slide> {
    let mut out = Vec::new();
    for (theme, t) in q.themes.iter().enumerate() {
        out.push(Slide::ThemeIntro { theme });
        out.extend((0..t.questions.len()).map(|question| Slide::Question { theme, question }));
    }
    out
}

/// Returns the place (counted from 1) of the question slide at `at` among
/// the question slides, and how many question slides there are; `None` for
/// an introduction or a place past the end.
pub fn question_number(slides: &[Slide], at: usize) -> Option<(usize, usize)> {
    if !matches!(slides.get(at), Some(Slide::Question { .. })) {
        return None;
    }
    let is_q = |s: &&Slide| matches!(s, Slide::Question { .. });
    let before = slides[..at].iter().filter(is_q).count();
    Some((before + 1, slides.iter().filter(is_q).count()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_theme_has_its_introduction_before_its_questions() {
        let q = Questionnaire::builtin_v1();
        let s = slides(&q);
        assert_eq!(s.len(), q.themes.len() + q.question_count());
        assert_eq!(s[0], Slide::ThemeIntro { theme: 0 });
        assert_eq!(
            s[1],
            Slide::Question {
                theme: 0,
                question: 0
            }
        );
        let second = 1 + q.themes[0].questions.len();
        assert_eq!(s[second], Slide::ThemeIntro { theme: 1 });
        assert_eq!(s[second].theme(), 1);
        assert_eq!(
            s.last(),
            Some(&Slide::Question {
                theme: q.themes.len() - 1,
                question: q.themes.last().unwrap().questions.len() - 1
            })
        );
    }

    #[test]
    fn questions_are_numbered_across_themes() {
        let q = Questionnaire::builtin_v1();
        let s = slides(&q);
        let n = q.question_count();
        assert_eq!(question_number(&s, 0), None);
        assert_eq!(question_number(&s, 1), Some((1, n)));
        let second = 1 + q.themes[0].questions.len();
        assert_eq!(question_number(&s, second), None);
        assert_eq!(
            question_number(&s, second + 1),
            Some((q.themes[0].questions.len() + 1, n))
        );
        assert_eq!(question_number(&s, s.len() - 1), Some((n, n)));
        assert_eq!(question_number(&s, s.len()), None);
    }
}
