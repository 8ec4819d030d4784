//! The commands of the overview page: opening it, and following one of its
//! links to a question.

use crate::app::{Page, ReflectieApp};

impl ReflectieApp {
    /// Shows the overview of the open reflection; with `print`, the print
    /// choices come first.
    pub(crate) fn show_overview(&mut self, print: bool) {
        if let Some(s) = &mut self.session {
            // the overview shows the board's answers: not while a member
            // scores alone or the laptop is being passed
            if s.respondent.is_some() || s.members.passing {
                return;
            }
            s.print_first = print;
            s.scroll_to_top = true;
            self.page = Page::Overview;
        }
    }

    /// Opens a theme of the open reflection and scrolls to one of its
    /// questions.
    pub(crate) fn go_to_question(&mut self, theme: usize, id: String) {
        if let Some(s) = &mut self.session
            && theme < s.questionnaire.themes.len()
        {
            s.theme = theme;
            s.scroll_to_top = false;
            s.focus_question = Some(id);
            self.page = Page::Reflect;
        }
    }
}
