//! Applying the review's commands (called from the one place where every
//! command is applied, [`crate::app::command`]).

use super::{ReviewCommand, ReviewView};
use crate::app::{Level, Page, ReflectieApp};
use crate::review::overview::Sort;

impl ReflectieApp {
    /// Applies one command of the review.
    pub(crate) fn apply_review(&mut self, ctx: &egui::Context, command: ReviewCommand) {
        if matches!(command, ReviewCommand::Show(_)) {
            self.notices.retain(|n| n.level != Level::Info);
        }
        match command {
            ReviewCommand::PickFolder => self.pick_review(ctx, true),
            ReviewCommand::PickFiles => self.pick_review(ctx, false),
            ReviewCommand::Open(sources) => self.open_review(ctx, sources),
            ReviewCommand::Reopen(path) => self.reopen_review(ctx, &path),
            ReviewCommand::AddSources(paths) => self.add_review_sources(ctx, paths),
            ReviewCommand::Reload => self.reload_review(ctx),
            ReviewCommand::ClosePathField => self.reviews.path_field = None,
            ReviewCommand::ShowPathField => {
                self.reviews.path_field.get_or_insert_with(String::new);
            }
            ReviewCommand::SetFeedback { key, theme, text } => {
                self.set_feedback(&key, theme.as_deref(), text)
            }
            ReviewCommand::SetTitle(title) => self.set_review_title(title),
            ReviewCommand::AsksYear(year) => {
                if let Some(s) = &mut self.reviews.open {
                    s.asks_year = year;
                    ctx.request_repaint();
                }
            }
            ReviewCommand::Show(view) => {
                let Some(s) = &mut self.reviews.open else {
                    return;
                };
                let n = s.review.entries.len();
                let valid = match view {
                    ReviewView::Network(i) => i < n,
                    ReviewView::Compare(a, b) => a < n && b < n,
                    _ => true,
                };
                if !valid {
                    return;
                }
                if let (ReviewView::Network(new), ReviewView::Network(old)) = (view, s.view)
                    && new != old
                {
                    // the same theme of the next network, where it has one
                    let themes = s.review.entries[new]
                        .questionnaire
                        .as_ref()
                        .map_or(0, |q| q.themes.len());
                    s.theme = s.theme.min(themes.saturating_sub(1));
                } else if matches!(view, ReviewView::Network(_))
                    && !matches!(s.view, ReviewView::Network(_))
                {
                    s.theme = 0;
                }
                s.view = view;
                s.scroll_to_top = true;
                self.page = Page::Review;
                // the page stays Page::Review: draw the new view at once
                ctx.request_repaint();
            }
            ReviewCommand::NetworkTheme(i) => {
                if let Some(s) = &mut self.reviews.open
                    && let ReviewView::Network(e) = s.view
                    && s.review.entries[e]
                        .questionnaire
                        .as_ref()
                        .is_some_and(|q| i < q.themes.len())
                {
                    s.theme = i;
                    s.scroll_to_top = true;
                }
            }
            ReviewCommand::SortBy(key) => {
                if let Some(s) = &mut self.reviews.open {
                    s.sort = if s.sort.key == key {
                        Sort {
                            key,
                            ascending: !s.sort.ascending,
                        }
                    } else {
                        Sort {
                            key,
                            ascending: true,
                        }
                    };
                    s.refresh_rows();
                }
            }
            ReviewCommand::SetFilter(filter) => {
                if let Some(s) = &mut self.reviews.open {
                    s.filter = filter;
                    s.refresh_rows();
                }
            }
        }
    }
}
